using System.Text.Json;
using System.Text.Json.Nodes;
using MedSpark.Shared.Learning;

namespace MedSpark.Shared.Modeling;

/// <summary>
/// The model report: what a reviewer reads before trusting a model, stored as JSON in the models table's
/// <c>report</c> column. Keys: <c>test_metrics</c> (all of <see cref="BinaryMetrics"/>), <c>bootstrap</c>
/// (estimate and interval of AUC-ROC, Brier, accuracy; replicates, confidence, seed), <c>calibration_curve</c>
/// (bins), <c>subgroups</c> (metrics per site, scanner vendor, sex), <c>coefficients</c> (per feature, original
/// and standardised w·σ, largest |standardised| first), <c>cross_validation</c> and <c>promotion</c>.
/// </summary>
/// <remarks>
/// Standardised coefficients wⱼ·σⱼ are the margin's change per standard deviation of feature j, so features on
/// different scales can be ranked; this is the effect MLlib's regularisation sees with standardization on.
/// </remarks>
public static class ModelReport
{
    public static string ToJson(TrainedModel trained, PromotionDecision? promotion)
    {
        ArgumentNullException.ThrowIfNull(trained);
        var report = new JsonObject
        {
            ["test_metrics"] = Metrics(trained.Metrics),
            ["bootstrap"] = new JsonObject
            {
                ["auc_roc"] = Interval(trained.Bootstrap.AucRoc),
                ["brier"] = Interval(trained.Bootstrap.Brier),
                ["accuracy"] = Interval(trained.Bootstrap.Accuracy),
                ["replicates"] = trained.Bootstrap.Replicates,
                ["replicates_without_both_classes"] = trained.Bootstrap.SkippedAuc,
                ["confidence"] = trained.Bootstrap.Confidence,
                ["seed"] = trained.Bootstrap.Seed,
            },
            ["calibration"] = trained.Calibrator.Method.ToString().ToLowerInvariant(),
            ["calibration_curve"] = new JsonArray(trained.CalibrationCurve.Select(b => (JsonNode?)new JsonObject
            {
                ["lower"] = b.Lower, ["upper"] = b.Upper, ["count"] = b.Count,
                ["mean_predicted"] = b.MeanPredicted, ["observed_rate"] = b.ObservedRate,
            }).ToArray()),
            ["subgroups"] = new JsonArray(trained.Subgroups.Select(s => (JsonNode?)new JsonObject
            {
                ["attribute"] = s.Attribute, ["group"] = s.Group, ["metrics"] = Metrics(s.Metrics),
            }).ToArray()),
            ["coefficients"] = new JsonArray(Coefficients(trained).Select(c => (JsonNode?)new JsonObject
            {
                ["feature"] = c.Feature, ["coefficient"] = c.Coefficient, ["standardized"] = c.Standardized,
            }).ToArray()),
            ["cross_validation"] = trained.CrossValidation is null ? null : CrossValidation(trained.CrossValidation),
            ["promotion"] = promotion is null ? null : new JsonObject
            {
                ["promoted"] = promotion.Promote,
                ["champion_version"] = promotion.ChampionVersion,
                ["candidate_auc_roc"] = Number(promotion.CandidateAucRoc),
                ["candidate_brier"] = Number(promotion.CandidateBrier),
                ["champion_auc_roc_same_rows"] = promotion.ChampionAucRoc is double a ? Number(a) : null,
                ["champion_brier_same_rows"] = promotion.ChampionBrier is double b ? Number(b) : null,
                ["reason"] = promotion.Reason,
            },
        };
        return report.ToJsonString(RecoveryModelTrainer.Json);
    }

    /// <summary>Features by decreasing |standardised coefficient| (ties in feature order).</summary>
    public static IReadOnlyList<(string Feature, double Coefficient, double Standardized)> Coefficients(TrainedModel trained) =>
        trained.FeatureNames
            .Select((name, j) => (Feature: name, Coefficient: trained.Model.Coefficients[j], Standardized: trained.Model.Coefficients[j] * trained.Stds[j]))
            .OrderByDescending(c => Math.Abs(c.Standardized))
            .ToList();

    /// <summary>The grid search as JSON (also part of the hyperparameters column).</summary>
    public static JsonObject CrossValidation(SvmCrossValidationResult cv) => new()
    {
        ["folds"] = cv.Folds,
        ["seed"] = cv.Seed,
        ["metric"] = "mean_auc_roc",
        ["chosen"] = cv.BestIndex,
        ["grid"] = new JsonArray(cv.Candidates.Select(c => (JsonNode?)new JsonObject
        {
            ["reg_param"] = c.Options.RegParam,
            ["positive_class_weight"] = c.Options.PositiveClassWeight,
            ["negative_class_weight"] = c.Options.NegativeClassWeight,
            ["mean_auc_roc"] = Number(c.MeanAucRoc),
            ["std_auc_roc"] = Number(c.StdAucRoc),
            ["fold_auc_roc"] = new JsonArray(c.FoldAucRoc.Select(a => (JsonNode?)Number(a)).ToArray()),
        }).ToArray()),
    };

    private static JsonObject Metrics(BinaryMetrics m) => new()
    {
        ["count"] = m.Count, ["positives"] = m.Positives,
        ["auc_roc"] = Number(m.AucRoc), ["auc_pr"] = Number(m.AucPr), ["average_precision"] = Number(m.AveragePrecision),
        ["accuracy"] = Number(m.Accuracy), ["sensitivity"] = Number(m.Sensitivity), ["specificity"] = Number(m.Specificity),
        ["precision"] = Number(m.Precision), ["f1"] = Number(m.F1), ["brier"] = m.Brier is double b ? Number(b) : null,
    };

    private static JsonObject Interval(MetricInterval i) => new()
    {
        ["estimate"] = Number(i.Estimate), ["lower"] = Number(i.Lower), ["upper"] = Number(i.Upper),
    };

    // JSON has no NaN: an undefined metric (e.g. AUC of a one-class subgroup) is null.
    private static JsonNode? Number(double v) => double.IsFinite(v) ? JsonValue.Create(v) : null;

    /// <summary>Parses a report column for display.</summary>
    public static JsonObject Parse(string json) =>
        JsonNode.Parse(json) as JsonObject ?? throw new JsonException("The report is not a JSON object.");
}
