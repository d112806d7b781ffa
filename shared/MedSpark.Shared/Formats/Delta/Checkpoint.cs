using System.Globalization;
using MedSpark.Shared.Formats.Delta.Actions;

namespace MedSpark.Shared.Formats.Delta;

/// <summary>
/// Writes Parquet checkpoints the way Spark does (PROTOCOL.md, "Checkpoints"): every
/// <c>delta.checkpointInterval</c> commits (10 unless the table configures another), a classic
/// <c>NNNNNNNNNNNNNNNNNNNN.checkpoint.parquet</c> with the protocol, the metaData, the latest txn of each
/// application, every active file (add, dataChange=false) and the tombstones still inside the retention window
/// (remove, dataChange=false), then <c>_last_checkpoint</c>.
/// </summary>
/// <remarks>
/// A checkpoint only speeds up reading, so a failure to write one never fails the commit that triggered it:
/// the log stays complete, the failure is reported as a warning and the next interval tries again. Tombstones are kept for
/// <c>delta.deletedFileRetentionDuration</c> (7 days by default) before the checkpoint's commit time.
/// </remarks>
internal static class Checkpoint
{
    /// <summary>The table property that sets the interval.</summary>
    public const string IntervalProperty = "delta.checkpointInterval";

    /// <summary>Spark's default interval.</summary>
    public const int DefaultInterval = 10;

    /// <summary>How long tombstones stay in checkpoints unless the table says otherwise (Spark's default, 7 days).</summary>
    public static readonly TimeSpan DefaultTombstoneRetention = TimeSpan.FromDays(7);

    /// <summary>The checkpoint interval of a table: <see cref="IntervalProperty"/> when it is a positive integer, else <see cref="DefaultInterval"/>.</summary>
    public static int Interval(Metadata metadata) =>
        metadata.Configuration.TryGetValue(IntervalProperty, out var text)
        && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int interval) && interval > 0
            ? interval
            : DefaultInterval;

    /// <summary>
    /// After a commit of <paramref name="version"/>: when the version is a multiple of the interval, writes a
    /// checkpoint and then cleans up expired log files (<see cref="LogCleanup"/>), as Spark does. Neither can fail
    /// the commit, which is already durable: a failure is reported through <see cref="DeltaLog.OnWarning"/> and
    /// readers replay the JSON commits until the next checkpoint.
    /// </summary>
    public static void AfterCommit(DeltaLog log, long version)
    {
        if (version <= 0) return;
        Snapshot? snapshot;
        try
        {
            snapshot = Snapshot.Load(log, version);
            if (snapshot is null || version % Interval(snapshot.Metadata) != 0) return;
            Write(log, snapshot, parts: 1);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Any exception: a bug or a full disk here must not turn a committed write into a reported failure (a retry would duplicate it).
            log.OnWarning($"Delta table '{log.TablePath}': the checkpoint of version {version} was not written ({e.GetType().Name}: {e.Message}). "
                + "The commit stands; readers replay the JSON commits until the next checkpoint.");
            return;
        }
        try
        {
            LogCleanup.Run(log, snapshot.Metadata, CommitTime(log, version));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            log.OnWarning($"Delta table '{log.TablePath}': expired log files were not cleaned up after the checkpoint of version {version} ({e.GetType().Name}: {e.Message}). "
                + "The table is intact; the next checkpoint tries again.");
        }
    }

    /// <summary>Writes the checkpoint of <paramref name="snapshot"/> in <paramref name="parts"/> files (multi-part when above 1).</summary>
    public static CheckpointRef Write(DeltaLog log, Snapshot snapshot, int parts)
    {
        long cutoff = CommitTime(log, snapshot.Version) - (long)TombstoneRetention(snapshot.Metadata).TotalMilliseconds;
        return log.WriteCheckpoint(snapshot.Version, Actions(snapshot, cutoff), parts);
    }

    /// <summary>The actions a checkpoint of <paramref name="snapshot"/> holds, dropping tombstones deleted before <paramref name="tombstoneCutoff"/> (ms).</summary>
    public static List<DeltaAction> Actions(Snapshot snapshot, long tombstoneCutoff)
    {
        var actions = new List<DeltaAction> { snapshot.Protocol, snapshot.Metadata };
        actions.AddRange(snapshot.TxnActions);
        actions.AddRange(snapshot.Files.Select(f => f with { DataChange = false }));
        actions.AddRange(snapshot.Tombstones.Where(t => (t.DeletionTimestamp ?? 0) >= tombstoneCutoff).Select(t => t with { DataChange = false }));
        return actions;
    }

    private static TimeSpan TombstoneRetention(Metadata metadata) => Duration(metadata, "delta.deletedFileRetentionDuration", DefaultTombstoneRetention);

    /// <summary>
    /// A duration table property as Spark writes it ("interval 7 days", "interval 168 hours", also without
    /// "interval"); <paramref name="fallback"/> when absent or unreadable.
    /// </summary>
    public static TimeSpan Duration(Metadata metadata, string property, TimeSpan fallback)
    {
        if (!metadata.Configuration.TryGetValue(property, out var text)) return fallback;
        var words = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 3 && words[0].Equals("interval", StringComparison.OrdinalIgnoreCase)) words = words[1..];
        if (words.Length != 2 || !double.TryParse(words[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double n) || n < 0)
            return fallback;
        return words[1].TrimEnd('s').ToLowerInvariant() switch
        {
            "week" => TimeSpan.FromDays(7 * n),
            "day" => TimeSpan.FromDays(n),
            "hour" => TimeSpan.FromHours(n),
            "minute" => TimeSpan.FromMinutes(n),
            "second" => TimeSpan.FromSeconds(n),
            _ => fallback,
        };
    }

    private static long CommitTime(DeltaLog log, long version) =>
        log.ReadCommit(version)?.OfType<CommitInfo>().FirstOrDefault()?.Timestamp ?? log.CommitModified(version).ToUnixTimeMilliseconds();
}
