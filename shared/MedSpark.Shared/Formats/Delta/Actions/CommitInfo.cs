namespace MedSpark.Shared.Formats.Delta.Actions;

/// <summary>The <c>commitInfo</c> action: provenance of a commit, shown by <c>DESCRIBE HISTORY</c>.</summary>
/// <param name="Timestamp">Commit time, ms since the Unix epoch.</param>
/// <param name="Operation">The operation name, e.g. WRITE.</param>
/// <param name="OperationParameters">Parameters of the operation; values are strings (JSON-encoded where Spark does so).</param>
/// <param name="ReadVersion">The table version the transaction read, absent when it created the table.</param>
/// <param name="IsBlindAppend">True when the commit only added files without reading the table.</param>
/// <param name="EngineInfo">The writing engine, e.g. MedSpark/1.0.0.</param>
/// <param name="UserMetadata">Free text the writer attached (<see cref="DeltaWriteOptions.Description"/>).</param>
/// <param name="OperationMetrics">Counts such as numFiles and numOutputRows, as strings like Spark writes them.</param>
/// <param name="Extra">Other string-valued fields of the action (written by MedSpark or other engines).</param>
public sealed record CommitInfo(
    long? Timestamp,
    string? Operation,
    IReadOnlyDictionary<string, string> OperationParameters,
    long? ReadVersion,
    bool? IsBlindAppend,
    string? EngineInfo,
    string? UserMetadata,
    IReadOnlyDictionary<string, string> OperationMetrics,
    IReadOnlyDictionary<string, string> Extra) : DeltaAction
{
    /// <summary>The commit version this came from; set when read back from the log, -1 before commit.</summary>
    public long Version { get; init; } = -1;
}
