using System.Globalization;
using MedSpark.Udfs.Imaging;
using Xunit;

namespace MedSpark.Tests.Udfs.Imaging;

/// <summary>
/// <see cref="NiftiReader"/> against nibabel 5.0 (tests/data/nifti/nifti_golden.txt, from make_nifti.py beside it):
/// every supported datatype, both byte orders, gzip and plain, scl_slope/scl_inter, anisotropic pixdim, and the IBSI
/// digital phantom's image.nii.gz / mask.nii.gz (tests/data/ibsi, CC-BY 4.0).
/// </summary>
public sealed class NiftiReaderTests
{
    public static TheoryData<string> GoldenFiles() => new(Golden().Keys);

    [Theory]
    [MemberData(nameof(GoldenFiles))]
    public void Read_GoldenFile_EqualsNibabel(string name)
    {
        var (shape, spacing, expected) = Golden()[name];
        var image = NiftiReader.Read(DataPath(name));

        Assert.Equal(shape, image.Shape);
        Assert.True(Math.Abs(image.SpacingX - spacing[0]) < 1e-6 && Math.Abs(image.SpacingY - spacing[1]) < 1e-6 && Math.Abs(image.SpacingZ - spacing[2]) < 1e-6,
            $"{name}: spacing ({image.SpacingX}, {image.SpacingY}, {image.SpacingZ}), nibabel ({string.Join(", ", spacing)}).");
        for (int v = 0; v < expected.Length; v++)
        {
            Assert.True(image.Values[v] == (float)expected[v],
                string.Create(CultureInfo.InvariantCulture, $"{name} voxel {v}: reader {image.Values[v]:R}, nibabel {expected[v]:R}."));
        }
    }

    [Fact]
    public void Read_IbsiPhantom_EqualsDigitalPhantomTable()
    {
        var phantom = IbsiPhantom.Instance;
        var image = NiftiReader.Read(IbsiPhantom.DataPath("image.nii.gz"));
        var mask = NiftiReader.Read(IbsiPhantom.DataPath("mask.nii.gz")).ToMask();

        Assert.Equal(new VolumeShape(phantom.Nx, phantom.Ny, phantom.Nz), image.Shape);
        Assert.Equal(phantom.Values, image.Values);
        Assert.Equal(phantom.Mask.Select(m => m != 0 ? (byte)1 : (byte)0), mask);
        Assert.Equal(4, image.Datatype);
    }

    [Fact]
    public void Parse_TruncatedOrForeignBytes_ThrowsNamingFileAndField()
    {
        var bytes = File.ReadAllBytes(DataPath("int16_be.nii"));

        var truncated = Assert.Throws<NiftiFormatException>(() => NiftiReader.Parse(bytes.AsSpan(0, bytes.Length - 1), "t.nii"));
        Assert.Contains("t.nii", truncated.Message);
        Assert.Contains("header describes", truncated.Message);

        var foreign = (byte[])bytes.Clone();
        foreign[346] = (byte)'2';
        Assert.Contains("magic", Assert.Throws<NiftiFormatException>(() => NiftiReader.Parse(foreign, "f.nii")).Message);

        var badType = (byte[])bytes.Clone();
        badType[70] = 0;
        badType[71] = 128; // big-endian datatype 128 (RGB24)
        Assert.Contains("datatype 128", Assert.Throws<NiftiFormatException>(() => NiftiReader.Parse(badType, "r.nii")).Message);

        Assert.Contains("sizeof_hdr", Assert.Throws<NiftiFormatException>(() => NiftiReader.Parse(new byte[400], "z.nii")).Message);
    }

    private static string DataPath(string name) =>
        name.StartsWith("../ibsi/", StringComparison.Ordinal)
            ? IbsiPhantom.DataPath(name["../ibsi/".Length..])
            : Path.Combine(AppContext.BaseDirectory, "data", "nifti", name);

    private static Dictionary<string, (VolumeShape Shape, double[] Spacing, double[] Values)> Golden()
    {
        var golden = new Dictionary<string, (VolumeShape, double[], double[])>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "data", "nifti", "nifti_golden.txt")))
        {
            var p = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (p.Length == 0 || p[0] != "file") continue;
            int I(int k) => int.Parse(p[k], CultureInfo.InvariantCulture);
            double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);
            golden[p[1]] = (new VolumeShape(I(2), I(3), I(4)), p.Skip(5).Take(3).Select(D).ToArray(), p.Skip(8).Select(D).ToArray());
        }

        return golden;
    }
}
