namespace MedSpark.Shared.Learning;

/// <summary>Reliability-diagram bins: predicted probability against observed frequency.</summary>
/// <remarks>
/// B uniform bins with edges eᵢ = i/B; a probability p goes to bin #{i ∈ 1…B−1 : eᵢ &lt; p}, so bins are
/// (eᵢ, eᵢ₊₁] except the first, which also takes p = 0 — scikit-learn's calibration_curve(strategy="uniform"), i.e.
/// np.searchsorted(edges[1:-1], p) with numpy's default side="left", so the bins agree with it row for row. Empty bins are left out, as there. DeGroot and Fienberg, "The comparison and evaluation
/// of forecasters", 1983.
/// </remarks>
public static class CalibrationCurve
{
    /// <summary>The non-empty bins, in ascending order.</summary>
    /// <exception cref="ArgumentException">Lengths differ, a probability outside [0, 1] or a label other than 0/1.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than 1 bin.</exception>
    public static IReadOnlyList<CalibrationBin> Compute(ReadOnlySpan<double> probabilities, ReadOnlySpan<double> labels, int bins = 10)
    {
        if (bins < 1) throw new ArgumentOutOfRangeException(nameof(bins), bins, "At least one bin.");
        if (probabilities.Length != labels.Length)
            throw new ArgumentException($"{probabilities.Length} probabilities but {labels.Length} labels.", nameof(labels));
        var count = new long[bins];
        var sumP = new double[bins];
        var sumY = new double[bins];
        for (int i = 0; i < probabilities.Length; i++)
        {
            double p = probabilities[i];
            if (!(p >= 0 && p <= 1)) throw new ArgumentException($"Probability {i} is {p}, not in [0, 1].", nameof(probabilities));
            if (labels[i] is not (0.0 or 1.0)) throw new ArgumentException($"Label {i} is {labels[i]}, not 0 or 1.", nameof(labels));
            int b = 0;
            while (b < bins - 1 && Edge(b + 1, bins) < p) b++;
            count[b]++;
            sumP[b] += p;
            sumY[b] += labels[i];
        }
        var result = new List<CalibrationBin>();
        for (int b = 0; b < bins; b++)
        {
            if (count[b] == 0) continue;
            result.Add(new CalibrationBin(Edge(b, bins), Edge(b + 1, bins), count[b], sumP[b] / count[b], sumY[b] / count[b]));
        }
        return result;
    }

    // np.linspace(0, 1, bins + 1): start + i·step, with the last edge exactly 1.
    private static double Edge(int i, int bins) => i == bins ? 1.0 : i * (1.0 / bins);
}
