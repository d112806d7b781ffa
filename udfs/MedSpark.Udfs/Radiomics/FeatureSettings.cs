using MedSpark.Udfs.Interop;

namespace MedSpark.Udfs.Radiomics;

/// <summary>
/// Immutable, validated settings for <see cref="RadiomicsExtractor"/>: discretisation and GLCM distance.
/// Construction fails for values the native library would reject, so a bad configuration fails at
/// job start rather than on every row.
/// </summary>
public sealed record FeatureSettings
{
    /// <summary>No discretisation, GLCM distance 1: the IBSI digital phantom configuration.</summary>
    public static FeatureSettings Default { get; } = new(Discretisation.None);

    /// <summary>Creates validated settings.</summary>
    /// <param name="discretisation">How intensities become grey levels.</param>
    /// <param name="binNumber">Bins for <see cref="Discretisation.FixedBinNumber"/> (1..1024); ignored otherwise.</param>
    /// <param name="binSize">Bin width for <see cref="Discretisation.FixedBinSize"/> (finite, &gt; 0); ignored otherwise.</param>
    /// <param name="binMin">Lower edge of bin 1 for <see cref="Discretisation.FixedBinSize"/> (finite); ignored otherwise.</param>
    /// <param name="glcmDistance">Chebyshev distance between GLCM neighbours (1..64).</param>
    /// <param name="exactAutocorrelation">Moran's I and Geary's C over every voxel pair of any ROI (see <see cref="ExactAutocorrelation"/>).</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range for the chosen discretisation.</exception>
    public FeatureSettings(
        Discretisation discretisation, int binNumber = 0, double binSize = 0, double binMin = 0, int glcmDistance = 1, bool exactAutocorrelation = false)
    {
        if (!Enum.IsDefined(discretisation))
        {
            throw new ArgumentOutOfRangeException(nameof(discretisation), discretisation, "Unknown discretisation.");
        }

        if (discretisation == Discretisation.FixedBinNumber && (binNumber < 1 || binNumber > MedFeatNative.MaxGreyLevels))
        {
            throw new ArgumentOutOfRangeException(nameof(binNumber), binNumber, $"Bin number must be 1..{MedFeatNative.MaxGreyLevels}.");
        }

        if (discretisation == Discretisation.FixedBinSize)
        {
            if (!double.IsFinite(binSize) || binSize <= 0)
            {
                throw new ArgumentOutOfRangeException(nameof(binSize), binSize, "Bin size must be finite and > 0.");
            }

            if (!double.IsFinite(binMin))
            {
                throw new ArgumentOutOfRangeException(nameof(binMin), binMin, "Bin minimum must be finite.");
            }
        }

        if (glcmDistance < 1 || glcmDistance > MedFeatNative.MaxGlcmDistance)
        {
            throw new ArgumentOutOfRangeException(nameof(glcmDistance), glcmDistance, $"GLCM distance must be 1..{MedFeatNative.MaxGlcmDistance}.");
        }

        Discretisation = discretisation;
        BinNumber = discretisation == Discretisation.FixedBinNumber ? binNumber : 0;
        BinSize = discretisation == Discretisation.FixedBinSize ? binSize : 0;
        BinMin = discretisation == Discretisation.FixedBinSize ? binMin : 0;
        GlcmDistance = glcmDistance;
        ExactAutocorrelation = exactAutocorrelation;
    }

    /// <summary>Fixed bin number discretisation (IBSI "FBN") with <paramref name="bins"/> bins.</summary>
    public static FeatureSettings FixedBins(int bins, int glcmDistance = 1) =>
        new(Discretisation.FixedBinNumber, binNumber: bins, glcmDistance: glcmDistance);

    /// <summary>Fixed bin size discretisation (IBSI "FBS") of width <paramref name="binSize"/> from <paramref name="binMin"/>.</summary>
    public static FeatureSettings FixedBinWidth(double binSize, double binMin, int glcmDistance = 1) =>
        new(Discretisation.FixedBinSize, binSize: binSize, binMin: binMin, glcmDistance: glcmDistance);

    /// <summary>How intensities become grey levels.</summary>
    public Discretisation Discretisation { get; }

    /// <summary>Number of bins (fixed bin number only; otherwise 0).</summary>
    public int BinNumber { get; }

    /// <summary>Bin width in intensity units (fixed bin size only; otherwise 0).</summary>
    public double BinSize { get; }

    /// <summary>Lower edge of bin 1 (fixed bin size only; otherwise 0).</summary>
    public double BinMin { get; }

    /// <summary>Chebyshev distance between GLCM neighbours.</summary>
    public int GlcmDistance { get; }

    /// <summary>
    /// Whether Moran's I (IBSI N365) and Geary's C (NPT7) sum every voxel pair of any ROI. Off (the default), an ROI of
    /// more than 2,048 voxels gives estimates from a fixed-seed sample of 2,048 of its voxels (reproducible, ~2 ms);
    /// on, the exact IBSI values, by FFT: about 0.2 s and 64 MB more for a 64³ ROI (docs/benchmarks-radiomics.md).
    /// An ROI whose bounding box exceeds 128³ (2,048² in 2D) is then refused as too large (a quarantine row).
    /// </summary>
    public bool ExactAutocorrelation { get; }
}
