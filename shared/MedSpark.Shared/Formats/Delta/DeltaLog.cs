using System.Globalization;
using System.Text;
using System.Text.Json;
using MedSpark.Shared.Formats.Delta.Actions;
using MedSpark.Shared.Lake;

namespace MedSpark.Shared.Formats.Delta;

/// <summary>
/// The <c>_delta_log</c> directory of one table: naming, listing, reading and atomically creating commit
/// files. Knows nothing of data files; <see cref="Snapshot"/> gives the log its meaning.
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

    /// <summary>The commit file name of a version: 20 zero-padded digits and ".json".</summary>
    public static string CommitFileName(long version) => version.ToString("D20", CultureInfo.InvariantCulture) + ".json";

    /// <summary>The store path of a version's commit file.</summary>
    public string CommitPath(long version) => LogPrefix + CommitFileName(version);

    /// <summary>
    /// The committed versions, 0..latest, or empty when the table does not exist. Throws when the log holds a
    /// checkpoint (not supported yet: replaying only the JSON commits beside it could miss cleaned-up history)
    /// or when versions are not contiguous from 0.
    /// </summary>
    public IReadOnlyList<long> ListVersions()
    {
        var versions = new List<long>();
        foreach (var entry in _store.List(LogPrefix))
        {
            string name = entry.Path[LogPrefix.Length..];
            if (name.Contains('/')) continue;
            if (name == "_last_checkpoint" || name.Contains(".checkpoint.", StringComparison.Ordinal))
                throw new DeltaFeatureNotSupportedException(
                    $"checkpoint file '{entry.Path}' found; reading tables with checkpoints is not implemented yet", TablePath, logFile: entry.Path);
            if (name.Length == 25 && name.EndsWith(".json", StringComparison.Ordinal)
                && long.TryParse(name.AsSpan(0, 20), NumberStyles.None, CultureInfo.InvariantCulture, out long version))
                versions.Add(version);
        }
        versions.Sort();
        for (int i = 0; i < versions.Count; i++)
        {
            if (versions[i] != i)
                throw new DeltaException($"The log is not contiguous: expected commit {CommitFileName(i)} but found {CommitFileName(versions[i])}",
                    TablePath, i, CommitPath(i));
        }
        return versions;
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
