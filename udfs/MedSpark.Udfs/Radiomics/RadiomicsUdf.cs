namespace MedSpark.Udfs.Radiomics;

/// <summary>
/// The UDF entry for radiomics: like <see cref="RadiomicsExtractor.Extract"/>, but a failure that would
/// recur on retry (empty mask, NaN image, wrong shape, too large) becomes an error result that the
/// featurize job quarantines, so one poison row cannot fail a Spark task and the nightly run.
/// </summary>
public static class RadiomicsUdf
{
    /// <summary>Computes the features of one image, turning data errors into an error result.</summary>
    /// <param name="pixels">Intensities, x fastest, then y, then z; length nx * ny * nz.</param>
    /// <param name="mask">ROI flags of the same layout; nonzero = inside.</param>
    /// <param name="nx">Voxels along x.</param>
    /// <param name="ny">Voxels along y.</param>
    /// <param name="nz">Voxels along z (1 for a 2D image).</param>
    /// <param name="sx">Voxel size along x in mm.</param>
    /// <param name="sy">Voxel size along y in mm.</param>
    /// <param name="sz">Voxel size along z in mm.</param>
    /// <param name="settings">Discretisation and GLCM settings.</param>
    /// <param name="context">What is being processed (e.g. study/series UID), included in the error message.</param>
    /// <param name="workspace">Working memory to reuse across a batch (one per thread); null for fresh memory.</param>
    /// <returns>Values ordered as <see cref="RadiomicsExtractor.Features"/>, or an error code and message.</returns>
    /// <exception cref="MedFeatException">Only for <see cref="MedFeatStatus.NoMemory"/>: memory pressure is not a
    /// property of the row, so the task should fail and be retried by Spark.</exception>
    public static FeatureResult Extract(
        ReadOnlySpan<float> pixels, ReadOnlySpan<byte> mask, int nx, int ny, int nz,
        double sx, double sy, double sz, FeatureSettings settings, string? context = null,
        RadiomicsWorkspace? workspace = null)
    {
        try
        {
            return FeatureResult.Success(RadiomicsExtractor.Extract(pixels, mask, nx, ny, nz, sx, sy, sz, settings, context, workspace));
        }
        catch (MedFeatException e) when (e.Status != MedFeatStatus.NoMemory)
        {
            return FeatureResult.Failure(e.ErrorCode, e.Message);
        }
    }
}
