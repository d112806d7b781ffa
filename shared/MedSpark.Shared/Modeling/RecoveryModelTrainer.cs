using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using MedSpark.Shared.Engine;
using MedSpark.Shared.Learning;

namespace MedSpark.Shared.Modeling;

/// <summary>
/// Trains the recovery-success model: a stratified 60/20/20 split (train / calibration / test) by seed;
/// stratified k-fold cross-validation on the training part over a grid of regParam × class weight
/// (<see cref="SvmCrossValidator"/>); a <see cref="LinearSvc"/> with the chosen settings on the whole training
/// part; Platt or isotonic calibration on the calibration part; on the test part the metrics, their bootstrap
/// intervals, the calibration curve and per-subgroup metrics.
/// </summary>
/// <remarks>
/// The calibration and test parts are never seen by model selection, so the test metrics stay an unbiased
/// estimate for the chosen model (Hastie, Tibshirani, Friedman, "The Elements of Statistical Learning", §7.10).
/// Every random choice derives from <c>seed</c>: split (seed, seed + 1), folds (seed + 2), bootstrap (seed + 3).
/// </remarks>
public static class RecoveryModelTrainer
{
    /// <summary>JSON of the models table's string columns: plain text for '+', quotes and non-ASCII.</summary>
    public static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Trains with the given plan.</summary>
    /// <param name="engine">Runs the fits' partitions.</param>
    /// <param name="data">Assembled labeled rows.</param>
    /// <param name="options">SVM settings; with CV, RegParam and the positive-class weight become the grid's choice (the
    /// grid tries the weight given and, if the plan says so, the balancing one).</param>
    /// <param name="plan">Selection, calibration and evaluation settings.</param>
    /// <param name="seed">Seed of every random choice.</param>
    /// <param name="subgroups">attribute → (row key → value) for per-subgroup metrics; null for none.</param>
    /// <param name="onIteration">Hears every L-BFGS step of the final fit.</param>
    public static TrainedModel Train(IEngine engine, AssembledRows data, SvmOptions options, TrainingPlan plan, int seed,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string?>>? subgroups = null, Action<SvmIteration>? onIteration = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(plan);
        var rows = data.Rows;
        var (train, rest) = StratifiedSplit.Split(rows, r => r.Label!.Value, testFraction: 0.4, seed);
        var (calibration, test) = StratifiedSplit.Split(rest, r => r.Label!.Value, testFraction: 0.5, seed + 1);
        var trainPoints = train.Select(r => new LabeledPoint(r.Label!.Value, r.Features)).ToList();

        SvmCrossValidationResult? cv = null;
        if (plan.Folds >= 2)
        {
            // The given positive-class weight, and with TryBalancedClassWeight the one that balances the classes'
            // total weight in the training part: v₊·N₊ = v₋·N₋.
            var weights = new List<double> { options.PositiveClassWeight };
            double positives = trainPoints.Count(p => p.Label == 1.0), negatives = trainPoints.Count - positives;
            double balanced = positives > 0 ? options.NegativeClassWeight * negatives / positives : options.PositiveClassWeight;
            if (plan.TryBalancedClassWeight && balanced != options.PositiveClassWeight) weights.Add(balanced);
            var grid = SvmCrossValidator.Grid(options, plan.RegParams, weights);
            cv = SvmCrossValidator.Run(engine, trainPoints, grid, plan.Folds, seed + 2);
            options = cv.Best.Options;
        }

        var points = Partitioned<LabeledPoint>.FromList(trainPoints, engine.Parallelism);
        var model = LinearSvc.Fit(engine, points, options, onIteration);
        var summary = LinearSvc.Summarize(engine, points, options);

        var calibrationMargins = calibration.Select(r => model.Margin(r.Features)).ToArray();
        var calibrationLabels = calibration.Select(r => r.Label!.Value).ToArray();
        IProbabilityCalibrator calibrator = plan.Calibration == CalibrationMethod.Isotonic
            ? IsotonicCalibrator.Fit(calibrationMargins, calibrationLabels)
            : PlattCalibrator.Fit(calibrationMargins, calibrationLabels);

        var testMargins = test.Select(r => model.Margin(r.Features)).ToArray();
        var testLabels = test.Select(r => r.Label!.Value).ToArray();
        var testProbabilities = testMargins.Select(calibrator.Probability).ToArray();
        var metrics = BinaryMetrics.Compute(testMargins, testLabels, testProbabilities, options.Threshold);
        var bootstrap = BootstrapMetrics.Compute(testMargins, testLabels, testProbabilities, options.Threshold,
            plan.BootstrapReplicates, seed + 3);
        var curve = CalibrationCurve.Compute(testProbabilities, testLabels, plan.CalibrationBins);
        var groups = subgroups is null
            ? Array.Empty<SubgroupMetrics>()
            : SubgroupMetrics.Compute(test.Select(r => r.Key).ToList(), testMargins, testLabels, testProbabilities, options.Threshold, subgroups);
        return new TrainedModel(data.FeatureNames, model, calibrator, metrics, summary.Mean, summary.Std(),
            train.Count, calibration.Count, test.Count, cv, bootstrap, curve, groups, test);
    }

    /// <summary>The models-table row of a trained model.</summary>
    public static ModelRecord ToRecord(TrainedModel trained, long version, DateTime createdAt, IReadOnlyDictionary<string, long> lineage,
        PromotionDecision promotion)
    {
        ArgumentNullException.ThrowIfNull(trained);
        ArgumentNullException.ThrowIfNull(promotion);
        var o = trained.Model.Options;
        var hyperNode = new JsonObject
        {
            ["aggregationDepth"] = o.AggregationDepth, ["calibration"] = trained.Calibrator.Method.ToString().ToLowerInvariant(),
            ["fitIntercept"] = o.FitIntercept, ["loss"] = o.Loss.ToString(), ["maxIter"] = o.MaxIter,
            ["negativeClassWeight"] = o.NegativeClassWeight, ["positiveClassWeight"] = o.PositiveClassWeight,
            ["regParam"] = o.RegParam, ["standardization"] = o.Standardization, ["threshold"] = o.Threshold, ["tol"] = o.Tol,
        };
        // The settings hash covers what determines the fit given the data; CV results are outcomes, not settings.
        string settings = hyperNode.ToJsonString(Json);
        if (trained.CrossValidation is not null) hyperNode["cv"] = ModelReport.CrossValidation(trained.CrossValidation);
        var coefficients = trained.Model.Coefficients.ToArray();
        var standardized = coefficients.Select((c, i) => c * trained.Stds[i]).ToArray();
        string features = JsonSerializer.Serialize(trained.FeatureNames, Json);
        string settingsHash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(settings + features))).ToLowerInvariant()[..16];
        string lineageJson = JsonSerializer.Serialize(new SortedDictionary<string, object>(lineage.ToDictionary(p => p.Key, p => (object)p.Value))
        {
            ["code_version"] = CodeVersion,
        }, Json);
        var m = trained.Metrics;
        var platt = trained.Calibrator as PlattCalibrator;
        string algorithm = "linear_svc_hinge_l2+" + trained.Calibrator.Method.ToString().ToLowerInvariant();
        return new ModelRecord(version, createdAt, algorithm, hyperNode.ToJsonString(Json), features,
            JsonSerializer.Serialize(trained.Means, Json), JsonSerializer.Serialize(trained.Stds, Json),
            JsonSerializer.Serialize(coefficients, Json), JsonSerializer.Serialize(standardized, Json), trained.Model.Intercept,
            platt?.A ?? double.NaN, platt?.B ?? double.NaN, trained.TrainRows, trained.CalibrationRows, trained.TestRows,
            m.AucRoc, m.AucPr, m.Accuracy, m.Sensitivity, m.Specificity, m.Precision, m.F1, m.Brier ?? double.NaN,
            trained.Model.Summary.Iterations, trained.Model.Summary.Convergence.ToString(), lineageJson, settingsHash, promotion.Promote,
            CalibratorCodec.ToJson(trained.Calibrator), ModelReport.ToJson(trained, promotion));
    }

    /// <summary>The build's code version: the informational version, which the SDK suffixes with the git commit.</summary>
    public static string CodeVersion { get; } =
        typeof(RecoveryModelTrainer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
}
