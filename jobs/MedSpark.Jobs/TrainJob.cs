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
        var trained = RecoveryModelTrainer.Train(context.Engine, assembled, options, context.Settings.TrainingPlan, context.Settings.Seed,
            Subgroups(input), _ => progress.Increment());
        progress.Complete();

        var previous = ModelRegistry.ReadAll(DeltaTable.Open(context.Store, LakeTables.Models));
        var champion = ModelRegistry.Champion(previous);
        var lineage = new Dictionary<string, long> { [LakeTables.SilverCohort] = cohortVersion, [LakeTables.Features] = featuresVersion };
        var (record, decision) = ModelRegistry.Next(previous, trained, context.Clock().UtcDateTime, lineage);
        long version = record.Version;
        // Merge: a models table written before the calibration and report columns existed gains them.
        LakeIo.Append(context, summary, LakeTables.Models, RecordMapper<ModelRecord>.Instance.ToBatch(new[] { record }), mergeSchema: true);
        LakeIo.WriteQuarantine(context, summary, Name, assembled.Quarantine);

        var m = trained.Metrics;
        summary.Facts.Add(("model version", $"{version}{(decision.Promote ? " (promoted to champion)" : $" (champion stays {champion!.Version})")}"));
        summary.Facts.Add(("promotion", decision.Reason));
        if (trained.CrossValidation is { } cv)
        {
            summary.Facts.Add(($"{cv.Folds}-fold CV choice (of {cv.Candidates.Count})", string.Create(CultureInfo.InvariantCulture,
                $"regParam {cv.Best.Options.RegParam:G4}, positive class weight {cv.Best.Options.PositiveClassWeight:G4}, mean AUC {cv.Best.MeanAucRoc:F3} ± {cv.Best.StdAucRoc:F3}")));
        }
        summary.Facts.Add(("rows train / calibration / test", $"{trained.TrainRows:N0} / {trained.CalibrationRows:N0} / {trained.TestRows:N0}"));
        summary.Facts.Add(("features", trained.FeatureNames.Count.ToString(CultureInfo.InvariantCulture)));
        summary.Facts.Add(("L-BFGS iterations", $"{trained.Model.Summary.Iterations} ({trained.Model.Summary.Convergence})"));
        var b = trained.Bootstrap;
        summary.Facts.Add(("test AUC-ROC (95% bootstrap CI)", $"{F(m.AucRoc)} [{F(b.AucRoc.Lower)}, {F(b.AucRoc.Upper)}]"));
        summary.Facts.Add(("test AUC-PR", F(m.AucPr)));
        summary.Facts.Add(("test accuracy / sensitivity / specificity", $"{F(m.Accuracy)} / {F(m.Sensitivity)} / {F(m.Specificity)}"));
        summary.Facts.Add(($"test Brier score ({trained.Calibrator.Method}, 95% CI)", $"{F(m.Brier ?? double.NaN)} [{F(b.Brier.Lower)}, {F(b.Brier.Upper)}]"));
        summary.Facts.Add(("largest standardised coefficients", string.Join(", ",
            ModelReport.Coefficients(trained).Take(3).Select(c => $"{c.Feature} {c.Standardized.ToString("+0.000;-0.000", CultureInfo.InvariantCulture)}"))));
        return summary;
    }

    /// <summary>The subgroups of the model report: site, scanner vendor and sex of each study.</summary>
    internal static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string?>> Subgroups(ColumnBatch input)
    {
        var keys = input.Column<string>(RecoveryFeatures.KeyColumn);
        var result = new Dictionary<string, IReadOnlyDictionary<string, string?>>();
        foreach (string attribute in new[] { "site", "scanner_vendor", "sex" })
        {
            if (input.Schema.IndexOf(attribute) < 0) continue;
            var values = input.Column<string>(attribute);
            var map = new Dictionary<string, string?>(StringComparer.Ordinal);
            for (int r = 0; r < input.RowCount; r++)
                if (keys[r] is string key) map[key] = values[r];
            result[attribute] = map;
        }
        return result;
    }

    private static string F(double value) => value.ToString("F3", CultureInfo.InvariantCulture);
}
