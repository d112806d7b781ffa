using MedSpark.Udfs.Radiomics;
using Xunit;

namespace MedSpark.Tests.Udfs;

public sealed class FeatureSettingsTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(1025)]
    public void FixedBins_BinNumberOutOfRange_Throws(int bins)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FeatureSettings.FixedBins(bins));
    }

    [Theory]
    [InlineData(0.0, 0.0)]
    [InlineData(-1.0, 0.0)]
    [InlineData(double.NaN, 0.0)]
    [InlineData(1.0, double.NaN)]
    [InlineData(1.0, double.NegativeInfinity)]
    public void FixedBinWidth_NonPositiveOrNonFinite_Throws(double size, double min)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FeatureSettings.FixedBinWidth(size, min));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(65)]
    public void Constructor_GlcmDistanceOutOfRange_Throws(int distance)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new FeatureSettings(Discretisation.None, glcmDistance: distance));
    }

    [Fact]
    public void Constructor_UnknownDiscretisation_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new FeatureSettings((Discretisation)9));
    }

    [Fact]
    public void Constructor_IrrelevantFields_AreNormalisedSoEqualSettingsCompareEqual()
    {
        var a = new FeatureSettings(Discretisation.None, binNumber: 32, binSize: 5);

        Assert.Equal(FeatureSettings.Default, a);
        Assert.Equal(0, a.BinNumber);
    }

    [Fact]
    public void FixedBins_ValidValues_AreKept()
    {
        var s = FeatureSettings.FixedBins(64, glcmDistance: 2);

        Assert.Equal(Discretisation.FixedBinNumber, s.Discretisation);
        Assert.Equal(64, s.BinNumber);
        Assert.Equal(2, s.GlcmDistance);
    }
}
