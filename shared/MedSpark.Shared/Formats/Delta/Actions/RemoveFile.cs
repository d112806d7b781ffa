namespace MedSpark.Shared.Formats.Delta.Actions;

/// <summary>The <c>remove</c> action: a data file that is no longer part of the table (a tombstone until vacuum).</summary>
/// <param name="Path">The path exactly as its <see cref="AddFile"/> wrote it.</param>
/// <param name="DeletionTimestamp">When it was removed, ms since the Unix epoch.</param>
/// <param name="DataChange">True when rows left the table.</param>
/// <param name="ExtendedFileMetadata">True when partitionValues and size are present.</param>
/// <param name="PartitionValues">The file's partition values, when extended metadata is written.</param>
/// <param name="Size">The file's size, when extended metadata is written.</param>
public sealed record RemoveFile(
    string Path,
    long? DeletionTimestamp,
    bool DataChange,
    bool? ExtendedFileMetadata = null,
    IReadOnlyDictionary<string, string?>? PartitionValues = null,
    long? Size = null) : DeltaAction;
