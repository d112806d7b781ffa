using MedSpark.Jobs;
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

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
