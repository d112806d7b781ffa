using MedSpark.Shared.Formats.Delta.Actions;
using MedSpark.Shared.Formats.Delta.Predicates;
using MedSpark.Shared.Lake;
using MedSpark.Shared.Schemas;

namespace MedSpark.Shared.Formats.Delta;

/// <summary>
/// A Delta Lake table in an <see cref="ILakeStore"/>: the entry point jobs use to write and read tables that
/// Spark, Databricks, DuckDB and delta-rs can also read. Supports reader version 1 / writer version 2 tables,
/// with Parquet checkpoints (classic and multi-part read, classic written every <c>delta.checkpointInterval</c> commits). Operations live one per file (AppendOperation, OverwriteOperation, DeleteOperation,
/// MergeOperation, VacuumOperation, OptimizeOperation); this class is their front door.
/// </summary>
/// <remarks>
/// <see cref="Exists"/>, <see cref="Version"/> and <see cref="Schema"/> describe the snapshot loaded by
/// <see cref="Open(ILakeStore, string)"/>, the last <see cref="Write"/> or <see cref="Refresh"/>. <see cref="Write"/> always
/// starts from the newest version in the store; <see cref="Read"/>, <see cref="Files(long?)"/> and
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

    /// <summary>
    /// Receives warnings about table maintenance that failed without failing the operation that triggered it: a
    /// checkpoint or expired-log cleanup after a commit. They go to standard error unless redirected here.
    /// </summary>
    public Action<string> OnWarning
    {
        get => _log.OnWarning;
        set => _log.OnWarning = value ?? throw new ArgumentNullException(nameof(value));
    }

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
        DataWriteOperation operation = options.Mode == DeltaWriteMode.Overwrite
            ? new OverwriteOperation(_store, _log, _codec, schema, options)
            : new AppendOperation(_store, _log, _codec, schema, options);
        long version = operation.Run(batches);
        _snapshot = Snapshot.Load(_log, null);
        return version;
    }

    /// <summary>
    /// Deletes the rows where <paramref name="where"/> is true. Files whose partition values or stats prove no
    /// row matches are not read; files whose partition values prove every row matches are removed unread; the
    /// others are rewritten without the matching rows. Returns the new version, or the current one when no row
    /// matched (then nothing is committed). Options supply the clock, file settings and commitInfo extras.
    /// </summary>
    /// <exception cref="DeltaException">The table does not exist, is append-only or unsupported, or the predicate names an unknown column.</exception>
    /// <exception cref="DeltaConcurrentModificationException">A concurrent commit touched the rows this delete decided on.</exception>
    public long Delete(DeltaPredicate where, DeltaWriteOptions? options = null)
    {
        long version = new DeleteOperation(_store, _log, _codec, where, options ?? new DeltaWriteOptions()).Run();
        _snapshot = Snapshot.Load(_log, null);
        return version;
    }

    /// <summary>
    /// Upserts <paramref name="batches"/> by <paramref name="keyColumns"/>: a source row whose key matches a
    /// table row replaces it, other source rows are inserted. Files that may hold a source key (by partition
    /// values and stats) are read; those that do are rewritten whole. Source keys must be unique.
    /// </summary>
    /// <exception cref="DeltaException">Duplicate or null source keys, schema mismatch (see MergeSchema), a missing table.</exception>
    /// <exception cref="DeltaConcurrentModificationException">A concurrent commit changed files this merge read or added rows it may match.</exception>
    public DeltaMergeResult Merge(TableSchema schema, IEnumerable<ColumnBatch> batches, IReadOnlyList<string> keyColumns, DeltaWriteOptions? options = null)
    {
        var result = new MergeOperation(_store, _log, _codec, schema, keyColumns, options ?? new DeltaWriteOptions()).Run(batches);
        _snapshot = Snapshot.Load(_log, null);
        return result;
    }

    /// <summary>
    /// Deletes data files no version inside the retention window references (nor the current version), and
    /// files no version references at all (left by failed writes) once they are older than the window.
    /// </summary>
    /// <exception cref="DeltaException">Retention below 168 hours without <see cref="DeltaVacuumOptions.Force"/>, or no table.</exception>
    public DeltaVacuumResult Vacuum(DeltaVacuumOptions? options = null) =>
        new VacuumOperation(_store, _log, options ?? new DeltaVacuumOptions()).Run();

    /// <summary>
    /// Bin-packs small files of each partition into files of about <see cref="DeltaOptimizeOptions.TargetFileBytes"/>
    /// and commits the swap with dataChange=false (readers and streaming consumers see no new rows).
    /// </summary>
    public DeltaOptimizeResult Optimize(DeltaOptimizeOptions? options = null)
    {
        var result = new OptimizeOperation(_store, _log, _codec, options ?? new DeltaOptimizeOptions()).Run();
        _snapshot = Snapshot.Load(_log, null);
        return result;
    }

    /// <summary>
    /// Reads the rows of the table at <paramref name="version"/> (newest when null), optionally only
    /// <paramref name="columns"/> (in that order) and only rows where <paramref name="where"/> is true. Files
    /// that partition values or stats rule out for <paramref name="where"/> are not opened, and row groups that
    /// their footer statistics rule out are not read. Partition columns
    /// come from the log's partitionValues; columns a file lacks (added by schema evolution) read as null.
    /// </summary>
    public IEnumerable<ColumnBatch> Read(IReadOnlyList<string>? columns = null, long? version = null, DeltaPredicate? where = null)
    {
        var snapshot = Load(version);
        if (snapshot is null) yield break;
        var schema = snapshot.Schema;
        var requested = columns ?? schema.Fields.Select(f => f.Name).ToArray();
        var outputSchema = new TableSchema(requested.Select(c => schema[schema.Require(c)]));
        var bound = where is null ? null : BindPredicate(where, snapshot);
        var readSchema = bound is null
            ? outputSchema
            : new TableSchema(requested.Concat(bound.Columns).Distinct(StringComparer.Ordinal).Select(c => schema[schema.Require(c)]));
        var reader = new DataFileReader(_store, _log, _codec, snapshot);
        foreach (var file in Prune(snapshot, bound))
        {
            foreach (var batch in reader.Read(file, readSchema, bound))
                yield return bound is null ? batch : RowFilter.Keep(batch, bound, keepMatches: true).Select(requested);
        }
    }

    /// <summary>The active data files at <paramref name="version"/> (newest when null), in the order they were added.</summary>
    public IReadOnlyList<AddFile> Files(long? version = null) => Load(version)?.Files ?? Array.Empty<AddFile>();

    /// <summary>The active files a read with <paramref name="where"/> opens: those partition values and stats do not rule out.</summary>
    public IReadOnlyList<AddFile> Files(DeltaPredicate where, long? version = null)
    {
        var snapshot = Load(version);
        return snapshot is null ? Array.Empty<AddFile>() : Prune(snapshot, BindPredicate(where, snapshot)).ToList();
    }

    /// <summary>
    /// The version that was current at <paramref name="timestamp"/>: the newest whose commit timestamp (commitInfo,
    /// else the commit file's modification time) is not after it, as Spark's <c>TIMESTAMP AS OF</c>.
    /// </summary>
    /// <exception cref="DeltaException">The table does not exist or <paramref name="timestamp"/> is before its first commit.</exception>
    public long VersionAsOf(DateTimeOffset timestamp)
    {
        var commits = _log.CommitTimestamps();
        if (commits.Count == 0) throw new DeltaException("The table does not exist, so it has no version at any timestamp", Path);
        long ms = timestamp.ToUnixTimeMilliseconds();
        long? found = null;
        foreach (var (v, ts) in commits)
        {
            if (ts <= ms) found = v;
            else break;
        }
        if (found is null)
        {
            throw new DeltaException(
                $"Timestamp {timestamp.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss.fff'Z'} is before the first commit ({DateTimeOffset.FromUnixTimeMilliseconds(commits[0].Timestamp).UtcDateTime:yyyy-MM-dd'T'HH:mm:ss.fff'Z'}, version {commits[0].Version})",
                Path, commits[0].Version);
        }
        return found.Value;
    }

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

    private IEnumerable<AddFile> Prune(Snapshot snapshot, DeltaPredicate? where) =>
        where is null
            ? snapshot.Files
            : snapshot.Files.Where(f => where.MatchFile(new FileView(f, snapshot.Schema, snapshot.Metadata.PartitionColumns)) != FileMatch.None);

    private DeltaPredicate BindPredicate(DeltaPredicate where, Snapshot snapshot)
    {
        try
        {
            return where.Bind(snapshot.Schema);
        }
        catch (ArgumentException e)
        {
            throw new DeltaException($"Invalid predicate {where}: {e.Message}", Path, snapshot.Version, inner: e);
        }
    }

    /// <summary>Reads the log afresh so reads see commits made since this instance was opened.</summary>
    private Snapshot? Load(long? version) => Snapshot.Load(_log, version);

    private static string NormalizePath(string tablePath) => tablePath.Replace('\\', '/').Trim('/');
}
