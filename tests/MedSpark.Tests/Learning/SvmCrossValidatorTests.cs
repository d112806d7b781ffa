using MedSpark.Shared.Engine;
using MedSpark.Shared.Learning;
using Xunit;

namespace MedSpark.Tests.Learning;

public sealed class SvmCrossValidatorTests
{
    private static readonly LocalEngine Engine = new(2);

    private static readonly SvmOptions Base = new() { MaxIter = 50 };

    [Fact]
    public void Run_SameSeed_SameScoresAndChoice()
    {
        var rows = SvmTestData.Generate(rows: 600, features: 5, seed: 41, noise: 2.0);
        var grid = SvmCrossValidator.Grid(Base, [1.0, 0.01], [1.0, 2.0]);

        var a = SvmCrossValidator.Run(Engine, rows, grid, k: 3, seed: 5);
        // Same partitioning (one engine), so even the floating-point sums are in the same order.
        var b = SvmCrossValidator.Run(Engine, rows, grid, k: 3, seed: 5);

        Assert.Equal(a.BestIndex, b.BestIndex);
        for (int c = 0; c < grid.Count; c++) Assert.Equal(a.Candidates[c].FoldAucRoc, b.Candidates[c].FoldAucRoc);
    }

    [Fact]
    public void Run_FoldScores_EqualIndependentRefitOnTheSameFolds()
    {
        var rows = SvmTestData.Generate(rows: 500, features: 4, seed: 42, noise: 2.0);
        var grid = SvmCrossValidator.Grid(Base, [0.1, 0.001], [1.0]);
        var result = SvmCrossValidator.Run(Engine, rows, grid, k: 4, seed: 6);

        var fold = StratifiedKFold.Assign(rows, r => r.Label, 4, seed: 6);
        for (int c = 0; c < grid.Count; c++)
        {
            for (int f = 0; f < 4; f++)
            {
                var train = rows.Where((_, i) => fold[i] != f).ToList();
                var test = rows.Where((_, i) => fold[i] == f).ToList();
                var model = LinearSvc.Fit(Engine, Partitioned<LabeledPoint>.FromList(train, Engine.Parallelism), grid[c]);
                double auc = BinaryMetrics.Compute(test.Select(r => model.Margin(r.Features)).ToArray(), test.Select(r => r.Label).ToArray()).AucRoc;
                Assert.True(Math.Abs(auc - result.Candidates[c].FoldAucRoc[f]) < 1e-12,
                    $"candidate {c} (regParam {grid[c].RegParam}), fold {f}: CV {result.Candidates[c].FoldAucRoc[f]:R}, refit {auc:R}");
            }
            Assert.Equal(result.Candidates[c].FoldAucRoc.Average(), result.Candidates[c].MeanAucRoc, 12);
        }
    }

    [Fact]
    public void Run_Grid_ChoosesFirstHighestMeanAuc()
    {
        var rows = SvmTestData.Generate(rows: 400, features: 6, seed: 43, noise: 1.0);
        var grid = SvmCrossValidator.Grid(Base, [100.0, 1.0, 0.01], [1.0, 3.0]);
        var result = SvmCrossValidator.Run(Engine, rows, grid, k: 3, seed: 7);

        double best = result.Candidates.Max(c => c.MeanAucRoc);
        int expected = result.Candidates.ToList().FindIndex(c => c.MeanAucRoc == best);
        Assert.Equal(expected, result.BestIndex);
        Assert.Same(grid[expected], result.Best.Options);
        Assert.Equal([100.0, 100.0, 1.0, 1.0, 0.01, 0.01], grid.Select(o => o.RegParam));
        Assert.Equal([1.0, 3.0, 1.0, 3.0, 1.0, 3.0], grid.Select(o => o.PositiveClassWeight));
    }

    [Fact]
    public void Run_EmptyGrid_Throws()
    {
        var rows = SvmTestData.Generate(rows: 50, features: 2, seed: 44);
        Assert.Throws<ArgumentException>(() => SvmCrossValidator.Run(Engine, rows, [], k: 3, seed: 1));
    }
}
