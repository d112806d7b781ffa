namespace MedSpark.Shared.Modeling;

/// <summary>One row of the gold scores table.</summary>
/// <param name="StudyUid">The scored study.</param>
/// <param name="PatientKey">The pseudonymised patient (never the raw id).</param>
/// <param name="Margin">w·x + b of the SVM.</param>
/// <param name="Probability">Platt-calibrated probability of recovery success.</param>
/// <param name="Predicted">1 when the margin is above the model's threshold.</param>
/// <param name="ModelVersion">The models-table version that scored the row.</param>
/// <param name="ScoredAt">When the score job ran.</param>
/// <param name="Lineage">JSON: the Delta versions of the inputs this score was computed from.</param>
public sealed record ScoreRecord(
    string StudyUid,
    string? PatientKey,
    double Margin,
    double Probability,
    int Predicted,
    long ModelVersion,
    DateTime ScoredAt,
    string Lineage);
