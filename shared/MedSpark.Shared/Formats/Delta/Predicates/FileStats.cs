using System.Globalization;
using System.Text.Json;
using MedSpark.Shared.Formats.Parquet;
using MedSpark.Shared.Schemas;

namespace MedSpark.Shared.Formats.Delta.Predicates;

/// <summary>
/// The <c>stats</c> JSON of an add action parsed for data skipping (PROTOCOL.md, "Per-file Statistics"). A
/// bound or count that is absent or unreadable is unknown, and an unknown value never lets a file be skipped.
/// </summary>
internal sealed class FileStats
{
    private readonly Dictionary<string, object> _min = new(StringComparer.Ordinal);
    private readonly Dictionary<string, object> _max = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _nulls = new(StringComparer.Ordinal);

    public long? NumRecords { get; private set; }

    public object? Min(string column) => _min.TryGetValue(column, out var v) ? v : null;

    public object? Max(string column) => _max.TryGetValue(column, out var v) ? v : null;

    public long? NullCount(string column) => _nulls.TryGetValue(column, out var v) ? v : null;

    /// <summary>
    /// The footer statistics of one Parquet row group as stats of the table's columns, for row-group skipping:
    /// only bounds of the types and values the log's stats could hold (no NaN, no decimals or binaries), so a
    /// predicate judges a row group exactly as it judges a file.
    /// </summary>
    public static FileStats FromRowGroup(ParquetRowGroupInfo group, TableSchema schema)
    {
        var stats = new FileStats { NumRecords = group.RowCount };
        foreach (var column in group.Columns)
        {
            int index = schema.IndexOf(column.Column);
            if (index < 0) continue;
            if (column.NullCount >= 0) stats._nulls[column.Column] = column.NullCount;
            if (Usable(column.Min, schema[index].Type) && Usable(column.Max, schema[index].Type))
            {
                stats._min[column.Column] = column.Min!;
                stats._max[column.Column] = column.Max!;
            }
        }
        return stats;
    }

    private static bool Usable(object? bound, ColumnType type) => (type, bound) switch
    {
        (ColumnType.Int32, int) or (ColumnType.Int64, long) or (ColumnType.String, string) or (ColumnType.Date, DateOnly) or (ColumnType.Timestamp, DateTime) => true,
        (ColumnType.Float, float f) => !float.IsNaN(f),
        (ColumnType.Double, double d) => !double.IsNaN(d),
        _ => false,
    };

    /// <summary>Parses stats written by any engine; null when there are none or they are malformed.</summary>
    public static FileStats? TryParse(string? json, TableSchema schema)
    {
        if (string.IsNullOrEmpty(json)) return null;
        try
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            var stats = new FileStats();
            if (root.TryGetProperty("numRecords", out var n) && n.ValueKind == JsonValueKind.Number) stats.NumRecords = n.GetInt64();
            Bounds(root, "minValues", schema, stats._min);
            Bounds(root, "maxValues", schema, stats._max);
            if (root.TryGetProperty("nullCount", out var nulls) && nulls.ValueKind == JsonValueKind.Object)
            {
                foreach (var p in nulls.EnumerateObject())
                    if (p.Value.ValueKind == JsonValueKind.Number) stats._nulls[p.Name] = p.Value.GetInt64();
            }
            return stats;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void Bounds(JsonElement root, string name, TableSchema schema, Dictionary<string, object> target)
    {
        if (!root.TryGetProperty(name, out var bounds) || bounds.ValueKind != JsonValueKind.Object) return;
        foreach (var p in bounds.EnumerateObject())
        {
            int index = schema.IndexOf(p.Name);
            if (index < 0) continue;
            var value = Value(p.Value, schema[index].Type);
            if (value is not null) target[p.Name] = value;
        }
    }

    private static object? Value(JsonElement v, ColumnType type)
    {
        var ci = CultureInfo.InvariantCulture;
        try
        {
            return (type, v.ValueKind) switch
            {
                (ColumnType.Int32, JsonValueKind.Number) => v.GetInt32(),
                (ColumnType.Int64, JsonValueKind.Number) => v.GetInt64(),
                (ColumnType.Float, JsonValueKind.Number) => v.GetSingle(),
                (ColumnType.Double, JsonValueKind.Number) => v.GetDouble(),
                (ColumnType.String, JsonValueKind.String) => v.GetString(),
                (ColumnType.Date, JsonValueKind.String) => DateOnly.ParseExact(v.GetString()!, "yyyy-MM-dd", ci),
                (ColumnType.Timestamp, JsonValueKind.String) =>
                    DateTime.Parse(v.GetString()!, ci, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
                _ => null,
            };
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException)
        {
            return null;
        }
    }
}
