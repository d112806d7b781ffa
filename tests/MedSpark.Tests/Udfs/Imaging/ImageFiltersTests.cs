using MedSpark.Udfs.Imaging;
using MedSpark.Udfs.Radiomics;
using Xunit;

namespace MedSpark.Tests.Udfs.Imaging;

public sealed class ImageFiltersTests
{
    [Fact]
    public void Filters_ConcurrentCalls_EqualSerialResults()
    {
        var (shape, image) = FiltersGolden.Instance.Images["volume"];
        float[] Run(int kind)
        {
            var output = new float[image.Length];
            if (kind == 0) ImageFilters.Gaussian(image, shape, 1.5, output);
            else if (kind == 1) ImageFilters.Median(image, shape, 1, output);
            else ImageFilters.LaplacianOfGaussian(image, shape, 1.0, output);
            return output;
        }

        var serial = Enumerable.Range(0, 3).Select(Run).ToArray();
        var parallel = new float[24][];
        Parallel.For(0, parallel.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = Run(i % 3));

        for (int i = 0; i < parallel.Length; i++)
        {
            for (int k = 0; k < image.Length; k++)
            {
                Assert.True(parallel[i][k].Equals(serial[i % 3][k]), $"call {i} (filter {i % 3}) voxel {k}: concurrent {parallel[i][k]}, serial {serial[i % 3][k]}.");
            }
        }
    }

    [Fact]
    public void Gaussian_NaNPixel_ThrowsNonFinite()
    {
        var image = new float[12];
        image[5] = float.NaN;

        var e = Assert.Throws<MedFeatException>(() => ImageFilters.Gaussian(image, new VolumeShape(4, 3), 1.0, new float[12]));

        Assert.Equal(MedFeatStatus.NonFinite, e.Status);
    }

    [Fact]
    public void Canny_VolumeInput_ThrowsShape()
    {
        var e = Assert.Throws<MedFeatException>(() => ImageFilters.Canny(new float[24], new VolumeShape(4, 3, 2), 1.0, 0.1, 0.2, new byte[24]));

        Assert.Equal(MedFeatStatus.Shape, e.Status);
    }

    [Fact]
    public void OtsuThreshold_TwoLevelImage_SeparatesLevels()
    {
        var image = Enumerable.Range(0, 100).Select(i => i < 60 ? 10f : 50f).ToArray();

        double t = ImageFilters.OtsuThreshold(image, new VolumeShape(10, 10));

        Assert.True(t >= 10 && t < 50, $"threshold {t} does not separate 10 from 50");
    }

    [Fact]
    public void LargestComponent_TwoBlobs_KeepsBigger()
    {
        // 1D-like 7 x 1 mask: blob of 2, gap, blob of 3.
        byte[] mask = [1, 1, 0, 1, 1, 1, 0];
        var output = new byte[7];

        long voxels = ImageFilters.LargestComponent(mask, new VolumeShape(7, 1), output);

        Assert.Equal(3, voxels);
        Assert.Equal(new byte[] { 0, 0, 0, 1, 1, 1, 0 }, output);
    }
}
