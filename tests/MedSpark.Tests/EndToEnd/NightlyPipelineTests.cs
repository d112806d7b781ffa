using System.Text.Json;
using MedSpark.Jobs;
using MedSpark.Shared.Cleaning;
using MedSpark.Shared.Engine;
using MedSpark.Shared.Lake;
using MedSpark.Shared.Sampling;
using MedSpark.Tests.Tools;
using Xunit;

namespace MedSpark.Tests.EndToEnd;

/// <summary>
/// Runs the whole nightly pipeline on a small generated lake once, then checks its Delta tables through an
/// independent reader: the test replays each <c>_delta_log</c> itself (plain JSON parsing, not our Delta code)
/// and has DuckDB read the Parquet files the log lists. Expected counts come from the generator's ground truth.
/// </summary>
public sealed class NightlyPipelineTests : IClassFixture<NightlyPipelineTests.Run>
{
    private readonly Run _run;

    public NightlyPipelineTests(Run run) => _run = run;

    /// <summary>The pipeline run shared by every test of the class.</summary>
    public sealed class Run : IDisposable
    {
        public Run()
        {
            Root = Path.Combine(Path.GetTempPath(), "medspark-e2e-" + Guid.NewGuid().ToString("N"));
            Store = new LocalLakeStore(Root);
            Manifest = SampleLakeGenerator.Generate(Store, new SampleLakeOptions { Studies = 800, Tensors = 200, Seed = 7, RowsPerFile = 300, TensorsPerFile = 80 });
            var clock = new DateTimeOffset(2026, 11, 21, 2, 0, 0, TimeSpan.Zero);
            var context = new JobContext(Store, new LocalEngine(2), NullProgressReporter.Instance, () => clock,
                new PipelineSettings(PseudonymKey.SampleDevelopmentKey, AsOfDate: Manifest.AsOfDate));
            Stages = NightlyPipeline.Run(context);
        }

        public string Root { get; }

        public LocalLakeStore Store { get; }

        public SampleManifest Manifest { get; }

        public IReadOnlyList<StageSummary> Stages { get; }

        public void Dispose() => Directory.Delete(Root, recursive: true);
    }

    [Theory]
    [InlineData(LakeTables.BronzeImagingMetadata, "imaging_metadata", true)]
    [InlineData(LakeTables.BronzeOutcomes, "outcomes", true)]
    [InlineData(LakeTables.BronzeCovariates, "covariates", true)]
    [InlineData(LakeTables.BronzeTensors, "tensors", true)]
    [InlineData(LakeTables.SilverStudies, "imaging_metadata", false)]
    [InlineData(LakeTables.SilverOutcomes, "outcomes", false)]
    [InlineData(LakeTables.SilverCovariates, "covariates", false)]
    [InlineData(LakeTables.SilverTensors, "tensors", false)]
    [InlineData(LakeTables.SilverCohort, SampleManifest.CohortTable, false)]
    public void Table_ReadByDuckDb_RowCountEqualsGroundTruth(string table, string manifestTable, bool bronze)
    {
        var expected = _run.Manifest.Table(manifestTable);
        long expectedRows = bronze ? expected.ExpectedBronze : expected.ExpectedSilver;
        Assert.True(expectedRows > 0, $"ground truth for {manifestTable} is empty");
        Assert.Equal(expectedRows, Count(table));
    }

    [Fact]
    public void Quarantine_ReadByDuckDb_EveryInjectedDefectWithItsReason()
    {
        var expected = _run.Manifest.ExpectedQuarantine();
        var actual = new Dictionary<(string Table, string Stage, string Reason), long>();
        foreach (string stage in new[] { "ingest", "curate", "featurize", "train", "score" })
        {
            var files = ActiveFiles(LakeTables.Quarantine(stage));
            if (files.Count == 0) continue;
            foreach (var row in DuckDb.Query($"select source_table, stage, reason, count(*) as n, count(reason) as with_reason, count(detail) as with_detail from read_parquet({FileList(files)}) group by all"))
            {
                var key = (row["source_table"].GetString()!, row["stage"].GetString()!, row["reason"].GetString()!);
                actual[key] = long.Parse(row["n"].ToString());
                Assert.Equal(row["n"].ToString(), row["with_detail"].ToString());
            }
        }
        Assert.NotEmpty(expected);
        foreach (var (key, count) in expected)
            Assert.True(actual.TryGetValue(key, out long got) && got == count, $"quarantine {key}: expected {count}, got {(actual.TryGetValue(key, out long g) ? g : 0)}");
        foreach (var (key, count) in actual)
            Assert.True(expected.ContainsKey(key), $"quarantine {key} has {count} rows the generator did not inject");
    }

    [Fact]
    public void Features_ReadByDuckDb_OneRowPerValidTensor()
    {
        Assert.Equal(_run.Manifest.Table("tensors").ExpectedSilver, Count(LakeTables.Features));
        var nulls = DuckDb.Query($"select count(*) as n from read_parquet({FileList(ActiveFiles(LakeTables.Features))}) where stat_mean is null or glcm_joint_max_3d_avg is null");
        Assert.Equal("0", nulls[0]["n"].ToString());
    }

    [Fact]
    public void GoldScores_ReadByDuckDb_EveryJoinableStudyScoredWithTheRegisteredModel()
    {
        string gold = FileList(ActiveFiles(LakeTables.GoldScores));
        string cohort = FileList(ActiveFiles(LakeTables.SilverCohort));
        string features = FileList(ActiveFiles(LakeTables.Features));
        string models = FileList(ActiveFiles(LakeTables.Models));
        var joinable = DuckDb.Query($"select count(*) as n from read_parquet({cohort}) c join read_parquet({features}) f using (series_uid)");
        Assert.Equal(long.Parse(joinable[0]["n"].ToString()), Count(LakeTables.GoldScores));
        var check = DuckDb.Query(
            $"select count(*) as n, count(model_version) as versioned, " +
            $"count(*) filter (where model_version not in (select version from read_parquet({models}) where promoted)) as unknown_model, " +
            $"count(*) filter (where probability < 0 or probability > 1 or isnan(probability)) as bad_probability " +
            $"from read_parquet({gold})");
        Assert.Equal(check[0]["n"].ToString(), check[0]["versioned"].ToString());
        Assert.Equal("0", check[0]["unknown_model"].ToString());
        Assert.Equal("0", check[0]["bad_probability"].ToString());
    }

    [Fact]
    public void SilverAndGold_ReadByDuckDb_ContainNoRawPatientId()
    {
        var rawIds = DuckDb.Query(
                $"select distinct patient_id from read_csv({DuckDb.Literal(Path.Combine(_run.Root, "raw/outcomes/*.csv"))}, all_varchar = true, ignore_errors = true) where patient_id is not null " +
                $"union select distinct patient_id from read_csv({DuckDb.Literal(Path.Combine(_run.Root, "raw/covariates/*.csv"))}, all_varchar = true, ignore_errors = true) where patient_id is not null")
            .Select(r => r["patient_id"].GetString()!.Trim().ToUpperInvariant())
            .Where(id => id.Length > 0)
            .ToHashSet();
        Assert.True(rawIds.Count > 100, $"only {rawIds.Count} raw patient ids found");
        foreach (string table in new[] { LakeTables.SilverStudies, LakeTables.SilverOutcomes, LakeTables.SilverCovariates, LakeTables.SilverCohort, LakeTables.GoldScores, LakeTables.Quarantine("curate") })
        {
            var rows = DuckDb.Query($"select columns(c -> c not in ('pixels', 'mask')) from read_parquet({FileList(ActiveFiles(table))})");
            foreach (var row in rows)
            {
                foreach (var (column, value) in row)
                {
                    if (value.ValueKind != JsonValueKind.String) continue;
                    string text = value.GetString()!.ToUpperInvariant();
                    Assert.False(rawIds.Contains(text.Trim()), $"{table}.{column} holds raw patient id '{text}'");
                    if (column is "detail") Assert.DoesNotContain(rawIds, id => text.Contains(id, StringComparison.Ordinal));
                }
            }
        }
    }

    [Fact]
    public void DeltaLog_EveryTable_FollowsTheProtocol()
    {
        foreach (var (table, version, rows) in _run.Stages.SelectMany(s => s.Written))
        {
            string log = Path.Combine(_run.Root, table, "_delta_log", $"{version:D20}.json");
            Assert.True(File.Exists(log), $"{table}: commit file {log} is missing");
            var actions = File.ReadAllLines(Path.Combine(_run.Root, table, "_delta_log", "00000000000000000000.json"))
                .Select(l => JsonDocument.Parse(l).RootElement).ToList();
            var protocol = actions.Single(a => a.TryGetProperty("protocol", out _)).GetProperty("protocol");
            Assert.Equal(1, protocol.GetProperty("minReaderVersion").GetInt32());
            Assert.Equal(2, protocol.GetProperty("minWriterVersion").GetInt32());
            var metadata = actions.Single(a => a.TryGetProperty("metaData", out _)).GetProperty("metaData");
            using var schema = JsonDocument.Parse(metadata.GetProperty("schemaString").GetString()!);
            Assert.Equal("struct", schema.RootElement.GetProperty("type").GetString());
            Assert.Equal("parquet", metadata.GetProperty("format").GetProperty("provider").GetString());
            Assert.Single(actions, a => a.TryGetProperty("commitInfo", out _));

            long statsRows = 0;
            foreach (var add in actions.Where(a => a.TryGetProperty("add", out _)).Select(a => a.GetProperty("add")))
            {
                string path = Path.Combine(_run.Root, table, add.GetProperty("path").GetString()!);
                Assert.Equal(new FileInfo(path).Length, add.GetProperty("size").GetInt64());
                Assert.True(add.GetProperty("dataChange").GetBoolean());
                using var stats = JsonDocument.Parse(add.GetProperty("stats").GetString()!);
                statsRows += stats.RootElement.GetProperty("numRecords").GetInt64();
            }
            Assert.Equal(rows, statsRows);
            if (rows > 0) Assert.Equal(rows, Count(table));
        }
    }

    [Fact]
    public void Train_OnLearnableSample_BeatsChanceClearly()
    {
        var models = DuckDb.Query($"select version, auc_roc, brier, feature_names from read_parquet({FileList(ActiveFiles(LakeTables.Models))})");
        var model = Assert.Single(models);
        double auc = model["auc_roc"].GetDouble();
        Assert.True(auc > 0.7, $"held-out AUC {auc} is not clearly better than chance");
        Assert.InRange(model["brier"].GetDouble(), 0, 0.25);
    }

    private long Count(string table)
    {
        var files = ActiveFiles(table);
        if (files.Count == 0) return 0;
        return long.Parse(DuckDb.Query($"select count(*) as n from read_parquet({FileList(files)})")[0]["n"].ToString());
    }

    private static string FileList(IReadOnlyList<string> files) => "[" + string.Join(", ", files.Select(DuckDb.Literal)) + "]";

    /// <summary>The data files of a table's latest version, by replaying its JSON commits (add minus remove).</summary>
    private List<string> ActiveFiles(string table)
    {
        string logDir = Path.Combine(_run.Root, table, "_delta_log");
        Assert.True(Directory.Exists(logDir), $"{table} has no _delta_log");
        var active = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string commit in Directory.GetFiles(logDir, "*.json").Order(StringComparer.Ordinal))
        {
            foreach (string line in File.ReadLines(commit))
            {
                var action = JsonDocument.Parse(line).RootElement;
                if (action.TryGetProperty("add", out var add)) active.Add(add.GetProperty("path").GetString()!);
                if (action.TryGetProperty("remove", out var remove)) active.Remove(remove.GetProperty("path").GetString()!);
            }
        }
        return active.Select(p => Path.Combine(_run.Root, table, Uri.UnescapeDataString(p))).ToList();
    }
}
