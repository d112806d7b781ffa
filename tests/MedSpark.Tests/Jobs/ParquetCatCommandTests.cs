using System.Text.Json;
using MedSpark.Shared.Schemas;
using MedSpark.Tests.Formats.Parquet;
using MedSpark.Tests.Lake;
using Xunit;

namespace MedSpark.Tests.Jobs;

/// <summary>
/// <c>medspark parquet cat FILE [--json] [--columns a,b] [--limit N]</c> run as a user runs it: one JSON object per
/// row, timestamps ISO-8601 UTC, decimals as strings, binary as base64, NaN and infinities as strings.
/// </summary>
public sealed class ParquetCatCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("medspark-cat-").FullName;

    [Fact]
    public void ParquetCat_JsonColumnsLimit_PrintsOneObjectPerRowInTheDocumentedFormats()
    {
        var schema = new TableSchema(
            new Field("id", ColumnType.Int64),
            new Field("ts", ColumnType.Timestamp),
            Field.Decimal("dose", 9, 3),
            new Field("blob", ColumnType.Binary),
            new Field("x", ColumnType.Double));
        var batch = ColumnBatch.FromRows(schema,
        [
            [1L, new DateTime(2024, 2, 29, 12, 30, 0, 250, DateTimeKind.Utc), 12.345m, new byte[] { 0, 255, 128 }, double.NaN],
            [2L, null, -0.001m, Array.Empty<byte>(), double.NegativeInfinity],
            [3L, DateTime.UnixEpoch, null, null, 1.5],
        ]);
        string file = Path.Combine(_dir, "t.parquet");
        File.WriteAllBytes(file, ParquetTestData.Write(schema, [batch], new()));

        var (exit, output) = MedsparkProcess.Run(new Dictionary<string, string>(), "parquet", "cat", file, "--json", "--columns", "ts,dose,blob,x", "--limit", "2");

        Assert.True(exit == 0, output);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => JsonDocument.Parse(line).RootElement).ToArray();
        Assert.Equal(2, rows.Length);
        Assert.Equal(["ts", "dose", "blob", "x"], rows[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal("2024-02-29T12:30:00.250000Z", rows[0].GetProperty("ts").GetString());
        Assert.Equal("12.345", rows[0].GetProperty("dose").GetString());
        Assert.Equal("AP+A", rows[0].GetProperty("blob").GetString());
        Assert.Equal("NaN", rows[0].GetProperty("x").GetString());
        Assert.Equal(JsonValueKind.Null, rows[1].GetProperty("ts").ValueKind);
        Assert.Equal("-0.001", rows[1].GetProperty("dose").GetString());
        Assert.Equal("", rows[1].GetProperty("blob").GetString());
        Assert.Equal("-Infinity", rows[1].GetProperty("x").GetString());
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
