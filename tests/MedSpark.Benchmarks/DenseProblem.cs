using System.Globalization;
using System.Text;
using MedSpark.Shared.Learning;

namespace MedSpark.Benchmarks;

/// <summary>
/// The benchmark problem: n rows of d features, zᵢⱼ ~ N(0, 1) rounded to 4 decimals (so the LIBSVM text written for
/// LIBLINEAR parses back to exactly the same doubles), label 1 when w*·z + 2·ε &gt; 0 with w* ~ N(0, 1) and
/// ε ~ N(0, 1): overlapping classes, so the hinge optimum keeps many support vectors. Already standardised, which
/// is what makes LIBLINEAR (no scaling, no bias with -B -1) and LinearSvc (Standardization = false,
/// FitIntercept = false) solve the same problem. A function of (n, d, seed) only.
/// </summary>
public static class DenseProblem
{
    public static List<LabeledPoint> Generate(int rows, int features, int seed)
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
                x[j] = Math.Round(Gaussian(random), 4);
                score += truth[j] * x[j];
            }
            result.Add(new LabeledPoint(score + 2 * Gaussian(random) > 0 ? 1 : 0, x));
        }
        return result;
    }

    /// <summary>Writes the rows as LIBSVM text (labels ±1, 1-based indices, zeros omitted).</summary>
    public static void WriteLibsvm(IReadOnlyList<LabeledPoint> rows, string path)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        var line = new StringBuilder();
        foreach (var row in rows)
        {
            line.Clear().Append(row.Label == 1 ? "+1" : "-1");
            for (int j = 0; j < row.Features.Length; j++)
            {
                if (row.Features[j] == 0) continue;
                line.Append(' ').Append(j + 1).Append(':').Append(row.Features[j].ToString("R", CultureInfo.InvariantCulture));
            }
            writer.WriteLine(line);
        }
    }

    /// <summary>(1/n)·Σᵢ max(0, 1 − y′ᵢ·w·xᵢ) + ½λ‖w‖²: LIBLINEAR's -s 3 primal divided by n·C for C = 1/(n·λ).</summary>
    public static double PrimalObjective(IReadOnlyList<LabeledPoint> rows, IReadOnlyList<double> w, double regParam)
    {
        double loss = 0;
        foreach (var row in rows)
        {
            double m = 0;
            for (int j = 0; j < w.Count; j++) m += w[j] * row.Features[j];
            loss += Math.Max(0, 1 - (2 * row.Label - 1) * m);
        }
        return loss / rows.Count + 0.5 * regParam * w.Sum(v => v * v);
    }

    private static double Gaussian(Random random)
    {
        double u1 = 1.0 - random.NextDouble();
        double u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
