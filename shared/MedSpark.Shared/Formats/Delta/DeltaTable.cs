using MedSpark.Shared.Formats.Delta.Actions;
using MedSpark.Shared.Lake;
using MedSpark.Shared.Schemas;

namespace MedSpark.Shared.Formats.Delta;

/// <summary>
/// A Delta Lake table in an <see cref="ILakeStore"/>: the entry point jobs use to write and read tables that
/// Spark, Databricks, DuckDB and delta-rs can also read. Supports reader version 1 / writer version 2 tables
/// without checkpoints.
/// </summary>
/// <remarks>
/// <see cref="Exists"/>, <see cref="Version"/> and <see cref="Schema"/> describe the snapshot loaded by
/// <see cref="Open(ILakeStore, string)"/>, the last <see cref="Write"/> or <see cref="Refresh"/>. <see cref="Write"/> always
/// starts from the newest version in the store; <see cref="Read"/>, <see cref="Files"/> and
/// <see cref="History"/> read the log when called. Instances are not thread-safe; use one per writer
/// (concurrent writers on one table are safe, as in the Delta protocol).
/// </remarks>
public sealed class DeltaTable
{
    private readonly ILakeStore _store;
    private readonly DeltaLog _log;
    private readonly DataFileCodec _codec;
    private Snapshot? _snapshot;

    private DeltaTable(ILakeStore store, string tablePath, DataFileCodec codec)
    {
        _store = store;
        _codec = codec;
        _log = new DeltaLog(store, NormalizePath(tablePath));
        _snapshot = Snapshot.Load(_log, null);
    }

    /// <summary>Opens (or prepares to create) the table at <paramref name="tablePath"/>, relative to the store root, e.g. "silver/studies".</summary>
    /// <exception cref="DeltaException">The log is malformed or uses an unsupported feature.</exception>
    public static DeltaTable Open(ILakeStore store, string tablePath) => new(store, tablePath, DataFileCodec.Parquet);

    /// <summary>Opens a table whose data files go through <paramref name="codec"/> (tests of the log alone).</summary>
    internal static DeltaTable Open(ILakeStore store, string tablePath, DataFileCodec codec) => new(store, tablePath, codec);

    /// <summary>The table path relative to the store root.</summary>
    public string Path => _log.TablePath;

    /// <summary>True when the table has at least one commit.</summary>
    public bool Exists => _snapshot is not null;

    /// <summary>The loaded version; -1 when the table does not exist.</summary>
    public long Version => _snapshot?.Version ?? -1;

    /// <summary>The table schema (partition columns included); null when the table does not exist.</summary>
    public TableSchema? Schema => _snapshot?.Schema;

    /// <summary>The partition columns; empty when the table is unpartitioned or absent.</summary>
    public IReadOnlyList<string> PartitionColumns => _snapshot?.Metadata.PartitionColumns ?? Array.Empty<string>();

    /// <summary>Reloads the newest version from the store.</summary>
    public void Refresh() => _snapshot = Snapshot.Load(_log, null);

    /// <summary>
    /// Writes <paramref name="batches"/> (all of <paramref name="schema"/>) as one commit and returns its
    /// version. For a repeated idempotent write (same TxnAppId, TxnVersion not above the recorded one) nothing is
    /// written and the current version is returned.
    /// </summary>
    /// <exception cref="ArgumentException">Invalid options or batches that do not match <paramref name="schema"/>.</exception>
    /// <exception cref="DeltaException">Schema or partitioning mismatch, ErrorIfExists on an existing table, an unsupported table.</exception>
    /// <exception cref="DeltaConcurrentModificationException">A concurrent commit conflicts with this write; nothing was committed.</exception>
    public long Write(TableSchema schema, IEnumerable<ColumnBatch> batches, DeltaWriteOptions options)
    {
        long version = new WriteOperation(_store, _log, _codec, schema, options).Run(batches);
        _snapshot = Snapshot.Load(_log, null);
        return version;
    }

    /// <summary>
    /// Reads the rows of the table at <paramref name="version"/> (newest when null), optionally only
    /// <paramref name="columns"/> (in that order). Partition columns come from the log's partitionValues.
    /// </summary>
    public IEnumerable<ColumnBatch> Read(IReadOnlyList<string>? columns = null, long? version = null)
    {
        var snapshot = Load(version);
        if (snapshot is null) yield break;
        var schema = snapshot.Schema;
        var partitionColumns = snapshot.Metadata.PartitionColumns;
        var requested = columns ?? schema.Fields.Select(f => f.Name).ToArray();
        var outputSchema = new TableSchema(requested.Select(c => schema[schema.Require(c)]));
        var dataColumns = requested.Where(c => !partitionColumns.Contains(c)).ToList();
        if (dataColumns.Count == 0)
        {
            // Row counts live in the data files; read the narrowest thing that carries them.
            var first = schema.Fields.FirstOrDefault(f => !partitionColumns.Contains(f.Name));
            if (first is not null) dataColumns.Add(first.Name);
        }

        foreach (var file in snapshot.Files)
        {
            string relative = PartitionPaths.FromLogPath(file.Path);
            string storePath = _log.TablePath.Length == 0 ? relative : _log.TablePath + "/" + relative;
            using var stream = _store.OpenRead(storePath);
            foreach (var batch in _codec.Read(stream, dataColumns))
                yield return Project(batch, outputSchema, file, snapshot);
        }
    }

    /// <summary>The active data files at <paramref name="version"/> (newest when null), in the order they were added.</summary>
    public IReadOnlyList<AddFile> Files(long? version = null) => Load(version)?.Files ?? Array.Empty<AddFile>();

    /// <summary>The commitInfo of every version, newest first (as DESCRIBE HISTORY), with <see cref="CommitInfo.Version"/> set.</summary>
    public IReadOnlyList<CommitInfo> History()
    {
        var versions = _log.ListVersions();
        var history = new List<CommitInfo>(versions.Count);
        var empty = new Dictionary<string, string>();
        for (int i = versions.Count - 1; i >= 0; i--)
        {
            long v = versions[i];
            var actions = _log.ReadCommit(v) ?? throw new DeltaException("A commit file disappeared while the log was read", Path, v);
            var info = actions.OfType<CommitInfo>().FirstOrDefault()
                ?? new CommitInfo(null, null, empty, null, null, null, null, empty, empty);
            history.Add(info with { Version = v });
        }
        return history;
    }

    /// <summary>Reads the log afresh so reads see commits made since this instance was opened.</summary>
    private Snapshot? Load(long? version) => Snapshot.Load(_log, version);

    private ColumnBatch Project(ColumnBatch batch, TableSchema outputSchema, AddFile file, Snapshot snapshot)
    {
        var columns = new Array[outputSchema.Count];
        for (int c = 0; c < outputSchema.Count; c++)
        {
            var field = outputSchema[c];
            if (snapshot.Metadata.PartitionColumns.Contains(field.Name))
            {
                file.PartitionValues.TryGetValue(field.Name, out var text);
                object? value;
                try
                {
                    value = PartitionPaths.Parse(text, field.Type);
                }
                catch (FormatException e)
                {
                    throw new DeltaException($"Partition value '{text}' of column '{field.Name}' in file '{file.Path}' is not a valid {field.Type}",
                        Path, snapshot.Version, inner: e);
                }
                var array = ColumnTypes.NewArray(field.Type, batch.RowCount);
                for (int r = 0; r < batch.RowCount; r++) array.SetValue(value, r);
                columns[c] = array;
            }
            else
            {
                int index = batch.Schema.IndexOf(field.Name);
                if (index < 0)
                    throw new DeltaException($"Data file '{file.Path}' has no column '{field.Name}'", Path, snapshot.Version);
                columns[c] = batch.Columns[index];
            }
        }
        return new ColumnBatch(outputSchema, columns, batch.RowCount);
    }

    private static string NormalizePath(string tablePath) => tablePath.Replace('\\', '/').Trim('/');
}
