using MedSpark.Shared.Cleaning;
using MedSpark.Shared.Schemas;
using Xunit;

namespace MedSpark.Tests.Cleaning;

public class TensorValidationTests
{
    private static BronzeTensorRow Volume(Action<float[], byte[]>? edit = null, int trimPixelBytes = 0)
    {
        const int n = 4 * 3 * 2;
        var pixels = new float[n];
        var mask = new byte[n];
        for (int i = 0; i < n; i++) pixels[i] = i;
        mask[5] = mask[6] = 1;
        edit?.Invoke(pixels, mask);
        var bytes = new byte[n * 4];
        Buffer.BlockCopy(pixels, 0, bytes, 0, bytes.Length);
        return new BronzeTensorRow("1.2.1", "1.2.1.1", 4, 3, 2, 0.7, 0.7, 2.5, bytes[..^trimPixelBytes], mask, "raw/tensors/part-00000.parquet", 0);
    }

    [Fact]
    public void ValidateTensor_GoodVolume_Silver()
    {
        var (row, rejected) = Curation.ValidateTensor(Volume());
        Assert.Null(rejected);
        Assert.Equal((4, 3, 2), (row!.SizeX, row.SizeY, row.SizeZ));
    }

    [Fact]
    public void ValidateTensor_NaNInsideMask_NanInMaskWithVoxel()
    {
        var (_, q) = Curation.ValidateTensor(Volume((p, _) => p[6] = float.NaN));
        Assert.Equal(QuarantineReasons.NonFiniteInMask, q!.Reason);
        Assert.Contains("first at voxel 6 (x=2, y=1, z=0)", q.Detail);
        Assert.Equal("1.2.1", q.RecordKey);
    }

    [Fact]
    public void ValidateTensor_NaNOutsideMask_Silver()
    {
        Assert.Null(Curation.ValidateTensor(Volume((p, _) => p[0] = float.NaN)).Rejected);
    }

    [Fact]
    public void ValidateTensor_EmptyMask_EmptyMask()
    {
        Assert.Equal(QuarantineReasons.EmptyMask, Curation.ValidateTensor(Volume((_, m) => Array.Clear(m))).Rejected!.Reason);
    }

    [Fact]
    public void ValidateTensor_PixelBytesShort_ShapeMismatchWithBothLengths()
    {
        var q = Curation.ValidateTensor(Volume(trimPixelBytes: 4)).Rejected!;
        Assert.Equal(QuarantineReasons.TensorShapeMismatch, q.Reason);
        Assert.Equal("column 'pixels' has 92 bytes, 4x3x2 float32 needs 96", q.Detail);
    }
}
