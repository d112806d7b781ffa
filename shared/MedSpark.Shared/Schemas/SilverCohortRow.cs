namespace MedSpark.Shared.Schemas;

/// <summary>
/// The modelling cohort: one row per study that has curated metadata, an outcome and covariates
/// (an inner join on study UID, then on patient key). Holds no raw patient id.
/// </summary>
/// <param name="StudyUid">Column <c>study_uid</c>.</param>
/// <param name="SeriesUid">Column <c>series_uid</c>.</param>
/// <param name="PatientKey">Column <c>patient_key</c>.</param>
/// <param name="Modality">Column <c>modality</c>.</param>
/// <param name="BodyPart">Column <c>body_part</c>.</param>
/// <param name="AcquisitionDate">Column <c>acquisition_date</c>.</param>
/// <param name="ScannerVendor">Column <c>scanner_vendor</c>.</param>
/// <param name="ScannerModel">Column <c>scanner_model</c>.</param>
/// <param name="SliceThicknessMm">Column <c>slice_thickness_mm</c>.</param>
/// <param name="PixelSpacingMm">Column <c>pixel_spacing_mm</c>.</param>
/// <param name="Kvp">Column <c>kvp</c>.</param>
/// <param name="Site">Column <c>site</c>.</param>
/// <param name="RecoverySuccess">Column <c>recovery_success</c>.</param>
/// <param name="FollowUpDate">Column <c>follow_up_date</c>.</param>
/// <param name="Age">Column <c>age</c>.</param>
/// <param name="Sex">Column <c>sex</c>.</param>
/// <param name="ComorbidityIndex">Column <c>comorbidity_index</c>.</param>
/// <param name="Smoker">Column <c>smoker</c>.</param>
/// <param name="Bmi">Column <c>bmi</c>.</param>
public sealed record SilverCohortRow(
    string StudyUid,
    string SeriesUid,
    string PatientKey,
    string Modality,
    string? BodyPart,
    DateOnly AcquisitionDate,
    string? ScannerVendor,
    string? ScannerModel,
    double SliceThicknessMm,
    double PixelSpacingMm,
    double? Kvp,
    string? Site,
    int RecoverySuccess,
    DateOnly FollowUpDate,
    int Age,
    string Sex,
    int ComorbidityIndex,
    bool? Smoker,
    double? Bmi);
