using System.Globalization;
using System.Text.Json;
using MedSpark.Shared.Formats.Delta;
using MedSpark.Shared.Formats.Delta.Actions;
using MedSpark.Tests.Tools;
using Xunit;

namespace MedSpark.Tests.Formats.Delta;

/// <summary>
/// Parquet checkpoints: written every delta.checkpointInterval commits in Spark's layout, read back (classic and
/// multi-part) so that a snapshot is the same with and without them, robust to a stale or missing
/// _last_checkpoint and to incomplete multi-part checkpoints, and readable by DuckDB.
/// </summary>
public sealed class DeltaCheckpointTests
{
    private const string Table = "gold/cp";
    private static readonly long T0 = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

    private static string MetaData(string configuration = "{}") =>
        $$$"""{"metaData":{"id":"table-1","format":{"provider":"parquet","options":{}},"schemaString":"{\"type\":\"struct\",\"fields\":[{\"name\":\"site\",\"type\":\"string\",\"nullable\":true,\"metadata\":{}},{\"name\":\"n\",\"type\":\"long\",\"nullable\":true,\"metadata\":{}}]}","partitionColumns":["site"],"configuration":{{{configuration}}},"createdTime":1}}""";

    private const string Protocol = """{"protocol":{"minReaderVersion":1,"minWriterVersion":2}}""";

    private static void Commit(TempLake lake, long version, IEnumerable<string> lines) =>
        Assert.True(lake.Store.TryCreate($"{Table}/_delta_log/{version:D20}.json",
            System.Text.Encoding.UTF8.GetBytes(string.Join("\n", lines.Prepend($$$"""{"commitInfo":{"timestamp":{{{T0 + version * 1000}}},"operation":"TEST"}}""")) + "\n")));

    /// <summary>A seeded history of adds (with and without partition values and stats), removes, re-adds, txns and metadata changes.</summary>
    private static List<List<string>> RandomHistory(int commits, int seed)
    {
        var random = new Random(seed);
        var history = new List<List<string>>();
        var active = new List<string>();
        var removed = new List<string>();
        var txn = new Dictionary<string, long>();
        int next = 0;
        for (int v = 0; v < commits; v++)
        {
            var lines = new List<string>();
            if (v == 0) lines.AddRange([Protocol, MetaData()]);
            else if (random.Next(6) == 0) lines.Add(MetaData($$$"""{"delta.appendOnly":"false","k{{{v}}}":"v"}"""));
            int adds = random.Next(4);
            for (int i = 0; i < adds; i++)
            {
                string path = removed.Count > 0 && random.Next(4) == 0 ? removed[random.Next(removed.Count)] : $"site={(next % 3 == 0 ? "__HIVE_DEFAULT_PARTITION__" : "s" + next % 2)}/part-{next++:D5}.parquet";
                removed.Remove(path);
                if (active.Contains(path)) continue;
                active.Add(path);
                string partition = path.Contains("__HIVE") ? """{"site":null}""" : $$$"""{"site":"{{{path[5..7]}}}"}""";
                string stats = random.Next(3) == 0 ? "" : ",\"stats\":\"{\\\"numRecords\\\":" + random.Next(100) + "}\"";
                lines.Add($$$"""{"add":{"path":"{{{path}}}","partitionValues":{{{partition}}},"size":{{{random.Next(1, 5000)}}},"modificationTime":{{{T0 + v}}},"dataChange":true{{{stats}}}}}""");
            }
            if (active.Count > 2 && random.Next(2) == 0)
            {
                string path = active[random.Next(active.Count)];
                active.Remove(path);
                removed.Add(path);
                lines.Add($$$"""{"remove":{"path":"{{{path}}}","deletionTimestamp":{{{T0 + v * 1000}}},"dataChange":true,"extendedFileMetadata":true,"partitionValues":{},"size":7}}""");
            }
            if (random.Next(3) == 0)
            {
                string app = "app" + random.Next(3);
                txn[app] = txn.GetValueOrDefault(app) + 1 + random.Next(3);
                lines.Add($$$"""{"txn":{"appId":"{{{app}}}","version":{{{txn[app]}}},"lastUpdated":{{{T0 + v}}}}}""");
            }
            history.Add(lines);
        }
        return history;
    }

    /// <summary>The whole snapshot as text; checkpoints store adds and removes with dataChange=false (as Spark does), so that flag is left out.</summary>
    private static string Describe(Snapshot s) => string.Join("\n",
        new[] { $"version {s.Version}", ActionCodec.Serialize(s.Protocol), ActionCodec.Serialize(s.Metadata) }
            .Concat(s.Files.Select(f => ActionCodec.Serialize(f with { DataChange = false })))
            .Concat(s.TxnActions.OrderBy(t => t.AppId, StringComparer.Ordinal).Select(ActionCodec.Serialize))
            .Concat(s.Tombstones.Select(t => ActionCodec.Serialize(t with { DataChange = false }))));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Replay_WithAndWithoutCheckpoints_SnapshotsIdentical(int seed)
    {
        var history = RandomHistory(commits: 25, seed);
        using var plain = new TempLake();
        using var checkpointed = new TempLake();
        for (int v = 0; v < history.Count; v++)
        {
            Commit(plain, v, history[v]);
            Commit(checkpointed, v, history[v]);
        }
        var log = new DeltaLog(checkpointed.Store, Table);
        Checkpoint.Write(log, Snapshot.Load(log, 7)!, parts: 1);
        var multi = Checkpoint.Write(log, Snapshot.Load(log, 15)!, parts: 2);
        Assert.Equal(2, multi.Paths.Count);
        var plainLog = new DeltaLog(plain.Store, Table);

        for (long v = 0; v < history.Count; v++)
            Assert.Equal(Describe(Snapshot.Load(plainLog, v)!), Describe(Snapshot.Load(log, v)!));

        // Without the commits up to 15, only the two-part checkpoint can supply the state.
        for (long v = 0; v <= 15; v++) checkpointed.Store.Delete(log.CommitPath(v));
        for (long v = 16; v < history.Count; v++)
            Assert.Equal(Describe(Snapshot.Load(plainLog, v)!), Describe(Snapshot.Load(log, v)!));
        Assert.Throws<DeltaException>(() => Snapshot.Load(log, 12));
    }

    [Fact]
    public void Write_EveryTenthCommit_WritesClassicCheckpointAndLastCheckpoint()
    {
        using var lake = new TempLake();
        var table = SiteTable.Create(lake, Enumerable.Range(0, 12).Select(i => SiteTable.Batch(("s" + (i % 3), "u" + i, i))).ToArray());
        string log = $"{SiteTable.Path}/_delta_log/";
        Assert.True(lake.Store.Exists(log + "00000000000000000010.checkpoint.parquet"));
        Assert.False(lake.Store.Exists(log + "00000000000000000011.checkpoint.parquet"));
        using var last = JsonDocument.Parse(lake.Store.ReadAllBytes(log + "_last_checkpoint"));
        Assert.Equal(10, last.RootElement.GetProperty("version").GetInt64());
        // protocol + metaData + 11 active files.
        Assert.Equal(13, last.RootElement.GetProperty("size").GetInt64());
        Assert.Equal(11, last.RootElement.GetProperty("numOfAddFiles").GetInt64());
        Assert.False(last.RootElement.TryGetProperty("parts", out _));

        // The commits before the checkpoint are no longer needed.
        for (int v = 0; v <= 10; v++) lake.Store.Delete(log + $"{v:D20}.json");
        var reopened = SiteTable.Open(lake);
        Assert.Equal(11, reopened.Version);
        Assert.Equal(Enumerable.Range(0, 12).Select(i => $"s{i % 3}/u{i}/{i}").OrderBy(s => s, StringComparer.Ordinal), SiteTable.Rows(reopened.Read()));
        Assert.Equal(table.Files().Select(f => f.Path), reopened.Files().Select(f => f.Path));
    }

    [Fact]
    public void Write_TableCheckpointInterval_IsHonoured()
    {
        using var lake = new TempLake();
        Commit(lake, 0, [Protocol, MetaData("""{"delta.checkpointInterval":"3"}""")]);
        var table = DeltaTable.Open(lake.Store, Table, FakeDataFiles.Codec);
        var schema = table.Schema!;
        for (int i = 0; i < 6; i++)
            table.Write(schema, [MedSpark.Shared.Schemas.ColumnBatch.FromRows(schema, [["a", (long)i]])], new DeltaWriteOptions { Clock = () => DateTimeOffset.FromUnixTimeMilliseconds(T0) });
        var names = lake.Store.List($"{Table}/_delta_log/").Select(e => e.Path[(Table.Length + 12)..]).Where(n => n.Contains("checkpoint.parquet")).ToList();
        Assert.Equal(new[] { "00000000000000000003.checkpoint.parquet", "00000000000000000006.checkpoint.parquet" }, names);
    }

    [Fact]
    public void Open_StaleMissingLastCheckpointOrIncompleteMultiPart_UsesNewestCompleteCheckpoint()
    {
        using var lake = new TempLake();
        var history = RandomHistory(commits: 14, seed: 9);
        for (int v = 0; v < history.Count; v++) Commit(lake, v, history[v]);
        var log = new DeltaLog(lake.Store, Table);
        string expected = Describe(Snapshot.Load(log, 13)!);
        Checkpoint.Write(log, Snapshot.Load(log, 10)!, parts: 1);
        // A writer that died after part 1 of a 2-part checkpoint at 12, and a hint that still names version 5.
        var twelve = Checkpoint.Actions(Snapshot.Load(log, 12)!, 0);
        log.WriteCheckpoint(12, twelve, parts: 2);
        lake.Store.Delete(log.LogPrefix + DeltaLog.CheckpointPartFileName(12, 2, 2));
        lake.Store.Delete(log.LastCheckpointPath);
        Assert.True(lake.Store.TryCreate(log.LastCheckpointPath, "{\"version\":5,\"size\":1}"u8));
        for (int v = 0; v <= 10; v++) lake.Store.Delete(log.CommitPath(v));

        Assert.Equal(expected, Describe(Snapshot.Load(log, 13)!));
        lake.Store.Delete(log.LastCheckpointPath);
        Assert.Equal(expected, Describe(Snapshot.Load(log, 13)!));
    }

    [Fact]
    public void DuckDbReads_OurCheckpoint_SeesSparkColumnsAndValues()
    {
        using var lake = new TempLake();
        var table = SiteTable.Create(lake, Enumerable.Range(0, 10).Select(i => SiteTable.Batch(("s" + (i % 2), "u" + i, i))).ToArray());
        table.Write(SiteTable.Schema, [SiteTable.Batch(("s9", "u", 1))], SiteTable.Options() with { TxnAppId = "nightly", TxnVersion = 4, Mode = DeltaWriteMode.Overwrite });
        string path = System.IO.Path.Combine(lake.Root, SiteTable.Path, "_delta_log", "00000000000000000010.checkpoint.parquet");
        string file = DuckDb.Literal(path);

        var columns = DuckDb.Query($"describe select * from read_parquet({file})").Select(r => r["column_name"].GetString()).ToList();
        Assert.Equal(new[] { "txn", "add", "remove", "metaData", "protocol" }, columns);
        var types = DuckDb.Query($"select typeof(add) a, typeof(remove) r, typeof(metaData) m from read_parquet({file}) limit 1").Single();
        Assert.Contains("partitionValues MAP(VARCHAR, VARCHAR)", types["a"].GetString());
        Assert.Contains("stats VARCHAR", types["a"].GetString());
        Assert.Contains("partitionColumns VARCHAR[]", types["m"].GetString());

        var adds = DuckDb.Query($"select add.path as path, cast(add.size as varchar) as size, add.partitionValues['site'] as site, add.dataChange as dc from read_parquet({file}) where add is not null order by add.path");
        Assert.Equal(["s9"], adds.Select(r => r["site"].GetString()));
        Assert.Equal(table.Files().Single().Path, adds.Single()["path"].GetString());
        Assert.Equal(table.Files().Single().Size.ToString(CultureInfo.InvariantCulture), adds.Single()["size"].GetString());
        Assert.False(adds.Single()["dc"].GetBoolean());
        var removes = DuckDb.Query($"select count(*)::integer n from read_parquet({file}) where remove.path is not null").Single()["n"].GetInt32();
        Assert.Equal(10, removes);
        var txn = DuckDb.Query($"select txn.appId as app, txn.version::integer as v from read_parquet({file}) where txn is not null").Single();
        Assert.Equal(("nightly", 4), (txn["app"].GetString(), txn["v"].GetInt32()));
        var meta = DuckDb.Query($"select metaData.schemaString as s, metaData.partitionColumns[1] as p, protocol.minReaderVersion as r from read_parquet({file}) where metaData is not null or protocol is not null order by s nulls last");
        Assert.Equal(DeltaSchema.ToSchemaString(SiteTable.Schema), meta[0]["s"].GetString());
        Assert.Equal("site", meta[0]["p"].GetString());
        Assert.Equal(1, meta[1]["r"].GetInt32());
    }
}
