using System.Text.Json;
using MedSpark.Shared.Formats.Delta.Actions;
using MedSpark.Shared.Lake;
using MedSpark.Shared.Schemas;

namespace MedSpark.Shared.Formats.Delta;

/// <summary>
/// The steps shared by writes of new rows (<see cref="AppendOperation"/>, <see cref="OverwriteOperation"/>):
/// skip a txn already done, plan schema and metaData, write data files, add what the mode removes, commit.
/// Until the commit succeeds the new files are invisible to readers; on failure they are deleted best-effort.
/// </summary>
internal abstract class DataWriteOperation
{
    protected DataWriteOperation(ILakeStore store, DeltaLog log, DataFileCodec codec, TableSchema schema, DeltaWriteOptions options)
    {
        Store = store;
        Log = log;
        Codec = codec;
        Schema = schema;
        Options = options;
    }

    protected ILakeStore Store { get; }

    protected DeltaLog Log { get; }

    protected DataFileCodec Codec { get; }

    /// <summary>The schema of the batches being written.</summary>
    protected TableSchema Schema { get; }

    protected DeltaWriteOptions Options { get; }

    /// <summary>True when the commit only adds files and read nothing (Spark's isBlindAppend).</summary>
    protected abstract bool IsBlindAppend { get; }

    /// <summary>Runs the write; returns the table version that holds it (or already held it, for a repeated txn).</summary>
    public long Run(IEnumerable<ColumnBatch> batches)
    {
        Options.Validate();
        var snapshot = Snapshot.Load(Log, null);
        if (snapshot is not null && Options.TxnAppId is { } appId
            && snapshot.Txns.TryGetValue(appId, out long done) && done >= Options.TxnVersion)
            return snapshot.Version;

        var plan = WritePlan.For(Log, snapshot, Schema, Options);
        var partitionColumns = plan.Metadata.PartitionColumns;
        long now = Options.Clock().ToUnixTimeMilliseconds();
        var removes = snapshot is null ? new List<RemoveFile>() : Removes(snapshot, plan, now);

        var writer = new DataFileWriter(Store, Log, Codec, plan.TableSchema, partitionColumns, Options);
        var adds = writer.Write(Check(plan.TableSchema, plan.Conform(Schema, batches)), now);

        var actions = new List<DeltaAction> { BuildCommitInfo(snapshot, partitionColumns, adds, removes, now) };
        if (snapshot is null) actions.Add(Protocol.Default);
        if (plan.IsNewMetadata) actions.Add(plan.Metadata);
        if (Options.TxnAppId is not null) actions.Add(new Txn(Options.TxnAppId, Options.TxnVersion!.Value, now));
        actions.AddRange(removes);
        actions.AddRange(adds);
        return OperationCommit.Run(Log, snapshot?.Version ?? -1, actions, writer, winner => Conflict(winner, snapshot, removes));
    }

    /// <summary>The files the write replaces (none for an append).</summary>
    protected abstract List<RemoveFile> Removes(Snapshot snapshot, WritePlan plan, long now);

    /// <summary>Checks or passes through the rows being written (conformed to the table schema).</summary>
    protected virtual IEnumerable<ColumnBatch> Check(TableSchema tableSchema, IEnumerable<ColumnBatch> batches) => batches;

    /// <summary>Why a concurrent winning commit conflicts with this write, or null.</summary>
    protected abstract string? Conflict(IReadOnlyList<DeltaAction> winner, Snapshot? snapshot, IReadOnlyList<RemoveFile> removes);

    /// <summary>Extra operationParameters (beyond mode and partitionBy).</summary>
    protected virtual void AddParameters(Dictionary<string, string> parameters)
    {
    }

    private CommitInfo BuildCommitInfo(Snapshot? snapshot, IReadOnlyList<string> partitionColumns, List<AddFile> adds, List<RemoveFile> removes, long now)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["mode"] = Options.Mode.ToString(),
            ["partitionBy"] = JsonSerializer.Serialize(partitionColumns),
        };
        AddParameters(parameters);
        var metrics = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["numFiles"] = OperationCommit.Count(adds.Count),
            ["numOutputRows"] = OperationCommit.Count(adds.Sum(a => OperationCommit.NumRecords(a.Stats))),
            ["numOutputBytes"] = OperationCommit.Count(adds.Sum(a => a.Size)),
        };
        if (removes.Count > 0) metrics["numRemovedFiles"] = OperationCommit.Count(removes.Count);
        return OperationCommit.BuildCommitInfo(now, Options.Operation, parameters, snapshot?.Version, IsBlindAppend, metrics, Options);
    }
}
