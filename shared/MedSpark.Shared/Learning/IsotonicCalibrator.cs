namespace MedSpark.Shared.Learning;

/// <summary>
/// Maps margins to probabilities by isotonic regression: the non-decreasing function of the margin closest to
/// the labels in weighted least squares, fitted by pool-adjacent-violators.
/// </summary>
/// <remarks>
/// Solves min_f Σᵢ vᵢ·(yᵢ − f(mᵢ))² subject to f non-decreasing (Zadrozny and Elkan, "Transforming classifier
/// scores into accurate multiclass probability estimates", KDD 2002; Barlow et al., "Statistical inference
/// under order restrictions", 1972, for PAV). As scikit-learn's IsotonicRegression(out_of_bounds="clip") does:
/// tied margins are first merged into one point (weights summed, labels weight-averaged), PAV runs on the
/// distinct margins in ascending order, and a margin between two fitted points is linearly interpolated; one
/// outside the fitted range takes the nearest end's value. Fitted points inside a constant run are dropped,
/// which leaves the interpolant unchanged. Unlike the sigmoid it can follow any monotone miscalibration, but it
/// needs more calibration rows (Niculescu-Mizil and Caruana, ICML 2005, suggest ≳ 1000) and is a step function.
/// </remarks>
public sealed class IsotonicCalibrator : IProbabilityCalibrator
{
    private readonly double[] _margins;
    private readonly double[] _probabilities;

    private IsotonicCalibrator(double[] margins, double[] probabilities)
    {
        _margins = margins;
        _probabilities = probabilities;
    }

    /// <summary>Always <see cref="CalibrationMethod.Isotonic"/>.</summary>
    public CalibrationMethod Method => CalibrationMethod.Isotonic;

    /// <summary>The knots' margins, strictly increasing.</summary>
    public IReadOnlyList<double> Margins => _margins;

    /// <summary>The fitted probability at each knot, non-decreasing.</summary>
    public IReadOnlyList<double> Probabilities => _probabilities;

    /// <summary>A calibrator with known knots (e.g. read back from the models table).</summary>
    /// <exception cref="ArgumentException">No knots, lengths differ, margins not strictly increasing, or
    /// probabilities outside [0, 1] or decreasing.</exception>
    public static IsotonicCalibrator FromKnots(IReadOnlyList<double> margins, IReadOnlyList<double> probabilities)
    {
        ArgumentNullException.ThrowIfNull(margins);
        ArgumentNullException.ThrowIfNull(probabilities);
        if (margins.Count == 0 || margins.Count != probabilities.Count)
            throw new ArgumentException($"Isotonic knots: {margins.Count} margins and {probabilities.Count} probabilities.");
        for (int i = 0; i < margins.Count; i++)
        {
            if (!double.IsFinite(margins[i]) || !(probabilities[i] >= 0 && probabilities[i] <= 1))
                throw new ArgumentException($"Isotonic knot {i} is ({margins[i]}, {probabilities[i]}).");
            if (i > 0 && (margins[i] <= margins[i - 1] || probabilities[i] < probabilities[i - 1]))
                throw new ArgumentException($"Isotonic knot {i} ({margins[i]}, {probabilities[i]}) does not increase on knot {i - 1}.");
        }
        return new IsotonicCalibrator(margins.ToArray(), probabilities.ToArray());
    }

    /// <summary>Fits to margins and their 0/1 labels (unit weights).</summary>
    /// <exception cref="ArgumentException">Lengths differ, no rows, a non-finite margin or a label other than 0/1.</exception>
    public static IsotonicCalibrator Fit(ReadOnlySpan<double> margins, ReadOnlySpan<double> labels)
    {
        if (margins.Length != labels.Length)
            throw new ArgumentException($"{margins.Length} margins but {labels.Length} labels.", nameof(labels));
        if (margins.Length == 0) throw new ArgumentException("No margins to calibrate on.", nameof(margins));
        int n = margins.Length;
        for (int i = 0; i < n; i++)
        {
            if (!double.IsFinite(margins[i])) throw new ArgumentException($"Margin {i} is {margins[i]}.", nameof(margins));
            if (labels[i] is not (0.0 or 1.0)) throw new ArgumentException($"Label {i} is {labels[i]}, not 0 or 1.", nameof(labels));
        }

        var order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        var keys = margins.ToArray();
        Array.Sort(keys, order);

        // Distinct margins with summed weight and label sum; PAV blocks are then merged in place on a stack.
        var x = new List<double>();
        var w = new List<double>();
        var sum = new List<double>();
        for (int i = 0; i < n; i++)
        {
            double y = labels[order[i]];
            if (x.Count > 0 && keys[i] == x[^1])
            {
                w[^1] += 1;
                sum[^1] += y;
            }
            else
            {
                x.Add(keys[i]);
                w.Add(1);
                sum.Add(y);
            }
        }

        int m = x.Count;
        var blockWeight = new double[m];
        var blockSum = new double[m];
        var blockEnd = new int[m];   // last distinct-margin index of each block
        int blocks = 0;
        for (int i = 0; i < m; i++)
        {
            blockWeight[blocks] = w[i];
            blockSum[blocks] = sum[i];
            blockEnd[blocks] = i;
            blocks++;
            // Merge while the previous block's mean exceeds this one's (a violation of monotonicity).
            while (blocks > 1 && blockSum[blocks - 2] * blockWeight[blocks - 1] > blockSum[blocks - 1] * blockWeight[blocks - 2])
            {
                blockWeight[blocks - 2] += blockWeight[blocks - 1];
                blockSum[blocks - 2] += blockSum[blocks - 1];
                blockEnd[blocks - 2] = blockEnd[blocks - 1];
                blocks--;
            }
        }

        var fitted = new double[m];
        int start = 0;
        for (int b = 0; b < blocks; b++)
        {
            double value = blockSum[b] / blockWeight[b];
            for (int i = start; i <= blockEnd[b]; i++) fitted[i] = value;
            start = blockEnd[b] + 1;
        }

        // Keep the ends of every constant run: linear interpolation through the rest is unchanged.
        var knotX = new List<double>();
        var knotY = new List<double>();
        for (int i = 0; i < m; i++)
        {
            bool interior = i > 0 && i < m - 1 && fitted[i - 1] == fitted[i] && fitted[i] == fitted[i + 1];
            if (interior) continue;
            knotX.Add(x[i]);
            knotY.Add(fitted[i]);
        }
        return new IsotonicCalibrator(knotX.ToArray(), knotY.ToArray());
    }

    /// <summary>The interpolated fitted value, clipped to the end values outside the fitted range.</summary>
    public double Probability(double margin)
    {
        if (double.IsNaN(margin)) return double.NaN;
        if (margin <= _margins[0]) return _probabilities[0];
        if (margin >= _margins[^1]) return _probabilities[^1];
        int hi = Array.BinarySearch(_margins, margin);
        if (hi >= 0) return _probabilities[hi];
        hi = ~hi;
        int lo = hi - 1;
        double t = (margin - _margins[lo]) / (_margins[hi] - _margins[lo]);
        return _probabilities[lo] + t * (_probabilities[hi] - _probabilities[lo]);
    }
}
