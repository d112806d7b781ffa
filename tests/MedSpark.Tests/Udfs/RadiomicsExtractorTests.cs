using System.Globalization;
using MedSpark.Udfs.Radiomics;
using Xunit;

namespace MedSpark.Tests.Udfs;

public sealed class RadiomicsExtractorTests
{
    /// <summary>IBSI-1 feature count per aggregation for each implemented texture family, with its aggregations.</summary>
    private static readonly (string Family, int Count, string[] Aggregations)[] s_textureFamilies =
    [
        ("glcm", 25, ["2D, averaged", "2D, slice-merged", "2.5D, direction-merged", "2.5D, merged", "3D, averaged", "3D, merged"]),
        ("glrlm", 16, ["2D, averaged", "2D, slice-merged", "2.5D, direction-merged", "2.5D, merged", "3D, averaged", "3D, merged"]),
        ("glszm", 16, ["2D", "2.5D", "3D"]),
        ("gldzm", 16, ["2D", "2.5D", "3D"]),
        ("ngtdm", 5, ["2D", "2.5D", "3D"]),
        ("ngldm", 17, ["2D", "2.5D", "3D"]),
    ];

    private static readonly Dictionary<string, TextureMatrixKind> s_matrixKinds = new()
    {
        ["glcm"] = TextureMatrixKind.Glcm,
        ["glrlm"] = TextureMatrixKind.Glrlm,
        ["glszm"] = TextureMatrixKind.Glszm,
        ["gldzm"] = TextureMatrixKind.Gldzm,
        ["ngldm"] = TextureMatrixKind.Ngldm,
        ["ngtdm"] = TextureMatrixKind.Ngtdm,
    };

    public static TheoryData<int, string, string, string, double, double> ReferenceRows()
    {
        var data = new TheoryData<int, string, string, string, double, double>();
        var references = IbsiPhantom.References();
        for (int k = 0; k < references.Count; k++)
        {
            var r = references[k];
            data.Add(k, r.Family, r.Feature, r.Aggregation, r.Value, r.Tolerance);
        }

        return data;
    }

    public static TheoryData<string, string> TextureMatrixKeys()
    {
        var data = new TheoryData<string, string>();
        foreach (var (matrix, slice) in IbsiPhantom.TextureMatrices().Keys)
        {
            data.Add(matrix, slice);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ReferenceRows))]
    public void Extract_IbsiPhantom_MatchesReferenceValue(int row, string family, string feature, string aggregation, double reference, double tolerance)
    {
        var features = RadiomicsExtractor.Features;
        int index = MatchReferences()[row];
        Assert.True(index >= 0, $"No feature implements reference row {row}: {family} {feature} ('{aggregation}').");

        double actual = ExtractPhantom()[index];

        Assert.True(
            Math.Abs(actual - reference) <= tolerance,
            string.Create(CultureInfo.InvariantCulture,
                $"{features[index].ColumnName} ({feature}, {features[index].IbsiCode}, '{aggregation}'): computed {actual:R}, IBSI reference {reference:R} +/- {tolerance:R}."));
    }

    [Fact]
    public void Features_ReferenceRows_CodesAgreeExceptTableErrata()
    {
        var references = IbsiPhantom.References();
        var matched = MatchReferences();
        var wrong = new List<string>();
        for (int k = 0; k < references.Count; k++)
        {
            if (matched[k] < 0)
            {
                continue;
            }

            var f = RadiomicsExtractor.Features[matched[k]];
            string expected = CodeErratum(references[k]) ?? references[k].Code;
            if (f.IbsiCode != expected)
            {
                wrong.Add($"{f.ColumnName}: medfeat {f.IbsiCode}, table '{references[k].Code}'");
            }
        }

        Assert.True(wrong.Count == 0, "IBSI codes disagree: " + string.Join("; ", wrong));
    }

    [Fact]
    public void Features_ImplementedFamilies_EveryReferenceRowHasFeatureAndEveryFeatureHasReferenceRow()
    {
        var references = IbsiPhantom.References();
        var features = RadiomicsExtractor.Features;

        var matched = MatchReferences();
        var missingFeatures = references
            .Where((r, k) => matched[k] < 0)
            .Select(r => $"{r.Family} {r.Feature} ({r.Code}, '{r.Aggregation}')")
            .ToList();
        var missingReferences = features
            .Select((f, i) => (f, i))
            // Every feature with an IBSI code; the codeless voxel count is an IBSI diagnostic without a reference.
            .Where(p => p.f.IbsiCode.Length > 0)
            .Where(p => !matched.Contains(p.i))
            .Select(p => $"{p.f.ColumnName} ({p.f.IbsiCode}, '{p.f.Aggregation}')")
            .ToList();

        Assert.True(missingFeatures.Count == 0, "Reference rows without a feature: " + string.Join("; ", missingFeatures));
        Assert.True(missingReferences.Count == 0, "Features without a reference row: " + string.Join("; ", missingReferences));
        Assert.Equal(18, references.Count(r => r.Family == "intensity_statistics"));
        Assert.Equal(25, references.Count(r => r.Family == "morphology"));
        Assert.Equal(2, references.Count(r => r.Family == "local_intensity"));
        Assert.Equal(23, references.Count(r => r.Family == "intensity_histogram"));
        Assert.Equal(6, references.Count(r => r.Family == "intensity_volume_histogram"));
        foreach (var (family, count, aggregations) in s_textureFamilies)
        {
            Assert.True(count * aggregations.Length == references.Count(r => r.Family == family), $"reference rows of {family}");
        }

        // The IBSI-1 table has 482 digital phantom rows; all are reproduced (none is left out as unimplemented).
        Assert.Equal(482, references.Count);
    }

    [Fact]
    public void Extract_IbsiPhantom_VoxelCountIs74()
    {
        int index = RadiomicsExtractor.Features.ToList().FindIndex(f => f.ColumnName == FeatureColumns.MorphVoxelCount);

        Assert.Equal(74.0, ExtractPhantom()[index]);
    }

    [Fact]
    public void Features_ColumnNames_MatchFeatureColumnsInOrder()
    {
        Assert.Equal(FeatureColumns.All, RadiomicsExtractor.Features.Select(f => f.ColumnName).ToArray());
        Assert.Equal(FeatureColumns.All.Count, FeatureColumns.All.Distinct().Count());
        Assert.All(FeatureColumns.All, c => Assert.Matches("^[a-z0-9_]+$", c));
    }

    [Fact]
    public void Features_TextureFamilies_HaveIbsiFeatureCountPerAggregation()
    {
        var features = RadiomicsExtractor.Features;

        Assert.Equal(18, features.Count(f => f.Family == "intensity_statistics"));
        foreach (var (family, count, aggregations) in s_textureFamilies)
        {
            foreach (var aggregation in aggregations)
            {
                int actual = features.Count(f => f.Family == family && f.Aggregation == aggregation);
                Assert.True(count == actual, $"{family} '{aggregation}': {actual} features, IBSI defines {count}.");
            }

            Assert.Equal(count * aggregations.Length, features.Count(f => f.Family == family));
        }

        Assert.Contains(features, f => f.ColumnName == "glcm_joint_max_3d_avg" && f.IbsiCode == "GYBY" && f.Name == "Joint maximum");
        Assert.Contains(features, f => f.ColumnName == "glcm_joint_max_2d_avg" && f.Aggregation == "2D, averaged");
        Assert.Contains(features, f => f.ColumnName == "glrlm_sre_3d_avg" && f.IbsiCode == "22OV");
        Assert.Contains(features, f => f.ColumnName == "ngldm_dc_energy_25d" && f.IbsiCode == "CAS9" && f.Aggregation == "2.5D");
    }

    [Theory]
    [MemberData(nameof(TextureMatrixKeys))]
    public void TextureMatrix_IbsiPhantom_MatchesDocs06Matrix(string matrix, string slice)
    {
        var expected = IbsiPhantom.TextureMatrices()[(matrix, slice)];
        var kind = s_matrixKinds[matrix];
        int z = slice == "3d" ? -1 : int.Parse(slice, CultureInfo.InvariantCulture) - 1;
        var p = IbsiPhantom.Instance;
        var actual = new Dictionary<(int I, int J), double>();

        // docs/06 lists GLCM and GLRLM merged over directions: the 4 in-plane ones of a slice, or all 13 in 3D.
        int[][] directions = kind is TextureMatrixKind.Glcm or TextureMatrixKind.Glrlm
            ? (z < 0 ? Directions3d : Directions3d.Where(d => d[2] == 0).ToArray())
            : [[0, 0, 0]];
        foreach (var d in directions)
        {
            var (values, rows, cols) = RadiomicsExtractor.TextureMatrix(
                p.Values, p.Mask, p.Nx, p.Ny, p.Nz, FeatureSettings.Default, kind, z, d[0], d[1], d[2]);
            Assert.Equal(6, rows);
            for (int c = 0; c < values.Length; c++)
            {
                if (values[c] != 0)
                {
                    var cell = (c / cols + 1, c % cols + 1);
                    actual[cell] = actual.GetValueOrDefault(cell) + values[c];
                }
            }
        }

        foreach (var cell in expected.Keys.Union(actual.Keys))
        {
            double want = expected.GetValueOrDefault(cell), got = actual.GetValueOrDefault(cell);
            // NGTDM s_i are printed with 6 decimals in docs/06.
            Assert.True(Math.Abs(want - got) <= 5e-7, $"{matrix} slice {slice}, cell (i={cell.Item1}, j={cell.Item2}): computed {got:R}, IBSI docs/06 {want:R}.");
        }
    }

    [Theory]
    [InlineData(0, 0, 1, "0 0 1")]
    [InlineData(1, 0, 0, "1 0 0")]
    public void GlcmCounts_IbsiPhantomDirection_MatchesDocs06Matrix(int dx, int dy, int dz, string key)
    {
        var expected = IbsiPhantom.GlcmMatrices()[key];

        var (counts, levels) = GlcmPhantom(dx, dy, dz);

        AssertMatrix(expected, counts, levels, $"direction ({key})");
    }

    [Fact]
    public void GlcmCounts_IbsiPhantomSumOf13Directions_MatchesDocs06MergedMatrix()
    {
        var merged = new double[36];
        foreach (var d in Directions3d)
        {
            var (counts, levels) = GlcmPhantom(d[0], d[1], d[2]);
            Assert.Equal(6, levels);
            for (int c = 0; c < merged.Length; c++)
            {
                merged[c] += counts[c];
            }
        }

        AssertMatrix(IbsiPhantom.GlcmMatrices()["merged"], merged, 6, "merged");
    }

    [Fact]
    public async Task Extract_ParallelCalls_GiveIdenticalResults()
    {
        var phantom = IbsiPhantom.Instance;
        var random = RandomImage(seed: 7, nx: 17, ny: 13, nz: 5);
        var settings = FeatureSettings.FixedBins(16);
        double[] phantomExpected = ExtractPhantom();
        double[] randomExpected = RadiomicsExtractor.Extract(random.Pixels, random.Mask, 17, 13, 5, 0.7, 0.7, 2.5, settings);

        var tasks = Enumerable.Range(0, 64).Select(i => Task.Run(() => i % 2 == 0
            ? (Expected: phantomExpected, Actual: ExtractPhantom())
            : (Expected: randomExpected, Actual: RadiomicsExtractor.Extract(random.Pixels, random.Mask, 17, 13, 5, 0.7, 0.7, 2.5, settings))));
        var results = await Task.WhenAll(tasks);

        foreach (var (expected, actual) in results)
        {
            for (int k = 0; k < expected.Length; k++)
            {
                Assert.True(
                    BitConverter.DoubleToInt64Bits(expected[k]) == BitConverter.DoubleToInt64Bits(actual[k]),
                    $"{RadiomicsExtractor.Features[k].ColumnName}: sequential {expected[k]:R}, parallel {actual[k]:R}.");
            }
        }
    }

    [Fact]
    public void Extract_2dImage_AveragesOnlyInPlaneDirections()
    {
        // nz = 1: the 9 directions with dz != 0 have no pairs, so "averaged" must use the 4 in-plane ones.
        var image = RandomImage(seed: 3, nx: 9, ny: 8, nz: 1);
        var settings = FeatureSettings.FixedBins(8);

        double[] values = RadiomicsExtractor.Extract(image.Pixels, image.Mask, 9, 8, 1, 1, 1, 1, settings);

        Assert.All(values.Select((v, k) => (v, k)), p => Assert.False(double.IsNaN(p.v), RadiomicsExtractor.Features[p.k].ColumnName));
    }

    [Fact]
    public void Extract_NativeVersion_IsSemantic()
    {
        Assert.Matches(@"^\d+\.\d+\.\d+$", RadiomicsExtractor.NativeVersion);
    }

    [Fact]
    public void Extract_EmptyMask_ThrowsWithStatusAndContext()
    {
        var phantom = IbsiPhantom.Instance;

        var e = Assert.Throws<MedFeatException>(() => RadiomicsExtractor.Extract(
            phantom.Values, new byte[phantom.Mask.Length], phantom.Nx, phantom.Ny, phantom.Nz, 2, 2, 2, FeatureSettings.Default,
            "study=1.2.3 series=4.5.6"));

        Assert.Equal(MedFeatStatus.EmptyMask, e.Status);
        Assert.Equal("study=1.2.3 series=4.5.6", e.Context);
        Assert.Contains("series=4.5.6", e.Message);
    }

    internal static (float[] Pixels, byte[] Mask) RandomImage(int seed, int nx, int ny, int nz)
    {
        var rng = new Random(seed);
        var pixels = new float[nx * ny * nz];
        var mask = new byte[pixels.Length];
        for (int v = 0; v < pixels.Length; v++)
        {
            pixels[v] = (float)(rng.NextDouble() * 200 - 50);
            mask[v] = (byte)(rng.Next(4) == 0 ? 0 : 1);
        }

        return (pixels, mask);
    }

    private static double[] ExtractPhantom()
    {
        var p = IbsiPhantom.Instance;
        return RadiomicsExtractor.Extract(p.Values, p.Mask, p.Nx, p.Ny, p.Nz, p.Spacing[0], p.Spacing[1], p.Spacing[2], FeatureSettings.Default);
    }

    private static (double[] Counts, int Levels) GlcmPhantom(int dx, int dy, int dz)
    {
        var p = IbsiPhantom.Instance;
        return RadiomicsExtractor.GlcmCounts(p.Values, p.Mask, p.Nx, p.Ny, p.Nz, FeatureSettings.Default, dx, dy, dz);
    }

    private static int[][] Directions3d =>
    [
        [0, 0, 1], [0, 1, -1], [0, 1, 0], [0, 1, 1], [1, -1, -1], [1, -1, 0], [1, -1, 1],
        [1, 0, -1], [1, 0, 0], [1, 0, 1], [1, 1, -1], [1, 1, 0], [1, 1, 1],
    ];

    /// <summary>
    /// The feature index each reference row describes, -1 for none: same family, name (rst markup such as
    /// "10\\ :sup:`th`" removed) and aggregation. The IBSI table repeats a name for V10 / V90 and I10 / I90;
    /// repeated rows take the features of that name in output order. Names, not codes, are matched because the
    /// table has code errors (see <see cref="CodeErratum"/>).
    /// </summary>
    private static int[] MatchReferences()
    {
        var features = RadiomicsExtractor.Features;
        var seen = new Dictionary<string, int>();
        return IbsiPhantom.References().Select(r =>
        {
            string key = $"{r.Family}|{PlainName(r.Feature)}|{r.Aggregation}";
            int occurrence = seen[key] = seen.GetValueOrDefault(key) + 1;
            for (int i = 0; i < features.Count; i++)
            {
                if ($"{features[i].Family}|{features[i].Name}|{features[i].Aggregation}" == key && --occurrence == 0)
                {
                    return i;
                }
            }

            return -1;
        }).ToArray();
    }

    /// <summary>Removes rst markup ("10\\ :sup:`th`") and the typographic apostrophe of "Moran’s I index".</summary>
    private static string PlainName(string name) =>
        System.Text.RegularExpressions.Regex.Replace(name, @"\\ :sup:`(\w+)`", "$1").Replace('\u2019', '\'');

    /// <summary>The IBSI manual's code where the reference table gives a wrong one (see tests/data/ibsi/README.md).</summary>
    private static string? CodeErratum(IbsiPhantom.Reference r) => (r.Family, PlainName(r.Feature)) switch
    {
        // The table shifts two intensity histogram codes by one row (P10 repeats the minimum's 1PR8).
        ("intensity_histogram", "10th discretised intensity percentile") => "GPMT",
        ("intensity_histogram", "90th discretised intensity percentile") => "OZ0C",
        // The table lists GLSZM small zone emphasis without its code.
        ("glszm", "Small zone emphasis") when r.Code.Length == 0 => "5QRC",
        _ => null,
    };

    private static void AssertMatrix(Dictionary<(int I, int J), double> expected, double[] counts, int levels, string what)
    {
        Assert.Equal(6, levels);
        for (int i = 1; i <= levels; i++)
        {
            for (int j = 1; j <= levels; j++)
            {
                double want = expected.GetValueOrDefault((i, j));
                double got = counts[(i - 1) * levels + (j - 1)];
                Assert.True(want == got, $"GLCM {what}, cell (i={i}, j={j}): computed {got}, IBSI docs/06 {want}.");
            }
        }
    }
}
