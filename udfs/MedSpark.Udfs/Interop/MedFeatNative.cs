using System.Runtime.InteropServices;
using MedSpark.Udfs.Radiomics;

namespace MedSpark.Udfs.Interop;

/// <summary>
/// P/Invoke surface of the native <c>medfeat</c> library (udfs/native/medfeat/include/medfeat.h).
/// Struct layouts mirror the header field for field; keep them in step with it.
/// </summary>
internal static unsafe partial class MedFeatNative
{
    private const string Library = "medfeat";

    /// <summary>MEDFEAT_MAX_GREY_LEVELS in medfeat.h.</summary>
    internal const int MaxGreyLevels = 1024;

    /// <summary>MEDFEAT_MAX_GLCM_DISTANCE in medfeat.h.</summary>
    internal const int MaxGlcmDistance = 64;

    /// <summary>medfeat_image: one image and its mask, x fastest, then y, then z.</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal struct Image
    {
        public float* Values;
        public byte* Mask;
        public long ValueCount;
        public long MaskCount;
        public int Nx;
        public int Ny;
        public int Nz;
        public int Reserved;
        public double SpacingX;
        public double SpacingY;
        public double SpacingZ;
    }

    /// <summary>medfeat_settings.</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal struct Settings
    {
        public int Discretisation;
        public int BinNumber;
        public double BinSize;
        public double BinMin;
        public int GlcmDistance;
        public int Autocorrelation;
    }

    /// <summary>medfeat_feature_info: static UTF-8 strings owned by the library.</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal struct FeatureInfo
    {
        public byte* Name;
        public byte* IbsiCode;
        public byte* Family;
        public byte* Aggregation;
        public byte* ColumnName;
    }

    [LibraryImport(Library, EntryPoint = "medfeat_version")]
    internal static partial byte* Version();

    [LibraryImport(Library, EntryPoint = "medfeat_status_message")]
    internal static partial byte* StatusMessage(int status);

    [LibraryImport(Library, EntryPoint = "medfeat_feature_count")]
    internal static partial int FeatureCount();

    [LibraryImport(Library, EntryPoint = "medfeat_feature_info_get")]
    internal static partial MedFeatStatus FeatureInfoGet(int index, out FeatureInfo info);

    [LibraryImport(Library, EntryPoint = "medfeat_extract")]
    internal static partial MedFeatStatus Extract(in Image image, in Settings settings, Span<double> outValues, nuint outCapacity);

    [LibraryImport(Library, EntryPoint = "medfeat_workspace_create")]
    internal static partial MedFeatStatus WorkspaceCreate(out nint workspace);

    [LibraryImport(Library, EntryPoint = "medfeat_workspace_free")]
    internal static partial void WorkspaceFree(nint workspace);

    [LibraryImport(Library, EntryPoint = "medfeat_extract_with")]
    internal static partial MedFeatStatus ExtractWith(
        RadiomicsWorkspace workspace, in Image image, in Settings settings, Span<double> outValues, nuint outCapacity);

    [LibraryImport(Library, EntryPoint = "medfeat_glcm_matrix")]
    internal static partial MedFeatStatus GlcmMatrix(
        in Image image, in Settings settings, int dx, int dy, int dz, Span<double> outCounts, nuint outCapacity, out int outLevels);

    [LibraryImport(Library, EntryPoint = "medfeat_texture_matrix")]
    internal static partial MedFeatStatus TextureMatrix(
        in Image image, in Settings settings, TextureMatrixKind kind, int slice, int dx, int dy, int dz,
        Span<double> outMatrix, nuint outCapacity, out int outRows, out int outCols);

    /// <summary>Converts a library-owned static string; the library never expects it to be freed.</summary>
    internal static string ToManaged(byte* utf8) => Marshal.PtrToStringUTF8((nint)utf8) ?? string.Empty;

    /// <summary>The library's description of <paramref name="status"/>.</summary>
    internal static string Describe(MedFeatStatus status) => ToManaged(StatusMessage((int)status));

    /// <summary>
    /// The one place a native status becomes an exception: throws <see cref="MedFeatException"/> carrying
    /// the status and the caller's context (study/series id) unless <paramref name="status"/> is OK.
    /// </summary>
    internal static void ThrowIfFailed(MedFeatStatus status, string? context)
    {
        if (status != MedFeatStatus.Ok)
        {
            throw new MedFeatException(status, context, Describe(status));
        }
    }

    /// <summary>Marshals validated settings into the native struct.</summary>
    internal static Settings ToNative(FeatureSettings settings) => new()
    {
        Discretisation = (int)settings.Discretisation,
        BinNumber = settings.BinNumber,
        BinSize = settings.BinSize,
        BinMin = settings.BinMin,
        GlcmDistance = settings.GlcmDistance,
        Autocorrelation = settings.ExactAutocorrelation ? 1 : 0,
    };
}
