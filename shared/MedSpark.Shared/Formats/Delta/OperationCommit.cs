using System.Globalization;
using System.Reflection;
using System.Text.Json;
using MedSpark.Shared.Formats.Delta.Actions;

namespace MedSpark.Shared.Formats.Delta;

/// <summary>
/// What every operation does last: builds its commitInfo, commits its actions optimistically and, when the
/// commit fails or turns out to be a no-op, deletes the data files it wrote so nothing unreferenced remains;
/// after a commit, writes the checkpoint when the interval is due.
/// </summary>
internal static class OperationCommit
{
    /// <summary>The engineInfo written in every commitInfo, e.g. MedSpark/1.0.0.</summary>
    public static readonly string EngineInfo = "MedSpark/" + EngineVersion();

    /// <summary>
    /// Commits <paramref name="actions"/> on top of <paramref name="readVersion"/> and returns the version that
    /// holds them (or, for a txn a concurrent writer already committed, that writer's version).
    /// </summary>
    /// <param name="log">The table's log.</param>
    /// <param name="readVersion">The version the operation read; -1 when it creates the table.</param>
    /// <param name="actions">commitInfo first.</param>
    /// <param name="writer">The writer of the new data files, cleaned up on failure; null when none were written.</param>
    /// <param name="conflict">Given a concurrent winning commit, why it conflicts with this operation, or null.</param>
    public static long Run(DeltaLog log, long readVersion, IEnumerable<DeltaAction> actions, DataFileWriter? writer, Func<IReadOnlyList<DeltaAction>, string?> conflict)
    {
        try
        {
            var (version, committed) = new Commit(log, readVersion, conflict, actions).Run();
            if (!committed)
            {
                writer?.DeleteWritten();
                return version;
            }
            Checkpoint.AfterCommit(log, version);
            return version;
        }
        catch
        {
            writer?.DeleteWritten();
            throw;
        }
    }

    /// <summary>A commitInfo in the shape Spark writes, with the caller's extra fields.</summary>
    public static CommitInfo BuildCommitInfo(
        long now, string operation, IReadOnlyDictionary<string, string> parameters, long? readVersion, bool isBlindAppend,
        IReadOnlyDictionary<string, string> metrics, DeltaWriteOptions options) =>
        new(
            now,
            operation,
            parameters,
            readVersion,
            isBlindAppend,
            EngineInfo,
            options.Description,
            metrics,
            new SortedDictionary<string, string>(options.CommitInfo.ToDictionary(kv => kv.Key, kv => kv.Value), StringComparer.Ordinal));

    /// <summary>numRecords from an add's stats JSON (0 when absent).</summary>
    public static long NumRecords(string? stats)
    {
        if (stats is null) return 0;
        using var doc = JsonDocument.Parse(stats);
        return doc.RootElement.TryGetProperty("numRecords", out var n) ? n.GetInt64() : 0;
    }

    /// <summary>An invariant-culture count, as Spark writes operationMetrics.</summary>
    public static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The tombstone of an active file.</summary>
    public static RemoveFile Remove(AddFile file, long now, bool dataChange = true) =>
        new(file.Path, now, dataChange, ExtendedFileMetadata: true, file.PartitionValues, file.Size);

    private static string EngineVersion()
    {
        var assembly = typeof(OperationCommit).Assembly;
        string? version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString();
        if (version is null) return "0.0.0";
        int plus = version.IndexOf('+');
        return plus >= 0 ? version[..plus] : version;
    }
}
