using System.Globalization;
using MedSpark.Udfs.Interop;
using MedSpark.Udfs.Radiomics;
using Xunit;

namespace MedSpark.Tests.Udfs.Imaging;

/// <summary>
/// The 2D slice GLCM fast path (<c>medfeat_glcm_slice</c>) against scikit-image 0.19 graycomatrix counts in
/// tests/data/skimage/glcm_2d_random.txt (13 x 11 image, levels 1..8, distance 1, 4 angles, symmetric).
/// </summary>
public sealed class GlcmSliceScikitImageTests
{
    [Fact]
    public void GlcmSlice_Random2dImage_EqualsScikitImageMatrices()
    {
        int nx = 0, ny = 0;
        byte[] grey = [];
        var matrices = new Dictionary<(int Dx, int Dy), double[]>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "data", "skimage", "glcm_2d_random.txt")))
        {
            var p = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            int I(int k) => int.Parse(p[k], CultureInfo.InvariantCulture);
            switch (p.FirstOrDefault())
            {
                case "dims": (nx, ny) = (I(1), I(2)); break;
                // skimage saw value - 1 (levels 0..7); the fast path takes the same 0-based levels.
                case "values": grey = p.Skip(1).Select(v => (byte)(int.Parse(v, CultureInfo.InvariantCulture) - 1)).ToArray(); break;
                case "matrix": matrices[(I(1), I(2))] = p.Skip(3).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray(); break;
            }
        }

        const int levels = 8;
        var counts = new uint[4 * levels * levels];
        MedFeatNative.ThrowIfFailed(MedFeatNative.GlcmSlice(grey, grey.Length, nx, ny, levels, 1, counts, (nuint)counts.Length), "glcm slice");

        var angleOffsets = new[] { (1, 0), (1, 1), (0, 1), (-1, 1) };
        for (int a = 0; a < 4; a++)
        {
            var expected = matrices[angleOffsets[a]];
            for (int c = 0; c < levels * levels; c++)
            {
                Assert.True(counts[(a * levels * levels) + c] == expected[c],
                    $"angle {a * 45} cell (i={c / levels}, j={c % levels}): medfeat {counts[(a * levels * levels) + c]}, scikit-image {expected[c]}.");
            }
        }
    }
}
