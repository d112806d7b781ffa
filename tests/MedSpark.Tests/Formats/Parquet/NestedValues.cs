using System.Globalization;
using MedSpark.Shared.Schemas;

namespace MedSpark.Tests.Formats.Parquet;

/// <summary>
/// An oracle for values of any <see cref="ColumnType"/>, nested ones included, written from the
/// definitions rather than from the reader or writer: deep equality (NaN equal to NaN, signed zeros
/// distinguished), the Parquet sort order of a primitive type (parquet.thrift ColumnOrder: signed
/// integers, IEEE floats, unsigned bytes of UTF-8 strings and binaries), and the values that land in
/// each leaf column of a nested column (Dremel: a null or empty parent leaves one null slot per leaf).
/// </summary>
internal static class NestedValues
{
    /// <summary>One leaf column of a field: the leaf's field and the slots a value contributes to it (null = no value).</summary>
    public sealed record Leaf(string Path, Field Field, Func<object?, IEnumerable<object?>> Slots);

    /// <summary>Leaf columns of <paramref name="field"/> in Parquet file order (struct members, list element, map key then value).</summary>
    public static IReadOnlyList<Leaf> Leaves(Field field)
    {
        switch (field.Type)
        {
            case ColumnType.Struct:
                return field.Children.SelectMany((member, i) => Leaves(member).Select(leaf => new Leaf(
                    field.Name + "." + leaf.Path, leaf.Field,
                    v => v is object?[] s ? leaf.Slots(s[i]) : [null]))).ToList();
            case ColumnType.List:
                return Leaves(field.Element).Select(leaf => new Leaf(
                    field.Name + "[]." + leaf.Path, leaf.Field,
                    v => v is object?[] items && items.Length > 0 ? items.SelectMany(leaf.Slots) : [null])).ToList();
            case ColumnType.Map:
                var keys = Leaves(field.Children[0]).Select(leaf => new Leaf(
                    field.Name + "{}." + leaf.Path, leaf.Field,
                    v => v is KeyValuePair<object, object?>[] e && e.Length > 0 ? e.SelectMany(p => leaf.Slots(p.Key)) : [null]));
                var values = Leaves(field.Children[1]).Select(leaf => new Leaf(
                    field.Name + "{}." + leaf.Path, leaf.Field,
                    v => v is KeyValuePair<object, object?>[] e && e.Length > 0 ? e.SelectMany(p => leaf.Slots(p.Value)) : [null]));
                return keys.Concat(values).ToList();
            default:
                return [new Leaf(field.Name, field, v => [v])];
        }
    }

    /// <summary>
    /// Deep equality; returns the path of the first difference (starting at <paramref name="path"/>), or null
    /// when equal. -0.0 differs from +0.0 unless <paramref name="signedZeros"/> is false (only for writers known to merge them).
    /// </summary>
    public static string? FirstDifference(Field field, object? expected, object? actual, string path, bool signedZeros = true)
    {
        if (expected is null || actual is null)
            return expected is null && actual is null ? null : path;
        switch (field.Type)
        {
            case ColumnType.Struct:
                {
                    if (expected is not object?[] e || actual is not object?[] a || e.Length != a.Length) return path;
                    for (int i = 0; i < e.Length; i++)
                        if (FirstDifference(field.Children[i], e[i], a[i], path + "." + field.Children[i].Name, signedZeros) is { } d) return d;
                    return null;
                }
            case ColumnType.List:
                {
                    if (expected is not object?[] e || actual is not object?[] a) return path;
                    if (e.Length != a.Length) return path + " (length)";
                    for (int i = 0; i < e.Length; i++)
                        if (FirstDifference(field.Element, e[i], a[i], $"{path}[{i}]", signedZeros) is { } d) return d;
                    return null;
                }
            case ColumnType.Map:
                {
                    if (expected is not KeyValuePair<object, object?>[] e || actual is not KeyValuePair<object, object?>[] a) return path;
                    if (e.Length != a.Length) return path + " (entries)";
                    for (int i = 0; i < e.Length; i++)
                    {
                        if (FirstDifference(field.Children[0], e[i].Key, a[i].Key, $"{path}{{{i}}}.key", signedZeros) is { } k) return k;
                        if (FirstDifference(field.Children[1], e[i].Value, a[i].Value, $"{path}{{{i}}}.value", signedZeros) is { } v) return v;
                    }
                    return null;
                }
            default:
                bool zeros = !signedZeros && expected is 0.0f or 0.0 && actual is 0.0f or 0.0;
                return zeros || ParquetTestData.SameValue(expected, actual) ? null : path;
        }
    }

    /// <summary>Parquet's order for a primitive type's values (neither null).</summary>
    public static int Compare(ColumnType type, object x, object y) => type switch
    {
        ColumnType.Boolean => ((bool)x).CompareTo((bool)y),
        ColumnType.Int32 => ((int)x).CompareTo((int)y),
        ColumnType.Int64 => ((long)x).CompareTo((long)y),
        // Numeric comparison: -0.0 == +0.0 (callers check the sign of zero bounds separately).
        ColumnType.Float => (float)x < (float)y ? -1 : (float)x > (float)y ? 1 : 0,
        ColumnType.Double => (double)x < (double)y ? -1 : (double)x > (double)y ? 1 : 0,
        ColumnType.String => System.Text.Encoding.UTF8.GetBytes((string)x).AsSpan().SequenceCompareTo(System.Text.Encoding.UTF8.GetBytes((string)y)),
        ColumnType.Binary => ((byte[])x).AsSpan().SequenceCompareTo((byte[])y),
        ColumnType.Date => ((DateOnly)x).CompareTo((DateOnly)y),
        ColumnType.Timestamp => ((DateTime)x).Ticks.CompareTo(((DateTime)y).Ticks),
        ColumnType.Decimal => ((decimal)x).CompareTo((decimal)y),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "not a primitive type"),
    };

    public static bool IsNaN(object value) => value is float f && float.IsNaN(f) || value is double d && double.IsNaN(d);

    /// <summary>A readable rendering of any value, nested ones included, for failure messages.</summary>
    public static string Show(object? value) => value switch
    {
        object?[] items => "[" + string.Join(", ", items.Select(Show)) + "]",
        KeyValuePair<object, object?>[] entries => "{" + string.Join(", ", entries.Select(e => Show(e.Key) + ": " + Show(e.Value))) + "}",
        decimal m => m.ToString(CultureInfo.InvariantCulture) + "m",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        string s => "\"" + string.Concat(s.Select(c => c is < ' ' or > '~' ? $"\\u{(int)c:X4}" : c.ToString())) + "\"",
        _ => ParquetTestData.Show(value),
    };
}
