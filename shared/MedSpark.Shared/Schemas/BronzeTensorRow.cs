namespace MedSpark.Shared.Schemas;

/// <summary>
/// One image volume as read from raw/tensors: values as typed in the Parquet file, not yet validated.
/// <see cref="Pixels"/> is float32 little-endian and <see cref="Mask"/> uint8 0/1, both x-fastest, then y, then z.
/// </summary>
/// <param name="StudyUid">Column <c>study_uid</c> as read (null when absent or SQL NULL).</param>
/// <param name="SeriesUid">Column <c>series_uid</c> as read (null when absent or SQL NULL).</param>
/// <param name="SizeX">Column <c>size_x</c> as read (null when absent or SQL NULL).</param>
/// <param name="SizeY">Column <c>size_y</c> as read (null when absent or SQL NULL).</param>
/// <param name="SizeZ">Column <c>size_z</c> as read (null when absent or SQL NULL).</param>
/// <param name="SpacingX">Column <c>spacing_x</c> as read (null when absent or SQL NULL).</param>
/// <param name="SpacingY">Column <c>spacing_y</c> as read (null when absent or SQL NULL).</param>
/// <param name="SpacingZ">Column <c>spacing_z</c> as read (null when absent or SQL NULL).</param>
/// <param name="Pixels">Column <c>pixels</c> as read (null when absent or SQL NULL).</param>
/// <param name="Mask">Column <c>mask</c> as read (null when absent or SQL NULL).</param>
/// <param name="SourceFile">Lake path of the raw file.</param>
/// <param name="SourceRow">0-based row index in the Parquet file.</param>
public sealed record BronzeTensorRow(
    string? StudyUid,
    string? SeriesUid,
    int? SizeX,
    int? SizeY,
    int? SizeZ,
    double? SpacingX,
    double? SpacingY,
    double? SpacingZ,
    byte[]? Pixels,
    byte[]? Mask,
    string SourceFile,
    long SourceRow);
