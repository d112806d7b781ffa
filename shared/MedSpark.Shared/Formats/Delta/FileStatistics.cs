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
    /// <remarks>
    /// Primitive fields inside struct columns get their bounds and null counts nested like the schema, as Spark
    /// writes them (<c>"minValues":{"dose":{"value":1.5}}</c>); lists and maps get none.
    /// </remarks>
    public static string ToJson(TableSchema schema, ParquetFileInfo info)
    {
        var fields = new Dictionary<string, FieldBounds>(StringComparer.Ordinal);
        foreach (var path in PrimitivePaths(schema.Fields, [])) fields[Key(path)] = new FieldBounds();
        foreach (var rowGroup in info.RowGroups)
        {
            var stats = new Dictionary<string, ParquetColumnStatistics>(StringComparer.Ordinal);
            foreach (var s in rowGroup.Columns) stats.TryAdd(Key([s.Column]), s);
            foreach (var f in rowGroup.StructFields) stats.TryAdd(Key(f.Path), f.Statistics);
            foreach (var (key, bounds) in fields) bounds.Add(stats.GetValueOrDefault(key), rowGroup.RowCount);
        }

        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteNumber("numRecords", info.RowCount);
            w.WriteStartObject("minValues");
            WriteFields(w, schema.Fields, [], fields, b => b.Min is { } v && Writable(v, isMax: false), (name, b) => WriteValue(w, name, b.Min!, isMax: false));
            w.WriteEndObject();
            w.WriteStartObject("maxValues");
            WriteFields(w, schema.Fields, [], fields, b => b.Max is { } v && Writable(v, isMax: true), (name, b) => WriteValue(w, name, b.Max!, isMax: true));
            w.WriteEndObject();
            w.WriteStartObject("nullCount");
            WriteFields(w, schema.Fields, [], fields, b => b.CountKnown, (name, b) => w.WriteNumber(name, b.Nulls));
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>What the row groups say about one primitive field, merged.</summary>
    private sealed class FieldBounds
    {
        private bool _boundsKnown = true;
        private object? _min, _max;

        /// <summary>The file's smallest value, or null when unknown (a row group with values reported none).</summary>
        public object? Min => _boundsKnown ? _min : null;

        public object? Max => _boundsKnown ? _max : null;

        public long Nulls { get; private set; }

        /// <summary>Whether every row group reported the field's null count.</summary>
        public bool CountKnown { get; private set; } = true;

        public void Add(ParquetColumnStatistics? stat, long rowCount)
        {
            if (stat is null || stat.NullCount < 0) CountKnown = false;
            else Nulls += stat.NullCount;
            if (stat is null) { _boundsKnown = false; return; }
            if (rowCount <= stat.NullCount) return;   // only nulls: nothing to bound
            if (stat.Min is null || stat.Max is null) { _boundsKnown = false; return; }
            if (_min is null || Compare(stat.Min, _min) < 0) _min = stat.Min;
            if (_max is null || Compare(stat.Max, _max) > 0) _max = stat.Max;
        }
    }

    private static string Key(IEnumerable<string> path) => string.Join('\u0001', path);

    /// <summary>Paths of the primitive columns and of the primitive fields inside structs (not inside lists or maps).</summary>
    private static IEnumerable<string[]> PrimitivePaths(IEnumerable<Field> fields, string[] prefix)
    {
        foreach (var field in fields)
        {
            string[] path = [.. prefix, field.Name];
            if (!field.IsNested) yield return path;
            else if (field.Type == ColumnType.Struct)
            {
                foreach (var inner in PrimitivePaths(field.Children, path)) yield return inner;
            }
        }
    }

    /// <summary>
    /// Writes <paramref name="write"/> for each primitive field that <paramref name="has"/> a value, nesting struct
    /// members in objects named after the struct; a struct with nothing to write is left out.
    /// </summary>
    private static void WriteFields(Utf8JsonWriter w, IEnumerable<Field> fields, string[] prefix, Dictionary<string, FieldBounds> bounds,
        Func<FieldBounds, bool> has, Action<string, FieldBounds> write)
    {
        foreach (var field in fields)
        {
            string[] path = [.. prefix, field.Name];
            if (!field.IsNested)
            {
                var b = bounds[Key(path)];
                if (has(b)) write(field.Name, b);
            }
            else if (field.Type == ColumnType.Struct && PrimitivePaths(field.Children, path).Any(p => has(bounds[Key(p)])))
            {
                w.WriteStartObject(field.Name);
                WriteFields(w, field.Children, path, bounds, has, write);
                w.WriteEndObject();
            }
        }
    }

    /// <summary>Whether a bound can be written: finite numbers, and strings unless a max would need truncating.</summary>
    private static bool Writable(object value, bool isMax) => value switch
    {
        float f => float.IsFinite(f),
        double d => double.IsFinite(d),
        string s => BoundString(s, isMax) is not null,
        int or long or decimal or DateOnly or DateTime => true,
        _ => false,
    };

    private static void WriteValue(Utf8JsonWriter w, string name, object value, bool isMax)
    {
        switch (value)
        {
            case int i: w.WriteNumber(name, i); break;
            case long l: w.WriteNumber(name, l); break;
            case float f: w.WriteNumber(name, f); break;
            case double d: w.WriteNumber(name, d); break;
            case decimal m: w.WriteNumber(name, m); break;
            case DateOnly d: w.WriteString(name, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            case DateTime t:
                var utc = t.Kind == DateTimeKind.Local ? t.ToUniversalTime() : t;
                w.WriteString(name, utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
                break;
            case string s: w.WriteString(name, BoundString(s, isMax)!); break;
        }
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
