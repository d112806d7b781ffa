using System.Globalization;
using MedSpark.Shared.Learning;

namespace MedSpark.Shared.Modeling;

/// <summary>
/// Decides whether a newly trained model becomes the champion: only when it beats the champion's AUC-ROC
/// without a worse Brier score, both measured on the new model's held-out test rows.
/// </summary>
/// <remarks>
/// Metrics stored with the champion were measured on the champion's own test split; comparing them with the new
/// model's would compare different rows (and, after new data arrives, different populations). So the champion is
/// re-scored — its own coefficients and its own calibrator — on exactly the rows the candidate was tested on:
/// promote ⇔ AUC(candidate) &gt; AUC(champion) ∧ Brier(candidate) ≤ Brier(champion). A champion that cannot score
/// those rows (a feature it needs is no longer produced) cannot serve, so the candidate is promoted and the reason says so.
/// </remarks>
public static class PromotionRule
{
    public static PromotionDecision Decide(TrainedModel candidate, ModelRecord? champion)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        double auc = candidate.Metrics.AucRoc;
        double brier = candidate.Metrics.Brier ?? double.NaN;
        if (champion is null) return new PromotionDecision(true, null, auc, brier, null, null, "no champion yet");

        var scorer = new RecoveryScorer(champion);
        var positions = new int[scorer.FeatureNames.Count];
        for (int j = 0; j < positions.Length; j++)
        {
            positions[j] = IndexOf(candidate.FeatureNames, scorer.FeatureNames[j]);
            if (positions[j] < 0)
            {
                return new PromotionDecision(true, champion.Version, auc, brier, null, null,
                    $"champion {champion.Version} needs feature '{scorer.FeatureNames[j]}', which the current input lacks");
            }
        }

        var test = candidate.Test;
        var margins = new double[test.Count];
        var probabilities = new double[test.Count];
        var labels = new double[test.Count];
        var x = new double[positions.Length];
        for (int i = 0; i < test.Count; i++)
        {
            for (int j = 0; j < positions.Length; j++) x[j] = test[i].Features[positions[j]];
            margins[i] = scorer.Margin(x);
            probabilities[i] = scorer.Probability(margins[i]);
            labels[i] = test[i].Label!.Value;
        }
        var championMetrics = BinaryMetrics.Compute(margins, labels, probabilities);
        double championAuc = championMetrics.AucRoc;
        double championBrier = championMetrics.Brier!.Value;
        bool promote = auc > championAuc && brier <= championBrier;
        string reason = string.Create(CultureInfo.InvariantCulture,
            $"on the same {test.Count} test rows: AUC {auc:F4} vs champion {champion.Version}'s {championAuc:F4}, Brier {brier:F4} vs {championBrier:F4}");
        return new PromotionDecision(promote, champion.Version, auc, brier, championAuc, championBrier, reason);
    }

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (int i = 0; i < names.Count; i++)
            if (string.Equals(names[i], name, StringComparison.Ordinal)) return i;
        return -1;
    }
}
