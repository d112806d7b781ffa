using System.Text.Json;
using MedSpark.Shared.Lake;
using MedSpark.Shared.Modeling;
using MedSpark.Shared.Schemas;

namespace MedSpark.Jobs;

/// <summary>The champion model scores every cohort study with features → gold/recovery_scores.</summary>
public sealed class ScoreJob : IJob
{
    public string Name => "score";

    public string Description => "Score every cohort study with the champion model (or --model-version N) into the gold scores table.";

    public StageSummary Run(JobContext context)
    {
        var summary = new StageSummary(Name);
        var models = RecordMapper<ModelRecord>.Instance.FromBatch(LakeIo.Read(context, LakeTables.Models).Rows);
        var champion = ModelRegistry.Select(models, context.Settings.ModelVersion, LakeTables.Models);
        var scorer = new RecoveryScorer(champion);
        var (cohort, cohortVersion) = LakeIo.Read(context, LakeTables.SilverCohort);
        var (features, featuresVersion) = LakeIo.Read(context, LakeTables.Features);
        var input = RecoveryFeatures.ModelInput(cohort, features);
        var assembled = FeatureAssembler.Assemble(input, scorer.FeatureNames, RecoveryFeatures.KeyColumn,
            RecoveryFeatures.PatientKeyColumn, labelColumn: null, Name, "cohort_features");

        string lineage = JsonSerializer.Serialize(new SortedDictionary<string, long>
        {
            [LakeTables.Models] = champion.Version,
            [LakeTables.SilverCohort] = cohortVersion,
            [LakeTables.Features] = featuresVersion,
        }, RecoveryModelTrainer.Json);
        var scoredAt = context.Clock().UtcDateTime;
        var scores = assembled.Rows.Select(r => scorer.Score(r, scoredAt, lineage)).ToList();
        summary.Counts.Add(new TableCounts("cohort ⋈ features", input.RowCount, scores.Count, assembled.Quarantine.Count));
        summary.Facts.Add(("scored with model version", champion.Version.ToString()));
        summary.Facts.Add(("mean probability of recovery", scores.Count == 0 ? "-" : scores.Average(s => s.Probability).ToString("F3")));
        LakeIo.Overwrite(context, summary, LakeTables.GoldScores, RecordMapper<ScoreRecord>.Instance.ToBatch(scores));
        LakeIo.WriteQuarantine(context, summary, Name, assembled.Quarantine);
        return summary;
    }
}
