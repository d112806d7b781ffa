using System.Runtime.InteropServices;
using MedSpark.Udfs.Radiomics;

namespace MedSpark.Udfs.Interop;

/// <summary>
/// P/Invoke surface of medfeat's filters and image processing chain (udfs/native/medfeat/include/medfeat_filters.h).
/// </summary>
internal static unsafe partial class MedFeatNative
{
    /// <summary>medfeat_volume: an image without mask or spacing, x fastest.</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal struct Volume
    {
        public float* Values;
        public long Count;
        public int Nx;
        public int Ny;
        public int Nz;
        public int Reserved;
    }

    /// <summary>medfeat_preprocess_settings.</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal struct PreprocessSettings
    {
        public double Spacing;
        public int MaskInterpolation;
        public int ResegmentRange;
        public double RangeMin;
        public double RangeMax;
        public double OutlierSigma;
        public int RoundIntensities;
        public int Reserved;
    }

    [LibraryImport(Library, EntryPoint = "medfeat_filter_mean")]
    internal static partial MedFeatStatus FilterMean(in Volume image, int radius, int border, Span<float> output, nuint capacity);

    [LibraryImport(Library, EntryPoint = "medfeat_filter_median")]
    internal static partial MedFeatStatus FilterMedian(in Volume image, int radius, int border, Span<float> output, nuint capacity);

    [LibraryImport(Library, EntryPoint = "medfeat_filter_gaussian")]
    internal static partial MedFeatStatus FilterGaussian(
        in Volume image, double sigma, double truncate, int border, Span<float> output, nuint capacity);

    [LibraryImport(Library, EntryPoint = "medfeat_filter_laplacian_of_gaussian")]
    internal static partial MedFeatStatus FilterLaplacianOfGaussian(
        in Volume image, double sigma, double truncate, int border, Span<float> output, nuint capacity);

    [LibraryImport(Library, EntryPoint = "medfeat_filter_sobel")]
    internal static partial MedFeatStatus FilterSobel(in Volume image, int border, Span<float> output, nuint capacity);

    [LibraryImport(Library, EntryPoint = "medfeat_filter_canny")]
    internal static partial MedFeatStatus FilterCanny(
        in Volume image, double sigma, double low, double high, Span<byte> edges, nuint capacity);

    [LibraryImport(Library, EntryPoint = "medfeat_equalize_hist")]
    internal static partial MedFeatStatus EqualizeHist(in Volume image, int bins, Span<float> output, nuint capacity);

    [LibraryImport(Library, EntryPoint = "medfeat_clahe")]
    internal static partial MedFeatStatus Clahe(
        in Volume image, int tilesX, int tilesY, double clipLimit, int bins, Span<float> output, nuint capacity);

    [LibraryImport(Library, EntryPoint = "medfeat_threshold_otsu")]
    internal static partial MedFeatStatus ThresholdOtsu(in Volume image, int bins, out double threshold);

    [LibraryImport(Library, EntryPoint = "medfeat_largest_component")]
    internal static partial MedFeatStatus LargestComponent(
        ReadOnlySpan<byte> mask, long count, int nx, int ny, int nz, int connectivity, Span<byte> output, nuint capacity, out long voxels);

    [LibraryImport(Library, EntryPoint = "medfeat_preprocess_grid")]
    internal static partial MedFeatStatus PreprocessGrid(in Image image, in PreprocessSettings settings, out int nx, out int ny, out int nz);

    [LibraryImport(Library, EntryPoint = "medfeat_preprocess")]
    internal static partial MedFeatStatus Preprocess(
        in Image image, in PreprocessSettings settings, Span<float> values, Span<byte> mask, nuint capacity);

    [LibraryImport(Library, EntryPoint = "medfeat_glcm_slice")]
    internal static partial MedFeatStatus GlcmSlice(
        ReadOnlySpan<byte> grey, long count, int nx, int ny, int levels, int distance, Span<uint> counts, nuint capacity);
}
