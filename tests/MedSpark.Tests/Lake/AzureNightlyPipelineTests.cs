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
        var azure = azurite.Open(azurite.NewContainer(), "hospital/lake");
        AssertSameTablesAsOnLocalDisk(azure, RunPipeline(azure));
    }

    [Fact]
    public void Nightly_TransientFaultsOnOneRequestInTwenty_EveryTableRowForRowAsOnLocalDisk()
    {
        var faults = new FaultInjectionPolicy(rate: 0.05, seed: 20261122);
        // Small blocks, so data files are staged in several Put Blocks and committed by a Put Block List under faults too.
        var azure = azurite.Open(azurite.NewContainer(), "hospital/lake", AzuriteServer.FastRetries with { PerAttemptPolicies = [faults], BlockSize = 16 << 10 });
        AssertSameTablesAsOnLocalDisk(azure, RunPipeline(azure));
        Assert.True(faults.Busy503 > 0 && faults.Internal500 > 0 && faults.LostResponses > 0 && faults.Timeouts > 0,
            $"faults injected: {faults.Busy503}×503, {faults.Internal500}×500, {faults.LostResponses} lost responses, {faults.Timeouts} timeouts");
    }

    [Fact]
    public void MedsparkNightly_EveryWriteToOneTableRefused_ExitOneNamingBlobAndOperationAndNoTableHalfCommitted()
    {
        string container = azurite.NewContainer();
        var store = azurite.Open(container, "lake");
        RunPipeline(store);
        var tables = TableNames(store);
        var before = tables.ToDictionary(t => t, t => (DeltaTable.Open(store, t).Version, Files: BlobsOf(store, t)));
        // silver/cohort is written in the middle of curate: bronze (ingest) and silver/studies come before it, features after.
        using var proxy = new RefusingProxy(azurite.Port, (method, path) => method == "PUT" && path.Contains($"/{container}/lake/{LakeTables.SilverCohort}/", StringComparison.Ordinal));
        string viaProxy = azurite.ConnectionString.Replace(azurite.BlobEndpoint, $"http://127.0.0.1:{proxy.Port}/{AzuriteServer.Account}", StringComparison.Ordinal);

        var run = Medspark(new Dictionary<string, string> { [LakeStores.ConnectionStringVariable] = viaProxy }, "nightly", "--lake", AzuriteServer.Abfss(container, "lake"), "--sample", "--plain");

        Assert.True(run.ExitCode == Program.ExitJobFailed, $"exit {run.ExitCode}, expected {Program.ExitJobFailed}:\n{run.Output}");
        Assert.True(proxy.Refused > 0, "the proxy refused nothing");
        Assert.Matches(
            $@"medspark: failed: Lake write of '{LakeTables.SilverCohort}/[^'/]+\.parquet' under abfss://{container}@{AzuriteServer.Account}\.dfs\.core\.windows\.net/lake failed: HTTP 403 AuthorizationPermissionMismatch",
            run.Output);
        Assert.DoesNotContain(AzuriteServer.AccountKey, run.Output);
        foreach (string table in tables)
        {
            var delta = DeltaTable.Open(store, table);
            bool committedBeforeTheFault = table.StartsWith("bronze/", StringComparison.Ordinal) || table == LakeTables.SilverStudies
                || table == LakeTables.SilverOutcomes || table == LakeTables.SilverCovariates || table == LakeTables.Quarantine("ingest");
            long expected = before[table].Version + (committedBeforeTheFault ? 1 : 0);
            Assert.True(delta.Version == expected, $"{table}: version {delta.Version}, expected {expected}");
            var blobs = BlobsOf(store, table);
            foreach (var file in delta.Files())
                Assert.True(blobs.Contains(Uri.UnescapeDataString(file.Path)), $"{table} v{delta.Version} references {file.Path}, which does not exist");
            if (!committedBeforeTheFault) Assert.Equal(before[table].Files, blobs);
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

    /// <summary>The same pipeline on local disk, run once for the class: the reference every Azure run is compared with.</summary>
    private static readonly Lazy<(List<(string Table, long Version, long Rows)> Written, Dictionary<string, string[]> Rows)> LocalRun = new(() =>
    {
        string root = Path.Combine(Path.GetTempPath(), "medspark-parity-" + Guid.NewGuid().ToString("N"));
        try
        {
            var local = new LocalLakeStore(root);
            var written = RunPipeline(local).SelectMany(s => s.Written).ToList();
            return (written, written.Select(w => w.Table).Distinct().ToDictionary(t => t, t => RowLines(local, t)));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    });

    /// <summary>Same tables written in the same order at the same versions, and each table's rows equal, row for row.</summary>
    private static void AssertSameTablesAsOnLocalDisk(ILakeStore azure, IReadOnlyList<StageSummary> azureStages)
    {
        var (written, rows) = LocalRun.Value;
        Assert.Equal(written, azureStages.SelectMany(s => s.Written).ToList());
        Assert.True(written.Count >= 10, $"only {written.Count} tables written");
        foreach (var (table, expected) in rows)
        {
            string[] actual = RowLines(azure, table);
            Assert.True(expected.Length == actual.Length, $"{table}: {expected.Length} rows on disk, {actual.Length} in Azure");
            for (int i = 0; i < expected.Length; i++)
                Assert.True(expected[i] == actual[i], $"{table} row {i}: disk {expected[i]} ≠ Azure {actual[i]}");
        }
    }

    /// <summary>Every Delta table in the lake (each has a <c>_delta_log/</c>).</summary>
    private static List<string> TableNames(ILakeStore store) =>
        store.List("").Select(e => e.Path).Where(p => p.Contains("/_delta_log/", StringComparison.Ordinal))
            .Select(p => p[..p.IndexOf("/_delta_log/", StringComparison.Ordinal)]).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>The table's objects (log and data) by path relative to the table.</summary>
    private static HashSet<string> BlobsOf(ILakeStore store, string table) =>
        store.List(table + "/").Select(e => e.Path[(table.Length + 1)..]).ToHashSet();

    private static IReadOnlyList<StageSummary> RunPipeline(ILakeStore store)
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

    private static (int ExitCode, string Output) Medspark(IReadOnlyDictionary<string, string> environment, params string[] args) =>
        MedsparkProcess.Run(environment, args);
}
