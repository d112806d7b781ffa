using MedSpark.Shared.Formats.Delta.Actions;

namespace MedSpark.Shared.Formats.Delta;

/// <summary>
/// Metadata cleanup (PROTOCOL.md, "Metadata Cleanup"), run after each checkpoint as Spark does: the cut-off
/// time is now − <c>delta.logRetentionDuration</c> (30 days unless the table says otherwise); the cut-off
/// commit is the newest commit whose timestamp is not after it; the cut-off checkpoint is the newest complete
/// checkpoint not newer than that commit. Commit, checkpoint and checksum files of versions before the cut-off
/// checkpoint are deleted; the checkpoint and every commit after it stay, so every version current at some
/// instant inside the retention window can still be rebuilt (time travel), and the table stays readable.
/// Without such a checkpoint nothing is deleted. <c>delta.enableExpiredLogCleanup=false</c> turns it off.
/// </summary>
internal static class LogCleanup
{
    /// <summary>The table property that sets how long log files are kept.</summary>
    public const string RetentionProperty = "delta.logRetentionDuration";

    /// <summary>The table property that turns the cleanup off when "false".</summary>
    public const string EnabledProperty = "delta.enableExpiredLogCleanup";

    /// <summary>Spark's default log retention.</summary>
    public static readonly TimeSpan DefaultRetention = TimeSpan.FromDays(30);

    /// <summary>Deletes the expired log files as of <paramref name="now"/> (ms since the epoch); returns their store paths.</summary>
    public static IReadOnlyList<string> Run(DeltaLog log, Metadata metadata, long now)
    {
        if (metadata.Configuration.TryGetValue(EnabledProperty, out var enabled) && enabled.Trim().Equals("false", StringComparison.OrdinalIgnoreCase))
            return [];
        long cutoff = now - (long)Checkpoint.Duration(metadata, RetentionProperty, DefaultRetention).TotalMilliseconds;
        var expired = log.CommitTimestamps().Where(c => c.Timestamp <= cutoff).ToList();
        if (expired.Count == 0) return [];
        long cutOffCommit = expired[^1].Version;
        var cutOffCheckpoint = log.ListLog().Checkpoints.LastOrDefault(c => c.Version <= cutOffCommit);
        return cutOffCheckpoint is null ? [] : log.DeleteLogFilesBefore(cutOffCheckpoint.Version);
    }
}
