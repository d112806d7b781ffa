namespace MedSpark.Udfs.Imaging;

/// <summary>An image and ROI after the IBSI processing chain, ready for <c>RadiomicsExtractor.Extract</c>.</summary>
/// <param name="Shape">The (possibly resampled) grid.</param>
/// <param name="SpacingX">Voxel size along x in mm.</param>
/// <param name="SpacingY">Voxel size along y in mm.</param>
/// <param name="SpacingZ">Voxel size along z in mm.</param>
/// <param name="Values">Intensities on the grid.</param>
/// <param name="Mask">ROI flags (0/1) on the grid, after re-segmentation.</param>
public sealed record PreprocessedImage(VolumeShape Shape, double SpacingX, double SpacingY, double SpacingZ, float[] Values, byte[] Mask);
