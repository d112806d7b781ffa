namespace MedSpark.Shared.Schemas;

/// <summary>
/// One imaging-metadata row as read from a raw export (CSV or Parquet): every value is the raw string
/// (null when the source held SQL NULL or the column is absent), plus where it came from.
/// </summary>
/// <param name="PatientId">Column <c>patient_id</c> as read (null when absent or SQL NULL).</param>
/// <param name="StudyUid">Column <c>study_uid</c> as read (null when absent or SQL NULL).</param>
/// <param name="SeriesUid">Column <c>series_uid</c> as read (null when absent or SQL NULL).</param>
/// <param name="Modality">Column <c>modality</c> as read (null when absent or SQL NULL).</param>
/// <param name="BodyPart">Column <c>body_part</c> as read (null when absent or SQL NULL).</param>
/// <param name="AcquisitionDate">Column <c>acquisition_date</c> as read (null when absent or SQL NULL).</param>
/// <param name="ScannerVendor">Column <c>scanner_vendor</c> as read (null when absent or SQL NULL).</param>
/// <param name="ScannerModel">Column <c>scanner_model</c> as read (null when absent or SQL NULL).</param>
/// <param name="SliceThickness">Column <c>slice_thickness</c> as read (null when absent or SQL NULL).</param>
/// <param name="PixelSpacing">Column <c>pixel_spacing</c> as read (null when absent or SQL NULL).</param>
/// <param name="Kvp">Column <c>kvp</c> as read (null when absent or SQL NULL).</param>
/// <param name="Site">Column <c>site</c> as read (null when absent or SQL NULL).</param>
/// <param name="SourceFile">Lake path of the raw file.</param>
/// <param name="SourceRow">1-based line number for CSV (header is line 1), 0-based row index for Parquet.</param>
public sealed record BronzeImagingRow(
    string? PatientId,
    string? StudyUid,
    string? SeriesUid,
    string? Modality,
    string? BodyPart,
    string? AcquisitionDate,
    string? ScannerVendor,
    string? ScannerModel,
    string? SliceThickness,
    string? PixelSpacing,
    string? Kvp,
    string? Site,
    string SourceFile,
    long SourceRow);
