using System.Globalization;
using System.Text.Json;
using MedSpark.Shared.Formats.Delta.Actions;
using MedSpark.Shared.Lake;
using MedSpark.Shared.Schemas;

namespace MedSpark.Shared.Formats.Delta;

/// <summary>
/// Writes rows of a table as data files (Hive-style partition directories, at most TargetFileRows rows each)
/// and returns their add actions. Each file is published atomically by the store; until a commit references
/// them they are invisible to readers. <see cref="DeleteWritten"/> removes them again after a failed or dropped
/// commit, so no orphan outlives a failure the process survives (one it does not survive leaves orphans that
/// no version references, which vacuum removes).
/// </summary>
internal sealed class DataFileWriter
{
    private readonly ILakeStore _store;
    private readonly DeltaLog _log;
    private readonly DataFileCodec _codec;
    private readonly TableSchema _schema;
    private readonly IReadOnlyList<string> _partitionColumns;
    private readonly DeltaWriteOptions _options;
    private readonly bool _dataChange;
    private readonly List<string> _written = new();
    private int _fileIndex;

    /// <param name="store">The lake.</param>
    /// <param name="log">The table's log (gives the table path).</param>
    /// <param name="codec">The data file format.</param>
    /// <param name="schema">The table schema, partition columns included; every batch must have exactly it.</param>
    /// <param name="partitionColumns">The table's partition columns.</param>
    /// <param name="options">File size, Parquet settings, clock and name source.</param>
    /// <param name="dataChange">The add actions' dataChange (false for compaction).</param>
    public DataFileWriter(ILakeStore store, DeltaLog log, DataFileCodec codec, TableSchema schema, IReadOnlyList<string> partitionColumns, DeltaWriteOptions options, bool dataChange = true)
    {
        _store = store;
        _log = log;
        _codec = codec;
        _schema = schema;
        _partitionColumns = partitionColumns;
        _options = options;
        _dataChange = dataChange;
    }

    /// <summary>
    /// Splits the rows by partition value and into files of at most TargetFileRows rows. Rows are buffered per
    /// partition only until a file's worth is ready, so memory is bounded by files-in-progress, not input size.
    /// On failure the files written so far are deleted and the exception propagates.
    /// </summary>
    public List<AddFile> Write(IEnumerable<ColumnBatch> batches, long now)
    {
        try
        {
            return WriteFiles(batches, now);
        }
        catch
        {
            DeleteWritten();
            throw;
        }
    }

    private List<AddFile> WriteFiles(IEnumerable<ColumnBatch> batches, long now)
    {
        int[] partitionIndex = _partitionColumns.Select(_schema.Require).ToArray();
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
                    adds.Add(WriteFile(dataSchema, values, all.Slice(0, fileRows), now));
                    var rest = all.Slice(fileRows, all.RowCount - fileRows);
                    entry.Batches.Clear();
                    if (rest.RowCount > 0) entry.Batches.Add(rest);
                    entry.Rows = rest.RowCount;
                }
                pending[key] = entry;
            }
        }
        foreach (var entry in pending.Values.Where(p => p.Rows > 0))
            adds.Add(WriteFile(dataSchema, entry.Values, ColumnBatch.Concat(dataSchema, entry.Batches), now));
        return adds;
    }

    /// <summary>Deletes the files this writer published (best effort); call when their commit failed or was dropped.</summary>
    public void DeleteWritten()
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

    private AddFile WriteFile(TableSchema dataSchema, string?[] values, ColumnBatch rows, long now)
    {
        string directory = string.Concat(_partitionColumns.Select((c, i) => PartitionPaths.Segment(c, values[i]) + "/"));
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
        for (int i = 0; i < _partitionColumns.Count; i++) partitionValues[_partitionColumns[i]] = values[i];
        return new AddFile(PartitionPaths.ToLogPath(relative), partitionValues, size, now, _dataChange, FileStatistics.ToJson(dataSchema, info));
    }
}
