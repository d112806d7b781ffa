using MedSpark.Shared.Learning;
using Xunit;

namespace MedSpark.Tests.Learning;

public sealed class StratifiedKFoldTests
{
    private static double[] Labels(int n, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, n).Select(_ => random.NextDouble() < 0.3 ? 1.0 : 0.0).ToArray();
    }

    [Fact]
    public void Assign_SameSeed_SameFolds()
    {
        var labels = Labels(257, seed: 1);
        Assert.Equal(StratifiedKFold.Assign(labels, y => y, 5, seed: 9), StratifiedKFold.Assign(labels, y => y, 5, seed: 9));
        Assert.NotEqual(StratifiedKFold.Assign(labels, y => y, 5, seed: 9), StratifiedKFold.Assign(labels, y => y, 5, seed: 10));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(10)]
    public void Assign_EveryFold_HoldsEachLabelsShareWithinOneRow(int k)
    {
        var labels = Labels(503, seed: 2);
        var fold = StratifiedKFold.Assign(labels, y => y, k, seed: 3);
        foreach (double y in new[] { 0.0, 1.0 })
        {
            int total = labels.Count(l => l == y);
            for (int f = 0; f < k; f++)
            {
                int inFold = Enumerable.Range(0, labels.Length).Count(i => labels[i] == y && fold[i] == f);
                Assert.True(Math.Abs(inFold - (double)total / k) < 1, $"label {y}, fold {f}: {inFold} rows, expected {total}/{k}");
            }
        }
        var sizes = Enumerable.Range(0, k).Select(f => fold.Count(x => x == f)).ToArray();
        Assert.True(sizes.Max() - sizes.Min() <= 1, $"fold sizes {string.Join(", ", sizes)}");
    }

    [Fact]
    public void Assign_LabelWithFewerRowsThanFolds_Throws()
    {
        double[] labels = [0, 0, 0, 0, 0, 1, 1];
        var e = Assert.Throws<ArgumentException>(() => StratifiedKFold.Assign(labels, y => y, 3, seed: 1));
        Assert.Contains("Label 1 has 2 rows", e.Message);
    }
}
