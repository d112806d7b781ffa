namespace MedSpark.Shared.Formats.Delta.Predicates;

/// <summary>What the log alone (partition values and stats) proves about a predicate on one data file.</summary>
internal enum FileMatch
{
    /// <summary>No row of the file can match: the file is skipped.</summary>
    None,
    /// <summary>Some rows may match: the file must be read.</summary>
    Some,
    /// <summary>Every row matches (proved from partition values): the file can be removed or kept whole unread.</summary>
    All,
}
