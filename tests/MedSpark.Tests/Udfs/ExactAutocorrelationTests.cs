using MedSpark.Udfs.Radiomics;
using Xunit;

namespace MedSpark.Tests.Udfs;

public sealed class ExactAutocorrelationTests
{
    [Fact]
    public void Extract_ExactAutocorrelationOnLargeRoi_EqualsPairSumDefinition()
    {
        // 13 x 14 x 15 with ~90 % in the ROI: more than the 2,048 voxels the default sums exactly.
        const int nx = 13, ny = 14, nz = 15;
        double sx = 0.8, sy = 1.1, sz = 2.0;
        var random = new Random(20261121);
        var pixels = new float[nx * ny * nz];
        var mask = new byte[pixels.Length];
        var voxels = new List<(double X, double Y, double Z, double Value)>();
        for (int z = 0; z < nz; z++)
        for (int y = 0; y < ny; y++)
        for (int x = 0; x < nx; x++)
        {
            int v = (z * ny + y) * nx + x;
            pixels[v] = (float)(3 * x - 2 * z + random.Next(20));
            mask[v] = (byte)(random.Next(10) < 9 ? 1 : 0);
            if (mask[v] != 0) voxels.Add((x * sx, y * sy, z * sz, pixels[v]));
        }
        Assert.True(voxels.Count > 2048);
        var (moran, geary) = PairSums(voxels);

        var exact = RadiomicsExtractor.Extract(pixels, mask, nx, ny, nz, sx, sy, sz,
            new FeatureSettings(Discretisation.FixedBinNumber, binNumber: 16, exactAutocorrelation: true));
        var sampled = RadiomicsExtractor.Extract(pixels, mask, nx, ny, nz, sx, sy, sz, FeatureSettings.FixedBins(16));

        int i = Index("morph_moran_i"), c = Index("morph_geary_c");
        Assert.True(Math.Abs(exact[i] - moran) < 1e-10, $"Moran's I {exact[i]:R}, pair sums {moran:R}");
        Assert.True(Math.Abs(exact[c] - geary) < 1e-10, $"Geary's C {exact[c]:R}, pair sums {geary:R}");
        Assert.NotEqual(exact[i], sampled[i]);  // the default is the sampled estimate
    }

    [Fact]
    public void Extract_ExactAutocorrelationBoxTooLarge_TooLargeErrorResult()
    {
        // A 2049 x 1025 slice, its first row and far corner in the ROI: the transform grid would be 2^25 cells.
        const int nx = 2049, ny = 1025;
        var pixels = new float[nx * ny];
        var mask = new byte[pixels.Length];
        for (int x = 0; x < nx; x++) mask[x] = 1;
        mask[^1] = 1;

        var result = RadiomicsUdf.Extract(pixels, mask, nx, ny, 1, 1, 1, 1,
            new FeatureSettings(Discretisation.FixedBinNumber, binNumber: 8, exactAutocorrelation: true), "series 9.9");

        Assert.Equal("too_large", result.ErrorCode);
        Assert.Contains("series 9.9", result.ErrorMessage);
        Assert.True(RadiomicsUdf.Extract(pixels, mask, nx, ny, 1, 1, 1, 1, FeatureSettings.FixedBins(8)).IsSuccess);
    }

    // IBSI 3.1.24 / 3.1.25 over all ordered pairs k != l, w = 1 / distance.
    private static (double Moran, double Geary) PairSums(List<(double X, double Y, double Z, double Value)> voxels)
    {
        double n = voxels.Count, mean = voxels.Average(p => p.Value);
        double weights = 0, cross = 0, differences = 0, squares = voxels.Sum(p => (p.Value - mean) * (p.Value - mean));
        for (int k = 0; k < voxels.Count; k++)
        for (int l = 0; l < voxels.Count; l++)
        {
            if (k == l) continue;
            var (a, b) = (voxels[k], voxels[l]);
            double w = 1 / Math.Sqrt((a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y) + (a.Z - b.Z) * (a.Z - b.Z));
            weights += w;
            cross += w * (a.Value - mean) * (b.Value - mean);
            differences += w * (a.Value - b.Value) * (a.Value - b.Value);
        }

        return (n / weights * cross / squares, (n - 1) / (2 * weights) * differences / squares);
    }

    private static int Index(string column)
    {
        for (int i = 0; i < RadiomicsExtractor.Features.Count; i++)
        {
            if (RadiomicsExtractor.Features[i].ColumnName == column) return i;
        }

        throw new ArgumentException($"no feature {column}");
    }
}
