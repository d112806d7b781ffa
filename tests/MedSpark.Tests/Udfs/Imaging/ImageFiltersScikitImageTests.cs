using System.Globalization;
using MedSpark.Udfs.Imaging;
using Xunit;

namespace MedSpark.Tests.Udfs.Imaging;

/// <summary>
/// Cross-checks <see cref="ImageFilters"/> against scikit-image 0.19.3 and scipy 1.10.1 (golden outputs from
/// tests/data/skimage/make_filters.py) on a random 2D image, a crop of skimage's camera photograph and a noisy
/// 3D blob. Rank and threshold results (median, Otsu, Canny) must be identical; linear filters are computed in
/// double and returned as float32, so they must agree within float32 rounding.
/// </summary>
public sealed class ImageFiltersScikitImageTests
{
    private const double FloatTolerance = 1e-6;

    private static FiltersGolden G => FiltersGolden.Instance;

    [Fact]
    public void OtsuThreshold_GoldenImages_EqualsScikitImageExactly() => CheckOtsu(G);

    [Fact]
    public void Median_GoldenImages_EqualsScikitImageExactly() => CheckMedian(G);

    [Fact]
    public void Mean_GoldenImages_MatchesScipyUniformFilter() => CheckMean(G);

    [Fact]
    public void Gaussian_GoldenImages_MatchesScikitImage() => CheckGaussian(G);

    [Fact]
    public void LaplacianOfGaussian_GoldenImages_MatchesScipyGaussianLaplace() => CheckLaplacianOfGaussian(G);

    [Fact]
    public void Sobel_GoldenImages_MatchesScikitImage() => CheckSobel(G);

    [Fact]
    public void EqualizeHistogram_GoldenImages_MatchesScikitImage() => CheckEqualizeHistogram(G);

    [Fact]
    public void Canny_Golden2dImages_EqualsScikitImageEdgeMaps() => CheckCanny(G);

    /// <summary>
    /// Runs make_filters.py with the installed scikit-image (Debian python3-skimage, which ./medspark.sh test installs)
    /// and cross-checks against its live output, so a changed scikit-image is noticed. Fails, rather than passing
    /// vacuously, when /usr/bin/python3 or scikit-image is missing.
    /// </summary>
    [Fact]
    public async Task AllFilters_LiveScikitImage_AgreesWithInstalledVersion()
    {
        var live = FiltersGolden.Parse(await ScikitImageScript.RunAsync("make_filters.py"));

        CheckOtsu(live);
        CheckMedian(live);
        CheckGaussian(live);
        CheckSobel(live);
        CheckCanny(live);
        CheckMean(live);
        CheckLaplacianOfGaussian(live);
        CheckEqualizeHistogram(live);
    }

    private static void CheckMean(FiltersGolden g) =>
        CheckAll(g, "mean", (image, shape, p, output) => ImageFilters.Mean(image, shape, Int(p[0]), output), FloatTolerance);

    private static void CheckLaplacianOfGaussian(FiltersGolden g) =>
        CheckAll(g, "log", (image, shape, p, output) => ImageFilters.LaplacianOfGaussian(image, shape, FiltersGolden.D(p[0]), output), FloatTolerance);

    private static void CheckEqualizeHistogram(FiltersGolden g) =>
        CheckAll(g, "equalize", (image, shape, p, output) => ImageFilters.EqualizeHistogram(image, shape, output, Int(p[0])), FloatTolerance);

    private static void CheckMedian(FiltersGolden g) =>
        CheckAll(g, "median", (image, shape, p, output) => ImageFilters.Median(image, shape, Int(p[0]), output), tolerance: 0);

    private static void CheckGaussian(FiltersGolden g) =>
        CheckAll(g, "gaussian", (image, shape, p, output) => ImageFilters.Gaussian(image, shape, FiltersGolden.D(p[0]), output), FloatTolerance);

    private static void CheckSobel(FiltersGolden g) =>
        CheckAll(g, "sobel", (image, shape, _, output) => ImageFilters.Sobel(image, shape, output), FloatTolerance);

    private static void CheckOtsu(FiltersGolden g)
    {
        Assert.NotEmpty(g.Of("otsu"));
        foreach (var (name, p, values) in g.Of("otsu"))
        {
            var (shape, image) = g.Images[name];
            double actual = ImageFilters.OtsuThreshold(image, shape, int.Parse(p[0], CultureInfo.InvariantCulture));
            Assert.True(actual == values[0], Msg($"otsu {name} nbins {p[0]}", actual, values[0]));
        }
    }

    private static void CheckCanny(FiltersGolden g)
    {
        int checkedMaps = 0;
        foreach (var (name, p, expected) in g.Of("canny"))
        {
            var (shape, image) = g.Images[name];
            var edges = new byte[image.Length];
            ImageFilters.Canny(image, shape, FiltersGolden.D(p[0]), FiltersGolden.D(p[1]), FiltersGolden.D(p[2]), edges);
            for (int v = 0; v < edges.Length; v++)
            {
                Assert.True(edges[v] == expected[v],
                    $"canny {name} sigma {p[0]} pixel (x={v % shape.Nx}, y={v / shape.Nx}): medfeat {edges[v]}, scikit-image {expected[v]}.");
            }

            Assert.Contains((byte)1, edges);
            checkedMaps++;
        }

        Assert.Equal(4, checkedMaps);
    }

    private delegate void Filter(float[] image, VolumeShape shape, string[] parameters, float[] output);

    private static void CheckAll(FiltersGolden g, string kind, Filter filter, double tolerance)
    {
        int rows = 0;
        foreach (var (name, p, expected) in g.Of(kind))
        {
            var (shape, image) = g.Images[name];
            var output = new float[image.Length];
            filter(image, shape, p, output);
            for (int v = 0; v < output.Length; v++)
            {
                double e = expected[v], a = output[v];
                // Exact checks compare as float32: the golden file stores 9 significant digits, enough to round-trip one.
                bool equal = tolerance == 0 ? output[v] == (float)e : Math.Abs(a - e) <= tolerance * Math.Max(1, Math.Abs(e));
                Assert.True(equal,
                    Msg($"{kind} {name} ({string.Join(' ', p)}) voxel {Voxel(v, shape)}", a, e));
            }

            rows++;
        }

        Assert.True(rows >= 3, $"{kind}: only {rows} golden rows");
    }

    private static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);

    private static string Voxel(int v, VolumeShape s) => $"(x={v % s.Nx}, y={v / s.Nx % s.Ny}, z={v / (s.Nx * s.Ny)})";

    private static string Msg(string what, double actual, double expected) =>
        string.Create(CultureInfo.InvariantCulture, $"{what}: medfeat {actual:R}, scikit-image {expected:R}.");
}
