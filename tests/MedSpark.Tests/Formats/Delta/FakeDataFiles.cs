using System.Globalization;
using System.Text.Json;
using MedSpark.Shared.Formats.Delta;
using MedSpark.Shared.Formats.Parquet;
using MedSpark.Shared.Schemas;

namespace MedSpark.Tests.Formats.Delta;

/// <summary>
/// A stand-in for Parquet in log-level tests: files are JSON (schema + values as invariant strings) and the
/// writer reports one row group with statistics computed by scanning the values, as a Parquet writer would.
/// </summary>
internal static class FakeDataFiles
{
    public static DataFileCodec Codec { get; } = new(Write, Read);

    /// <summary>A codec whose writer calls <paramref name="beforeWrite"/> first (to inject failures or concurrent commits).</summary>
    public static DataFileCodec With(Action<Stream> beforeWrite) =>
        new((s, schema, batches, o) => { beforeWrite(s); return Write(s, schema, batches, o); }, Read);

    public static ParquetFileInfo Write(Stream output, TableSchema schema, IEnumerable<ColumnBatch> batches, ParquetWriteOptions? options)
    {
        var all = ColumnBatch.Concat(schema, batches.ToList());
        var doc = new
        {
            fields = schema.Fields.Select(f => new[] { f.Name, f.Type.ToString(), f.Nullable ? "1" : "0" }).ToArray(),
            columns = Enumerable.Range(0, schema.Count)
                .Select(c => Enumerable.Range(0, all.RowCount).Select(r => Format(all.GetValue(c, r))).ToArray()).ToArray(),
        };
        JsonSerializer.Serialize(output, doc);
        var stats = new List<ParquetColumnStatistics>();
        for (int c = 0; c < schema.Count; c++)
        {
            var values = Enumerable.Range(0, all.RowCount).Select(r => all.GetValue(c, r)).Where(v => v is not null).ToList();
            bool ordered = schema[c].Type is not (ColumnType.Binary or ColumnType.Boolean);
            object? min = ordered && values.Count > 0 ? values.Min() : null;
            object? max = ordered && values.Count > 0 ? values.Max() : null;
            stats.Add(new ParquetColumnStatistics(schema[c].Name, all.RowCount - values.Count, min, max));
        }
        return new ParquetFileInfo(schema, all.RowCount, new[] { new ParquetRowGroupInfo(all.RowCount, 0, stats) });
    }

    public static IEnumerable<ColumnBatch> Read(Stream input, IReadOnlyList<string>? columns)
    {
        using var doc = JsonDocument.Parse(input);
        var fields = doc.RootElement.GetProperty("fields").EnumerateArray()
            .Select(f => new Field(f[0].GetString()!, Enum.Parse<ColumnType>(f[1].GetString()!), f[2].GetString() == "1")).ToList();
        var data = doc.RootElement.GetProperty("columns").EnumerateArray().Select(c => c.EnumerateArray().Select(v => v.GetString()).ToArray()).ToList();
        var wanted = columns ?? fields.Select(f => f.Name).ToList();
        var schema = new TableSchema(wanted.Select(n => fields.Single(f => f.Name == n)));
        int rows = data.Count == 0 ? 0 : data[0].Length;
        var arrays = wanted.Select(n =>
        {
            int i = fields.FindIndex(f => f.Name == n);
            var array = ColumnTypes.NewArray(fields[i].Type, rows);
            for (int r = 0; r < rows; r++) array.SetValue(Parse(data[i][r], fields[i].Type), r);
            return array;
        }).ToArray();
        yield return new ColumnBatch(schema, arrays, rows);
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        byte[] b => Convert.ToBase64String(b),
        DateTime t => t.ToString("O", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("O", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static object? Parse(string? text, ColumnType type) => text is null ? null : type switch
    {
        ColumnType.Boolean => bool.Parse(text),
        ColumnType.Int32 => int.Parse(text, CultureInfo.InvariantCulture),
        ColumnType.Int64 => long.Parse(text, CultureInfo.InvariantCulture),
        ColumnType.Float => float.Parse(text, CultureInfo.InvariantCulture),
        ColumnType.Double => double.Parse(text, CultureInfo.InvariantCulture),
        ColumnType.String => text,
        ColumnType.Binary => Convert.FromBase64String(text),
        ColumnType.Date => DateOnly.Parse(text, CultureInfo.InvariantCulture),
        ColumnType.Timestamp => DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };
}
