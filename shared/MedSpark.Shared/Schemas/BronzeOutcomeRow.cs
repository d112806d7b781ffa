namespace MedSpark.Shared.Schemas;

/// <summary>One outcomes row as read from raw/outcomes (raw strings plus provenance).</summary>
/// <param name="PatientId">Column <c>patient_id</c> as read (null when absent or SQL NULL).</param>
/// <param name="StudyUid">Column <c>study_uid</c> as read (null when absent or SQL NULL).</param>
/// <param name="RecoverySuccess">Column <c>recovery_success</c> as read (null when absent or SQL NULL).</param>
/// <param name="FollowUpDate">Column <c>follow_up_date</c> as read (null when absent or SQL NULL).</param>
/// <param name="SourceFile">Lake path of the raw file.</param>
/// <param name="SourceRow">1-based line number in the CSV (header is line 1).</param>
public sealed record BronzeOutcomeRow(
    string? PatientId,
    string? StudyUid,
    string? RecoverySuccess,
    string? FollowUpDate,
    string SourceFile,
    long SourceRow);
