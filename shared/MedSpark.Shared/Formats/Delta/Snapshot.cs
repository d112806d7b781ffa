using MedSpark.Shared.Formats.Delta.Actions;
using MedSpark.Shared.Schemas;

namespace MedSpark.Shared.Formats.Delta;

/// <summary>
/// The state of a table at one version, found by replaying the newest complete checkpoint at or before the
/// version, then the JSON commits after it (from 0 when there is none) (PROTOCOL.md, "Action Reconciliation"
/// and "Checkpoints"): the latest protocol and metaData, the files added and not later removed (matched by
/// path), the tombstones of removed files and the latest version of each application transaction.
/// </summary>
/// <remarks>
/// The checkpoints are found by listing the log, not through <c>_last_checkpoint</c>, so a missing, stale or
/// half-written hint (or a multi-part checkpoint with a part missing) never changes the result.
/// </remarks>
internal sealed class Snapshot
{
    private Snapshot(long version, Protocol protocol, Metadata metadata, TableSchema schema, IReadOnlyList<AddFile> files, IReadOnlyDictionary<string, long> txns,
        IReadOnlyList<Txn> txnActions, IReadOnlyList<RemoveFile> tombstones)
    {
        TxnActions = txnActions;
        Tombstones = tombstones;
        Version = version;
        Protocol = protocol;
        Metadata = metadata;
        Schema = schema;
        Files = files;
        Txns = txns;
    }

    public long Version { get; }

    public Protocol Protocol { get; }

    public Metadata Metadata { get; }

    /// <summary>The table schema parsed from <see cref="Metadata"/>.</summary>
    public TableSchema Schema { get; }

    /// <summary>The active data files, in the order they were added.</summary>
    public IReadOnlyList<AddFile> Files { get; }

    /// <summary>appId → latest committed txn version.</summary>
    public IReadOnlyDictionary<string, long> Txns { get; }

    /// <summary>The latest txn action of each application.</summary>
    public IReadOnlyList<Txn> TxnActions { get; }

    /// <summary>The remove actions of files not added again, in removal order (what a checkpoint keeps for vacuum).</summary>
    public IReadOnlyList<RemoveFile> Tombstones { get; }

    /// <summary>Replays the log up to <paramref name="version"/> (latest when null); null when the table does not exist.</summary>
    public static Snapshot? Load(DeltaLog log, long? version)
    {
        var (versions, checkpoints) = log.ListLog();
        if (versions.Count == 0)
        {
            if (version is not null)
                throw new DeltaException($"Version {version} was requested but the table does not exist", log.TablePath, version);
            return null;
        }
        long latest = versions[^1];
        long target = version ?? latest;
        if (target < 0 || target > latest)
            throw new DeltaException($"Version {target} does not exist; the table has versions 0..{latest}", log.TablePath, target);
        var checkpoint = checkpoints.LastOrDefault(c => c.Version <= target);
        long start = checkpoint is null ? 0 : checkpoint.Version + 1;
        if (start < versions[0])
            throw new DeltaException($"Version {target} cannot be rebuilt: commits before {versions[0]} were cleaned up and no checkpoint at or before {target} remains",
                log.TablePath, target);

        Protocol? protocol = null;
        Metadata? metadata = null;
        long sequence = 0;
        var files = new Dictionary<string, (long Sequence, AddFile Add)>(StringComparer.Ordinal);
        var tombstones = new Dictionary<string, (long Sequence, RemoveFile Remove)>(StringComparer.Ordinal);
        var txns = new Dictionary<string, Txn>(StringComparer.Ordinal);
        if (checkpoint is not null)
        {
            foreach (var action in log.ReadCheckpoint(checkpoint)) Apply(action);
        }
        for (long v = start; v <= target; v++)
        {
            var actions = log.ReadCommit(v)
                ?? throw new DeltaException("A commit file disappeared while the log was read", log.TablePath, v, log.CommitPath(v));
            foreach (var action in actions) Apply(action);
        }

        void Apply(DeltaAction action)
        {
            switch (action)
            {
                case Protocol p: protocol = p; break;
                case Metadata m: metadata = m; break;
                case Txn t: txns[t.AppId] = t; break;
                case AddFile a:
                    files[Key(a.Path)] = (sequence++, a);
                    tombstones.Remove(Key(a.Path));
                    break;
                case RemoveFile r:
                    files.Remove(Key(r.Path));
                    tombstones[Key(r.Path)] = (sequence++, r);
                    break;
            }
        }

        if (protocol is null || metadata is null)
            throw new DeltaException($"No {(protocol is null ? "protocol" : "metaData")} action in commits 0..{target}", log.TablePath, target);
        if (protocol.MinReaderVersion > 1)
        {
            string features = protocol.ReaderFeatures is { Count: > 0 } f ? $" (reader features: {string.Join(", ", f)})" : "";
            throw new DeltaFeatureNotSupportedException(
                $"reader version {protocol.MinReaderVersion}{features}; MedSpark reads reader version 1 tables only", log.TablePath, target);
        }
        if (!string.Equals(metadata.Provider, "parquet", StringComparison.OrdinalIgnoreCase))
            throw new DeltaFeatureNotSupportedException($"data file format '{metadata.Provider}'", log.TablePath, target);
        TableSchema schema;
        try
        {
            schema = DeltaSchema.Parse(metadata.SchemaString);
        }
        catch (NotSupportedException e)
        {
            throw new DeltaFeatureNotSupportedException(e.Message, log.TablePath, target);
        }
        catch (Exception e) when (e is FormatException or System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new DeltaException($"Malformed schemaString: {e.Message}", log.TablePath, target, inner: e);
        }
        var active = files.Values.OrderBy(f => f.Sequence).Select(f => f.Add).ToList();
        return new Snapshot(target, protocol, metadata, schema, active, txns.ToDictionary(t => t.Key, t => t.Value.Version, StringComparer.Ordinal),
            txns.Values.ToList(), tombstones.Values.OrderBy(t => t.Sequence).Select(t => t.Remove).ToList());
    }

    /// <summary>Paths are URIs: compare them decoded so two spellings of one file reconcile.</summary>
    private static string Key(string path) => Uri.UnescapeDataString(path);
}
