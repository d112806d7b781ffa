namespace MedSpark.Shared.Formats.Delta;

/// <summary>
/// The table uses a Delta feature this implementation cannot honour (a reader version above 1,
/// a writer version above 2, an unknown type). Raised instead of reading or writing the table wrongly.
/// </summary>
public sealed class DeltaFeatureNotSupportedException : DeltaException
{
    /// <summary>Creates the exception naming the <paramref name="feature"/> and where it was found.</summary>
    public DeltaFeatureNotSupportedException(string feature, string tablePath, long? version = null, string? logFile = null)
        : base($"Not supported: {feature}", tablePath, version, logFile)
    {
        Feature = feature;
    }

    /// <summary>What the table uses that is not supported.</summary>
    public string Feature { get; }
}
