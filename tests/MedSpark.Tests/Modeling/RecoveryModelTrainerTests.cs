using System.Text.Json;
using MedSpark.Shared.Engine;
using MedSpark.Shared.Learning;
using MedSpark.Shared.Modeling;
using Xunit;

namespace MedSpark.Tests.Modeling;

public sealed class RecoveryModelTrainerTests
{
    private static readonly LocalEngine Engine = new(2);
    private static readonly DateTime CreatedAt = new(2026, 11, 21, 2, 0, 0, DateTimeKind.Utc);
    private static readonly Dictionary<string, long> Lineage = new() { ["silver/cohort"] = 3 };

    private static ModelRecord Record(TrainedModel trained) =>
        RecoveryModelTrainer.ToRecord(trained, 1, CreatedAt, Lineage, PromotionRule.Decide(trained, null));

    [Fact]
    public void Train_SameSeed_SameModelsTableRow()
    {
        var data = ModelingTestData.Rows(900, 5, seed: 81);
        var a = Record(RecoveryModelTrainer.Train(Engine, data, new SvmOptions(), ModelingTestData.Plan, seed: 11, ModelingTestData.Sites(data)));
        var b = Record(RecoveryModelTrainer.Train(Engine, data, new SvmOptions(), ModelingTestData.Plan, seed: 11, ModelingTestData.Sites(data)));
        Assert.Equal(a, b);
    }

    [Fact]
    public void Train_WithCv_FitsTheChosenSettingsAndRecordsTheGrid()
    {
        var data = ModelingTestData.Rows(900, 5, seed: 82);
        var trained = RecoveryModelTrainer.Train(Engine, data, new SvmOptions(), ModelingTestData.Plan, seed: 12);

        var cv = Assert.IsType<SvmCrossValidationResult>(trained.CrossValidation);
        Assert.Equal(4, cv.Candidates.Count);   // 2 regParams × (unit, balanced)
        Assert.Equal(cv.Best.Options, trained.Model.Options);
        using var hyper = JsonDocument.Parse(Record(trained).Hyperparameters);
        var grid = hyper.RootElement.GetProperty("cv").GetProperty("grid");
        Assert.Equal(4, grid.GetArrayLength());
        Assert.Equal(cv.BestIndex, hyper.RootElement.GetProperty("cv").GetProperty("chosen").GetInt32());
        Assert.Equal(trained.Model.Options.RegParam, hyper.RootElement.GetProperty("regParam").GetDouble());
        for (int c = 0; c < 4; c++)
            Assert.Equal(cv.Candidates[c].MeanAucRoc, grid[c].GetProperty("mean_auc_roc").GetDouble());
    }

    [Fact]
    public void Train_GivenClassWeightWithoutBalancing_EveryCandidateKeepsIt()
    {
        var data = ModelingTestData.Rows(600, 3, seed: 86);
        var plan = ModelingTestData.Plan with { TryBalancedClassWeight = false };
        var trained = RecoveryModelTrainer.Train(Engine, data, new SvmOptions { PositiveClassWeight = 3 }, plan, seed: 16);

        Assert.All(trained.CrossValidation!.Candidates, c => Assert.Equal(3.0, c.Options.PositiveClassWeight));
        Assert.Equal(3.0, trained.Model.Options.PositiveClassWeight);
    }

    [Fact]
    public void Train_BalancedCandidate_WeighsBothClassesEqually()
    {
        var data = ModelingTestData.Rows(600, 3, seed: 87);
        var trained = RecoveryModelTrainer.Train(Engine, data, new SvmOptions(), ModelingTestData.Plan, seed: 17);

        var balanced = trained.CrossValidation!.Candidates[1].Options;
        var (train, _) = StratifiedSplit.Split(data.Rows, r => r.Label!.Value, 0.4, 17);
        double pos = train.Count(r => r.Label == 1), neg = train.Count - pos;
        Assert.Equal(neg / pos, balanced.PositiveClassWeight, 12);
        Assert.Equal(1.0, trained.CrossValidation.Candidates[0].Options.PositiveClassWeight);
    }

    [Theory]
    [InlineData(CalibrationMethod.Platt)]
    [InlineData(CalibrationMethod.Isotonic)]
    public void ToRecord_Calibrator_ScorerReadsBackTheSameProbabilities(CalibrationMethod method)
    {
        var data = ModelingTestData.Rows(900, 4, seed: 83);
        var trained = RecoveryModelTrainer.Train(Engine, data, new SvmOptions(), ModelingTestData.Plan with { Calibration = method }, seed: 13);
        var scorer = new RecoveryScorer(Record(trained));

        foreach (var row in trained.Test)
        {
            double margin = trained.Model.Margin(row.Features);
            // Scalar loop (scorer) against TensorPrimitives.Dot (model): the same sum in another order.
            Assert.True(Math.Abs(margin - scorer.Margin(row.Features)) <= 1e-12 * Math.Max(1, Math.Abs(margin)), $"{row.Key}: margin {margin:R} vs {scorer.Margin(row.Features):R}");
            Assert.Equal(trained.Calibrator.Probability(margin), scorer.Probability(margin));
        }
    }

    [Fact]
    public void Train_Subgroups_EqualMetricsOfEachSubsetOfTheTestRows()
    {
        var data = ModelingTestData.Rows(900, 4, seed: 84);
        var sites = ModelingTestData.Sites(data);
        var trained = RecoveryModelTrainer.Train(Engine, data, new SvmOptions(), ModelingTestData.Plan, seed: 14, sites);

        Assert.Equal(["(missing)", "A", "B"], trained.Subgroups.Select(s => s.Group));
        foreach (var group in trained.Subgroups)
        {
            var rows = trained.Test.Where(r => (sites["site"][r.Key] ?? SubgroupMetrics.Missing) == group.Group).ToList();
            var margins = rows.Select(r => trained.Model.Margin(r.Features)).ToArray();
            var expected = BinaryMetrics.Compute(margins, rows.Select(r => r.Label!.Value).ToArray(), margins.Select(trained.Calibrator.Probability).ToArray());
            Assert.Equal(expected, group.Metrics);
        }
        Assert.Equal(trained.TestRows, trained.Subgroups.Sum(s => s.Metrics.Count));
    }

    [Fact]
    public void ToRecord_Report_HoldsIntervalsCurveSubgroupsAndRankedCoefficients()
    {
        var data = ModelingTestData.Rows(900, 4, seed: 85);
        var trained = RecoveryModelTrainer.Train(Engine, data, new SvmOptions(), ModelingTestData.Plan, seed: 15, ModelingTestData.Sites(data));
        using var report = JsonDocument.Parse(Record(trained).Report!);
        var root = report.RootElement;

        var auc = root.GetProperty("bootstrap").GetProperty("auc_roc");
        Assert.Equal(trained.Metrics.AucRoc, auc.GetProperty("estimate").GetDouble());
        Assert.True(auc.GetProperty("lower").GetDouble() <= auc.GetProperty("upper").GetDouble());
        Assert.Equal(trained.TestRows, root.GetProperty("calibration_curve").EnumerateArray().Sum(b => b.GetProperty("count").GetInt64()));
        Assert.Equal(3, root.GetProperty("subgroups").GetArrayLength());
        var standardized = root.GetProperty("coefficients").EnumerateArray().Select(c => Math.Abs(c.GetProperty("standardized").GetDouble())).ToList();
        Assert.Equal(standardized.OrderDescending(), standardized);
        Assert.True(root.GetProperty("promotion").GetProperty("promoted").GetBoolean());
    }
}
