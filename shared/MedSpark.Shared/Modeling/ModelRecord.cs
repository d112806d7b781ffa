namespace MedSpark.Shared.Modeling;

/// <summary>
/// One row of the models table: everything needed to score with, judge and reproduce a model. Immutable once
/// written (a promotion appends a new row; the champion is the newest promoted row); list-valued fields are JSON
/// arrays/objects in string columns so every reader can parse them: <c>calibration</c> per
/// <see cref="CalibratorCodec"/>, <c>report</c> per <see cref="ModelReport"/> (bootstrap intervals, calibration
/// curve, subgroup metrics, standardised coefficients, cross-validation grid, promotion comparison). Both are null
/// in rows written before those columns existed (the table gains them by schema merge; such a row is Platt-calibrated).
/// </summary>
public sealed record ModelRecord(
    long Version,
    DateTime CreatedAt,
    string Algorithm,
    string Hyperparameters,
    string FeatureNames,
    string FeatureMeans,
    string FeatureStds,
    string Coefficients,
    string StandardizedCoefficients,
    double Intercept,
    double PlattA,
    double PlattB,
    long TrainRows,
    long CalibrationRows,
    long TestRows,
    double AucRoc,
    double AucPr,
    double Accuracy,
    double Sensitivity,
    double Specificity,
    double Precision,
    double F1,
    double Brier,
    int Iterations,
    string Convergence,
    string Lineage,
    string SettingsHash,
    bool Promoted,
    string? Calibration,
    string? Report);
