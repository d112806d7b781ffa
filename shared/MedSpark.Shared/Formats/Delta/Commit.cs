using MedSpark.Shared.Formats.Delta.Actions;

namespace MedSpark.Shared.Formats.Delta;

/// <summary>
/// Optimistic commit of one transaction: try to create version readVersion+1 with put-if-absent; when another
/// writer got there first, read its commit, decide whether it conflicts with what this transaction read, and
/// if not, try the next version with the same actions.
/// </summary>
/// <remarks>
/// Conflict rules (a subset of Delta's WriteSerializable checks): a concurrent protocol or metaData change
/// conflicts with every transaction, except that two appends that both create the table with the same schema
/// and partitioning are merged (the later one becomes a plain append); beyond that each operation decides
/// from the winning commit's actions (an overwrite or delete conflicts with adds its predicate could match and
/// with removes of files it read; a blind append conflicts with nothing). A concurrent txn with the same appId
/// at an equal or higher version means this write was already done, so it is dropped.
/// </remarks>
internal sealed class Commit
{
    /// <summary>Safety valve against a livelock; each failed attempt means another writer made progress.</summary>
    private const int MaxAttempts = 10_000;

    private readonly DeltaLog _log;
    private readonly long _readVersion;
    private readonly Func<IReadOnlyList<DeltaAction>, string?> _conflict;
    private readonly List<DeltaAction> _actions;

    /// <param name="log">The table's log.</param>
    /// <param name="readVersion">The version the transaction read; -1 when it creates the table.</param>
    /// <param name="conflict">Given a winning commit's actions, why they conflict with this transaction, or null when they do not.</param>
    /// <param name="actions">The actions, commitInfo first.</param>
    public Commit(DeltaLog log, long readVersion, Func<IReadOnlyList<DeltaAction>, string?> conflict, IEnumerable<DeltaAction> actions)
    {
        _log = log;
        _readVersion = readVersion;
        _conflict = conflict;
        _actions = actions.ToList();
    }

    /// <summary>The committed version, or (version, false) when a concurrent writer already committed the same txn.</summary>
    public (long Version, bool Committed) Run()
    {
        long attempt = _readVersion + 1;
        for (int i = 0; i < MaxAttempts; i++, attempt++)
        {
            if (_log.TryWriteCommit(attempt, _actions)) return (attempt, true);
            var winner = _log.ReadCommit(attempt)
                ?? throw new DeltaException("The commit file exists but could not be read back", _log.TablePath, attempt, _log.CommitPath(attempt));
            if (!Rebase(winner, attempt)) return (attempt, false);
        }
        throw new DeltaException($"Gave up after {MaxAttempts} attempts to commit; the table is too contended", _log.TablePath, attempt);
    }

    /// <summary>Checks a winning commit against this transaction; false when this transaction became a no-op.</summary>
    private bool Rebase(IReadOnlyList<DeltaAction> winner, long winnerVersion)
    {
        var ourTxn = _actions.OfType<Txn>().FirstOrDefault();
        if (ourTxn is not null && winner.OfType<Txn>().Any(t => t.AppId == ourTxn.AppId && t.Version >= ourTxn.Version))
            return false;

        var theirMetadata = winner.OfType<Metadata>().FirstOrDefault();
        bool theirProtocol = winner.OfType<Protocol>().Any();
        if (theirMetadata is not null || theirProtocol)
        {
            var ourMetadata = _actions.OfType<Metadata>().FirstOrDefault();
            bool bothCreatedSameTable = _readVersion < 0 && winnerVersion == 0 && _actions.OfType<CommitInfo>().FirstOrDefault()?.IsBlindAppend == true
                && ourMetadata is not null && theirMetadata is not null
                && ourMetadata.SchemaString == theirMetadata.SchemaString
                && ourMetadata.PartitionColumns.SequenceEqual(theirMetadata.PartitionColumns);
            if (!bothCreatedSameTable)
            {
                throw new DeltaConcurrentModificationException(
                    $"A concurrent commit changed the table's {(theirMetadata is not null ? "metadata (schema, partitioning or properties)" : "protocol")} after version {_readVersion} was read; retry the write",
                    _log.TablePath, winnerVersion);
            }
            _actions.RemoveAll(a => a is Metadata or Protocol);
        }

        if (_conflict(winner) is { } reason)
            throw new DeltaConcurrentModificationException($"{reason} after version {_readVersion} was read; retry the operation", _log.TablePath, winnerVersion);
        return true;
    }
}
