namespace MedSpark.Shared.Learning;

/// <summary>
/// Quality of a binary scorer on labeled rows: ranking metrics over all thresholds and confusion-matrix
/// metrics at one threshold.
/// </summary>
/// <param name="Count">Rows.</param>
/// <param name="Positives">Rows with label 1.</param>
/// <param name="AucRoc">Area under the ROC curve; tied scores count one half (the Mann–Whitney U / (N₊N₋)).</param>
/// <param name="AucPr">Area under the precision–recall curve by the trapezoid rule over distinct thresholds,
/// starting at (recall 0, precision of the first threshold): MLlib BinaryClassificationMetrics.areaUnderPR.</param>
/// <param name="AveragePrecision">Σₖ (Rₖ − Rₖ₋₁)·Pₖ over distinct thresholds (step-wise, no interpolation):
/// scikit-learn's average_precision_score.</param>
/// <param name="Accuracy">(TP + TN) / Count at the threshold.</param>
/// <param name="Sensitivity">TP / Positives (recall); NaN without positives.</param>
/// <param name="Specificity">TN / Negatives; NaN without negatives.</param>
/// <param name="Precision">TP / (TP + FP); NaN when nothing is predicted positive.</param>
/// <param name="F1">Harmonic mean of precision and sensitivity; NaN when either is undefined or both are 0.</param>
/// <param name="Brier">Mean of (p − y)² when probabilities were given, else null.</param>
public sealed record BinaryMetrics(
    long Count,
    long Positives,
    double AucRoc,
    double AucPr,
    double AveragePrecision,
    double Accuracy,
    double Sensitivity,
    double Specificity,
    double Precision,
    double F1,
    double? Brier)
{
    /// <summary>
    /// Computes the metrics. A row is predicted positive when its score is &gt; <paramref name="threshold"/>
    /// (0 for SVM margins, as LinearSVC predicts; pass probabilities as scores with 0.5 for calibrated output).
    /// Ranking metrics are NaN when one class is absent.
    /// </summary>
    /// <exception cref="ArgumentException">Lengths differ, a NaN score or probability, a probability outside
    /// [0, 1], or a label other than 0/1.</exception>
    public static BinaryMetrics Compute(ReadOnlySpan<double> scores, ReadOnlySpan<double> labels,
        ReadOnlySpan<double> probabilities = default, double threshold = 0)
    {
        if (scores.Length != labels.Length)
            throw new ArgumentException($"{scores.Length} scores but {labels.Length} labels.", nameof(labels));
        if (!probabilities.IsEmpty && probabilities.Length != labels.Length)
            throw new ArgumentException($"{probabilities.Length} probabilities but {labels.Length} labels.", nameof(probabilities));

        int n = scores.Length;
        long positives = 0, tp = 0, tn = 0;
        double brier = 0;
        for (int i = 0; i < n; i++)
        {
            if (double.IsNaN(scores[i])) throw new ArgumentException($"Score {i} is NaN.", nameof(scores));
            if (labels[i] is not (0.0 or 1.0)) throw new ArgumentException($"Label {i} is {labels[i]}, not 0 or 1.", nameof(labels));
            bool actual = labels[i] == 1.0;
            bool predicted = scores[i] > threshold;
            if (actual) positives++;
            if (actual && predicted) tp++;
            if (!actual && !predicted) tn++;
            if (!probabilities.IsEmpty)
            {
                double p = probabilities[i];
                if (!(p >= 0 && p <= 1)) throw new ArgumentException($"Probability {i} is {p}, not in [0, 1].", nameof(probabilities));
                brier += (p - labels[i]) * (p - labels[i]);
            }
        }
        long negatives = n - positives;
        long predictedPositive = tp + (negatives - tn);

        var (aucRoc, aucPr, averagePrecision) = Ranking(scores, labels, positives, negatives);
        double sensitivity = positives > 0 ? (double)tp / positives : double.NaN;
        double specificity = negatives > 0 ? (double)tn / negatives : double.NaN;
        double precision = predictedPositive > 0 ? (double)tp / predictedPositive : double.NaN;
        double f1 = precision + sensitivity > 0 ? 2 * precision * sensitivity / (precision + sensitivity) : double.NaN;
        return new BinaryMetrics(n, positives, aucRoc, aucPr, averagePrecision,
            n > 0 ? (double)(tp + tn) / n : double.NaN, sensitivity, specificity, precision, f1,
            probabilities.IsEmpty ? null : (n > 0 ? brier / n : double.NaN));
    }

    private static (double AucRoc, double AucPr, double AveragePrecision) Ranking(ReadOnlySpan<double> scores,
        ReadOnlySpan<double> labels, long positives, long negatives)
    {
        if (positives == 0 || negatives == 0) return (double.NaN, double.NaN, double.NaN);
        int n = scores.Length;
        var order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        var keys = scores.ToArray();
        // Descending score; ties form one threshold, so their order does not matter.
        Array.Sort(keys, order, Comparer<double>.Create((x, y) => y.CompareTo(x)));

        double rankSumNegatives = 0;   // ROC: each negative scores the positives ranked above it plus half the tied ones.
        double tpSoFar = 0, fpSoFar = 0;
        double prevRecall = 0, prevPrecision = double.NaN;
        double aucPr = 0, ap = 0;
        int start = 0;
        while (start < n)
        {
            int end = start;
            double tiePos = 0, tieNeg = 0;
            while (end < n && keys[end] == keys[start])
            {
                if (labels[order[end]] == 1.0) tiePos++;
                else tieNeg++;
                end++;
            }
            rankSumNegatives += tieNeg * (tpSoFar + 0.5 * tiePos);
            tpSoFar += tiePos;
            fpSoFar += tieNeg;

            double recall = tpSoFar / positives;
            double precision = tpSoFar / (tpSoFar + fpSoFar);
            if (double.IsNaN(prevPrecision)) prevPrecision = precision;   // MLlib's first point (0, p₁).
            aucPr += (recall - prevRecall) * (precision + prevPrecision) / 2;
            ap += (recall - prevRecall) * precision;
            prevRecall = recall;
            prevPrecision = precision;
            start = end;
        }
        return (rankSumNegatives / ((double)positives * negatives), aucPr, ap);
    }
}
