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
/// the log stays complete and the next interval tries again. Tombstones are kept for
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

    /// <summary>After a commit of <paramref name="version"/>: writes a checkpoint when the version is a multiple of the interval.</summary>
    public static void AfterCommit(DeltaLog log, long version)
    {
        if (version <= 0) return;
        try
        {
            var snapshot = Snapshot.Load(log, version);
            if (snapshot is null || version % Interval(snapshot.Metadata) != 0) return;
            Write(log, snapshot, parts: 1);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DeltaException)
        {
            // The commit is durable and the JSON log complete; readers replay a few more commits until the next checkpoint.
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

    private static TimeSpan TombstoneRetention(Metadata metadata)
    {
        // Spark writes "interval 7 days" / "interval 168 hours"; anything else keeps the default.
        if (!metadata.Configuration.TryGetValue("delta.deletedFileRetentionDuration", out var text)) return DefaultTombstoneRetention;
        var words = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length != 3 || !words[0].Equals("interval", StringComparison.OrdinalIgnoreCase)
            || !double.TryParse(words[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double n) || n < 0)
            return DefaultTombstoneRetention;
        return words[2].TrimEnd('s').ToLowerInvariant() switch
        {
            "week" => TimeSpan.FromDays(7 * n),
            "day" => TimeSpan.FromDays(n),
            "hour" => TimeSpan.FromHours(n),
            "minute" => TimeSpan.FromMinutes(n),
            "second" => TimeSpan.FromSeconds(n),
            _ => DefaultTombstoneRetention,
        };
    }

    private static long CommitTime(DeltaLog log, long version) =>
        log.ReadCommit(version)?.OfType<CommitInfo>().FirstOrDefault()?.Timestamp ?? log.CommitModified(version).ToUnixTimeMilliseconds();
}
