using MedSpark.Udfs.Imaging;
using MedSpark.Udfs.Radiomics;
using Xunit;

namespace MedSpark.Tests.Udfs.Imaging;

public sealed class ImagePreprocessorTests
{
    [Fact]
    public void Run_IdentitySettings_PhantomUnchangedAndFeaturesEqual()
    {
        var p = IbsiPhantom.Instance;
        var shape = new VolumeShape(p.Nx, p.Ny, p.Nz);

        var ready = ImagePreprocessor.Run(p.Values, p.Mask, shape, p.Spacing[0], p.Spacing[1], p.Spacing[2], PreprocessingSettings.None);

        Assert.Equal(shape, ready.Shape);
        Assert.Equal(p.Values, ready.Values);
        var direct = RadiomicsExtractor.Extract(p.Values, p.Mask, p.Nx, p.Ny, p.Nz, p.Spacing[0], p.Spacing[1], p.Spacing[2], FeatureSettings.Default);
        var chained = RadiomicsExtractor.Extract(ready.Values, ready.Mask, p.Nx, p.Ny, p.Nz, ready.SpacingX, ready.SpacingY, ready.SpacingZ, FeatureSettings.Default);
        for (int i = 0; i < direct.Length; i++)
        {
            Assert.True(direct[i].Equals(chained[i]), $"{RadiomicsExtractor.Features[i].ColumnName}: direct {direct[i]}, after identity chain {chained[i]}.");
        }
    }

    [Fact]
    public void Run_PhantomTo1mm_GridDoublesAndVolumeKept()
    {
        var p = IbsiPhantom.Instance;
        var settings = new PreprocessingSettings(spacing: 1.0, maskInterpolation: MaskInterpolation.PartialVolume);

        var ready = ImagePreprocessor.Run(p.Values, p.Mask, new VolumeShape(p.Nx, p.Ny, p.Nz), 2, 2, 2, settings);

        Assert.Equal(new VolumeShape(10, 8, 8), ready.Shape);
        Assert.Equal(1.0, ready.SpacingZ);
        int before = p.Mask.Count(m => m != 0) * 8, after = ready.Mask.Count(m => m != 0);
        Assert.True(Math.Abs(after - before) <= before / 4, $"ROI of {before} mm^3 became {after} mm^3 after 1 mm resampling.");
    }

    [Fact]
    public void Run_RangeExcludesEverything_EmptyMaskError()
    {
        var p = IbsiPhantom.Instance;
        var settings = new PreprocessingSettings(rangeMin: 100, rangeMax: 200);

        var e = Assert.Throws<MedFeatException>(() =>
            ImagePreprocessor.Run(p.Values, p.Mask, new VolumeShape(p.Nx, p.Ny, p.Nz), 2, 2, 2, settings, "phantom"));

        Assert.Equal(MedFeatStatus.EmptyMask, e.Status);
        Assert.Contains("phantom", e.Message);
    }
}
