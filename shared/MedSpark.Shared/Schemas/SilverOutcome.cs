namespace MedSpark.Shared.Schemas;

/// <summary>One curated outcome: one row per study that exists in silver studies.</summary>
/// <param name="StudyUid">Column <c>study_uid</c>.</param>
/// <param name="PatientKey">Pseudonym of the patient id on the outcome row.</param>
/// <param name="RecoverySuccess">1 when the patient recovered, else 0.</param>
/// <param name="FollowUpDate">Column <c>follow_up_date</c>.</param>
/// <param name="SourceFile">Column <c>source_file</c>.</param>
/// <param name="SourceRow">Column <c>source_row</c>.</param>
public sealed record SilverOutcome(
    string StudyUid,
    string PatientKey,
    int RecoverySuccess,
    DateOnly FollowUpDate,
    string SourceFile,
    long SourceRow);
