namespace MedSpark.Udfs.Radiomics;

/// <summary>
/// A failure reported by the native medfeat library, with the status and the context it happened in
/// (typically the study and series UID), so a log line or quarantine row says which image failed.
/// </summary>
public sealed class MedFeatException : Exception
{
    /// <summary>Creates the exception; <paramref name="detail"/> is the library's status description.</summary>
    public MedFeatException(MedFeatStatus status, string? context, string detail)
        : base(context is null ? $"medfeat: {detail} ({status})" : $"medfeat: {detail} ({status}) for {context}")
    {
        Status = status;
        Context = context;
    }

    /// <summary>The native status code.</summary>
    public MedFeatStatus Status { get; }

    /// <summary>What was being processed, e.g. <c>study=1.2.3 series=4.5.6</c>; null when not given.</summary>
    public string? Context { get; }

    /// <summary>A stable, machine-readable code for the quarantine table, e.g. <c>empty_mask</c>.</summary>
    public string ErrorCode => Status switch
    {
        MedFeatStatus.Argument => "invalid_argument",
        MedFeatStatus.Shape => "invalid_shape",
        MedFeatStatus.NonFinite => "nonfinite_intensity",
        MedFeatStatus.EmptyMask => "empty_mask",
        MedFeatStatus.TooLarge => "too_large",
        MedFeatStatus.NoMemory => "out_of_memory",
        MedFeatStatus.Internal => "internal_error",
        _ => "unknown_status",
    };
}
