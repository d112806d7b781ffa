using System.Text.Json;
using System.Text.Json.Nodes;
using MedSpark.Shared.Formats.Delta;
using MedSpark.Shared.Schemas;
using Xunit;

namespace MedSpark.Tests.Formats.Delta;

/// <summary>The exact shape of what a first write puts in <c>_delta_log/00000000000000000000.json</c>.</summary>
public sealed class DeltaCommitFormatTests
{
    private static readonly DateTimeOffset Now = new(2024, 5, 6, 7, 8, 9, 123, TimeSpan.Zero);
    private const long NowMs = 1714979289123;

    internal static readonly TableSchema Schema = new(
        new Field("id", ColumnType.Int64, Nullable: false),
        new Field("name", ColumnType.String),
        new Field("score", ColumnType.Double),
        new Field("study_date", ColumnType.Date),
        new Field("acquired", ColumnType.Timestamp),
        new Field("flag", ColumnType.Boolean),
        new Field("blob", ColumnType.Binary),
        new Field("slices", ColumnType.Int32));

    /// <summary>Three rows whose stats are worked out by hand in <see cref="ExpectedStats"/>.</summary>
    internal static ColumnBatch Rows() => ColumnBatch.FromRows(Schema, new[]
    {
        new object?[] { 1L, "b", 2.5, new DateOnly(2024, 1, 2), new DateTime(2024, 1, 2, 3, 4, 5, 678, DateTimeKind.Utc).AddTicks(9010), true, new byte[] { 1 }, 7 },
        new object?[] { 3L, null, -1.0, new DateOnly(2023, 12, 31), null, false, null, -2 },
        new object?[] { 2L, "a", null, new DateOnly(2024, 1, 1), new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc), null, new byte[] { 2 }, null },
    });

    // Booleans and binaries get a null count only; the timestamp max keeps milliseconds (…05.678, not …05.678901).
    private const string ExpectedStats = """
        {"numRecords":3,
         "minValues":{"id":1,"name":"a","score":-1,"study_date":"2023-12-31","acquired":"2024-01-01T00:00:00.000Z","slices":-2},
         "maxValues":{"id":3,"name":"b","score":2.5,"study_date":"2024-01-02","acquired":"2024-01-02T03:04:05.678Z","slices":7},
         "nullCount":{"id":0,"name":1,"score":1,"study_date":0,"acquired":1,"flag":1,"blob":1,"slices":1}}
        """;

    private const string ExpectedSchemaString = """
        {"type":"struct","fields":[
          {"name":"id","type":"long","nullable":false,"metadata":{}},
          {"name":"name","type":"string","nullable":true,"metadata":{}},
          {"name":"score","type":"double","nullable":true,"metadata":{}},
          {"name":"study_date","type":"date","nullable":true,"metadata":{}},
          {"name":"acquired","type":"timestamp","nullable":true,"metadata":{}},
          {"name":"flag","type":"boolean","nullable":true,"metadata":{}},
          {"name":"blob","type":"binary","nullable":true,"metadata":{}},
          {"name":"slices","type":"integer","nullable":true,"metadata":{}}]}
        """;

    private static DeltaWriteOptions Options()
    {
        int next = 0;
        return new DeltaWriteOptions
        {
            Clock = () => Now,
            NewGuid = () => new Guid(++next, 0, 0, new byte[8]),
            Description = "nightly ingest",
            CommitInfo = new Dictionary<string, string> { ["runId"] = "run-42" },
        };
    }

    [Fact]
    public void Write_NewTable_Version0HasCommitInfoProtocolMetadataAdd()
    {
        using var lake = new TempLake();
        var table = DeltaTable.Open(lake.Store, "silver/studies", FakeDataFiles.Codec);

        long version = table.Write(Schema, new[] { Rows() }, Options());

        Assert.Equal(0, version);
        var lines = lake.CommitLines("silver/studies", 0);
        Assert.Equal(4, lines.Length);

        var commitInfo = JsonNode.Parse(lines[0])!["commitInfo"]!;
        Assert.Equal(NowMs, commitInfo["timestamp"]!.GetValue<long>());
        Assert.Equal("WRITE", commitInfo["operation"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"mode":"Append","partitionBy":"[]"}"""), commitInfo["operationParameters"]),
            commitInfo["operationParameters"]!.ToJsonString());
        Assert.True(commitInfo["isBlindAppend"]!.GetValue<bool>());
        Assert.Null(commitInfo["readVersion"]);
        Assert.StartsWith("MedSpark/", commitInfo["engineInfo"]!.GetValue<string>());
        Assert.Equal("nightly ingest", commitInfo["userMetadata"]!.GetValue<string>());
        Assert.Equal("run-42", commitInfo["runId"]!.GetValue<string>());
        Assert.Equal("3", commitInfo["operationMetrics"]!["numOutputRows"]!.GetValue<string>());

        Assert.Equal("""{"protocol":{"minReaderVersion":1,"minWriterVersion":2}}""", lines[1]);

        var metaData = JsonNode.Parse(lines[2])!["metaData"]!.AsObject();
        Assert.Equal(new[] { "id", "format", "schemaString", "partitionColumns", "configuration", "createdTime" }, metaData.Select(p => p.Key));
        Assert.Equal("00000001-0000-0000-0000-000000000000", metaData["id"]!.GetValue<string>());
        Assert.Equal("""{"provider":"parquet","options":{}}""", metaData["format"]!.ToJsonString());
        AssertJsonEqual(ExpectedSchemaString, metaData["schemaString"]!.GetValue<string>());
        Assert.Equal("[]", metaData["partitionColumns"]!.ToJsonString());
        Assert.Equal("{}", metaData["configuration"]!.ToJsonString());
        Assert.Equal(NowMs, metaData["createdTime"]!.GetValue<long>());

        var add = JsonNode.Parse(lines[3])!["add"]!.AsObject();
        Assert.Equal(new[] { "path", "partitionValues", "size", "modificationTime", "dataChange", "stats" }, add.Select(p => p.Key));
        string path = add["path"]!.GetValue<string>();
        Assert.Equal("part-00000-00000002-0000-0000-0000-000000000000-c000.snappy.parquet", path);
        Assert.Equal("{}", add["partitionValues"]!.ToJsonString());
        Assert.Equal(new FileInfo(Path.Combine(lake.Root, "silver/studies", path)).Length, add["size"]!.GetValue<long>());
        Assert.Equal(NowMs, add["modificationTime"]!.GetValue<long>());
        Assert.True(add["dataChange"]!.GetValue<bool>());
        AssertJsonEqual(ExpectedStats, add["stats"]!.GetValue<string>());
    }

    [Fact]
    public void Write_NewTable_SchemaStringIsCompactSparkJson()
    {
        var schema = new TableSchema(new Field("a", ColumnType.Int64), new Field("b", ColumnType.String, Nullable: false));

        string json = DeltaSchema.ToSchemaString(schema);

        Assert.Equal("""{"type":"struct","fields":[{"name":"a","type":"long","nullable":true,"metadata":{}},{"name":"b","type":"string","nullable":false,"metadata":{}}]}""", json);
        Assert.Equal(schema, DeltaSchema.Parse(json));
    }

    [Fact]
    public void Write_Partitioned_PathsEscapedAndValuesInLog()
    {
        using var lake = new TempLake();
        var schema = new TableSchema(new Field("site", ColumnType.String), new Field("day", ColumnType.Date), new Field("n", ColumnType.Int64));
        var batch = ColumnBatch.FromRows(schema, new[]
        {
            new object?[] { "a:b c", new DateOnly(2024, 1, 2), 1L },
            new object?[] { null, new DateOnly(2024, 1, 2), 2L },
            new object?[] { "a:b c", new DateOnly(2024, 1, 2), 3L },
        });
        var table = DeltaTable.Open(lake.Store, "t", FakeDataFiles.Codec);

        table.Write(schema, new[] { batch }, Options() with { PartitionBy = new[] { "site", "day" } });

        var files = table.Files();
        Assert.Equal(2, files.Count);
        Assert.StartsWith("site=a%253Ab%20c/day=2024-01-02/part-", files[0].Path);
        Assert.Equal("a:b c", files[0].PartitionValues["site"]);
        Assert.Equal("2024-01-02", files[0].PartitionValues["day"]);
        Assert.StartsWith("site=__HIVE_DEFAULT_PARTITION__/day=2024-01-02/part-", files[1].Path);
        Assert.Null(files[1].PartitionValues["site"]);
        Assert.Contains(lake.DataFilesOnDisk("t"), p => p.StartsWith("site=a%3Ab c/day=2024-01-02/part-", StringComparison.Ordinal));
        var addLine = lake.CommitLines("t", 0).Single(l => l.Contains("\"site=a%253A", StringComparison.Ordinal));
        Assert.Contains("\"partitionValues\":{\"site\":\"a:b c\",\"day\":\"2024-01-02\"}", addLine);
        AssertJsonEqual("""{"numRecords":2,"minValues":{"n":1},"maxValues":{"n":3},"nullCount":{"n":0}}""", files[0].Stats!);
    }

    internal static void AssertJsonEqual(string expected, string actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)),
            $"expected {JsonNode.Parse(expected)!.ToJsonString()}\n  actual {actual}");
}
