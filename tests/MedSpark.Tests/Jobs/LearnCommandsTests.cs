using System.Globalization;
using MedSpark.Jobs;
using MedSpark.Tests.Learning;
using Xunit;

namespace MedSpark.Tests.Jobs;

/// <summary>The file mode of <c>medspark train</c>/<c>score</c>, through <see cref="Program.Main"/> and its exit codes.</summary>
public sealed class LearnCommandsTests : IDisposable
{
    private readonly string _dir = ExternalTools.TempDirectory();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string WriteCsv(int rows, int seed)
    {
        string path = Path.Combine(_dir, $"data{seed}.csv");
        var points = SvmTestData.Generate(rows, 3, seed, noise: 1.5);
        File.WriteAllLines(path, points.Select(p => string.Join(',', p.Features.Select(ExternalTools.Format).Append(p.Label == 1 ? "yes" : "no")))
            .Prepend("a,b,c,outcome"));
        return path;
    }

    private string WriteLibsvm(int rows, int seed)
    {
        string path = Path.Combine(_dir, $"data{seed}.libsvm");
        var points = SvmTestData.Generate(rows, 3, seed, noise: 1.5);
        File.WriteAllLines(path, points.Select(p => (p.Label == 1 ? "+1" : "-1") + string.Concat(
            p.Features.Select((v, j) => v == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $" {j + 1}:{v:R}")))));
        return path;
    }

    [Fact]
    public void Main_TrainLibsvmThenScoreWithVersion_ExitZeroAndEveryRowCarriesTheVersion()
    {
        string data = WriteLibsvm(400, seed: 101);
        string models = Path.Combine(_dir, "models");
        string scores = Path.Combine(_dir, "scores.csv");

        Assert.Equal(Program.ExitOk, Program.Main(["train", "--input", data, "--label", "label", "--cv", "3", "--reg-param", "0.1,0.01", "--out-model", models]));
        Assert.Equal(Program.ExitOk, Program.Main(["train", "--input", data, "--label", "label", "--cv", "0", "--reg-param", "1", "--calibration", "isotonic", "--out-model", models]));
        Assert.Equal(Program.ExitOk, Program.Main(["score", "--input", data, "--model", models, "--model-version", "2", "--out", scores]));

        var lines = File.ReadAllLines(scores);
        Assert.Equal(401, lines.Length);
        Assert.All(lines.Skip(1), line => Assert.Contains(",2,\"{", line));
        Assert.Contains("model_version", lines[0]);
    }

    [Fact]
    public void Main_TrainCsvWithTextLabels_ExitZero()
    {
        // A text label column is not numeric: it must be named as such (usage), not guessed.
        string data = WriteCsv(300, seed: 102);
        Assert.Equal(Program.ExitUsage, Program.Main(["train", "--input", data, "--label", "outcome", "--cv", "0", "--reg-param", "0.1"]));
    }

    [Fact]
    public void Main_UsageErrors_ExitTwo()
    {
        string data = WriteLibsvm(100, seed: 103);
        Assert.Equal(Program.ExitUsage, Program.Main(["train", "--input", data]));
        Assert.Equal(Program.ExitUsage, Program.Main(["train", "--input", data, "--label", "nope"]));
        Assert.Equal(Program.ExitUsage, Program.Main(["train", "--input", data, "--label", "label", "--cv", "1"]));
        Assert.Equal(Program.ExitUsage, Program.Main(["train", "--input", Path.Combine(_dir, "absent.csv"), "--label", "y"]));
        Assert.Equal(Program.ExitUsage, Program.Main(["score", "--input", data]));
    }

    [Fact]
    public void Read_CsvWithMissingValue_FailsNamingFileLineAndColumn()
    {
        string path = Path.Combine(_dir, "gap.csv");
        File.WriteAllLines(path, ["a,b,y", "1,2,0", "3,,1", "4,5,1"]);
        var input = LearnInput.Read(path);
        var e = Assert.Throws<InvalidDataException>(() => input.Assemble("y", null));
        Assert.Equal($"{path}, line 3, column 'b': value is missing, expected a finite number.", e.Message);
        Assert.Equal(Program.ExitJobFailed, Program.Main(["train", "--input", path, "--label", "y"]));
    }

    [Fact]
    public void Read_LibsvmZeroBasedIndex_FailsNamingTheLine()
    {
        string path = Path.Combine(_dir, "zero.libsvm");
        File.WriteAllLines(path, ["+1 1:0.5 2:1", "-1 0:0.25"]);
        var e = Assert.Throws<InvalidDataException>(() => LearnInput.Read(path));
        Assert.Contains("line 2", e.Message);
    }

    [Fact]
    public void Read_LibsvmSparse_AbsentValuesAreZeroAndLabelsMapToZeroOne()
    {
        string path = Path.Combine(_dir, "sparse.libsvm");
        File.WriteAllLines(path, ["+1 1:0.5 3:2 # comment", "", "-1 2:-1"]);
        var (rows, mapping) = LearnInput.Read(path).Assemble("label", null);
        Assert.Equal(["f1", "f2", "f3"], rows.FeatureNames);
        Assert.Equal([0.5, 0, 2], rows.Rows[0].Features);
        Assert.Equal([0, -1.0, 0], rows.Rows[1].Features);
        Assert.Equal([1.0, 0.0], rows.Rows.Select(r => r.Label!.Value));
        Assert.Equal("label -1 → 0, 1 → 1", mapping);
        Assert.Equal("line 3", rows.Rows[1].Key);
    }
}
