namespace MedSpark.Shared.Formats.Delta;

/// <summary>The outcome of <see cref="DeltaTable.Merge"/>.</summary>
/// <param name="Version">The committed version (the current one when the source was empty or a repeated txn).</param>
/// <param name="RowsUpdated">Target rows replaced by a source row with the same key.</param>
/// <param name="RowsInserted">Source rows whose key was not in the table.</param>
/// <param name="FilesRewritten">Target files that held a matched key and were rewritten.</param>
public sealed record DeltaMergeResult(long Version, long RowsUpdated, long RowsInserted, int FilesRewritten);
