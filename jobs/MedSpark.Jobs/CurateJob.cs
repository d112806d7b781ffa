using MedSpark.Shared.Cleaning;
using MedSpark.Shared.Lake;

namespace MedSpark.Jobs;

/// <summary>bronze → silver: typed, deduplicated, unit-normalised, pseudonymised, joined; refused rows → quarantine/curate.</summary>
public sealed class CurateJob : IJob
{
    public string Name => "curate";

    public string Description => "Clean, dedupe, normalise and pseudonymise bronze tables and join them into the silver cohort.";

    public StageSummary Run(JobContext context)
    {
        var summary = new StageSummary(Name);
        var task = context.Progress.Start("curate: read bronze", 4);
        var imaging = LakeIo.Read(context, LakeTables.BronzeImagingMetadata).Rows; task.Increment();
        var outcomes = LakeIo.Read(context, LakeTables.BronzeOutcomes).Rows; task.Increment();
        var covariates = LakeIo.Read(context, LakeTables.BronzeCovariates).Rows; task.Increment();
        var tensors = LakeIo.Read(context, LakeTables.BronzeTensors).Rows; task.Complete();
        var bronze = new IngestOutput(imaging, outcomes, covariates, tensors, Array.Empty<Shared.Schemas.QuarantineRecord>());

        var cleaning = context.Progress.Start("curate: clean and join", 1);
        var asOf = context.Settings.AsOfDate ?? DateOnly.FromDateTime(context.Clock().UtcDateTime);
        var output = Curation.Run(context.Engine, bronze, context.Settings.PseudonymKey, new CurationOptions(asOf));
        cleaning.Complete();

        var q = output.Quarantine;
        summary.Counts.Add(new TableCounts("imaging_metadata", imaging.RowCount, output.Studies.RowCount, LakeIo.Quarantined(q, "imaging_metadata")));
        summary.Counts.Add(new TableCounts("outcomes", outcomes.RowCount, output.Outcomes.RowCount, LakeIo.Quarantined(q, "outcomes")));
        summary.Counts.Add(new TableCounts("covariates", covariates.RowCount, output.Covariates.RowCount, LakeIo.Quarantined(q, "covariates")));
        summary.Counts.Add(new TableCounts("tensors", tensors.RowCount, output.Tensors.RowCount, LakeIo.Quarantined(q, "tensors")));
        summary.Counts.Add(new TableCounts("cohort (joined)", output.Studies.RowCount, output.Cohort.RowCount, 0));

        LakeIo.Overwrite(context, summary, LakeTables.SilverStudies, output.Studies);
        LakeIo.Overwrite(context, summary, LakeTables.SilverOutcomes, output.Outcomes);
        LakeIo.Overwrite(context, summary, LakeTables.SilverCovariates, output.Covariates);
        LakeIo.Overwrite(context, summary, LakeTables.SilverCohort, output.Cohort);
        LakeIo.Overwrite(context, summary, LakeTables.SilverTensors, output.Tensors);
        LakeIo.WriteQuarantine(context, summary, Name, q);
        return summary;
    }
}
