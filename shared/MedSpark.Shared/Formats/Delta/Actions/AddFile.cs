namespace MedSpark.Shared.Formats.Delta.Actions;

/// <summary>The <c>add</c> action: a data file that is part of the table from this version on.</summary>
/// <param name="Path">Path relative to the table root, URI-encoded as in the log (see <c>PartitionPaths</c>).</param>
/// <param name="PartitionValues">Partition column → serialized value; null for a null partition value.</param>
/// <param name="Size">File size in bytes.</param>
/// <param name="ModificationTime">When the file was created, ms since the Unix epoch.</param>
/// <param name="DataChange">False only for rearrangements (compaction) that change no rows.</param>
/// <param name="Stats">Per-file statistics JSON (numRecords, minValues, maxValues, nullCount), or null.</param>
public sealed record AddFile(
    string Path,
    IReadOnlyDictionary<string, string?> PartitionValues,
    long Size,
    long ModificationTime,
    bool DataChange,
    string? Stats) : DeltaAction;
