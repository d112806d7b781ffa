using MedSpark.Shared.Learning;
using Xunit;

namespace MedSpark.Tests.Learning;

public sealed class SvmOptionsTests
{
    [Fact]
    public void Constructor_Defaults_AreMllibDefaults()
    {
        var o = new SvmOptions();

        Assert.Equal(0.0, o.RegParam);
        Assert.Equal(100, o.MaxIter);
        Assert.Equal(1e-6, o.Tol);
        Assert.True(o.FitIntercept);
        Assert.True(o.Standardization);
        Assert.Equal(0.0, o.Threshold);
        Assert.Equal(2, o.AggregationDepth);
        Assert.Equal(SvmLoss.Hinge, o.Loss);
        Assert.Equal(1.0, o.NegativeClassWeight);
        Assert.Equal(1.0, o.PositiveClassWeight);
    }

    [Fact]
    public void With_InvalidValues_Throw()
    {
        var o = new SvmOptions();

        Assert.Throws<ArgumentOutOfRangeException>(() => o with { RegParam = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => o with { RegParam = double.NaN });
        Assert.Throws<ArgumentOutOfRangeException>(() => o with { MaxIter = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => o with { Tol = double.PositiveInfinity });
        Assert.Throws<ArgumentOutOfRangeException>(() => o with { AggregationDepth = 1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => o with { Threshold = double.NaN });
        Assert.Throws<ArgumentOutOfRangeException>(() => o with { PositiveClassWeight = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => o with { Loss = (SvmLoss)7 });
    }
}
