using MedSpark.Udfs.Imaging;
using MedSpark.Udfs.Radiomics;
using Xunit;

namespace MedSpark.Tests.Udfs;

public sealed class SettingsFileTests
{
    [Fact]
    public void Load_ExampleFile_AllKeysApplied()
    {
        var s = SettingsFile.Load(Path.Combine(AppContext.BaseDirectory, "data", "settings", "ct_example.json"));

        Assert.Equal(2.0, s.Preprocessing.Spacing);
        Assert.Equal(MaskInterpolation.PartialVolume, s.Preprocessing.MaskInterpolation);
        Assert.True(s.Preprocessing.RoundIntensities);
        Assert.Equal(-1000, s.Preprocessing.RangeMin);
        Assert.Equal(400, s.Preprocessing.RangeMax);
        Assert.Equal(3, s.Preprocessing.OutlierSigma);
        Assert.Equal(Discretisation.FixedBinSize, s.Features.Discretisation);
        Assert.Equal(25, s.Features.BinSize);
        Assert.Equal(-1000, s.Features.BinMin);
        Assert.Equal(1, s.Features.GlcmDistance);
    }

    [Fact]
    public void Parse_EmptyObject_Defaults()
    {
        var s = SettingsFile.Parse("{}", "empty.json");

        Assert.True(s.Preprocessing.IsIdentity);
        Assert.Equal(FeatureSettings.Default, s.Features);
    }

    [Fact]
    public void Parse_ExactAutocorrelation_SetAndInCanonicalJsonOnlyWhenOn()
    {
        var on = SettingsFile.Parse("""{"exactAutocorrelation": true, "discretisation": "fixedBinNumber", "binCount": 16}""", "s.json");
        var off = SettingsFile.Parse("""{"discretisation": "fixedBinNumber", "binCount": 16}""", "s.json");

        Assert.True(on.Features.ExactAutocorrelation);
        Assert.False(off.Features.ExactAutocorrelation);
        Assert.Equal(on, SettingsFile.Parse(SettingsFile.ToCanonicalJson(on), "canonical"));
        Assert.Contains("\"exactAutocorrelation\":true", SettingsFile.ToCanonicalJson(on));
        // Absent when off, so the lineage hash of every earlier settings file is unchanged.
        Assert.Equal("""{"discretisation":"fixedBinNumber","binCount":16,"maskInterpolation":"partialVolume","roundIntensities":false,"glcmDistance":1}""",
            SettingsFile.ToCanonicalJson(off));
    }

    [Fact]
    public void Parse_OpenRangeBound_Null()
    {
        var s = SettingsFile.Parse("""{"resegmentRange": [null, 300], "discretisation": "fixedBinNumber", "binCount": 16}""", "s.json");

        Assert.Null(s.Preprocessing.RangeMin);
        Assert.Equal(300, s.Preprocessing.RangeMax);
        Assert.Equal(16, s.Features.BinNumber);
    }

    [Theory]
    [InlineData("""{"binCountt": 3}""", "binCountt", "3", "unknown key")]
    [InlineData("""{"binCount": "32", "discretisation": "fixedBinNumber"}""", "binCount", "\"32\"", "expected an integer")]
    [InlineData("""{"discretisation": "fixedBinNumber", "binCount": 5000}""", "binCount", "5000", "1..1024")]
    [InlineData("""{"discretisation": "fbn"}""", "discretisation", "\"fbn\"", "expected one of")]
    [InlineData("""{"discretisation": "fixedBinSize"}""", "binWidth", "(missing)", "required")]
    [InlineData("""{"discretisation": "fixedBinSize", "binWidth": -2}""", "binWidth", "-2", "> 0")]
    [InlineData("""{"resampledSpacing": 0}""", "resampledSpacing", "0", "> 0")]
    [InlineData("""{"resegmentRange": [400, -1000]}""", "resegmentRange", "[400, -1000]", "above the maximum")]
    [InlineData("""{"resegmentRange": [1, 2, 3]}""", "resegmentRange", "[1, 2, 3]", "[min, max]")]
    [InlineData("""{"resegmentOutliers": -3}""", "resegmentOutliers", "-3", "> 0")]
    [InlineData("""{"maskInterpolation": "linear"}""", "maskInterpolation", "\"linear\"", "\"nearest\"")]
    [InlineData("""{"glcmDistance": 0}""", "glcmDistance", "0", "1..64")]
    [InlineData("""{"roundIntensities": "yes"}""", "roundIntensities", "\"yes\"", "expected true or false")]
    [InlineData("""{"exactAutocorrelation": 1}""", "exactAutocorrelation", "1", "expected true or false")]
    public void Parse_InvalidValue_ErrorNamesKeyAndValue(string json, string key, string value, string problem)
    {
        var e = Assert.Throws<SettingsFileException>(() => SettingsFile.Parse(json, "bad.json"));

        Assert.Equal(key, e.Key);
        Assert.Contains($"bad.json: key '{key}' = {value}", e.Message);
        Assert.Contains(problem, e.Message);
    }

    [Fact]
    public void Parse_NotAnObject_ErrorNamesFile()
    {
        Assert.StartsWith("x.json: not valid JSON", Assert.Throws<SettingsFileException>(() => SettingsFile.Parse("{", "x.json")).Message);
        Assert.StartsWith("x.json: expected one JSON object", Assert.Throws<SettingsFileException>(() => SettingsFile.Parse("[1]", "x.json")).Message);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"discretisation": "fixedBinNumber", "binCount": 32, "glcmDistance": 2}""")]
    [InlineData("""{"discretisation": "fixedBinSize", "binWidth": 25, "binMin": -1000, "resampledSpacing": 1.5, "maskInterpolation": "nearest", "roundIntensities": true, "resegmentRange": [-1000, null], "resegmentOutliers": 3}""")]
    [InlineData("""{"resegmentRange": [null, 400.25]}""")]
    public void ToCanonicalJson_AnySettings_ParsesBackToEqualSettings(string json)
    {
        var settings = SettingsFile.Parse(json, "s.json");

        string canonical = SettingsFile.ToCanonicalJson(settings);

        Assert.Equal(settings, SettingsFile.Parse(canonical, "canonical.json"));
        Assert.Equal(canonical, SettingsFile.ToCanonicalJson(SettingsFile.Parse(canonical, "canonical.json")));
    }

    [Fact]
    public void Sha256_SameSettingsWrittenDifferently_EqualHashes()
    {
        var a = SettingsFile.Parse("""{"binCount": 16, "discretisation": "fixedBinNumber"}""", "a.json");
        var b = SettingsFile.Parse("""
            // comments, another key order, defaults spelled out
            { "discretisation": "fixedBinNumber", "glcmDistance": 1, "binCount": 16, "roundIntensities": false, }
            """, "b.json");
        var c = SettingsFile.Parse("""{"binCount": 17, "discretisation": "fixedBinNumber"}""", "c.json");

        Assert.Equal(SettingsFile.Sha256(a), SettingsFile.Sha256(b));
        Assert.NotEqual(SettingsFile.Sha256(a), SettingsFile.Sha256(c));
        Assert.Matches("^[0-9a-f]{64}$", SettingsFile.Sha256(a));
        Assert.Equal(
            """{"discretisation":"fixedBinNumber","binCount":16,"maskInterpolation":"partialVolume","roundIntensities":false,"glcmDistance":1}""",
            SettingsFile.ToCanonicalJson(a));
    }
}
