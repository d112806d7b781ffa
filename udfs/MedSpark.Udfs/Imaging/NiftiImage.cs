namespace MedSpark.Udfs.Imaging;

/// <summary>
/// A NIfTI-1 image as stored: intensities in voxel order (x fastest, then y, then z), scaled by
/// <c>scl_slope</c>/<c>scl_inter</c>, and the voxel size from <c>pixdim</c>. The orientation (qform/sform)
/// is not applied: features are computed in the stored grid.
/// </summary>
/// <param name="Shape">Voxels per axis (a 2D file has <c>Nz = 1</c>).</param>
/// <param name="SpacingX">pixdim[1] in mm.</param>
/// <param name="SpacingY">pixdim[2] in mm.</param>
/// <param name="SpacingZ">pixdim[3] in mm (1 for a 2D file without it).</param>
/// <param name="Values">Scaled intensities, <c>Shape.Count</c> of them.</param>
/// <param name="Datatype">The NIfTI datatype code (2 uint8, 4 int16, 8 int32, 16 float32, 64 float64, ...).</param>
public sealed record NiftiImage(VolumeShape Shape, double SpacingX, double SpacingY, double SpacingZ, float[] Values, int Datatype)
{
    /// <summary>The ROI flags of a mask image: 1 where the value is nonzero, else 0.</summary>
    public byte[] ToMask()
    {
        var mask = new byte[Values.Length];
        for (int v = 0; v < mask.Length; v++) mask[v] = Values[v] != 0 ? (byte)1 : (byte)0;
        return mask;
    }
}
