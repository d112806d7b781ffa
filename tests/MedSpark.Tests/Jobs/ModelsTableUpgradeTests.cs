using MedSpark.Jobs;
using MedSpark.Shared.Cleaning;
using MedSpark.Shared.Engine;
using MedSpark.Shared.Lake;
using MedSpark.Shared.Learning;
using MedSpark.Shared.Modeling;
using MedSpark.Shared.Schemas;
using MedSpark.Tests.Learning;
using MedSpark.Tests.Modeling;
using Xunit;

namespace MedSpark.Tests.Jobs;

/// <summary>A models table written before the calibration and report columns existed keeps working.</summary>
public sealed class ModelsTableUpgradeTests : IDisposable
{
    private readonly string _root = ExternalTools.TempDirectory();

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Append_OldSchemaModelsTable_GainsColumnsAndOldRowScoresWithPlatt()
    {
        var store = new LocalLakeStore(_root);
        var clock = new DateTimeOffset(2026, 11, 21, 2, 0, 0, TimeSpan.Zero);
        var context = new JobContext(store, new LocalEngine(2), NullProgressReporter.Instance, () => clock,
            new PipelineSettings(PseudonymKey.SampleDevelopmentKey));
        var trained = RecoveryModelTrainer.Train(context.Engine, ModelingTestData.Rows(600, 3, seed: 111), new SvmOptions(),
            ModelingTestData.Plan with { Folds = 0 }, seed: 1);
        var first = RecoveryModelTrainer.ToRecord(trained, 1, clock.UtcDateTime, new Dictionary<string, long>(), PromotionRule.Decide(trained, null));
        var full = RecordMapper<ModelRecord>.Instance.ToBatch([first]);
        var old = full.Select(full.Schema.Fields.Select(f => f.Name).Where(n => n is not ("calibration" or "report")).ToArray());
        LakeIo.Append(context, new StageSummary("train"), LakeTables.Models, old);

        var second = first with { Version = 2, Promoted = false };
        LakeIo.Append(context, new StageSummary("train"), LakeTables.Models, RecordMapper<ModelRecord>.Instance.ToBatch([second]), mergeSchema: true);

        var models = RecordMapper<ModelRecord>.Instance.FromBatch(LakeIo.Read(context, LakeTables.Models).Rows).OrderBy(m => m.Version).ToList();
        Assert.Null(models[0].Calibration);
        Assert.Equal(second.Report, models[1].Report);
        var scorer = new RecoveryScorer(models[0]);
        Assert.Equal(trained.Calibrator.Probability(0.3), scorer.Probability(0.3), 15);
    }
}
