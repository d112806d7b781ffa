using MedSpark.Shared.Learning;

namespace MedSpark.Shared.Modeling;

/// <summary>A trained, calibrated and evaluated model, with the rows it was tested on.</summary>
/// <param name="FeatureNames">Feature order of the coefficients.</param>
/// <param name="Model">The SVM fitted on the training part with the chosen settings.</param>
/// <param name="Calibrator">Fitted on the calibration part.</param>
/// <param name="Metrics">On the test part (scores = margins at the model's threshold; probabilities calibrated).</param>
/// <param name="Means">Training-part feature means.</param>
/// <param name="Stds">Training-part feature standard deviations (n − 1).</param>
/// <param name="TrainRows">Rows in the training part.</param>
/// <param name="CalibrationRows">Rows in the calibration part.</param>
/// <param name="TestRows">Rows in the test part.</param>
/// <param name="CrossValidation">The grid search that chose the settings, or null when CV was off.</param>
/// <param name="Bootstrap">Bootstrap intervals of the test metrics.</param>
/// <param name="CalibrationCurve">Reliability bins of the test probabilities.</param>
/// <param name="Subgroups">Test metrics per subgroup.</param>
/// <param name="Test">The test rows (for re-scoring a champion on the same rows).</param>
public sealed record TrainedModel(
    IReadOnlyList<string> FeatureNames,
    LinearSvcModel Model,
    IProbabilityCalibrator Calibrator,
    BinaryMetrics Metrics,
    double[] Means,
    double[] Stds,
    long TrainRows,
    long CalibrationRows,
    long TestRows,
    SvmCrossValidationResult? CrossValidation,
    BootstrapMetrics Bootstrap,
    IReadOnlyList<CalibrationBin> CalibrationCurve,
    IReadOnlyList<SubgroupMetrics> Subgroups,
    IReadOnlyList<TrainingRow> Test);
