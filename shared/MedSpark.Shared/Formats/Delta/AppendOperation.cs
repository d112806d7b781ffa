using MedSpark.Shared.Formats.Delta.Actions;
using MedSpark.Shared.Lake;
using MedSpark.Shared.Schemas;

namespace MedSpark.Shared.Formats.Delta;

/// <summary>
/// Append (and create, and ErrorIfExists): adds new data files without reading the table, so it commits
/// on top of any concurrent data change (a blind append never conflicts on files).
/// </summary>
internal sealed class AppendOperation : DataWriteOperation
{
    public AppendOperation(ILakeStore store, DeltaLog log, DataFileCodec codec, TableSchema schema, DeltaWriteOptions options)
        : base(store, log, codec, schema, options)
    {
    }

    protected override bool IsBlindAppend => Options.Mode == DeltaWriteMode.Append;

    protected override List<RemoveFile> Removes(Snapshot snapshot, WritePlan plan, long now) => new();

    /// <remarks>ErrorIfExists read that the table was absent: any concurrent data means it now exists.</remarks>
    protected override string? Conflict(IReadOnlyList<DeltaAction> winner, Snapshot? snapshot, IReadOnlyList<RemoveFile> removes) =>
        Options.Mode == DeltaWriteMode.ErrorIfExists && winner.Any(a => a is AddFile or RemoveFile)
            ? "A concurrent commit wrote data to the table this ErrorIfExists write expected to be new"
            : null;
}
