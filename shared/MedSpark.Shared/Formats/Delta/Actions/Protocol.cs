namespace MedSpark.Shared.Formats.Delta.Actions;

/// <summary>The <c>protocol</c> action: the minimum reader and writer versions a client must implement.</summary>
/// <param name="MinReaderVersion">1 for every table MedSpark writes; higher versions need column mapping or table features.</param>
/// <param name="MinWriterVersion">2 for every table MedSpark writes (append-only tables and column invariants).</param>
/// <param name="ReaderFeatures">Table features for reader version 3, otherwise null.</param>
/// <param name="WriterFeatures">Table features for writer version 7, otherwise null.</param>
public sealed record Protocol(
    int MinReaderVersion,
    int MinWriterVersion,
    IReadOnlyList<string>? ReaderFeatures = null,
    IReadOnlyList<string>? WriterFeatures = null) : DeltaAction
{
    /// <summary>The protocol MedSpark writes on new tables: no table features.</summary>
    public static Protocol Default { get; } = new(1, 2);
}
