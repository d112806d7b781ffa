using MedSpark.Udfs.Interop;

namespace MedSpark.Udfs.Radiomics;

/// <summary>
/// IBSI-1 radiomics features of one image and ROI, computed by the native medfeat library: intensity
/// statistics, voxel-counting volume, and the texture families GLCM and GLRLM (2D averaged and slice-merged,
/// 2.5D direction-merged and merged, 3D averaged and merged), GLSZM, GLDZM, NGTDM and NGLDM (2D, 2.5D, 3D);
/// see <see cref="FeatureColumns"/>. Thread-safe: calls share no mutable state.
/// </summary>
public static class RadiomicsExtractor
{
    private static readonly Lazy<IReadOnlyList<FeatureDescriptor>> s_features = new(LoadFeatures);

    /// <summary>The ordered output features, queried once from the native library.</summary>
    public static IReadOnlyList<FeatureDescriptor> Features => s_features.Value;

    /// <summary>The native library version (<c>major.minor.patch</c>).</summary>
    public static unsafe string NativeVersion => MedFeatNative.ToManaged(MedFeatNative.Version());

    /// <summary>Computes every feature for the ROI.</summary>
    /// <param name="pixels">Intensities, x fastest, then y, then z; length nx * ny * nz.</param>
    /// <param name="mask">ROI flags of the same layout; nonzero = inside.</param>
    /// <param name="nx">Voxels along x.</param>
    /// <param name="ny">Voxels along y.</param>
    /// <param name="nz">Voxels along z (1 for a 2D image).</param>
    /// <param name="sx">Voxel size along x in mm.</param>
    /// <param name="sy">Voxel size along y in mm.</param>
    /// <param name="sz">Voxel size along z in mm.</param>
    /// <param name="settings">Discretisation and GLCM settings.</param>
    /// <param name="context">What is being processed (e.g. study/series UID), carried by the exception.</param>
    /// <param name="workspace">Working memory to reuse across a batch (one per thread); null for fresh memory.</param>
    /// <returns>One value per entry of <see cref="Features"/>, in that order.</returns>
    /// <exception cref="MedFeatException">The native library rejected the input (empty mask, NaN intensities, wrong shape, ...).</exception>
    public static double[] Extract(
        ReadOnlySpan<float> pixels, ReadOnlySpan<byte> mask, int nx, int ny, int nz,
        double sx, double sy, double sz, FeatureSettings settings, string? context = null, RadiomicsWorkspace? workspace = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var values = new double[Features.Count];
        var nativeSettings = MedFeatNative.ToNative(settings);
        unsafe
        {
            fixed (float* p = pixels)
            fixed (byte* m = mask)
            {
                var image = Describe(p, pixels.Length, m, mask.Length, nx, ny, nz, sx, sy, sz);
                var status = workspace is null
                    ? MedFeatNative.Extract(image, nativeSettings, values, (nuint)values.Length)
                    : MedFeatNative.ExtractWith(workspace, image, nativeSettings, values, (nuint)values.Length);
                MedFeatNative.ThrowIfFailed(status, context);
            }
        }

        return values;
    }

    /// <summary>
    /// The symmetric GLCM counts for one neighbour offset, before normalisation: row-major
    /// <c>levels x levels</c>, entry <c>[(i - 1) * levels + (j - 1)]</c> for grey levels i, j. An intermediate
    /// exposed for golden-data tests and cross-checks against other implementations.
    /// </summary>
    internal static (double[] Counts, int Levels) GlcmCounts(
        ReadOnlySpan<float> pixels, ReadOnlySpan<byte> mask, int nx, int ny, int nz,
        FeatureSettings settings, int dx, int dy, int dz, string? context = null)
    {
        var nativeSettings = MedFeatNative.ToNative(settings);
        unsafe
        {
            fixed (float* p = pixels)
            fixed (byte* m = mask)
            {
                var image = Describe(p, pixels.Length, m, mask.Length, nx, ny, nz, 1, 1, 1);
                // First call with no room learns the number of levels; the library reports it even then.
                var status = MedFeatNative.GlcmMatrix(image, nativeSettings, dx, dy, dz, Span<double>.Empty, 0, out int levels);
                if (status != MedFeatStatus.Argument || levels <= 0)
                {
                    MedFeatNative.ThrowIfFailed(status, context);
                }

                var counts = new double[levels * levels];
                MedFeatNative.ThrowIfFailed(
                    MedFeatNative.GlcmMatrix(image, nativeSettings, dx, dy, dz, counts, (nuint)counts.Length, out levels), context);
                return (counts, levels);
            }
        }
    }

    /// <summary>
    /// One texture matrix of the discretised ROI before normalisation: row-major <c>Rows x Cols</c>, entry
    /// <c>[(i - 1) * Cols + (j - 1)]</c> for grey level i and second index j (see <see cref="TextureMatrixKind"/>).
    /// <paramref name="slice"/> -1 gives the 3D matrix, otherwise the 2D matrix of that z slice; GLCM and GLRLM
    /// take a unit direction (dz = 0 within a slice), the other kinds (0, 0, 0). An intermediate exposed for
    /// golden-data tests (IBSI docs/06).
    /// </summary>
    internal static (double[] Matrix, int Rows, int Cols) TextureMatrix(
        ReadOnlySpan<float> pixels, ReadOnlySpan<byte> mask, int nx, int ny, int nz, FeatureSettings settings,
        TextureMatrixKind kind, int slice, int dx = 0, int dy = 0, int dz = 0, string? context = null)
    {
        var nativeSettings = MedFeatNative.ToNative(settings);
        unsafe
        {
            fixed (float* p = pixels)
            fixed (byte* m = mask)
            {
                var image = Describe(p, pixels.Length, m, mask.Length, nx, ny, nz, 1, 1, 1);
                // First call with no room learns the shape; the library reports it even then.
                var status = MedFeatNative.TextureMatrix(image, nativeSettings, kind, slice, dx, dy, dz, Span<double>.Empty, 0, out int rows, out int cols);
                if (status != MedFeatStatus.Argument || rows <= 0)
                {
                    MedFeatNative.ThrowIfFailed(status, context);
                }

                var matrix = new double[(long)rows * cols];
                MedFeatNative.ThrowIfFailed(
                    MedFeatNative.TextureMatrix(image, nativeSettings, kind, slice, dx, dy, dz, matrix, (nuint)matrix.Length, out rows, out cols), context);
                return (matrix, rows, cols);
            }
        }
    }

    private static unsafe MedFeatNative.Image Describe(
        float* pixels, int pixelCount, byte* mask, int maskCount, int nx, int ny, int nz, double sx, double sy, double sz) => new()
    {
        Values = pixels,
        Mask = mask,
        ValueCount = pixelCount,
        MaskCount = maskCount,
        Nx = nx,
        Ny = ny,
        Nz = nz,
        SpacingX = sx,
        SpacingY = sy,
        SpacingZ = sz,
    };

    private static unsafe IReadOnlyList<FeatureDescriptor> LoadFeatures()
    {
        int count = MedFeatNative.FeatureCount();
        var features = new FeatureDescriptor[count];
        for (int i = 0; i < count; i++)
        {
            MedFeatNative.ThrowIfFailed(MedFeatNative.FeatureInfoGet(i, out var info), $"feature {i}");
            features[i] = new FeatureDescriptor(
                MedFeatNative.ToManaged(info.Name),
                MedFeatNative.ToManaged(info.IbsiCode),
                MedFeatNative.ToManaged(info.Family),
                MedFeatNative.ToManaged(info.Aggregation))
            {
                ColumnName = MedFeatNative.ToManaged(info.ColumnName),
            };
        }

        return Array.AsReadOnly(features);
    }
}
