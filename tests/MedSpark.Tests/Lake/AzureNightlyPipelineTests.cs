using System.Diagnostics;
using System.Text;
using MedSpark.Jobs;
using MedSpark.Shared.Cleaning;
using MedSpark.Shared.Engine;
using MedSpark.Shared.Formats;
using MedSpark.Shared.Formats.Delta;
using MedSpark.Shared.Lake;
using MedSpark.Shared.Sampling;
using Xunit;

namespace MedSpark.Tests.Lake;

/// <summary>
/// The whole nightly pipeline with its lake in Azurite, checked against the same pipeline on local disk, and the
/// <c>medspark</c> command run against an abfss:// lake with a secret-bearing connection string, scanned for the secret.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureNightlyPipelineTests(AzuriteServer azurite)
{
    private static readonly SampleLakeOptions Sample = new() { Studies = 600, Tensors = 120, Seed = 7, RowsPerFile = 250, TensorsPerFile = 40 };

    [Fact]
    public void Nightly_LakeInAzurite_EveryTableRowForRowAsOnLocalDisk()
    {
        string localRoot = Path.Combine(Path.GetTempPath(), "medspark-parity-" + Guid.NewGuid().ToString("N"));
        try
        {
            var local = new LocalLakeStore(localRoot);
            var azure = azurite.Open(azurite.NewContainer(), "hospital/lake");
            var localStages = RunPipeline(local);
            var azureStages = RunPipeline(azure);

            var written = localStages.SelectMany(s => s.Written).ToList();
            Assert.Equal(written, azureStages.SelectMany(s => s.Written).ToList());
            Assert.True(written.Count >= 10, $"only {written.Count} tables written");
            foreach (string table in written.Select(w => w.Table).Distinct())
            {
                string[] expected = RowLines(local, table);
                string[] actual = RowLines(azure, table);
                Assert.True(expected.Length == actual.Length, $"{table}: {expected.Length} rows on disk, {actual.Length} in Azure");
                for (int i = 0; i < expected.Length; i++)
                    Assert.True(expected[i] == actual[i], $"{table} row {i}: disk {expected[i]} ≠ Azure {actual[i]}");
            }
        }
        finally
        {
            Directory.Delete(localRoot, recursive: true);
        }
    }

    [Fact]
    public void MedsparkCommand_SecretBearingConnectionString_SecretInNoLogMessageCommitOrOutput()
    {
        string container = azurite.NewContainer();
        string lake = AzuriteServer.Abfss(container, "lake");
        var store = azurite.Open(container);
        var env = new Dictionary<string, string> { [LakeStores.ConnectionStringVariable] = azurite.ConnectionString, ["MEDSPARK_DEBUG"] = "1" };

        var nightly = Medspark(env, "nightly", "--lake", lake, "--sample", "--studies", "400", "--tensors", "60", "--plain");
        Assert.True(nightly.ExitCode == 0, $"nightly failed:\n{nightly.Output}");
        var history = Medspark(env, "delta", "history", LakeTables.GoldScores, "--lake", lake);
        Assert.Equal(0, history.ExitCode);
        var parquet = Medspark(env, "parquet", "cat", lake + "/" + store.List(LakeTables.GoldScores + "/").First(b => b.Path.EndsWith(".parquet", StringComparison.Ordinal)).Path, "--limit", "3");
        Assert.True(parquet.ExitCode == 0 && parquet.Output.Contains("model_version", StringComparison.Ordinal), $"parquet cat failed:\n{parquet.Output}");
        var missing = Medspark(env, "delta", "cat", "no/such_table", "--lake", lake);
        Assert.Equal(Program.ExitUsage, missing.ExitCode);
        // A wrong key: the service refuses every request, and the error (with its stack trace) is printed.
        string wrongKey = Convert.ToBase64String(Encoding.ASCII.GetBytes("not the key, but a secret all the same!!!!!!!!!!!!!!!!!"));
        var refused = Medspark(new Dictionary<string, string>
        {
            [LakeStores.ConnectionStringVariable] = azurite.ConnectionString.Replace(AzuriteServer.AccountKey, wrongKey, StringComparison.Ordinal),
            ["MEDSPARK_DEBUG"] = "1",
        }, "delta", "history", LakeTables.GoldScores, "--lake", lake);
        Assert.Equal(Program.ExitJobFailed, refused.ExitCode);
        Assert.Contains("403", refused.Output);

        var blobs = store.List("");
        Assert.Contains(blobs, b => b.Path.EndsWith("gold/recovery_scores/_delta_log/00000000000000000000.json", StringComparison.Ordinal));
        var places = new List<(string Where, string Text)>
        {
            ("nightly output", nightly.Output), ("history output", history.Output), ("parquet output", parquet.Output), ("missing-table output", missing.Output), ("refused output", refused.Output),
        };
        // Every object the run wrote, commitInfo and Parquet alike, as Latin-1 so any byte sequence is searchable.
        places.AddRange(blobs.Select(b => ($"blob {b.Path}", Encoding.Latin1.GetString(store.ReadAllBytes(b.Path)))));
        foreach (var (where, text) in places)
        {
            foreach (string secret in new[] { AzuriteServer.AccountKey, wrongKey, "AccountKey=" })
                Assert.False(text.Contains(secret, StringComparison.Ordinal), $"{where} contains the secret '{secret[..8]}…'");
        }
    }

    private IReadOnlyList<StageSummary> RunPipeline(ILakeStore store)
    {
        var manifest = SampleLakeGenerator.Generate(store, Sample);
        var clock = new DateTimeOffset(2026, 11, 21, 2, 0, 0, TimeSpan.Zero);
        var context = new JobContext(store, new LocalEngine(2), NullProgressReporter.Instance, () => clock,
            new PipelineSettings(PseudonymKey.SampleDevelopmentKey, AsOfDate: manifest.AsOfDate));
        return NightlyPipeline.Run(context);
    }

    /// <summary>The table's current rows as JSON lines (our reader), in table order.</summary>
    private static string[] RowLines(ILakeStore store, string table)
    {
        using var output = new MemoryStream();
        foreach (var batch in DeltaTable.Open(store, table).Read()) RowJson.Write(output, batch, batch.RowCount);
        return Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    private static (int ExitCode, string Output) Medspark(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "medspark.dll"));
        foreach (string a in args) info.ArgumentList.Add(a);
        info.Environment.Remove(LakeStores.AzureConnectionStringVariable);
        foreach (var (name, value) in environment) info.Environment[name] = value;
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + "\n" + stderr.Result);
    }
}
