namespace MedSpark.Shared.Schemas;

/// <summary>
/// A validated image volume: dimensions positive, byte lengths match them, the mask has at least one voxel
/// and every pixel inside the mask is finite. Layouts are as in <see cref="BronzeTensorRow"/>.
/// </summary>
/// <param name="StudyUid">Column <c>study_uid</c>.</param>
/// <param name="SeriesUid">Column <c>series_uid</c>.</param>
/// <param name="SizeX">Column <c>size_x</c>.</param>
/// <param name="SizeY">Column <c>size_y</c>.</param>
/// <param name="SizeZ">Column <c>size_z</c>.</param>
/// <param name="SpacingX">Column <c>spacing_x</c>.</param>
/// <param name="SpacingY">Column <c>spacing_y</c>.</param>
/// <param name="SpacingZ">Column <c>spacing_z</c>.</param>
/// <param name="Pixels">Column <c>pixels</c>.</param>
/// <param name="Mask">Column <c>mask</c>.</param>
/// <param name="SourceFile">Column <c>source_file</c>.</param>
/// <param name="SourceRow">Column <c>source_row</c>.</param>
public sealed record SilverTensor(
    string StudyUid,
    string SeriesUid,
    int SizeX,
    int SizeY,
    int SizeZ,
    double SpacingX,
    double SpacingY,
    double SpacingZ,
    byte[] Pixels,
    byte[] Mask,
    string SourceFile,
    long SourceRow);
