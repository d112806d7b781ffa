namespace MedSpark.Udfs.Imaging;

/// <summary>How a ROI mask is carried onto a resampled grid (IBSI-1 section 2.4).</summary>
public enum MaskInterpolation
{
    /// <summary>Nearest neighbour.</summary>
    Nearest = 0,

    /// <summary>Partial volume: trilinear interpolation of the 0/1 mask, then inside where the fraction is &gt;= 0.5.</summary>
    PartialVolume = 1,
}
