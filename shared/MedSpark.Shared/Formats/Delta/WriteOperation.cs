using System.Globalization;
using System.Reflection;
using System.Text.Json;
using MedSpark.Shared.Formats.Delta.Actions;
using MedSpark.Shared.Lake;
using MedSpark.Shared.Schemas;

namespace MedSpark.Shared.Formats.Delta;

/// <summary>
/// One append, overwrite or create: checks the request against the current snapshot, writes the data files
/// (each published atomically by the store), then commits one log entry that references them. Until that
/// commit succeeds the new files are invisible to readers; on failure they are deleted best-effort.
/// </summary>
internal sealed class WriteOperation
{
    private static readonly string EngineInfo = "MedSpark/" + EngineVersion();

    private readonly ILakeStore _store;
    private readonly DeltaLog _log;
    private readonly DataFileCodec _codec;
    private readonly TableSchema _schema;
    private readonly DeltaWriteOptions _options;
    private readonly List<string> _written = new();
    private int _fileIndex;

    public WriteOperation(ILakeStore store, DeltaLog log, DataFileCodec codec, TableSchema schema, DeltaWriteOptions options)
    {
        _store = store;
        _log = log;
        _codec = codec;
        _schema = schema;
        _options = options;
    }

    /// <summary>Runs the write; returns the table version that holds it (or already held it, for a repeated txn).</summary>
    public long Run(IEnumerable<ColumnBatch> batches)
    {
        _options.Validate();
        var snapshot = Snapshot.Load(_log, null);
        if (snapshot is not null && _options.TxnAppId is { } appId
            && snapshot.Txns.TryGetValue(appId, out long done) && done >= _options.TxnVersion)
            return snapshot.Version;

        var (metadata, isNewMetadata) = PlanMetadata(snapshot);
        var partitionColumns = metadata.PartitionColumns;
        long now = _options.Clock().ToUnixTimeMilliseconds();

        List<AddFile> adds;
        try
        {
            adds = WriteDataFiles(batches, partitionColumns, now);
        }
        catch
        {
            DeleteWrittenFiles();
            throw;
        }

        var actions = new List<DeltaAction> { BuildCommitInfo(snapshot, partitionColumns, adds, now) };
        if (snapshot is null) actions.Add(Protocol.Default);
        if (isNewMetadata) actions.Add(metadata);
        if (_options.TxnAppId is not null) actions.Add(new Txn(_options.TxnAppId, _options.TxnVersion!.Value, now));
        if (_options.Mode == DeltaWriteMode.Overwrite && snapshot is not null)
        {
            actions.AddRange(snapshot.Files.Select(f =>
                new RemoveFile(f.Path, now, DataChange: true, ExtendedFileMetadata: true, f.PartitionValues, f.Size)));
        }
        actions.AddRange(adds);

        try
        {
            var (version, committed) = new Commit(_log, snapshot?.Version ?? -1, _options.Mode != DeltaWriteMode.Append, actions).Run();
            if (!committed) DeleteWrittenFiles();
            return version;
        }
        catch
        {
            DeleteWrittenFiles();
            throw;
        }
    }

    /// <summary>The metaData the commit needs and whether it must be written (new table or replaced schema).</summary>
    private (Metadata Metadata, bool IsNew) PlanMetadata(Snapshot? snapshot)
    {
        if (snapshot is null) return (NewMetadata(null), true);

        if (_options.Mode == DeltaWriteMode.ErrorIfExists)
            throw new DeltaException("The table already exists (mode ErrorIfExists)", _log.TablePath, snapshot.Version);
        if (snapshot.Protocol.MinWriterVersion > 2)
        {
            string features = snapshot.Protocol.WriterFeatures is { Count: > 0 } f ? $" (writer features: {string.Join(", ", f)})" : "";
            throw new DeltaFeatureNotSupportedException(
                $"writer version {snapshot.Protocol.MinWriterVersion}{features}; MedSpark writes writer version 2 tables only", _log.TablePath, snapshot.Version);
        }

        bool partitioningDiffers = _options.PartitionBy.Count > 0 && !_options.PartitionBy.SequenceEqual(snapshot.Metadata.PartitionColumns);
        var differences = SchemaDifferences(snapshot.Schema, _schema);
        if (_options.Mode == DeltaWriteMode.Overwrite)
        {
            if (snapshot.Metadata.Configuration.TryGetValue("delta.appendOnly", out var appendOnly)
                && string.Equals(appendOnly, "true", StringComparison.OrdinalIgnoreCase))
                throw new DeltaException("The table is append-only (delta.appendOnly=true); overwrite is not allowed", _log.TablePath, snapshot.Version);
            if ((differences.Count > 0 || partitioningDiffers) && _options.OverwriteSchema)
                return (NewMetadata(snapshot.Metadata), true);
        }
        if (differences.Count > 0)
        {
            throw new DeltaException(
                $"Schema mismatch: {string.Join("; ", differences)}. {(_options.Mode == DeltaWriteMode.Overwrite ? "Set OverwriteSchema to replace the schema" : "Appends must match the table schema")}",
                _log.TablePath, snapshot.Version);
        }
        if (partitioningDiffers)
        {
            throw new DeltaException(
                $"Partitioning mismatch: the table is partitioned by [{string.Join(", ", snapshot.Metadata.PartitionColumns)}] but the write asks for [{string.Join(", ", _options.PartitionBy)}]",
                _log.TablePath, snapshot.Version);
        }
        return (snapshot.Metadata, false);
    }

    private Metadata NewMetadata(Metadata? previous)
    {
        foreach (var column in _options.PartitionBy)
        {
            int index = _schema.IndexOf(column);
            if (index < 0)
                throw new ArgumentException($"Partition column '{column}' is not in the schema ({_schema}).");
            if (_schema[index].Type == ColumnType.Binary)
                throw new ArgumentException($"Partition column '{column}' is binary; binary columns cannot be partition columns.");
        }
        if (_options.PartitionBy.Count >= _schema.Count && _schema.Count > 0)
            throw new ArgumentException("At least one column must not be a partition column.");
        return new Metadata(
            previous?.Id ?? _options.NewGuid().ToString(),
            previous?.Name,
            previous?.Description,
            "parquet",
            new Dictionary<string, string>(),
            DeltaSchema.ToSchemaString(_schema),
            _options.PartitionBy.ToArray(),
            previous?.Configuration ?? new Dictionary<string, string>(),
            previous?.CreatedTime ?? _options.Clock().ToUnixTimeMilliseconds());
    }

    /// <summary>Human-readable differences between the table schema and the written one, by column.</summary>
    internal static List<string> SchemaDifferences(TableSchema table, TableSchema written)
    {
        var result = new List<string>();
        foreach (var field in written.Fields)
        {
            int i = table.IndexOf(field.Name);
            if (i < 0) { result.Add($"column '{field.Name}' ({field.Type}) is not in the table"); continue; }
            var existing = table[i];
            if (existing.Type != field.Type)
                result.Add($"column '{field.Name}' is {field.Type} but the table has {existing.Type}");
            else if (existing.Nullable != field.Nullable)
                result.Add($"column '{field.Name}' is {(field.Nullable ? "nullable" : "required")} but the table has it {(existing.Nullable ? "nullable" : "required")}");
        }
        foreach (var field in table.Fields)
        {
            if (written.IndexOf(field.Name) < 0) result.Add($"table column '{field.Name}' ({field.Type}) is missing");
        }
        if (result.Count == 0 && !table.Fields.Select(f => f.Name).SequenceEqual(written.Fields.Select(f => f.Name)))
            result.Add($"columns are in a different order: table [{string.Join(", ", table.Fields.Select(f => f.Name))}], written [{string.Join(", ", written.Fields.Select(f => f.Name))}]");
        return result;
    }

    /// <summary>
    /// Splits the rows by partition value and into files of at most TargetFileRows rows. Rows are buffered per
    /// partition only until a file's worth is ready, so memory is bounded by files-in-progress, not input size.
    /// </summary>
    private List<AddFile> WriteDataFiles(IEnumerable<ColumnBatch> batches, IReadOnlyList<string> partitionColumns, long now)
    {
        int[] partitionIndex = partitionColumns.Select(_schema.Require).ToArray();
        int[] dataIndex = Enumerable.Range(0, _schema.Count).Where(i => !partitionIndex.Contains(i)).ToArray();
        var dataSchema = new TableSchema(dataIndex.Select(i => _schema[i]));
        var pending = new Dictionary<string, (string?[] Values, List<ColumnBatch> Batches, long Rows)>(StringComparer.Ordinal);
        var adds = new List<AddFile>();

        int batchNumber = 0;
        foreach (var batch in batches)
        {
            if (!batch.Schema.Equals(_schema))
                throw new ArgumentException($"A batch has schema [{batch.Schema}] but the write declared [{_schema}].");
            RequireNonNullable(batch, batchNumber++);
            if (batch.RowCount == 0) continue;
            foreach (var (values, rows) in GroupByPartition(batch, partitionIndex))
            {
                string key = JsonSerializer.Serialize(values);
                var slice = Take(batch, rows, dataSchema, dataIndex);
                (string?[] Values, List<ColumnBatch> Batches, long Rows) entry = pending.TryGetValue(key, out var e) ? e : (values, new List<ColumnBatch>(), 0L);
                entry.Batches.Add(slice);
                entry.Rows += slice.RowCount;
                while (entry.Rows >= _options.TargetFileRows)
                {
                    var all = ColumnBatch.Concat(dataSchema, entry.Batches);
                    int fileRows = (int)Math.Min(_options.TargetFileRows, all.RowCount);
                    adds.Add(WriteFile(dataSchema, partitionColumns, values, all.Slice(0, fileRows), now));
                    var rest = all.Slice(fileRows, all.RowCount - fileRows);
                    entry.Batches.Clear();
                    if (rest.RowCount > 0) entry.Batches.Add(rest);
                    entry.Rows = rest.RowCount;
                }
                pending[key] = entry;
            }
        }
        foreach (var entry in pending.Values.Where(p => p.Rows > 0))
            adds.Add(WriteFile(dataSchema, partitionColumns, entry.Values, ColumnBatch.Concat(dataSchema, entry.Batches), now));
        return adds;
    }

    /// <summary>
    /// A non-nullable column is a constraint every writer of a writer-version-2 table must enforce (PROTOCOL.md,
    /// "Column Invariants"); Spark would reject such a row, so a MedSpark job must too.
    /// </summary>
    private void RequireNonNullable(ColumnBatch batch, int batchNumber)
    {
        for (int c = 0; c < _schema.Count; c++)
        {
            if (_schema[c].Nullable) continue;
            var column = batch.Columns[c];
            for (int r = 0; r < batch.RowCount; r++)
            {
                if (column.GetValue(r) is null)
                    throw new DeltaException($"Column '{_schema[c].Name}' is not nullable but row {r} of batch {batchNumber} is null", _log.TablePath);
            }
        }
    }

    private static IEnumerable<(string?[] Values, int[] Rows)> GroupByPartition(ColumnBatch batch, int[] partitionIndex)
    {
        if (partitionIndex.Length == 0)
        {
            yield return (Array.Empty<string?>(), Enumerable.Range(0, batch.RowCount).ToArray());
            yield break;
        }
        var groups = new Dictionary<string, (string?[] Values, List<int> Rows)>(StringComparer.Ordinal);
        var order = new List<string>();
        for (int r = 0; r < batch.RowCount; r++)
        {
            var values = partitionIndex.Select(c => PartitionPaths.Serialize(batch.GetValue(c, r), batch.Schema[c].Type)).ToArray();
            string key = JsonSerializer.Serialize(values);
            if (!groups.TryGetValue(key, out var group))
            {
                group = (values, new List<int>());
                groups[key] = group;
                order.Add(key);
            }
            group.Rows.Add(r);
        }
        foreach (var key in order) yield return (groups[key].Values, groups[key].Rows.ToArray());
    }

    private static ColumnBatch Take(ColumnBatch batch, int[] rows, TableSchema dataSchema, int[] dataIndex)
    {
        var columns = new Array[dataIndex.Length];
        for (int c = 0; c < dataIndex.Length; c++)
        {
            var source = batch.Columns[dataIndex[c]];
            var target = ColumnTypes.NewArray(dataSchema[c].Type, rows.Length);
            for (int r = 0; r < rows.Length; r++) target.SetValue(source.GetValue(rows[r]), r);
            columns[c] = target;
        }
        return new ColumnBatch(dataSchema, columns, rows.Length);
    }

    private AddFile WriteFile(TableSchema dataSchema, IReadOnlyList<string> partitionColumns, string?[] values, ColumnBatch rows, long now)
    {
        string directory = string.Concat(partitionColumns.Select((c, i) => PartitionPaths.Segment(c, values[i]) + "/"));
        string relative = $"{directory}part-{_fileIndex++.ToString("D5", CultureInfo.InvariantCulture)}-{_options.NewGuid()}-c000.snappy.parquet";
        string storePath = _log.TablePath.Length == 0 ? relative : _log.TablePath + "/" + relative;

        var output = _store.OpenWrite(storePath);
        Parquet.ParquetFileInfo info;
        long size;
        try
        {
            var counting = new CountingStream(output);
            info = _codec.Write(counting, dataSchema, new[] { rows }, _options.Parquet);
            counting.Flush();
            size = counting.BytesWritten;
        }
        catch
        {
            output.Abort();
            output.Dispose();
            throw;
        }
        output.Dispose();
        _written.Add(storePath);

        var partitionValues = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (int i = 0; i < partitionColumns.Count; i++) partitionValues[partitionColumns[i]] = values[i];
        return new AddFile(PartitionPaths.ToLogPath(relative), partitionValues, size, now, DataChange: true, FileStatistics.ToJson(dataSchema, info));
    }

    private CommitInfo BuildCommitInfo(Snapshot? snapshot, IReadOnlyList<string> partitionColumns, List<AddFile> adds, long now)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["mode"] = _options.Mode.ToString(),
            ["partitionBy"] = JsonSerializer.Serialize(partitionColumns),
        };
        long rows = adds.Sum(a => NumRecords(a.Stats));
        var metrics = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["numFiles"] = adds.Count.ToString(CultureInfo.InvariantCulture),
            ["numOutputRows"] = rows.ToString(CultureInfo.InvariantCulture),
            ["numOutputBytes"] = adds.Sum(a => a.Size).ToString(CultureInfo.InvariantCulture),
        };
        return new CommitInfo(
            now,
            _options.Operation,
            parameters,
            snapshot?.Version,
            IsBlindAppend: _options.Mode == DeltaWriteMode.Append,
            EngineInfo,
            _options.Description,
            metrics,
            new SortedDictionary<string, string>(_options.CommitInfo.ToDictionary(kv => kv.Key, kv => kv.Value), StringComparer.Ordinal));
    }

    private static long NumRecords(string? stats)
    {
        if (stats is null) return 0;
        using var doc = JsonDocument.Parse(stats);
        return doc.RootElement.GetProperty("numRecords").GetInt64();
    }

    private void DeleteWrittenFiles()
    {
        foreach (var path in _written)
        {
            try
            {
                _store.Delete(path);
            }
            catch (IOException)
            {
                // The file is referenced by no commit, so leaving it only costs space until a vacuum.
            }
        }
        _written.Clear();
    }

    private static string EngineVersion()
    {
        var assembly = typeof(WriteOperation).Assembly;
        string? version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString();
        if (version is null) return "0.0.0";
        int plus = version.IndexOf('+');
        return plus >= 0 ? version[..plus] : version;
    }
}
