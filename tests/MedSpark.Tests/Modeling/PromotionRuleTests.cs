using MedSpark.Shared.Engine;
using MedSpark.Shared.Modeling;
using MedSpark.Shared.Learning;
using Xunit;

namespace MedSpark.Tests.Modeling;

public sealed class PromotionRuleTests
{
    private static readonly DateTime CreatedAt = new(2026, 11, 21, 2, 0, 0, DateTimeKind.Utc);

    private static TrainedModel Trained(int seed) =>
        RecoveryModelTrainer.Train(new LocalEngine(2), ModelingTestData.Rows(800, 4, seed), new SvmOptions(),
            ModelingTestData.Plan with { Folds = 0 }, seed: 21);

    private static ModelRecord Record(TrainedModel trained, long version) =>
        RecoveryModelTrainer.ToRecord(trained, version, CreatedAt, new Dictionary<string, long>(), PromotionRule.Decide(trained, null));

    [Fact]
    public void Decide_NoChampion_Promotes()
    {
        var decision = PromotionRule.Decide(Trained(91), null);
        Assert.True(decision.Promote);
        Assert.Null(decision.ChampionAucRoc);
    }

    [Fact]
    public void Decide_ChampionIsTheSameModel_NotPromoted()
    {
        // Equal AUC is not "beats": a retrain that changes nothing must not churn the champion.
        var trained = Trained(92);
        var decision = PromotionRule.Decide(trained, Record(trained, 1));
        Assert.False(decision.Promote);
        Assert.Equal(trained.Metrics.AucRoc, decision.ChampionAucRoc!.Value, 12);
        Assert.Equal(trained.Metrics.Brier!.Value, decision.ChampionBrier!.Value, 12);
    }

    [Fact]
    public void Decide_ChampionWithFlatteringStoredMetrics_JudgedOnTheNewTestRows()
    {
        // The champion's stored AUC (0.999, from its own test split) is ignored; re-scored on the candidate's test
        // rows a model with all-zero coefficients ranks nothing (AUC 0.5), so the candidate wins.
        var trained = Trained(93);
        var zero = Record(trained, 1) with
        {
            Coefficients = "[0,0,0,0]",
            AucRoc = 0.999,
            Brier = 0.001,
        };
        var decision = PromotionRule.Decide(trained, zero);
        Assert.True(decision.Promote, decision.Reason);
        Assert.Equal(0.5, decision.ChampionAucRoc!.Value, 12);
        Assert.Contains($"same {trained.TestRows} test rows", decision.Reason);
    }

    [Fact]
    public void Decide_ChampionReadsFeaturesByName_OrderDoesNotMatter()
    {
        var trained = Trained(94);
        var record = Record(trained, 1);
        var names = trained.FeatureNames.Reverse().ToArray();
        var reversed = record with
        {
            FeatureNames = System.Text.Json.JsonSerializer.Serialize(names),
            Coefficients = System.Text.Json.JsonSerializer.Serialize(trained.Model.Coefficients.Reverse().ToArray()),
        };
        var decision = PromotionRule.Decide(trained, reversed);
        Assert.Equal(trained.Metrics.AucRoc, decision.ChampionAucRoc!.Value, 12);
    }

    [Fact]
    public void Decide_ChampionNeedsAFeatureNoLongerProduced_PromotesAndSaysWhy()
    {
        var trained = Trained(95);
        var champion = Record(trained, 1) with { FeatureNames = "[\"x1\",\"x2\",\"x3\",\"retired_feature\"]" };
        var decision = PromotionRule.Decide(trained, champion);
        Assert.True(decision.Promote);
        Assert.Contains("retired_feature", decision.Reason);
    }
}
