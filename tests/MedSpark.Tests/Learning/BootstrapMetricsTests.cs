using MedSpark.Shared.Learning;
using Xunit;

namespace MedSpark.Tests.Learning;

public sealed class BootstrapMetricsTests
{
    private static (double[] Scores, double[] Labels, double[] Probabilities) Scored(int n, int seed)
    {
        var random = new Random(seed);
        var labels = Enumerable.Range(0, n).Select(_ => random.NextDouble() < 0.4 ? 1.0 : 0.0).ToArray();
        var scores = labels.Select(l => (l == 1 ? 0.7 : -0.5) + SvmTestData.Gaussian(random)).ToArray();
        var probabilities = scores.Select(s => 1 / (1 + Math.Exp(-1.5 * s))).ToArray();
        return (scores, labels, probabilities);
    }

    [Fact]
    public void Compute_SameSeed_SameIntervals()
    {
        var (s, y, p) = Scored(300, seed: 71);
        Assert.Equal(BootstrapMetrics.Compute(s, y, p, 0, 200, seed: 3), BootstrapMetrics.Compute(s, y, p, 0, 200, seed: 3));
    }

    [Fact]
    public void Compute_Estimates_EqualTheMetricsOfAllRows()
    {
        var (s, y, p) = Scored(300, seed: 72);
        var full = BinaryMetrics.Compute(s, y, p);
        var b = BootstrapMetrics.Compute(s, y, p, 0, 200, seed: 4);
        Assert.Equal(full.AucRoc, b.AucRoc.Estimate);
        Assert.Equal(full.Brier!.Value, b.Brier.Estimate);
        Assert.Equal(full.Accuracy, b.Accuracy.Estimate);
        Assert.True(b.AucRoc.Lower < b.AucRoc.Estimate && b.AucRoc.Estimate < b.AucRoc.Upper, $"AUC {b.AucRoc}");
        Assert.True(b.Brier.Lower < b.Brier.Estimate && b.Brier.Estimate < b.Brier.Upper, $"Brier {b.Brier}");
    }

    [Fact]
    public void Compute_MoreRows_NarrowerAucInterval()
    {
        // The AUC's standard error shrinks like 1/√n (Hanley and McNeil, 1982): 16× the rows, about ¼ the width.
        var (s1, y1, p1) = Scored(200, seed: 73);
        var (s2, y2, p2) = Scored(3200, seed: 73);
        var small = BootstrapMetrics.Compute(s1, y1, p1, 0, 300, seed: 5).AucRoc;
        var large = BootstrapMetrics.Compute(s2, y2, p2, 0, 300, seed: 5).AucRoc;
        double ratio = (large.Upper - large.Lower) / (small.Upper - small.Lower);
        Assert.InRange(ratio, 0.15, 0.4);
    }

    [Fact]
    public void Quantile_NumpyLinearDefinition()
    {
        // np.quantile([1, 2, 3, 4], [0, 0.25, 0.5, 1]) = [1, 1.75, 2.5, 4].
        double[] sorted = [1, 2, 3, 4];
        Assert.Equal(1.0, BootstrapMetrics.Quantile(sorted, 0));
        Assert.Equal(1.75, BootstrapMetrics.Quantile(sorted, 0.25), 15);
        Assert.Equal(2.5, BootstrapMetrics.Quantile(sorted, 0.5), 15);
        Assert.Equal(4.0, BootstrapMetrics.Quantile(sorted, 1));
    }
}
