using MedSpark.Shared.Cleaning;
using MedSpark.Shared.Lake;
using MedSpark.Shared.Schemas;

namespace MedSpark.Jobs;

/// <summary>raw/ (CSV, Parquet) → bronze Delta tables with the schema enforced; unreadable rows → quarantine/ingest.</summary>
public sealed class IngestJob : IJob
{
    public string Name => "ingest";

    public string Description => "Read raw CSV/Parquet files into bronze Delta tables; quarantine unreadable rows.";

    public StageSummary Run(JobContext context)
    {
        var summary = new StageSummary(Name);
        var empty = RawTable.All.Where(t => context.Store.List(t.Prefix).Count == 0).Select(t => t.Prefix).ToList();
        if (empty.Count > 0)
            throw new InvalidOperationException(
                $"No raw files under {string.Join(", ", empty)} in lake {context.Store.Root}; nothing to ingest (generate a sample lake with 'medspark sample' or 'nightly --sample').");
        var output = RawIngest.Run(context.Engine, context.Store, ProgressBridge.For(context.Progress, Name));
        Write(context, summary, LakeTables.BronzeImagingMetadata, "imaging_metadata", output.ImagingMetadata, output.Quarantine);
        Write(context, summary, LakeTables.BronzeOutcomes, "outcomes", output.Outcomes, output.Quarantine);
        Write(context, summary, LakeTables.BronzeCovariates, "covariates", output.Covariates, output.Quarantine);
        Write(context, summary, LakeTables.BronzeTensors, "tensors", output.Tensors, output.Quarantine);
        LakeIo.WriteQuarantine(context, summary, Name, output.Quarantine);
        return summary;
    }

    private static void Write(JobContext context, StageSummary summary, string table, string source, ColumnBatch rows, IReadOnlyList<QuarantineRecord> quarantine)
    {
        long refused = LakeIo.Quarantined(quarantine, source);
        summary.Counts.Add(new TableCounts(source, rows.RowCount + refused, rows.RowCount, refused));
        LakeIo.Overwrite(context, summary, table, rows);
    }
}
