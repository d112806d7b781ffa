namespace MedSpark.Shared.Learning;

/// <summary>
/// Percentile bootstrap confidence intervals for AUC-ROC, Brier score and accuracy of a scored, labeled set.
/// </summary>
/// <remarks>
/// Each replicate draws n rows uniformly with replacement (a seeded <see cref="Random"/>, so the same inputs and
/// seed give the same intervals) and recomputes the metrics with <see cref="BinaryMetrics.Compute"/>; the interval
/// is the [α/2, 1 − α/2] quantiles of the replicates, linearly interpolated between order statistics (numpy's
/// default). Efron and Tibshirani, "An Introduction to the Bootstrap", 1993, ch. 13. Replicates that draw one
/// class only have no AUC and are left out of the AUC interval (counted in <paramref name="SkippedAuc"/>).
/// </remarks>
/// <param name="AucRoc">AUC-ROC of the margins.</param>
/// <param name="Brier">Brier score of the probabilities.</param>
/// <param name="Accuracy">Accuracy at the threshold.</param>
/// <param name="Replicates">Bootstrap replicates drawn.</param>
/// <param name="SkippedAuc">Replicates without both classes.</param>
/// <param name="Confidence">1 − α.</param>
/// <param name="Seed">The resampling seed.</param>
public sealed record BootstrapMetrics(
    MetricInterval AucRoc,
    MetricInterval Brier,
    MetricInterval Accuracy,
    int Replicates,
    int SkippedAuc,
    double Confidence,
    int Seed)
{
    /// <summary>Computes the intervals.</summary>
    /// <exception cref="ArgumentException">Lengths differ, no rows, or invalid values (see <see cref="BinaryMetrics.Compute"/>).</exception>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than 2 replicates or a confidence outside (0, 1).</exception>
    public static BootstrapMetrics Compute(ReadOnlySpan<double> scores, ReadOnlySpan<double> labels, ReadOnlySpan<double> probabilities,
        double threshold, int replicates, int seed, double confidence = 0.95)
    {
        if (replicates < 2) throw new ArgumentOutOfRangeException(nameof(replicates), replicates, "At least 2 replicates.");
        if (!(confidence > 0 && confidence < 1)) throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "Confidence must be in (0, 1).");
        if (scores.Length == 0) throw new ArgumentException("No rows to bootstrap.", nameof(scores));
        if (scores.Length != labels.Length || probabilities.Length != labels.Length)
            throw new ArgumentException($"{scores.Length} scores, {labels.Length} labels and {probabilities.Length} probabilities.");

        var full = BinaryMetrics.Compute(scores, labels, probabilities, threshold);
        int n = scores.Length;
        var s = new double[n];
        var y = new double[n];
        var p = new double[n];
        var auc = new List<double>(replicates);
        var brier = new double[replicates];
        var accuracy = new double[replicates];
        var random = new Random(seed);
        for (int r = 0; r < replicates; r++)
        {
            for (int i = 0; i < n; i++)
            {
                int j = random.Next(n);
                s[i] = scores[j];
                y[i] = labels[j];
                p[i] = probabilities[j];
            }
            var m = BinaryMetrics.Compute(s, y, p, threshold);
            if (!double.IsNaN(m.AucRoc)) auc.Add(m.AucRoc);
            brier[r] = m.Brier!.Value;
            accuracy[r] = m.Accuracy;
        }
        double alpha = 1 - confidence;
        return new BootstrapMetrics(
            Interval(full.AucRoc, auc, alpha),
            Interval(full.Brier!.Value, brier, alpha),
            Interval(full.Accuracy, accuracy, alpha),
            replicates, replicates - auc.Count, confidence, seed);
    }

    private static MetricInterval Interval(double estimate, IReadOnlyList<double> replicates, double alpha)
    {
        if (replicates.Count == 0) return new MetricInterval(estimate, double.NaN, double.NaN);
        var sorted = replicates.Order().ToArray();
        return new MetricInterval(estimate, Quantile(sorted, alpha / 2), Quantile(sorted, 1 - alpha / 2));
    }

    /// <summary>numpy.quantile's default ("linear"): position q·(n − 1) between order statistics.</summary>
    internal static double Quantile(double[] sorted, double q)
    {
        double position = q * (sorted.Length - 1);
        int lo = (int)Math.Floor(position);
        int hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (position - lo) * (sorted[hi] - sorted[lo]);
    }
}
