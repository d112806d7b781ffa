namespace MedSpark.Udfs.Imaging;

/// <summary>
/// Immutable, validated settings of the IBSI-1 image processing chain run before discretisation: interpolation to
/// isotropic voxels (IBSI-1 2.4), re-segmentation by intensity range and by outliers (IBSI-1 2.5, 2.6).
/// </summary>
public sealed record PreprocessingSettings
{
    /// <summary>No interpolation, no re-segmentation: the image goes to discretisation as it is.</summary>
    public static PreprocessingSettings None { get; } = new();

    /// <summary>Creates validated settings.</summary>
    /// <param name="spacing">Isotropic target voxel size in mm (finite, &gt; 0), or null for no interpolation.</param>
    /// <param name="maskInterpolation">How the mask follows the image onto the new grid.</param>
    /// <param name="rangeMin">Lower bound of the re-segmentation range (null: open).</param>
    /// <param name="rangeMax">Upper bound of the re-segmentation range (null: open).</param>
    /// <param name="outlierSigma">Keep ROI voxels within mean +/- outlierSigma * sd (IBSI: 3); null: off.</param>
    /// <param name="roundIntensities">Round intensities to the nearest integer after interpolation (IBSI does for CT).</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public PreprocessingSettings(
        double? spacing = null, MaskInterpolation maskInterpolation = MaskInterpolation.PartialVolume,
        double? rangeMin = null, double? rangeMax = null, double? outlierSigma = null, bool roundIntensities = false)
    {
        if (spacing is { } s && (!double.IsFinite(s) || s <= 0)) throw new ArgumentOutOfRangeException(nameof(spacing), s, "Spacing must be finite and > 0 mm.");
        if (!Enum.IsDefined(maskInterpolation)) throw new ArgumentOutOfRangeException(nameof(maskInterpolation), maskInterpolation, "Unknown mask interpolation.");
        if (rangeMin is { } lo && double.IsNaN(lo)) throw new ArgumentOutOfRangeException(nameof(rangeMin), lo, "Range bound is NaN.");
        if (rangeMax is { } hi && double.IsNaN(hi)) throw new ArgumentOutOfRangeException(nameof(rangeMax), hi, "Range bound is NaN.");
        if (rangeMin > rangeMax) throw new ArgumentOutOfRangeException(nameof(rangeMin), rangeMin, $"Range minimum above the maximum {rangeMax}.");
        if (outlierSigma is { } k && (!double.IsFinite(k) || k <= 0)) throw new ArgumentOutOfRangeException(nameof(outlierSigma), k, "Outlier sigma must be finite and > 0.");
        Spacing = spacing;
        MaskInterpolation = maskInterpolation;
        RangeMin = rangeMin;
        RangeMax = rangeMax;
        OutlierSigma = outlierSigma;
        RoundIntensities = roundIntensities;
    }

    /// <summary>Isotropic target voxel size in mm; null for no interpolation.</summary>
    public double? Spacing { get; }

    /// <summary>Mask interpolation onto the new grid.</summary>
    public MaskInterpolation MaskInterpolation { get; }

    /// <summary>Lower re-segmentation bound; null: open.</summary>
    public double? RangeMin { get; }

    /// <summary>Upper re-segmentation bound; null: open.</summary>
    public double? RangeMax { get; }

    /// <summary>Outlier re-segmentation width in standard deviations; null: off.</summary>
    public double? OutlierSigma { get; }

    /// <summary>Round intensities to the nearest integer after interpolation (half away from zero).</summary>
    public bool RoundIntensities { get; }

    /// <summary>True when the chain changes nothing.</summary>
    public bool IsIdentity => Spacing is null && RangeMin is null && RangeMax is null && OutlierSigma is null && !RoundIntensities;
}
