namespace MedSpark.Shared.Schemas;

/// <summary>
/// One curated imaging study: typed, normalised (modality upper-case, lengths in millimetres) and
/// pseudonymised (<see cref="PatientKey"/> replaces the patient id). One row per <see cref="StudyUid"/>.
/// </summary>
/// <param name="PatientKey">HMAC pseudonym of the normalised patient id (see <c>Pseudonymizer</c>).</param>
/// <param name="StudyUid">Column <c>study_uid</c>.</param>
/// <param name="SeriesUid">Column <c>series_uid</c>.</param>
/// <param name="Modality">CT or MR.</param>
/// <param name="BodyPart">Column <c>body_part</c>.</param>
/// <param name="AcquisitionDate">Column <c>acquisition_date</c>.</param>
/// <param name="ScannerVendor">Column <c>scanner_vendor</c>.</param>
/// <param name="ScannerModel">Column <c>scanner_model</c>.</param>
/// <param name="SliceThicknessMm">Slice thickness converted to millimetres.</param>
/// <param name="PixelSpacingMm">In-plane pixel spacing converted to millimetres.</param>
/// <param name="Kvp">Tube voltage (CT only; null for MR).</param>
/// <param name="Site">Column <c>site</c>.</param>
/// <param name="SourceFile">Lake path of the raw file the surviving row came from.</param>
/// <param name="SourceRow">Line (CSV, 1-based) or row index (Parquet, 0-based) of that row.</param>
public sealed record SilverStudy(
    string PatientKey,
    string StudyUid,
    string SeriesUid,
    string Modality,
    string? BodyPart,
    DateOnly AcquisitionDate,
    string? ScannerVendor,
    string? ScannerModel,
    double SliceThicknessMm,
    double PixelSpacingMm,
    double? Kvp,
    string? Site,
    string SourceFile,
    long SourceRow);
