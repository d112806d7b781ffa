using MedSpark.Udfs.Interop;
using MedSpark.Udfs.Radiomics;

namespace MedSpark.Udfs.Imaging;

/// <summary>
/// Image filters of the native medfeat library over spans (x fastest, then y, then z; a 2D image has
/// <c>Nz = 1</c> and is filtered in 2D). Each one is defined as scipy.ndimage / scikit-image define it and
/// is cross-checked against scikit-image 0.19 (tests/data/skimage/make_filters.py). Thread-safe; outputs
/// must not overlap inputs. Failures throw <see cref="MedFeatException"/> with the status (NaN or infinite
/// input: <see cref="MedFeatStatus.NonFinite"/>; wrong length: <see cref="MedFeatStatus.Shape"/>).
/// </summary>
public static class ImageFilters
{
    /// <summary>Box mean over <c>(2r+1)^d</c> voxels.</summary>
    /// <remarks><c>out(p) = (1 / (2r+1)^d) sum_{|q - p|_inf &lt;= r} in(q)</c>; scipy.ndimage.uniform_filter.</remarks>
    public static void Mean(ReadOnlySpan<float> image, VolumeShape shape, int radius, Span<float> output, BorderMode border = BorderMode.Reflect) =>
        Run(image, shape, output, (in MedFeatNative.Volume v, Span<float> o) => MedFeatNative.FilterMean(v, radius, (int)border, o, (nuint)o.Length), "mean");

    /// <summary>Box median over <c>(2r+1)^d</c> voxels; radius 1 is scikit-image's default footprint.</summary>
    /// <remarks>skimage.filters.median(image, np.ones((2r+1,)*d)), default border "nearest".</remarks>
    public static void Median(ReadOnlySpan<float> image, VolumeShape shape, int radius, Span<float> output, BorderMode border = BorderMode.Nearest) =>
        Run(image, shape, output, (in MedFeatNative.Volume v, Span<float> o) => MedFeatNative.FilterMedian(v, radius, (int)border, o, (nuint)o.Length), "median");

    /// <summary>Gaussian smoothing with <paramref name="sigma"/> in voxels.</summary>
    /// <remarks>
    /// Separable correlation with <c>g(x) = exp(-x^2 / (2 sigma^2)) / sum</c> on <c>|x| &lt;= int(truncate sigma + 0.5)</c>;
    /// skimage.filters.gaussian (default border "nearest", truncate 4).
    /// </remarks>
    public static void Gaussian(
        ReadOnlySpan<float> image, VolumeShape shape, double sigma, Span<float> output, BorderMode border = BorderMode.Nearest, double truncate = 4.0) =>
        Run(image, shape, output,
            (in MedFeatNative.Volume v, Span<float> o) => MedFeatNative.FilterGaussian(v, sigma, truncate, (int)border, o, (nuint)o.Length), "gaussian");

    /// <summary>Laplacian of Gaussian with <paramref name="sigma"/> in voxels (IBSI-2 filter "LoG").</summary>
    /// <remarks>
    /// <c>sum_a d^2/dx_a^2 (G_sigma * I)</c> with the sampled kernel <c>(x^2/sigma^4 - 1/sigma^2) g(x)</c>;
    /// scipy.ndimage.gaussian_laplace (default border "reflect").
    /// </remarks>
    public static void LaplacianOfGaussian(
        ReadOnlySpan<float> image, VolumeShape shape, double sigma, Span<float> output, BorderMode border = BorderMode.Reflect, double truncate = 4.0) =>
        Run(image, shape, output,
            (in MedFeatNative.Volume v, Span<float> o) => MedFeatNative.FilterLaplacianOfGaussian(v, sigma, truncate, (int)border, o, (nuint)o.Length), "laplacian of gaussian");

    /// <summary>Sobel gradient magnitude.</summary>
    /// <remarks><c>sqrt(sum_a g_a^2 / d)</c>, g_a the [1 0 -1] difference along a smoothed by [1 2 1]/4 along the other axes; skimage.filters.sobel.</remarks>
    public static void Sobel(ReadOnlySpan<float> image, VolumeShape shape, Span<float> output, BorderMode border = BorderMode.Reflect) =>
        Run(image, shape, output, (in MedFeatNative.Volume v, Span<float> o) => MedFeatNative.FilterSobel(v, (int)border, o, (nuint)o.Length), "sobel");

    /// <summary>Canny edges (2D) as 0/1 flags.</summary>
    /// <remarks>
    /// Canny, IEEE PAMI 8(6), 1986. Gaussian smoothing (zero padding normalised by the smoothed support),
    /// Sobel gradients, non-maximum suppression, hysteresis between the absolute magnitudes
    /// <paramref name="low"/> and <paramref name="high"/> with 8-connectivity; skimage.feature.canny.
    /// </remarks>
    public static unsafe void Canny(ReadOnlySpan<float> image, VolumeShape shape, double sigma, double low, double high, Span<byte> edges)
    {
        fixed (float* p = image)
        {
            var volume = Describe(p, image.Length, shape);
            MedFeatNative.ThrowIfFailed(MedFeatNative.FilterCanny(volume, sigma, low, high, edges, (nuint)edges.Length), "canny");
        }
    }

    /// <summary>Histogram equalisation to [0, 1].</summary>
    /// <remarks>
    /// The cumulative distribution of an <paramref name="bins"/>-bin histogram over [min, max], linearly
    /// interpolated between bin centres; skimage.exposure.equalize_hist.
    /// </remarks>
    public static void EqualizeHistogram(ReadOnlySpan<float> image, VolumeShape shape, Span<float> output, int bins = 256) =>
        Run(image, shape, output, (in MedFeatNative.Volume v, Span<float> o) => MedFeatNative.EqualizeHist(v, bins, o, (nuint)o.Length), "equalize histogram");

    /// <summary>Contrast-limited adaptive histogram equalisation (2D) to [0, 1].</summary>
    /// <remarks>
    /// Zuiderveld, Graphics Gems IV, 1994: per tile, the histogram clipped at <paramref name="clipLimit"/> times the
    /// tile's pixel count per bin (excess spread evenly) gives a mapping; mappings are bilinearly interpolated
    /// between tile centres.
    /// </remarks>
    public static void Clahe(
        ReadOnlySpan<float> image, VolumeShape shape, Span<float> output, int tilesX = 8, int tilesY = 8, double clipLimit = 0.01, int bins = 256) =>
        Run(image, shape, output,
            (in MedFeatNative.Volume v, Span<float> o) => MedFeatNative.Clahe(v, tilesX, tilesY, clipLimit, bins, o, (nuint)o.Length), "clahe");

    /// <summary>Otsu's threshold: voxels above it are foreground.</summary>
    /// <remarks>
    /// Otsu, IEEE SMC 9(1), 1979: the bin centre maximising the between-class variance
    /// <c>w1 w2 (mu1 - mu2)^2</c> of an <paramref name="bins"/>-bin histogram over [min, max]; skimage.filters.threshold_otsu.
    /// </remarks>
    public static unsafe double OtsuThreshold(ReadOnlySpan<float> image, VolumeShape shape, int bins = 256)
    {
        fixed (float* p = image)
        {
            var volume = Describe(p, image.Length, shape);
            MedFeatNative.ThrowIfFailed(MedFeatNative.ThresholdOtsu(volume, bins, out double threshold), "otsu threshold");
            return threshold;
        }
    }

    /// <summary>Keeps the largest connected component of <paramref name="mask"/>; returns its voxel count (0 for an empty mask).</summary>
    public static long LargestComponent(ReadOnlySpan<byte> mask, VolumeShape shape, Span<byte> output, Connectivity connectivity = Connectivity.Face)
    {
        MedFeatNative.ThrowIfFailed(
            MedFeatNative.LargestComponent(mask, mask.Length, shape.Nx, shape.Ny, shape.Nz, (int)connectivity, output, (nuint)output.Length, out long voxels),
            "largest component");
        return voxels;
    }

    private delegate MedFeatStatus NativeFilter(in MedFeatNative.Volume volume, Span<float> output);

    private static unsafe void Run(ReadOnlySpan<float> image, VolumeShape shape, Span<float> output, NativeFilter filter, string name)
    {
        fixed (float* p = image)
        {
            var volume = Describe(p, image.Length, shape);
            MedFeatNative.ThrowIfFailed(filter(volume, output), name);
        }
    }

    private static unsafe MedFeatNative.Volume Describe(float* values, int count, VolumeShape shape) => new()
    {
        Values = values,
        Count = count,
        Nx = shape.Nx,
        Ny = shape.Ny,
        Nz = shape.Nz,
    };
}
