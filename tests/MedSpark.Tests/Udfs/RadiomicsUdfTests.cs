using MedSpark.Udfs.Radiomics;
using Xunit;

namespace MedSpark.Tests.Udfs;

public sealed class RadiomicsUdfTests
{
    private const string Context = "study=1.2.3 series=4.5.6";

    [Fact]
    public void Extract_IbsiPhantom_ReturnsValues()
    {
        var p = IbsiPhantom.Instance;

        var result = RadiomicsUdf.Extract(p.Values, p.Mask, p.Nx, p.Ny, p.Nz, 2, 2, 2, FeatureSettings.Default, Context);

        Assert.True(result.IsSuccess, result.ErrorMessage);
        Assert.Equal(RadiomicsExtractor.Features.Count, result.Values!.Length);
        Assert.Null(result.ErrorCode);
    }

    [Fact]
    public void Extract_EmptyMask_ReturnsEmptyMaskError()
    {
        var p = IbsiPhantom.Instance;

        var result = RadiomicsUdf.Extract(p.Values, new byte[p.Mask.Length], p.Nx, p.Ny, p.Nz, 2, 2, 2, FeatureSettings.Default, Context);

        AssertError(result, "empty_mask");
    }

    [Theory]
    [InlineData(float.NaN)]
    [InlineData(float.PositiveInfinity)]
    [InlineData(float.NegativeInfinity)]
    public void Extract_NonFiniteInsideMask_ReturnsNonFiniteError(float bad)
    {
        var p = IbsiPhantom.Instance;
        var pixels = (float[])p.Values.Clone();
        pixels[0] = bad;

        var result = RadiomicsUdf.Extract(pixels, p.Mask, p.Nx, p.Ny, p.Nz, 2, 2, 2, FeatureSettings.Default, Context);

        AssertError(result, "nonfinite_intensity");
    }

    [Fact]
    public void Extract_NaNImageWithEmptyMask_ReturnsEmptyMaskError()
    {
        var pixels = Enumerable.Repeat(float.NaN, 8).ToArray();

        var result = RadiomicsUdf.Extract(pixels, new byte[8], 2, 2, 2, 1, 1, 1, FeatureSettings.Default, Context);

        AssertError(result, "empty_mask");
    }

    [Theory]
    [InlineData(5, 4, 3)]
    [InlineData(0, 4, 4)]
    [InlineData(-5, 4, 4)]
    [InlineData(5, 4, int.MinValue)]
    public void Extract_ShapeDisagreesWithLength_ReturnsShapeError(int nx, int ny, int nz)
    {
        var p = IbsiPhantom.Instance;

        var result = RadiomicsUdf.Extract(p.Values, p.Mask, nx, ny, nz, 2, 2, 2, FeatureSettings.Default, Context);

        AssertError(result, "invalid_shape");
    }

    [Fact]
    public void Extract_MaskShorterThanImage_ReturnsShapeError()
    {
        var p = IbsiPhantom.Instance;

        var result = RadiomicsUdf.Extract(p.Values, p.Mask.AsSpan(1), p.Nx, p.Ny, p.Nz, 2, 2, 2, FeatureSettings.Default, Context);

        AssertError(result, "invalid_shape");
    }

    [Fact]
    public void Extract_EmptySpansZeroShape_ReturnsShapeError()
    {
        var result = RadiomicsUdf.Extract([], [], 0, 0, 0, 1, 1, 1, FeatureSettings.Default, Context);

        AssertError(result, "invalid_shape");
    }

    [Fact]
    public void Extract_AbsurdShape_ReturnsTooLargeError()
    {
        var result = RadiomicsUdf.Extract([1f], [1], int.MaxValue, int.MaxValue, 2, 1, 1, 1, FeatureSettings.Default, Context);

        AssertError(result, "too_large");
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Extract_BadSpacing_ReturnsArgumentError(double spacing)
    {
        var p = IbsiPhantom.Instance;

        var result = RadiomicsUdf.Extract(p.Values, p.Mask, p.Nx, p.Ny, p.Nz, 2, spacing, 2, FeatureSettings.Default, Context);

        AssertError(result, "invalid_argument");
    }

    [Fact]
    public void Extract_NonIntegerIntensitiesWithoutDiscretisation_ReturnsArgumentError()
    {
        var (pixels, mask) = RadiomicsExtractorTests.RandomImage(seed: 1, nx: 4, ny: 4, nz: 2);

        var result = RadiomicsUdf.Extract(pixels, mask, 4, 4, 2, 1, 1, 1, FeatureSettings.Default, Context);

        AssertError(result, "invalid_argument");
    }

    [Fact]
    public void Extract_TinyBinSize_ReturnsTooLargeError()
    {
        var (pixels, mask) = RadiomicsExtractorTests.RandomImage(seed: 1, nx: 4, ny: 4, nz: 2);

        var result = RadiomicsUdf.Extract(pixels, mask, 4, 4, 2, 1, 1, 1, FeatureSettings.FixedBinWidth(1e-6, -100), Context);

        AssertError(result, "too_large");
    }

    private static void AssertError(FeatureResult result, string code)
    {
        Assert.False(result.IsSuccess, $"expected error {code}, got values");
        Assert.Null(result.Values);
        Assert.Equal(code, result.ErrorCode);
        Assert.Contains(Context, result.ErrorMessage);
    }
}
