using MedSpark.Shared.Formats.Delta.Actions;
using MedSpark.Shared.Formats.Delta.Predicates;
using MedSpark.Shared.Lake;
using MedSpark.Shared.Schemas;

namespace MedSpark.Shared.Formats.Delta;

/// <summary>
/// DELETE WHERE predicate, copy-on-write (no deletion vectors, which need reader version 3): each active file
/// is classified by its partition values and stats (<see cref="FileMatch"/>); files that cannot match are left
/// alone, files that all match are removed unread, the rest are read and rewritten without the matching rows.
/// </summary>
/// <remarks>
/// Conflicts (as Delta's WriteSerializable delete): a concurrent commit that removed a file this delete
/// removes, or that added a file the predicate may match, aborts it; appends elsewhere do not.
/// </remarks>
internal sealed class DeleteOperation
{
    private readonly ILakeStore _store;
    private readonly DeltaLog _log;
    private readonly DataFileCodec _codec;
    private readonly DeltaPredicate _where;
    private readonly DeltaWriteOptions _options;

    public DeleteOperation(ILakeStore store, DeltaLog log, DataFileCodec codec, DeltaPredicate where, DeltaWriteOptions options)
    {
        _store = store;
        _log = log;
        _codec = codec;
        _where = where;
        _options = options;
    }

    /// <summary>Runs the delete; returns the committed version, or the read version when no row matched.</summary>
    public long Run()
    {
        _options.Validate();
        var snapshot = Snapshot.Load(_log, null) ?? throw new DeltaException("Cannot delete from a table that does not exist", _log.TablePath);
        WritePlan.RequireWritable(_log, snapshot);
        WritePlan.RequireNotAppendOnly(_log, snapshot);
        DeltaPredicate where;
        try
        {
            where = _where.Bind(snapshot.Schema);
        }
        catch (ArgumentException e)
        {
            throw new DeltaException($"Invalid delete predicate {_where}: {e.Message}", _log.TablePath, snapshot.Version, inner: e);
        }

        long now = _options.Clock().ToUnixTimeMilliseconds();
        var partitionColumns = snapshot.Metadata.PartitionColumns;
        var reader = new DataFileReader(_store, _log, _codec, snapshot);
        var writer = new DataFileWriter(_store, _log, _codec, snapshot.Schema, partitionColumns, _options);
        var removes = new List<RemoveFile>();
        var adds = new List<AddFile>();
        long deletedRows = 0, copiedRows = 0, scanned = 0;
        try
        {
            foreach (var file in snapshot.Files)
            {
                var match = where.MatchFile(new FileView(file, snapshot.Schema, partitionColumns));
                if (match == FileMatch.None) continue;
                if (match == FileMatch.All)
                {
                    removes.Add(OperationCommit.Remove(file, now));
                    deletedRows += OperationCommit.NumRecords(file.Stats);
                    continue;
                }
                scanned++;
                var kept = new List<ColumnBatch>();
                long total = 0;
                foreach (var batch in reader.Read(file, snapshot.Schema))
                {
                    total += batch.RowCount;
                    kept.Add(RowFilter.Keep(batch, where, keepMatches: false));
                }
                long keptRows = kept.Sum(b => (long)b.RowCount);
                if (keptRows == total) continue;
                deletedRows += total - keptRows;
                copiedRows += keptRows;
                removes.Add(OperationCommit.Remove(file, now));
                if (keptRows > 0) adds.AddRange(writer.Write(kept, now));
            }
        }
        catch
        {
            writer.DeleteWritten();
            throw;
        }
        if (removes.Count == 0) return snapshot.Version;

        var parameters = new Dictionary<string, string>(StringComparer.Ordinal) { ["predicate"] = where.ToString() };
        var metrics = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["numRemovedFiles"] = OperationCommit.Count(removes.Count),
            ["numAddedFiles"] = OperationCommit.Count(adds.Count),
            ["numDeletedRows"] = OperationCommit.Count(deletedRows),
            ["numCopiedRows"] = OperationCommit.Count(copiedRows),
            ["numFilesScanned"] = OperationCommit.Count(scanned),
        };
        var actions = new List<DeltaAction>
        {
            OperationCommit.BuildCommitInfo(now, "DELETE", parameters, snapshot.Version, isBlindAppend: false, metrics, _options),
        };
        actions.AddRange(removes);
        actions.AddRange(adds);
        return OperationCommit.Run(_log, snapshot.Version, actions, writer, winner => Conflict(winner, snapshot, where, removes));
    }

    /// <summary>Why a concurrent commit invalidates this delete, or null.</summary>
    internal static string? Conflict(IReadOnlyList<DeltaAction> winner, Snapshot snapshot, DeltaPredicate where, IReadOnlyList<RemoveFile> removes)
    {
        var ours = removes.Select(r => Uri.UnescapeDataString(r.Path)).ToHashSet(StringComparer.Ordinal);
        if (winner.OfType<RemoveFile>().Any(r => ours.Contains(Uri.UnescapeDataString(r.Path))))
            return "A concurrent commit removed or rewrote files this operation rewrites";
        if (winner.OfType<AddFile>().Any(a => a.DataChange && where.MatchFile(new FileView(a, snapshot.Schema, snapshot.Metadata.PartitionColumns)) != FileMatch.None))
            return "A concurrent commit added rows this operation's predicate may match";
        return null;
    }
}
