using System.Text.Json;
using MedSpark.Jobs;
using MedSpark.Udfs.Radiomics;
using Xunit;

namespace MedSpark.Tests.Tools;

/// <summary><c>medspark features extract</c> on the IBSI phantom NIfTI files (tests/data/ibsi).</summary>
public sealed class FeatureCommandsTests
{
    private static string Data(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "data", .. parts]);

    [Fact]
    public void Extract_PhantomJson_EveryFeatureWithCodeAndIbsiValue()
    {
        var output = new StringWriter();

        int code = FeatureCommands.Extract(Data("ibsi", "image.nii.gz"), Data("ibsi", "mask.nii.gz"), null, asJson: true, output);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output.ToString());
        var features = json.RootElement.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(RadiomicsExtractor.Features.Count, features.Count);
        Assert.Equal(74, json.RootElement.GetProperty("roiVoxels").GetInt32());
        // IBSI-1 phantom reference: GLCM joint maximum (GYBY), 3D averaged = 0.503 (tolerance: 3 significant digits).
        var jointMax = features.First(f => f.GetProperty("column").GetString() == "glcm_joint_max_3d_avg");
        Assert.Equal("GYBY", jointMax.GetProperty("ibsiCode").GetString());
        Assert.Equal(0.503, jointMax.GetProperty("value").GetDouble(), 0.0005);
    }

    [Fact]
    public void Extract_PhantomTable_OneLinePerFeature()
    {
        var output = new StringWriter();

        FeatureCommands.Extract(Data("ibsi", "image.nii.gz"), Data("ibsi", "mask.nii.gz"), null, asJson: false, output);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Feature", lines[0]);
        Assert.Equal(RadiomicsExtractor.Features.Count + 1, lines.Length);
        Assert.Contains(lines, l => l.Contains("GYBY", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_BadSettingsFile_UsageErrorNamingKey()
    {
        string settings = Path.Combine(Path.GetTempPath(), $"medspark-settings-{Guid.NewGuid():N}.json");
        File.WriteAllText(settings, """{"binCount": 0, "discretisation": "fixedBinNumber"}""");
        try
        {
            var e = Assert.Throws<UsageException>(() =>
                FeatureCommands.Extract(Data("ibsi", "image.nii.gz"), Data("ibsi", "mask.nii.gz"), settings, asJson: false, new StringWriter()));
            Assert.Contains("key 'binCount' = 0", e.Message);
        }
        finally
        {
            File.Delete(settings);
        }
    }

    [Fact]
    public void Extract_MaskOfOtherGrid_FailsNamingBothShapes()
    {
        var e = Assert.Throws<InvalidOperationException>(() =>
            FeatureCommands.Extract(Data("ibsi", "image.nii.gz"), Data("nifti", "int16_be.nii"), null, asJson: false, new StringWriter()));

        Assert.Contains("4 x 3 x 2", e.Message);
        Assert.Contains("5 x 4 x 4", e.Message);
    }

    [Fact]
    public void Extract_WithSettingsFile_ResamplesBeforeExtraction()
    {
        var output = new StringWriter();

        FeatureCommands.Extract(Data("ibsi", "image.nii.gz"), Data("ibsi", "mask.nii.gz"), Data("settings", "ct_example.json"), asJson: true, output);

        using var json = JsonDocument.Parse(output.ToString());
        Assert.Equal(2.0, json.RootElement.GetProperty("spacing")[0].GetDouble());
        Assert.Equal(5, json.RootElement.GetProperty("grid")[0].GetInt32());
    }
}
