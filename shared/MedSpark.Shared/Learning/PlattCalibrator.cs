namespace MedSpark.Shared.Learning;

/// <summary>
/// Maps SVM margins to probabilities P(y = 1 | m) = 1 / (1 + exp(A·m + B)), fitted by Platt scaling.
/// </summary>
/// <remarks>
/// Minimises the cross-entropy −Σᵢ [tᵢ·log pᵢ + (1 − tᵢ)·log(1 − pᵢ)] against smoothed targets
/// t = (N₊ + 1)/(N₊ + 2) for positives and 1/(N₋ + 2) for negatives (Platt, "Probabilistic outputs for support
/// vector machines", 1999), by Newton's method with backtracking and the overflow-free evaluation of
/// Lin, Lin and Weng, "A note on Platt's probabilistic outputs for support vector machines", Machine
/// Learning 68 (2007), Algorithm 1 (the one in LIBSVM and scikit-learn's sigmoid calibration).
/// Fit the calibrator on margins the SVM did not train on (a held-out split), as Platt recommends.
/// </remarks>
public sealed class PlattCalibrator : IProbabilityCalibrator
{
    private const int MaxIterations = 100;
    private const double MinStep = 1e-10;
    private const double HessianRidge = 1e-12;
    private const double GradientTolerance = 1e-10;

    private PlattCalibrator(double a, double b, int iterations)
    {
        A = a;
        B = b;
        Iterations = iterations;
    }

    /// <summary>A calibrator with known parameters (e.g. read back from the models table).</summary>
    public static PlattCalibrator FromParameters(double a, double b) =>
        double.IsFinite(a) && double.IsFinite(b) ? new PlattCalibrator(a, b, 0) : throw new ArgumentException($"Platt parameters must be finite (A = {a}, B = {b}).");

    /// <summary>Slope (negative when larger margins mean class 1).</summary>
    public double A { get; }

    /// <summary>Offset.</summary>
    public double B { get; }

    /// <summary>Always <see cref="CalibrationMethod.Platt"/>.</summary>
    public CalibrationMethod Method => CalibrationMethod.Platt;

    /// <summary>Newton iterations taken.</summary>
    public int Iterations { get; }

    /// <summary>1 / (1 + exp(A·m + B)), evaluated without overflow.</summary>
    public double Probability(double margin)
    {
        double z = A * margin + B;
        return z >= 0 ? Math.Exp(-z) / (1 + Math.Exp(-z)) : 1 / (1 + Math.Exp(z));
    }

    /// <summary>Fits A and B to margins and their 0/1 labels.</summary>
    /// <exception cref="ArgumentException">Lengths differ, no rows, a non-finite margin or a label other than 0/1.</exception>
    public static PlattCalibrator Fit(ReadOnlySpan<double> margins, ReadOnlySpan<double> labels)
    {
        if (margins.Length != labels.Length)
            throw new ArgumentException($"{margins.Length} margins but {labels.Length} labels.", nameof(labels));
        if (margins.Length == 0) throw new ArgumentException("No margins to calibrate on.", nameof(margins));

        int n = margins.Length;
        double positives = 0, negatives = 0;
        for (int i = 0; i < n; i++)
        {
            if (!double.IsFinite(margins[i])) throw new ArgumentException($"Margin {i} is {margins[i]}.", nameof(margins));
            if (labels[i] == 1.0) positives++;
            else if (labels[i] == 0.0) negatives++;
            else throw new ArgumentException($"Label {i} is {labels[i]}, not 0 or 1.", nameof(labels));
        }

        double hiTarget = (positives + 1) / (positives + 2);
        double loTarget = 1 / (negatives + 2);
        var t = new double[n];
        var f = margins.ToArray();
        for (int i = 0; i < n; i++) t[i] = labels[i] == 1.0 ? hiTarget : loTarget;

        double a = 0, b = Math.Log((negatives + 1) / (positives + 1));
        double fval = Objective(f, t, a, b);
        int iter = 0;
        for (; iter < MaxIterations; iter++)
        {
            double h11 = HessianRidge, h22 = HessianRidge, h21 = 0, g1 = 0, g2 = 0;
            for (int i = 0; i < n; i++)
            {
                double z = f[i] * a + b;
                double p, q;
                if (z >= 0)
                {
                    double e = Math.Exp(-z);
                    p = e / (1 + e);
                    q = 1 / (1 + e);
                }
                else
                {
                    double e = Math.Exp(z);
                    p = 1 / (1 + e);
                    q = e / (1 + e);
                }
                double d2 = p * q;
                h11 += f[i] * f[i] * d2;
                h22 += d2;
                h21 += f[i] * d2;
                double d1 = t[i] - p;
                g1 += f[i] * d1;
                g2 += d1;
            }
            if (Math.Abs(g1) < GradientTolerance * n && Math.Abs(g2) < GradientTolerance * n) break;

            double det = h11 * h22 - h21 * h21;
            double dA = -(h22 * g1 - h21 * g2) / det;
            double dB = -(-h21 * g1 + h11 * g2) / det;
            double gd = g1 * dA + g2 * dB;

            double step = 1;
            while (step >= MinStep)
            {
                double newA = a + step * dA, newB = b + step * dB;
                double newF = Objective(f, t, newA, newB);
                if (newF < fval + 1e-4 * step * gd)
                {
                    a = newA;
                    b = newB;
                    fval = newF;
                    break;
                }
                step /= 2;
            }
            // No step decreases the objective any more: at the precision of doubles this is the minimum.
            if (step < MinStep) break;
        }
        return new PlattCalibrator(a, b, iter);
    }

    private static double Objective(double[] f, double[] t, double a, double b)
    {
        double sum = 0;
        for (int i = 0; i < f.Length; i++)
        {
            double z = f[i] * a + b;
            sum += z >= 0 ? t[i] * z + Math.Log(1 + Math.Exp(-z)) : (t[i] - 1) * z + Math.Log(1 + Math.Exp(z));
        }
        return sum;
    }
}
