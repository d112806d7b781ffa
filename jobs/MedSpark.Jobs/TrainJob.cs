using System.Globalization;
using MedSpark.Shared.Formats.Delta;
using MedSpark.Shared.Lake;
using MedSpark.Shared.Learning;
using MedSpark.Shared.Modeling;
using MedSpark.Shared.Schemas;

namespace MedSpark.Jobs;

/// <summary>silver cohort ⋈ features → a calibrated linear SVM appended to the models table.</summary>
public sealed class TrainJob : IJob
{
    public string Name => "train";

    public string Description => "Train the recovery-success linear SVM (MLlib LinearSVC algorithm), calibrate it (Platt) and register it.";

    public StageSummary Run(JobContext context)
    {
        var summary = new StageSummary(Name);
        var (cohort, cohortVersion) = LakeIo.Read(context, LakeTables.SilverCohort);
        var (features, featuresVersion) = LakeIo.Read(context, LakeTables.Features);
        var input = RecoveryFeatures.ModelInput(cohort, features);
        var assembled = FeatureAssembler.Assemble(input, RecoveryFeatures.FeatureColumns(features.Schema), RecoveryFeatures.KeyColumn,
            RecoveryFeatures.PatientKeyColumn, RecoveryFeatures.LabelColumn, Name, "cohort_features");
        summary.Counts.Add(new TableCounts("cohort ⋈ features", input.RowCount, assembled.Rows.Count, assembled.Quarantine.Count));

        var options = new SvmOptions { RegParam = context.Settings.RegParam };
        var progress = context.Progress.Start("train: L-BFGS iterations", options.MaxIter);
        var trained = RecoveryModelTrainer.Train(context.Engine, assembled, options, context.Settings.Seed, _ => progress.Increment());
        progress.Complete();

        var models = DeltaTable.Open(context.Store, LakeTables.Models);
        var previous = models.Exists ? RecordMapper<ModelRecord>.Instance.FromBatch(LakeIo.Read(context, LakeTables.Models).Rows) : new List<ModelRecord>();
        var champion = Champion(previous);
        var m = trained.Metrics;
        bool promoted = champion is null || (m.AucRoc > champion.AucRoc && (m.Brier ?? double.MaxValue) <= champion.Brier);
        long version = previous.Count == 0 ? 1 : previous.Max(p => p.Version) + 1;
        var lineage = new Dictionary<string, long> { [LakeTables.SilverCohort] = cohortVersion, [LakeTables.Features] = featuresVersion };
        var record = RecoveryModelTrainer.ToRecord(trained, version, context.Clock().UtcDateTime, lineage, promoted);
        LakeIo.Append(context, summary, LakeTables.Models, RecordMapper<ModelRecord>.Instance.ToBatch(new[] { record }));
        LakeIo.WriteQuarantine(context, summary, Name, assembled.Quarantine);

        summary.Facts.Add(("model version", $"{version}{(promoted ? " (promoted to champion)" : $" (champion stays {champion!.Version})")}"));
        summary.Facts.Add(("rows train / calibration / test", $"{trained.TrainRows:N0} / {trained.CalibrationRows:N0} / {trained.TestRows:N0}"));
        summary.Facts.Add(("features", trained.FeatureNames.Count.ToString(CultureInfo.InvariantCulture)));
        summary.Facts.Add(("L-BFGS iterations", $"{trained.Model.Summary.Iterations} ({trained.Model.Summary.Convergence})"));
        summary.Facts.Add(("test AUC-ROC", F(m.AucRoc)));
        summary.Facts.Add(("test AUC-PR", F(m.AucPr)));
        summary.Facts.Add(("test accuracy / sensitivity / specificity", $"{F(m.Accuracy)} / {F(m.Sensitivity)} / {F(m.Specificity)}"));
        summary.Facts.Add(("test Brier score (calibrated)", F(m.Brier ?? double.NaN)));
        return summary;
    }

    /// <summary>The newest promoted model, or null.</summary>
    public static ModelRecord? Champion(IEnumerable<ModelRecord> models) =>
        models.Where(x => x.Promoted).MaxBy(x => x.Version);

    private static string F(double value) => value.ToString("F3", CultureInfo.InvariantCulture);
}
