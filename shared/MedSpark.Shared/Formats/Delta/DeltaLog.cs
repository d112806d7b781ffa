using System.Globalization;
using System.Text;
using System.Text.Json;
using MedSpark.Shared.Formats.Delta.Actions;
using MedSpark.Shared.Lake;

namespace MedSpark.Shared.Formats.Delta;

/// <summary>
/// The <c>_delta_log</c> directory of one table: naming, listing, reading and atomically creating commit
/// files, and reading and writing checkpoints. Knows nothing of data files; <see cref="Snapshot"/> gives the
/// log its meaning.
/// </summary>
internal sealed class DeltaLog
{
    private readonly ILakeStore _store;

    public DeltaLog(ILakeStore store, string tablePath)
    {
        _store = store;
        TablePath = tablePath;
        LogPrefix = tablePath.Length == 0 ? "_delta_log/" : tablePath + "/_delta_log/";
    }

    /// <summary>The table path relative to the store root, without leading or trailing '/'.</summary>
    public string TablePath { get; }

    /// <summary>The store path of the log directory, ending in '/'.</summary>
    public string LogPrefix { get; }

    /// <summary>
    /// Receives warnings about maintenance that failed without failing the operation (a checkpoint, a log
    /// cleanup). Standard error by default, where the command line and the jobs log.
    /// </summary>
    public Action<string> OnWarning { get; set; } = message => Console.Error.WriteLine($"medspark: warning: {message}");

    /// <summary>The commit file name of a version: 20 zero-padded digits and ".json".</summary>
    public static string CommitFileName(long version) => version.ToString("D20", CultureInfo.InvariantCulture) + ".json";

    /// <summary>The store path of a version's commit file.</summary>
    public string CommitPath(long version) => LogPrefix + CommitFileName(version);

    /// <summary>The store path of <c>_last_checkpoint</c>.</summary>
    public string LastCheckpointPath => LogPrefix + "_last_checkpoint";

    /// <summary>The classic single-file checkpoint name of a version.</summary>
    public static string CheckpointFileName(long version) => version.ToString("D20", CultureInfo.InvariantCulture) + ".checkpoint.parquet";

    /// <summary>Part <paramref name="part"/> (1-based) of an <paramref name="parts"/>-part checkpoint.</summary>
    public static string CheckpointPartFileName(long version, int part, int parts) =>
        string.Create(CultureInfo.InvariantCulture, $"{version:D20}.checkpoint.{part:D10}.{parts:D10}.parquet");

    /// <summary>
    /// The committed versions still in the log, ascending and contiguous, or empty when the table does not
    /// exist. Commits before a checkpoint may have been cleaned up; otherwise the log must start at 0.
    /// </summary>
    public IReadOnlyList<long> ListVersions() => ListLog().Commits;

    /// <summary>
    /// The commit versions (as <see cref="ListVersions"/>) and the complete checkpoints (every part present),
    /// oldest first. Throws when commits have gaps, or start after 0 with no checkpoint to start from.
    /// </summary>
    public (IReadOnlyList<long> Commits, IReadOnlyList<CheckpointRef> Checkpoints) ListLog()
    {
        var versions = new List<long>();
        var single = new Dictionary<long, string>();
        var multi = new Dictionary<(long Version, int Parts), SortedDictionary<int, string>>();
        foreach (var entry in _store.List(LogPrefix))
        {
            string name = entry.Path[LogPrefix.Length..];
            if (name.Contains('/') || name.Length < 25 || !long.TryParse(name.AsSpan(0, 20), NumberStyles.None, CultureInfo.InvariantCulture, out long version))
                continue;
            string rest = name[20..];
            if (rest == ".json")
            {
                versions.Add(version);
            }
            else if (rest == ".checkpoint.parquet")
            {
                single[version] = entry.Path;
            }
            else if (rest.Length == ".checkpoint.0000000001.0000000002.parquet".Length && rest.StartsWith(".checkpoint.", StringComparison.Ordinal)
                && rest.EndsWith(".parquet", StringComparison.Ordinal)
                && int.TryParse(rest.AsSpan(12, 10), NumberStyles.None, CultureInfo.InvariantCulture, out int part)
                && int.TryParse(rest.AsSpan(23, 10), NumberStyles.None, CultureInfo.InvariantCulture, out int parts)
                && part >= 1 && part <= parts)
            {
                if (!multi.TryGetValue((version, parts), out var found)) multi[(version, parts)] = found = new SortedDictionary<int, string>();
                found[part] = entry.Path;
            }
            // Anything else (_last_checkpoint, .crc files, V2 checkpoints named by UUID, temp files) is not needed to replay.
        }
        var checkpoints = new Dictionary<long, CheckpointRef>();
        foreach (var ((version, parts), found) in multi)
        {
            // A multi-part checkpoint counts only when all its parts were written.
            if (found.Count == parts) checkpoints[version] = new CheckpointRef(version, found.Values.ToArray());
        }
        foreach (var (version, path) in single) checkpoints[version] = new CheckpointRef(version, [path]);
        var ordered = checkpoints.Values.OrderBy(c => c.Version).ToList();

        versions.Sort();
        long first = versions.Count == 0 ? 0 : versions[0];
        if (first > 0 && !ordered.Any(c => c.Version >= first - 1))
            throw new DeltaException($"The log is not contiguous: expected commit {CommitFileName(0)} (or a checkpoint at version {first - 1} or later) but found {CommitFileName(first)}",
                TablePath, 0, CommitPath(0));
        for (int i = 0; i < versions.Count; i++)
        {
            if (versions[i] != first + i)
                throw new DeltaException($"The log is not contiguous: expected commit {CommitFileName(first + i)} but found {CommitFileName(versions[i])}",
                    TablePath, first + i, CommitPath(first + i));
        }
        return (versions, ordered);
    }

    /// <summary>
    /// Deletes the commit, checkpoint and checksum (.crc) files of versions before <paramref name="version"/>:
    /// commits oldest first, so an interrupted cleanup leaves a contiguous log, then checkpoints. Returns the
    /// store paths deleted. The caller guarantees a checkpoint at or after <paramref name="version"/> - 1.
    /// </summary>
    public IReadOnlyList<string> DeleteLogFilesBefore(long version)
    {
        var commits = new List<(long Version, string Path)>();
        var others = new List<string>();
        foreach (var entry in _store.List(LogPrefix))
        {
            string name = entry.Path[LogPrefix.Length..];
            if (name.Contains('/') || name.Length < 24 || !long.TryParse(name.AsSpan(0, 20), NumberStyles.None, CultureInfo.InvariantCulture, out long v) || v >= version)
                continue;
            string rest = name[20..];
            if (rest == ".json") commits.Add((v, entry.Path));
            else if (rest == ".crc" || (rest.StartsWith(".checkpoint.", StringComparison.Ordinal) && rest.EndsWith(".parquet", StringComparison.Ordinal))) others.Add(entry.Path);
        }
        var deleted = commits.OrderBy(c => c.Version).Select(c => c.Path).Concat(others).ToList();
        foreach (var path in deleted) _store.Delete(path);
        return deleted;
    }

    /// <summary>The actions of a checkpoint, part by part, as a replay starting point.</summary>
    public IEnumerable<DeltaAction> ReadCheckpoint(CheckpointRef checkpoint)
    {
        foreach (var path in checkpoint.Paths)
        {
            List<DeltaAction> actions;
            try
            {
                using var stream = _store.OpenRead(path);
                actions = Parquet.ParquetFile.Read(stream).SelectMany(CheckpointSchema.FromBatch).ToList();
            }
            catch (Exception e) when (e is Parquet.ParquetFormatException or FormatException or InvalidCastException or IOException)
            {
                throw new DeltaException($"Unreadable checkpoint: {e.Message}", TablePath, checkpoint.Version, path, inner: e);
            }
            foreach (var action in actions) yield return action;
        }
    }

    /// <summary>
    /// Writes the checkpoint of <paramref name="version"/> holding <paramref name="actions"/> in
    /// <paramref name="parts"/> files (1 = the classic single file), then points <c>_last_checkpoint</c> at it.
    /// Each file appears whole or not at all; readers use a multi-part checkpoint only once every part exists.
    /// </summary>
    public CheckpointRef WriteCheckpoint(long version, IReadOnlyList<DeltaAction> actions, int parts)
    {
        if (parts < 1 || (parts > 1 && parts > actions.Count)) throw new ArgumentOutOfRangeException(nameof(parts), parts, "A checkpoint needs 1..(number of actions) parts.");
        var paths = new List<string>();
        long sizeInBytes = 0;
        int start = 0;
        for (int part = 1; part <= parts; part++)
        {
            int count = (actions.Count - start) / (parts - part + 1);
            string path = LogPrefix + (parts == 1 ? CheckpointFileName(version) : CheckpointPartFileName(version, part, parts));
            var batch = CheckpointSchema.ToBatch(actions.Skip(start).Take(count).ToList());
            using (var stream = _store.OpenWrite(path))
            {
                try
                {
                    Parquet.ParquetFile.Write(stream, CheckpointSchema.Schema, [batch]);
                }
                catch
                {
                    stream.Abort();
                    throw;
                }
            }
            sizeInBytes += _store.List(path).FirstOrDefault(e => e.Path == path)?.Size ?? 0;
            paths.Add(path);
            start += count;
        }
        using (var stream = _store.OpenWrite(LastCheckpointPath))
        {
            using var w = new Utf8JsonWriter(stream);
            w.WriteStartObject();
            w.WriteNumber("version", version);
            w.WriteNumber("size", actions.Count);
            if (parts > 1) w.WriteNumber("parts", parts);
            w.WriteNumber("sizeInBytes", sizeInBytes);
            w.WriteNumber("numOfAddFiles", actions.Count(a => a is AddFile));
            w.WriteEndObject();
        }
        return new CheckpointRef(version, paths);
    }

    /// <summary>The actions of a commit in file order, or null when the version has not been committed.</summary>
    public IReadOnlyList<DeltaAction>? ReadCommit(long version)
    {
        string path = CommitPath(version);
        byte[] bytes;
        try
        {
            bytes = _store.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        var actions = new List<DeltaAction>();
        var lines = Encoding.UTF8.GetString(bytes).Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].TrimEnd('\r');
            if (line.Length == 0) continue;
            try
            {
                var action = ActionCodec.Parse(line);
                if (action is not null) actions.Add(action);
            }
            catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or KeyNotFoundException)
            {
                throw new DeltaException($"Malformed action: {e.Message}", TablePath, version, path, i + 1, e);
            }
        }
        return actions;
    }

    /// <summary>
    /// (version, commit timestamp in ms since the epoch), oldest first. The timestamp is commitInfo.timestamp, else
    /// the commit file's modification time; made strictly increasing (as Spark does for skewed clocks) so that
    /// time travel by timestamp is well defined.
    /// </summary>
    public List<(long Version, long Timestamp)> CommitTimestamps()
    {
        var result = new List<(long, long)>();
        long? previous = null;
        foreach (var v in ListVersions())
        {
            var actions = ReadCommit(v) ?? throw new DeltaException("A commit file disappeared while the log was read", TablePath, v, CommitPath(v));
            long ts = actions.OfType<CommitInfo>().FirstOrDefault()?.Timestamp ?? CommitModified(v).ToUnixTimeMilliseconds();
            if (previous is { } p && ts <= p) ts = p + 1;
            result.Add((v, ts));
            previous = ts;
        }
        return result;
    }

    /// <summary>The store's modification time of a commit file (the protocol's commit timestamp when commitInfo has none).</summary>
    public DateTimeOffset CommitModified(long version)
    {
        string path = CommitPath(version);
        return _store.List(path).FirstOrDefault(e => e.Path == path)?.LastModified
            ?? throw new DeltaException("The commit file does not exist", TablePath, version, path);
    }

    /// <summary>Creates the commit file of <paramref name="version"/> if no writer has; false if one has.</summary>
    public bool TryWriteCommit(long version, IEnumerable<DeltaAction> actions) =>
        _store.TryCreate(CommitPath(version), ActionCodec.SerializeCommit(actions));
}
