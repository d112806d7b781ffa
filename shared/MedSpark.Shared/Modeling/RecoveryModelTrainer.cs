using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MedSpark.Shared.Engine;
using MedSpark.Shared.Learning;

namespace MedSpark.Shared.Modeling;

/// <summary>
/// Trains the recovery-success model: a stratified 60/20/20 split (train / calibration / test) by seed, a
/// <see cref="LinearSvc"/> on the training part, Platt scaling on the calibration part, metrics on the test part.
/// </summary>
public static class RecoveryModelTrainer
{
    /// <summary>JSON of the models table's string columns: plain text for '+', quotes and non-ASCII.</summary>
    public static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static TrainedModel Train(IEngine engine, AssembledRows data, SvmOptions options, int seed, Action<SvmIteration>? onIteration = null)
    {
        var rows = data.Rows;
        var (train, rest) = StratifiedSplit.Split(rows, r => r.Label!.Value, testFraction: 0.4, seed);
        var (calibration, test) = StratifiedSplit.Split(rest, r => r.Label!.Value, testFraction: 0.5, seed + 1);
        var points = Partitioned<LabeledPoint>.FromList(train.Select(r => new LabeledPoint(r.Label!.Value, r.Features)).ToList(), engine.Parallelism);
        var model = LinearSvc.Fit(engine, points, options, onIteration);
        var summary = LinearSvc.Summarize(engine, points, options);

        var calibrationMargins = calibration.Select(r => model.Margin(r.Features)).ToArray();
        var platt = PlattCalibrator.Fit(calibrationMargins, calibration.Select(r => r.Label!.Value).ToArray());
        var testMargins = test.Select(r => model.Margin(r.Features)).ToArray();
        var testProbabilities = testMargins.Select(platt.Probability).ToArray();
        var metrics = BinaryMetrics.Compute(testMargins, test.Select(r => r.Label!.Value).ToArray(), testProbabilities, options.Threshold);
        return new TrainedModel(data.FeatureNames, model, platt, metrics, summary.Mean, summary.Std(), train.Count, calibration.Count, test.Count);
    }

    /// <summary>The models-table row of a trained model.</summary>
    public static ModelRecord ToRecord(TrainedModel trained, long version, DateTime createdAt, IReadOnlyDictionary<string, long> lineage, bool promoted)
    {
        var o = trained.Model.Options;
        string hyper = JsonSerializer.Serialize(new SortedDictionary<string, object>
        {
            ["regParam"] = o.RegParam, ["maxIter"] = o.MaxIter, ["tol"] = o.Tol, ["fitIntercept"] = o.FitIntercept,
            ["standardization"] = o.Standardization, ["threshold"] = o.Threshold, ["aggregationDepth"] = o.AggregationDepth,
            ["loss"] = o.Loss.ToString(), ["negativeClassWeight"] = o.NegativeClassWeight, ["positiveClassWeight"] = o.PositiveClassWeight,
        }, Json);
        var coefficients = trained.Model.Coefficients.ToArray();
        var standardized = coefficients.Select((c, i) => c * trained.Stds[i]).ToArray();
        string features = JsonSerializer.Serialize(trained.FeatureNames, Json);
        string settingsHash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(hyper + features))).ToLowerInvariant()[..16];
        string lineageJson = JsonSerializer.Serialize(new SortedDictionary<string, object>(lineage.ToDictionary(p => p.Key, p => (object)p.Value))
        {
            ["code_version"] = CodeVersion,
        }, Json);
        var m = trained.Metrics;
        return new ModelRecord(version, createdAt, "linear_svc_hinge_l2+platt", hyper, features,
            JsonSerializer.Serialize(trained.Means, Json), JsonSerializer.Serialize(trained.Stds, Json),
            JsonSerializer.Serialize(coefficients, Json), JsonSerializer.Serialize(standardized, Json), trained.Model.Intercept,
            trained.Platt.A, trained.Platt.B, trained.TrainRows, trained.CalibrationRows, trained.TestRows,
            m.AucRoc, m.AucPr, m.Accuracy, m.Sensitivity, m.Specificity, m.Precision, m.F1, m.Brier ?? double.NaN,
            trained.Model.Summary.Iterations, trained.Model.Summary.Convergence.ToString(), lineageJson, settingsHash, promoted);
    }

    /// <summary>The build's code version: the informational version, which the SDK suffixes with the git commit.</summary>
    public static string CodeVersion { get; } =
        typeof(RecoveryModelTrainer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
}

/// <summary>A trained, calibrated and evaluated model.</summary>
public sealed record TrainedModel(
    IReadOnlyList<string> FeatureNames,
    LinearSvcModel Model,
    PlattCalibrator Platt,
    BinaryMetrics Metrics,
    double[] Means,
    double[] Stds,
    long TrainRows,
    long CalibrationRows,
    long TestRows);
