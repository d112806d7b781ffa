namespace MedSpark.Udfs.Radiomics;

/// <summary>
/// The outcome of one UDF call: either the feature values (ordered as <see cref="RadiomicsExtractor.Features"/>)
/// or an error code and message that the featurize job writes to quarantine. Exactly one side is set.
/// </summary>
/// <param name="Values">Feature values on success; null on failure. Individual values may be NaN when a
/// feature is undefined for the ROI (e.g. a GLCM with no voxel pairs).</param>
/// <param name="ErrorCode">Stable machine-readable code on failure (see <see cref="MedFeatException.ErrorCode"/>).</param>
/// <param name="ErrorMessage">Human-readable detail on failure, including the context.</param>
public sealed record FeatureResult(double[]? Values, string? ErrorCode, string? ErrorMessage)
{
    /// <summary>True when <see cref="Values"/> is set.</summary>
    public bool IsSuccess => Values is not null;

    /// <summary>A successful result.</summary>
    public static FeatureResult Success(double[] values) => new(values, null, null);

    /// <summary>A failed result.</summary>
    public static FeatureResult Failure(string errorCode, string errorMessage) => new(null, errorCode, errorMessage);
}
