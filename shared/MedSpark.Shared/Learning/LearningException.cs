namespace MedSpark.Shared.Learning;

/// <summary>
/// Training data or a training run that cannot produce a model. Carries the global row index (in partition
/// order) and the feature index when the problem is in one value, so a poison row can be found and quarantined.
/// </summary>
public sealed class LearningException : Exception
{
    public LearningException(string message, long? rowIndex = null, int? featureIndex = null)
        : base(message)
    {
        RowIndex = rowIndex;
        FeatureIndex = featureIndex;
    }

    /// <summary>Zero-based index of the offending row over all partitions in order, when one row is at fault.</summary>
    public long? RowIndex { get; }

    /// <summary>Zero-based index of the offending feature, when one value is at fault.</summary>
    public int? FeatureIndex { get; }
}
