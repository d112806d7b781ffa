using System.Runtime.InteropServices;
using MedSpark.Shared.Schemas;
using MedSpark.Udfs.Featurization;
using MedSpark.Udfs.Imaging;
using MedSpark.Udfs.Radiomics;
using Xunit;

namespace MedSpark.Tests.Featurization;

public sealed class TensorFeaturizerTests
{
    private static readonly FeatureSettings Settings = FeatureSettings.FixedBins(8);

    [Fact]
    public void Run_GoodAndPoisonTensors_FeaturesForGoodOnesAndReasonsForTheRest()
    {
        var good = Tensor("s1", Ramp(4 * 4 * 3), Full(4 * 4 * 3));
        var empty = Tensor("s2", Ramp(4 * 4 * 3), new byte[4 * 4 * 3]);
        var nanPixels = Ramp(4 * 4 * 3);
        nanPixels[5] = float.NaN;
        var nan = Tensor("s3", nanPixels, Full(4 * 4 * 3));
        var shortMask = Tensor("s4", Ramp(4 * 4 * 3), Full(10));

        var result = TensorFeaturizer.Run([good, empty, nan, shortMask], Settings);

        Assert.Equal(1, result.Features.RowCount);
        Assert.Equal("s1", result.Features.Column<string>("series_uid")[0]);
        var expected = RadiomicsExtractor.Extract(Ramp(4 * 4 * 3), Full(4 * 4 * 3), 4, 4, 3, 1, 1, 2, Settings);
        for (int f = 0; f < expected.Length; f++)
        {
            double? actual = result.Features.Column<double?>(2 + f)[0];
            Assert.True(actual.Equals(expected[f]), $"{RadiomicsExtractor.Features[f].ColumnName}: expected {expected[f]}, got {actual}");
        }
        Assert.Equal(
            new[] { ("s2", "feature_empty_mask"), ("s3", "feature_nonfinite_intensity"), ("s4", "feature_invalid_shape") },
            result.Quarantine.Select(q => (q.RecordKey!, q.Reason)).ToArray());
        Assert.All(result.Quarantine, q =>
        {
            Assert.Equal("featurize", q.Stage);
            Assert.Equal("raw/tensors/part-0.parquet", q.SourceFile);
            Assert.False(string.IsNullOrWhiteSpace(q.Detail));
        });
    }

    [Fact]
    public void Run_PixelBytesNotWholeFloats_QuarantinedNotThrown()
    {
        var t = Tensor("s5", Ramp(8), Full(8)) with { Pixels = new byte[31] };

        var result = TensorFeaturizer.Run([t], Settings);

        Assert.Equal(0, result.Features.RowCount);
        Assert.Equal("feature_invalid_shape", Assert.Single(result.Quarantine).Reason);
    }

    [Fact]
    public void Run_SettingsWithProcessingChain_EqualsPreprocessorThenExtractorAndQuarantinesEmptiedRois()
    {
        var processing = new PreprocessingSettings(spacing: 1.5, rangeMin: 15);
        var settings = new ExtractionSettings(processing, Settings);
        var good = Tensor("s1", Ramp(4 * 4 * 3), Full(4 * 4 * 3));
        // Every intensity below the re-segmentation range: the chain empties the ROI.
        var emptied = Tensor("s2", new float[4 * 4 * 3], Full(4 * 4 * 3));

        var result = TensorFeaturizer.Run([good, emptied], settings);

        var ready = ImagePreprocessor.Run(Ramp(4 * 4 * 3), Full(4 * 4 * 3), new VolumeShape(4, 4, 3), 1, 1, 2, processing);
        var expected = RadiomicsExtractor.Extract(ready.Values, ready.Mask, ready.Shape.Nx, ready.Shape.Ny, ready.Shape.Nz,
            ready.SpacingX, ready.SpacingY, ready.SpacingZ, Settings);
        var unprocessed = RadiomicsExtractor.Extract(Ramp(4 * 4 * 3), Full(4 * 4 * 3), 4, 4, 3, 1, 1, 2, Settings);
        Assert.Equal(1, result.Features.RowCount);
        for (int f = 0; f < expected.Length; f++)
        {
            double? actual = result.Features.Column<double?>(2 + f)[0];
            Assert.True(actual.Equals(expected[f]), $"{RadiomicsExtractor.Features[f].ColumnName}: expected {expected[f]}, got {actual}");
        }

        Assert.NotEqual(unprocessed, expected);
        var q = Assert.Single(result.Quarantine);
        Assert.Equal(("s2", "feature_empty_mask"), (q.RecordKey, q.Reason));
    }

    private static SilverTensor Tensor(string series, float[] pixels, byte[] mask) =>
        new("study-" + series, series, 4, 4, 3, 1, 1, 2, MemoryMarshal.AsBytes(pixels.AsSpan()).ToArray(), mask, "raw/tensors/part-0.parquet", 7);

    private static float[] Ramp(int n) => Enumerable.Range(0, n).Select(i => (float)(i % 7) * 10).ToArray();

    private static byte[] Full(int n) => Enumerable.Repeat((byte)1, n).ToArray();
}
