using MedSpark.Jobs;
using MedSpark.Shared.Formats.Delta;
using MedSpark.Shared.Lake;
using MedSpark.Udfs.Imaging;
using MedSpark.Udfs.Radiomics;
using Xunit;

namespace MedSpark.Tests.Jobs;

/// <summary>Exit codes mean something: 0 success, 1 a job failed, 2 a wrong command line or configuration.</summary>
public sealed class ProgramTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("medspark-cli-").FullName;

    [Fact]
    public void Main_UnknownOption_ExitsWithUsage()
    {
        Assert.Equal(Program.ExitUsage, Program.Main(["nightly", "--bogus"]));
    }

    [Fact]
    public void Main_MissingKeyFile_ExitsWithUsage()
    {
        Assert.Equal(Program.ExitUsage, Program.Main(["nightly", "--lake", _dir, "--pseudonym-key-file", Path.Combine(_dir, "absent.key"), "--plain"]));
    }

    [Fact]
    public void Main_LakeWithoutRawData_ExitsWithJobFailure()
    {
        string key = Path.Combine(_dir, "key.txt");
        File.WriteAllText(key, "a-test-key-of-more-than-sixteen-bytes");
        Assert.Equal(Program.ExitJobFailed, Program.Main(["nightly", "--lake", Path.Combine(_dir, "lake"), "--pseudonym-key-file", key, "--plain"]));
    }

    [Fact]
    public void Main_ScoreWithoutModelsTable_ExitsWithJobFailure()
    {
        Assert.Equal(Program.ExitJobFailed, Program.Main(["score", "--lake", Path.Combine(_dir, "lake"), "--sample", "--plain"]));
    }

    [Fact]
    public void Main_SampleThenNightly_ExitsOkAndWritesGoldTable()
    {
        string lake = Path.Combine(_dir, "small");
        Assert.Equal(Program.ExitOk, Program.Main(["sample", "--out", lake, "--studies", "300", "--tensors", "80", "--seed", "3", "--plain"]));
        Assert.Equal(Program.ExitOk, Program.Main(["nightly", "--lake", lake, "--sample", "--plain"]));
        Assert.True(File.Exists(Path.Combine(lake, "gold", "recovery_scores", "_delta_log", "00000000000000000000.json")));
    }

    [Fact]
    public void Main_NightlyWithFeatureSettings_FeaturesCommitRecordsSettingsAndHash()
    {
        string lake = Path.Combine(_dir, "settings");
        string file = Path.Combine(_dir, "ct.json");
        File.WriteAllText(file, """
            // 16 bins after resampling to 1.5 mm
            { "discretisation": "fixedBinNumber", "binCount": 16, "resampledSpacing": 1.5 }
            """);
        Assert.Equal(Program.ExitOk, Program.Main(["sample", "--out", lake, "--studies", "300", "--tensors", "40", "--seed", "5", "--plain"]));

        Assert.Equal(Program.ExitOk, Program.Main(["nightly", "--lake", lake, "--sample", "--plain", "--feature-settings", file]));

        var features = DeltaTable.Open(new LocalLakeStore(lake), LakeTables.Features);
        var commit = features.History()[0];
        var expected = SettingsFile.Load(file);
        Assert.Equal(SettingsFile.Sha256(expected), commit.Extra[FeaturizeJob.FeatureSettingsHashKey]);
        Assert.Equal(expected, SettingsFile.Parse(commit.Extra[FeaturizeJob.FeatureSettingsKey], "commitInfo"));
        Assert.Equal("ct.json", commit.Extra[FeaturizeJob.FeatureSettingsSourceKey]);

        // Without a file: the default (32 fixed bins, no processing) is recorded the same way.
        Assert.Equal(Program.ExitOk, Program.Main(["featurize", "--lake", lake, "--sample", "--plain"]));
        commit = DeltaTable.Open(new LocalLakeStore(lake), LakeTables.Features).History()[0];
        var standard = new ExtractionSettings(PreprocessingSettings.None, FeatureSettings.FixedBins(32));
        Assert.Equal(SettingsFile.Sha256(standard), commit.Extra[FeaturizeJob.FeatureSettingsHashKey]);
        Assert.Equal("default", commit.Extra[FeaturizeJob.FeatureSettingsSourceKey]);
    }

    [Theory]
    [InlineData("""{"binCount": 0, "discretisation": "fixedBinNumber"}""")]
    [InlineData("""{"bins": 16}""")]
    [InlineData(null)]
    public void Main_FeaturizeWithBadOrMissingSettingsFile_ExitsWithUsage(string? json)
    {
        string file = Path.Combine(_dir, "bad.json");
        if (json is not null) File.WriteAllText(file, json);

        Assert.Equal(Program.ExitUsage, Program.Main(["featurize", "--lake", Path.Combine(_dir, "lake"), "--sample", "--plain", "--feature-settings", file]));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
