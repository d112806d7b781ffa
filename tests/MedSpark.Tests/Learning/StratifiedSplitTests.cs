using MedSpark.Shared.Learning;
using Xunit;

namespace MedSpark.Tests.Learning;

public sealed class StratifiedSplitTests
{
    private static List<LabeledPoint> Rows() =>
        Enumerable.Range(0, 100).Select(i => new LabeledPoint(i % 4 == 0 ? 1 : 0, [i])).ToList();

    [Fact]
    public void Split_SameSeed_SameRows()
    {
        var a = StratifiedSplit.Split(Rows(), r => r.Label, 0.3, seed: 5);
        var b = StratifiedSplit.Split(Rows(), r => r.Label, 0.3, seed: 5);

        Assert.Equal(a.Test.Select(r => r.Features[0]), b.Test.Select(r => r.Features[0]));
    }

    [Fact]
    public void Split_DifferentSeed_DifferentRows()
    {
        var a = StratifiedSplit.Split(Rows(), r => r.Label, 0.3, seed: 5);
        var b = StratifiedSplit.Split(Rows(), r => r.Label, 0.3, seed: 6);

        Assert.NotEqual(a.Test.Select(r => r.Features[0]), b.Test.Select(r => r.Features[0]));
    }

    [Fact]
    public void Split_FortyPercent_KeepsClassShareAndCoversEveryRowOnce()
    {
        var (train, test) = StratifiedSplit.Split(Rows(), r => r.Label, 0.4, seed: 5);

        Assert.Equal(10, test.Count(r => r.Label == 1));   // 0.4 × 25 positives
        Assert.Equal(30, test.Count(r => r.Label == 0));   // 0.4 × 75 negatives
        Assert.Equal(Enumerable.Range(0, 100).Select(i => (double)i),
            train.Concat(test).Select(r => r.Features[0]).OrderBy(v => v));
    }

    [Fact]
    public void Split_HalfRowsPerClass_RoundsAwayFromZero()
    {
        var (_, test) = StratifiedSplit.Split(Rows(), r => r.Label, 0.3, seed: 5);

        Assert.Equal(8, test.Count(r => r.Label == 1));    // 7.5 → 8
        Assert.Equal(23, test.Count(r => r.Label == 0));   // 22.5 → 23
    }
}
