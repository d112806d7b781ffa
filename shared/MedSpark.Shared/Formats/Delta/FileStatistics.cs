using System.Globalization;
using System.Text;
using System.Text.Json;
using MedSpark.Shared.Formats.Parquet;
using MedSpark.Shared.Schemas;

namespace MedSpark.Shared.Formats.Delta;

/// <summary>
/// Builds the per-file <c>stats</c> JSON of an add action (PROTOCOL.md, "Per-file Statistics") from the
/// Parquet footer statistics of the file, formatted as Spark writes them so its data skipping can use them.
/// </summary>
/// <remarks>
/// A column gets min/max only when every row group that has non-null values reported them; an unknown bound
/// is omitted, never guessed, because a wrong bound makes readers skip files that hold matching rows.
/// Booleans and binaries get no min/max (Spark collects none). Strings: the min is truncated to
/// <see cref="StringPrefixLength"/> characters (a prefix is still a lower bound); a longer max is omitted
/// (a truncated max would be below the true max). Timestamps are written in milliseconds as Spark does;
/// readers widen the max by 1 ms. NaN and infinities are omitted (JSON cannot hold them).
/// </remarks>
internal static class FileStatistics
{
    /// <summary>Longest string kept in minValues, as Spark's default <c>dataSkippingStringPrefixLength</c>.</summary>
    public const int StringPrefixLength = 32;

    /// <summary>The stats JSON for a file of <paramref name="schema"/> described by <paramref name="info"/>.</summary>
    public static string ToJson(TableSchema schema, ParquetFileInfo info)
    {
        var mins = new object?[schema.Count];
        var maxs = new object?[schema.Count];
        var known = Enumerable.Repeat(true, schema.Count).ToArray();
        var nulls = new long[schema.Count];
        foreach (var rowGroup in info.RowGroups)
        {
            for (int c = 0; c < schema.Count; c++)
            {
                var field = schema[c];
                var stat = rowGroup.Columns.FirstOrDefault(s => s.Column == field.Name);
                if (stat is null) { known[c] = false; continue; }
                nulls[c] += stat.NullCount;
                bool hasValues = rowGroup.RowCount > stat.NullCount;
                if (!hasValues) continue;
                if (stat.Min is null || stat.Max is null) { known[c] = false; continue; }
                if (mins[c] is null || Compare(stat.Min, mins[c]!) < 0) mins[c] = stat.Min;
                if (maxs[c] is null || Compare(stat.Max, maxs[c]!) > 0) maxs[c] = stat.Max;
            }
        }
        bool[] countKnown = schema.Fields.Select(f => info.RowGroups.All(rg => rg.Columns.Any(s => s.Column == f.Name))).ToArray();

        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteNumber("numRecords", info.RowCount);
            WriteBounds(w, "minValues", schema, known, mins, isMax: false);
            WriteBounds(w, "maxValues", schema, known, maxs, isMax: true);
            w.WriteStartObject("nullCount");
            for (int c = 0; c < schema.Count; c++)
            {
                if (countKnown[c]) w.WriteNumber(schema[c].Name, nulls[c]);
            }
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteBounds(Utf8JsonWriter w, string name, TableSchema schema, bool[] known, object?[] values, bool isMax)
    {
        w.WriteStartObject(name);
        for (int c = 0; c < schema.Count; c++)
        {
            if (!known[c] || values[c] is null) continue;
            string column = schema[c].Name;
            switch (values[c])
            {
                case int i: w.WriteNumber(column, i); break;
                case long l: w.WriteNumber(column, l); break;
                case float f when float.IsFinite(f): w.WriteNumber(column, f); break;
                case double d when double.IsFinite(d): w.WriteNumber(column, d); break;
                case decimal m: w.WriteNumber(column, m); break;
                case DateOnly d: w.WriteString(column, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
                case DateTime t:
                    var utc = t.Kind == DateTimeKind.Local ? t.ToUniversalTime() : t;
                    w.WriteString(column, utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
                    break;
                case string s:
                    var bounded = BoundString(s, isMax);
                    if (bounded is not null) w.WriteString(column, bounded);
                    break;
            }
        }
        w.WriteEndObject();
    }

    private static string? BoundString(string s, bool isMax)
    {
        int cut = PrefixLength(s, StringPrefixLength);
        if (cut == s.Length) return s;
        return isMax ? null : s[..cut];
    }

    /// <summary>The length in UTF-16 units of the first <paramref name="chars"/> code points, never splitting a surrogate pair.</summary>
    private static int PrefixLength(string s, int chars)
    {
        int i = 0;
        for (int n = 0; n < chars && i < s.Length; n++)
            i += char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
        return i;
    }

    /// <summary>Orders values of one column; strings by code point, which is Parquet's unsigned UTF-8 byte order.</summary>
    internal static int Compare(object a, object b) => (a, b) switch
    {
        (string x, string y) => CompareCodePoints(x, y),
        (IComparable x, _) => x.CompareTo(b),
        _ => throw new ArgumentException($"Cannot compare statistics of type {a.GetType().Name}."),
    };

    private static int CompareCodePoints(string x, string y)
    {
        var ex = x.EnumerateRunes();
        var ey = y.EnumerateRunes();
        while (true)
        {
            bool hx = ex.MoveNext(), hy = ey.MoveNext();
            if (!hx || !hy) return hx.CompareTo(hy);
            int c = ex.Current.Value.CompareTo(ey.Current.Value);
            if (c != 0) return c;
        }
    }
}
