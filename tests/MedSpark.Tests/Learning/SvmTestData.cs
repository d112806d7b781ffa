using MedSpark.Shared.Learning;

namespace MedSpark.Tests.Learning;

/// <summary>Seeded synthetic datasets and the objective evaluated independently of the trainer.</summary>
internal static class SvmTestData
{
    /// <summary>
    /// Rows x ~ N(0, I) (plus a per-feature shift and scale), label = 1 when w*·x + noise &gt; 0.3, so the classes
    /// overlap and the hinge optimum has many support vectors.
    /// </summary>
    public static List<LabeledPoint> Generate(int rows, int features, int seed, double noise = 0.5)
    {
        var random = new Random(seed);
        var truth = new double[features];
        for (int j = 0; j < features; j++) truth[j] = Gaussian(random);
        var result = new List<LabeledPoint>(rows);
        for (int i = 0; i < rows; i++)
        {
            var x = new double[features];
            double score = 0;
            for (int j = 0; j < features; j++)
            {
                double z = Gaussian(random);
                score += truth[j] * z;
                x[j] = 3.0 * (j + 1) * z + j;
            }
            double label = score + noise * Gaussian(random) > 0.3 ? 1 : 0;
            result.Add(new LabeledPoint(label, x));
        }
        return result;
    }

    public static double Gaussian(Random random)
    {
        double u1 = 1.0 - random.NextDouble();
        double u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>Z-scores every feature with the mean and (n−1) std of <paramref name="reference"/>.</summary>
    public static List<LabeledPoint> Standardize(IReadOnlyList<LabeledPoint> rows, IReadOnlyList<LabeledPoint> reference)
    {
        int d = reference[0].Features.Length;
        var mean = new double[d];
        var std = new double[d];
        foreach (var r in reference)
            for (int j = 0; j < d; j++) mean[j] += r.Features[j] / reference.Count;
        foreach (var r in reference)
            for (int j = 0; j < d; j++) std[j] += (r.Features[j] - mean[j]) * (r.Features[j] - mean[j]) / (reference.Count - 1);
        for (int j = 0; j < d; j++) std[j] = Math.Sqrt(std[j]);
        return rows.Select(r => r with
        {
            Features = r.Features.Select((v, j) => std[j] > 0 ? (v - mean[j]) / std[j] : 0).ToArray(),
        }).ToList();
    }

    /// <summary>
    /// The primal objective (1/W)·Σ vᵢ·ℓ(y′ᵢ(w·xᵢ + b)) + ½λ‖w‖² in the original space (Standardization = false),
    /// computed here from scratch to judge any solution, ours or LIBLINEAR's.
    /// </summary>
    public static double PrimalObjective(IReadOnlyList<LabeledPoint> rows, IReadOnlyList<double> w, double b, double regParam,
        SvmLoss loss = SvmLoss.Hinge)
    {
        double sum = 0, weights = 0;
        foreach (var r in rows)
        {
            double m = b;
            for (int j = 0; j < w.Count; j++) m += w[j] * r.Features[j];
            double slack = Math.Max(0, 1 - (2 * r.Label - 1) * m);
            sum += r.Weight * (loss == SvmLoss.Hinge ? slack : slack * slack);
            weights += r.Weight;
        }
        double norm = w.Sum(v => v * v);
        return sum / weights + 0.5 * regParam * norm;
    }

    public static double Accuracy(IReadOnlyList<LabeledPoint> rows, IReadOnlyList<double> w, double b)
    {
        int correct = 0;
        foreach (var r in rows)
        {
            double m = b;
            for (int j = 0; j < w.Count; j++) m += w[j] * r.Features[j];
            if ((m > 0 ? 1.0 : 0.0) == r.Label) correct++;
        }
        return (double)correct / rows.Count;
    }
}
