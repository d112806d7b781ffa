using MedSpark.Shared.Formats.Delta;
using MedSpark.Shared.Schemas;

namespace MedSpark.Jobs;

/// <summary>How jobs read and write their Delta tables: whole tables in, one commit per table out.</summary>
public static class LakeIo
{
    /// <summary>A table's current rows as one batch, and the version read. Fails naming the table if it is absent.</summary>
    public static (ColumnBatch Rows, long Version) Read(JobContext context, string table)
    {
        var delta = DeltaTable.Open(context.Store, table);
        if (!delta.Exists)
            throw new InvalidOperationException($"Table '{table}' does not exist under {context.Store.Root}: run the job that writes it first.");
        long version = delta.Version;
        var batches = delta.Read(null, version).ToList();
        return (batches.Count == 1 ? batches[0] : ColumnBatch.Concat(delta.Schema!, batches), version);
    }

    /// <summary>Replaces a table's content with <paramref name="rows"/> in one commit (creating it if needed);
    /// <paramref name="commitInfo"/> adds entries to the commit's commitInfo beside "job".</summary>
    public static long Overwrite(
        JobContext context, StageSummary summary, string table, ColumnBatch rows, IReadOnlyDictionary<string, string>? commitInfo = null) =>
        Commit(context, summary, table, rows, DeltaWriteMode.Overwrite, commitInfo: commitInfo);

    /// <summary>Appends <paramref name="rows"/> in one commit (creating the table if needed); with
    /// <paramref name="mergeSchema"/>, columns the table lacks are added (older rows read them as null).</summary>
    public static long Append(JobContext context, StageSummary summary, string table, ColumnBatch rows, bool mergeSchema = false) =>
        Commit(context, summary, table, rows, DeltaWriteMode.Append, mergeSchema);

    /// <summary>Replaces the stage's quarantine table with this run's refused rows.</summary>
    public static long WriteQuarantine(JobContext context, StageSummary summary, string stage, IReadOnlyList<QuarantineRecord> records) =>
        Overwrite(context, summary, Shared.Lake.LakeTables.Quarantine(stage), RecordMapper<QuarantineRecord>.Instance.ToBatch(records));

    private static long Commit(
        JobContext context, StageSummary summary, string table, ColumnBatch rows, DeltaWriteMode mode, bool mergeSchema = false,
        IReadOnlyDictionary<string, string>? commitInfo = null)
    {
        var info = new Dictionary<string, string> { ["job"] = summary.Job };
        foreach (var (key, value) in commitInfo ?? new Dictionary<string, string>()) info[key] = value;
        var options = new DeltaWriteOptions
        {
            Mode = mode,
            OverwriteSchema = mode == DeltaWriteMode.Overwrite,
            MergeSchema = mergeSchema,
            Operation = "WRITE",
            Description = $"medspark {summary.Job}",
            CommitInfo = info,
            Clock = context.Clock,
        };
        long version = DeltaTable.Open(context.Store, table).Write(rows.Schema, new[] { rows }, options);
        summary.Written.Add((table, version, rows.RowCount));
        return version;
    }

    /// <summary>Counts refused rows per source table.</summary>
    public static long Quarantined(IReadOnlyList<QuarantineRecord> records, string sourceTable) =>
        records.Count(r => r.SourceTable == sourceTable);
}
