using System.Text.Json;
using MedSpark.Shared.Formats.Delta.Actions;
using MedSpark.Shared.Formats.Delta.Predicates;
using MedSpark.Shared.Lake;
using MedSpark.Shared.Schemas;

namespace MedSpark.Shared.Formats.Delta;

/// <summary>
/// MERGE INTO target USING source ON target.keys = source.keys WHEN MATCHED UPDATE SET * WHEN NOT MATCHED
/// INSERT *, copy-on-write: the source is held in memory, target files are pruned by the source's key range
/// (partition values and stats), the remaining candidates are read, and each that holds a matched key is
/// rewritten whole with the source rows in place of the matched ones. Unmatched source rows are appended.
/// </summary>
/// <remarks>
/// Source keys must be unique and non-null (Spark fails a merge where several source rows match one target
/// row). Conflicts: a concurrent commit that removed a file this merge read, or added rows in the source's
/// key range, aborts it. A txn (TxnAppId/TxnVersion) makes the merge idempotent like a write.
/// </remarks>
internal sealed class MergeOperation
{
    private readonly ILakeStore _store;
    private readonly DeltaLog _log;
    private readonly DataFileCodec _codec;
    private readonly TableSchema _schema;
    private readonly IReadOnlyList<string> _keys;
    private readonly DeltaWriteOptions _options;

    public MergeOperation(ILakeStore store, DeltaLog log, DataFileCodec codec, TableSchema schema, IReadOnlyList<string> keys, DeltaWriteOptions options)
    {
        _store = store;
        _log = log;
        _codec = codec;
        _schema = schema;
        _keys = keys;
        _options = options with { Mode = DeltaWriteMode.Append };
    }

    public DeltaMergeResult Run(IEnumerable<ColumnBatch> batches)
    {
        _options.Validate();
        if (_keys.Count == 0) throw new ArgumentException("Merge needs at least one key column.", nameof(batches));
        foreach (var key in _keys)
        {
            if (_schema.IndexOf(key) < 0) throw new ArgumentException($"Key column '{key}' is not in the source schema ({_schema}).");
        }
        var snapshot = Snapshot.Load(_log, null);
        if (snapshot is not null && _options.TxnAppId is { } appId && snapshot.Txns.TryGetValue(appId, out long done) && done >= _options.TxnVersion)
            return new DeltaMergeResult(snapshot.Version, 0, 0, 0);
        if (snapshot is not null) WritePlan.RequireNotAppendOnly(_log, snapshot);

        var plan = WritePlan.For(_log, snapshot, _schema, _options);
        var schema = plan.TableSchema;
        var source = plan.Conform(_schema, batches).Where(b => b.RowCount > 0).ToList();
        int[] keyIndex = _keys.Select(schema.Require).ToArray();
        var sourceRows = IndexSource(source, keyIndex, snapshot?.Version);
        long now = _options.Clock().ToUnixTimeMilliseconds();

        var partitionColumns = plan.Metadata.PartitionColumns;
        var writer = new DataFileWriter(_store, _log, _codec, schema, partitionColumns, _options);
        var removes = new List<RemoveFile>();
        var scanned = new List<AddFile>();
        var output = new List<ColumnBatch>();
        var matched = new HashSet<string>(StringComparer.Ordinal);
        long updated = 0;
        DeltaPredicate? range = null;
        try
        {
            if (snapshot is not null && sourceRows.Count > 0)
            {
                range = KeyRange(source, keyIndex, schema).Bind(snapshot.Schema);
                var reader = new DataFileReader(_store, _log, _codec, snapshot);
                foreach (var file in snapshot.Files)
                {
                    if (range.MatchFile(new FileView(file, snapshot.Schema, snapshot.Metadata.PartitionColumns)) == FileMatch.None) continue;
                    scanned.Add(file);
                    var rows = reader.Read(file, schema).ToList();
                    long hits = 0;
                    var replaced = new List<ColumnBatch>(rows.Count);
                    foreach (var batch in rows)
                    {
                        var values = batch.Columns.Select(c => (Array)c.Clone()).ToArray();
                        for (int r = 0; r < batch.RowCount; r++)
                        {
                            if (!sourceRows.TryGetValue(Key(batch, keyIndex, r), out var at)) continue;
                            hits++;
                            matched.Add(Key(batch, keyIndex, r));
                            for (int c = 0; c < values.Length; c++) values[c].SetValue(source[at.Batch].Columns[c].GetValue(at.Row), r);
                        }
                        replaced.Add(new ColumnBatch(schema, values, batch.RowCount));
                    }
                    if (hits == 0) continue;
                    updated += hits;
                    removes.Add(OperationCommit.Remove(file, now));
                    output.AddRange(replaced);
                }
            }
            var inserts = sourceRows.Where(kv => !matched.Contains(kv.Key)).Select(kv => kv.Value)
                .GroupBy(p => p.Batch).Select(g => RowFilter.Take(source[g.Key], g.Select(p => p.Row).OrderBy(r => r).ToList())).ToList();
            long inserted = inserts.Sum(b => (long)b.RowCount);
            output.AddRange(inserts);
            var adds = writer.Write(output, now);
            if (adds.Count == 0 && removes.Count == 0 && !plan.IsNewMetadata)
                return new DeltaMergeResult(snapshot?.Version ?? -1, 0, 0, 0);

            var parameters = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["predicate"] = string.Join(" AND ", _keys.Select(k => $"target.{k} = source.{k}")),
                ["matchedPredicates"] = """[{"actionType":"update"}]""",
                ["notMatchedPredicates"] = """[{"actionType":"insert"}]""",
            };
            var metrics = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["numSourceRows"] = OperationCommit.Count(sourceRows.Count),
                ["numTargetRowsUpdated"] = OperationCommit.Count(updated),
                ["numTargetRowsInserted"] = OperationCommit.Count(inserted),
                ["numTargetRowsCopied"] = OperationCommit.Count(output.Sum(b => (long)b.RowCount) - updated - inserted),
                ["numTargetFilesRemoved"] = OperationCommit.Count(removes.Count),
                ["numTargetFilesAdded"] = OperationCommit.Count(adds.Count),
            };
            var actions = new List<DeltaAction>
            {
                OperationCommit.BuildCommitInfo(now, "MERGE", parameters, snapshot?.Version, isBlindAppend: false, metrics, _options),
            };
            if (snapshot is null) actions.Add(Protocol.Default);
            if (plan.IsNewMetadata) actions.Add(plan.Metadata);
            if (_options.TxnAppId is not null) actions.Add(new Txn(_options.TxnAppId, _options.TxnVersion!.Value, now));
            actions.AddRange(removes);
            actions.AddRange(adds);
            long version = OperationCommit.Run(_log, snapshot?.Version ?? -1, actions, writer, winner => Conflict(winner, snapshot, range, scanned));
            return new DeltaMergeResult(version, updated, inserted, removes.Count);
        }
        catch
        {
            writer.DeleteWritten();
            throw;
        }
    }

    private Dictionary<string, (int Batch, int Row)> IndexSource(List<ColumnBatch> source, int[] keyIndex, long? version)
    {
        var rows = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        for (int b = 0; b < source.Count; b++)
        {
            for (int r = 0; r < source[b].RowCount; r++)
            {
                foreach (int k in keyIndex)
                {
                    if (source[b].GetValue(k, r) is null)
                        throw new DeltaException($"Source row {r} of batch {b} has a null key '{source[b].Schema[k].Name}'; merge keys must not be null", _log.TablePath, version);
                }
                string key = Key(source[b], keyIndex, r);
                if (!rows.TryAdd(key, (b, r)))
                    throw new DeltaException($"Source key {key} appears more than once (again at row {r} of batch {b}); merge needs unique source keys", _log.TablePath, version);
            }
        }
        return rows;
    }

    /// <summary>The key of a row as text; timestamps by ticks so DateTime kinds from different readers agree.</summary>
    private static string Key(ColumnBatch batch, int[] keyIndex, int row) =>
        JsonSerializer.Serialize(keyIndex.Select(k => batch.GetValue(k, row) switch
        {
            DateTime t => (object)t.Ticks,
            var v => v,
        }).ToArray());

    /// <summary>key₁ BETWEEN min₁ AND max₁ AND …: prunes target files that cannot hold any source key.</summary>
    private static DeltaPredicate KeyRange(List<ColumnBatch> source, int[] keyIndex, TableSchema schema)
    {
        DeltaPredicate? result = null;
        foreach (int k in keyIndex)
        {
            object? min = null, max = null;
            foreach (var batch in source)
            {
                for (int r = 0; r < batch.RowCount; r++)
                {
                    var v = batch.GetValue(k, r)!;
                    if (min is null || FileStatistics.Compare(v, min) < 0) min = v;
                    if (max is null || FileStatistics.Compare(v, max) > 0) max = v;
                }
            }
            if (min is null || max is null || schema[k].Type is ColumnType.Binary or ColumnType.Boolean or ColumnType.Float or ColumnType.Double) continue;
            DeltaPredicate part = new Comparison(schema[k].Name, ComparisonOperator.GreaterThanOrEqual, min) & new Comparison(schema[k].Name, ComparisonOperator.LessThanOrEqual, max);
            result = result is null ? part : result & part;
        }
        return result ?? new Comparison(schema[keyIndex[0]].Name, ComparisonOperator.IsNotNull);
    }

    private static string? Conflict(IReadOnlyList<DeltaAction> winner, Snapshot? snapshot, DeltaPredicate? range, IReadOnlyList<AddFile> scanned)
    {
        var read = scanned.Select(f => Uri.UnescapeDataString(f.Path)).ToHashSet(StringComparer.Ordinal);
        if (winner.OfType<RemoveFile>().Any(r => read.Contains(Uri.UnescapeDataString(r.Path))))
            return "A concurrent commit removed or rewrote files this merge read";
        if (snapshot is not null && range is not null
            && winner.OfType<AddFile>().Any(a => a.DataChange && range.MatchFile(new FileView(a, snapshot.Schema, snapshot.Metadata.PartitionColumns)) != FileMatch.None))
            return "A concurrent commit added rows in the key range this merge matches";
        if (snapshot is null && winner.Any(a => a is AddFile))
            return "A concurrent commit created the table this merge expected to create";
        return null;
    }
}
