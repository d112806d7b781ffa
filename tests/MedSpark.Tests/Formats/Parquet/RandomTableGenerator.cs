using FsCheck;
using FsCheck.Fluent;
using MedSpark.Shared.Formats.Parquet;
using MedSpark.Shared.Schemas;

namespace MedSpark.Tests.Formats.Parquet;

/// <summary>
/// Random <see cref="RandomTable"/>s: schemas of every MedSpark column type (decimals of every storage width,
/// structs, lists and maps nested up to three levels, each level optional or required), rows mixing
/// nulls, empty strings, lists and maps, and the extremes of each type (integer min/max, ±0.0, NaN,
/// ±infinity, subnormals, the first and last supported date and microsecond), zero-row tables, and
/// writer options that force many pages and row groups.
/// </summary>
internal static class RandomTableGenerator
{
    private static readonly ColumnType[] Primitives =
    [
        ColumnType.Boolean, ColumnType.Int32, ColumnType.Int64, ColumnType.Float, ColumnType.Double,
        ColumnType.String, ColumnType.Binary, ColumnType.Date, ColumnType.Timestamp, ColumnType.Decimal,
    ];

    // Precisions at the INT32 / INT64 / FIXED_LEN_BYTE_ARRAY storage boundaries and at the CLR decimal's 28-29 digits.
    private static readonly int[] Precisions = [1, 2, 9, 10, 18, 19, 27, 28, 29, 30, 38];

    private static readonly int[] PageSizes = [1, 64, 1_000, 1024 * 1024];
    private static readonly long[] RowGroupSizes = [1, 300, 20_000, 128L * 1024 * 1024];

    private static readonly float[] FloatEdges =
    [
        float.NaN, -0.0f, 0.0f, float.PositiveInfinity, float.NegativeInfinity, float.MinValue, float.MaxValue,
        float.Epsilon, -float.Epsilon, BitConverter.Int32BitsToSingle(0x007FFFFF), BitConverter.Int32BitsToSingle(0x00800000), 1f, -1f,
        BitConverter.Int32BitsToSingle(unchecked((int)0xFFC00001)),
    ];

    private static readonly double[] DoubleEdges =
    [
        double.NaN, -0.0, 0.0, double.PositiveInfinity, double.NegativeInfinity, double.MinValue, double.MaxValue,
        double.Epsilon, -double.Epsilon, BitConverter.Int64BitsToDouble(0x000FFFFFFFFFFFFF), BitConverter.Int64BitsToDouble(0x0010000000000000), 1.0, -1.0,
        BitConverter.Int64BitsToDouble(unchecked((long)0xFFF8000000000001)),
    ];

    private static readonly string[] StringEdges = ["", "\0", "a", "A", "\u00e9", "\u4e2d", "\U0001F600", "\uE000", "\uFFFD", "\uFFFF", "a\0b", new string('x', 300)];

    /// <summary>FsCheck's arbitrary: the size parameter bounds rows and nesting; shrinking uses <see cref="RandomTable.Shrink"/>.</summary>
    public static Arbitrary<RandomTable> Arbitrary() =>
        Arb.From(Gen.Sized(size => Gen.Choose(0, int.MaxValue).Select(seed => Build(seed, size))), t => t.Shrink());

    /// <summary>One table from a seed; <paramref name="size"/> (FsCheck's, 0..100) bounds the row count.</summary>
    public static RandomTable Build(int seed, int size)
    {
        var random = new Random(seed);
        int columns = random.Next(1, 5);
        var schema = new TableSchema(Enumerable.Range(0, columns).Select(c => RandomField(random, "c" + c, depth: 0)));
        // Mostly small tables; one in ten long enough for RLE runs, bit-packed groups and dictionary pages of many values.
        int rows = random.Next(5) == 0 ? 0 : random.Next(10) == 0 ? random.Next(1000, 5000) : random.Next(0, 3 * size + 2);
        var nullOneIn = random.Next(2, 8);
        // Half the tables draw each column's values from a small pool, so values repeat as dictionaries and runs expect.
        int pool = random.Next(2) == 0 ? random.Next(1, 5) : 0;
        var pools = schema.Fields.Select(f => Enumerable.Range(0, pool).Select(_ => RandomValue(random, f, nullOneIn)).ToArray()).ToArray();
        var data = Enumerable.Range(0, rows)
            .Select(_ => schema.Fields.Select((f, c) => pool > 0 && random.Next(8) != 0 ? pools[c][random.Next(pool)] : RandomValue(random, f, nullOneIn)).ToArray())
            .ToList();
        var batches = new List<int>();
        for (int left = rows; left > 0 || batches.Count == 0;)
        {
            int take = random.Next(3) == 0 ? random.Next(0, left + 1) : left;
            batches.Add(take);
            left -= take;
        }
        var options = new ParquetWriteOptions
        {
            Compression = Pick(random, Enum.GetValues<ParquetCompression>()),
            DataPageVersion = random.Next(1, 3),
            Dictionary = random.Next(2) == 0,
            PageBytes = Pick(random, PageSizes),
            RowGroupBytes = Pick(random, RowGroupSizes),
        };
        return new RandomTable(schema, data, batches, options);
    }

    private static Field RandomField(Random random, string name, int depth)
    {
        bool nullable = random.Next(3) != 0;
        int kind = depth < 3 ? random.Next(10) : 0;
        switch (kind)
        {
            case 7:
                return Field.Struct(name, Enumerable.Range(0, random.Next(1, 4)).Select(i => RandomField(random, "m" + i, depth + 1)), nullable);
            case 8:
                return Field.List(name, RandomField(random, "element", depth + 1), nullable);
            case 9:
                return Field.Map(name, PrimitiveField(random, "key", nullable: false), RandomField(random, "value", depth + 1), nullable);
            default:
                return PrimitiveField(random, name, nullable);
        }
    }

    private static Field PrimitiveField(Random random, string name, bool nullable)
    {
        var type = Pick(random, Primitives);
        if (type != ColumnType.Decimal) return new Field(name, type, nullable);
        int precision = random.Next(2) == 0 ? Pick(random, Precisions) : random.Next(1, 39);
        int scale = random.Next(3) == 0 ? 0 : random.Next(0, Math.Min(precision, 28) + 1);
        return Field.Decimal(name, precision, scale, nullable);
    }

    private static object? RandomValue(Random random, Field field, int nullOneIn)
    {
        if (field.Nullable && random.Next(nullOneIn) == 0) return null;
        bool edge = random.Next(3) == 0;
        switch (field.Type)
        {
            case ColumnType.Boolean: return random.Next(2) == 0;
            case ColumnType.Int32: return edge ? Pick(random, [int.MinValue, int.MaxValue, 0, -1, 1]) : random.Next(int.MinValue, int.MaxValue);
            case ColumnType.Int64: return edge ? Pick(random, [long.MinValue, long.MaxValue, 0L, -1L]) : random.NextInt64(long.MinValue, long.MaxValue);
            case ColumnType.Float: return edge ? Pick(random, FloatEdges) : BitConverter.Int32BitsToSingle(random.Next(int.MinValue, int.MaxValue));
            case ColumnType.Double: return edge ? Pick(random, DoubleEdges) : BitConverter.Int64BitsToDouble(random.NextInt64(long.MinValue, long.MaxValue));
            case ColumnType.String: return edge ? Pick(random, StringEdges) : RandomString(random);
            case ColumnType.Binary:
                {
                    var bytes = new byte[edge ? random.Next(0, 2) : random.Next(0, 12)];
                    random.NextBytes(bytes);
                    return bytes;
                }
            case ColumnType.Date:
                return edge
                    ? Pick(random, [DateOnly.MinValue, DateOnly.MaxValue, new DateOnly(1970, 1, 1), new DateOnly(1969, 12, 31), new DateOnly(2000, 2, 29)])
                    : DateOnly.FromDayNumber(random.Next(DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber + 1));
            case ColumnType.Timestamp:
                {
                    // Parquet TIMESTAMP(MICROS): whole microseconds from year 1 to the last microsecond of 9999.
                    long lastMicro = DateTime.MaxValue.Ticks / 10;
                    long micros = edge
                        ? Pick(random, [0L, lastMicro, DateTime.UnixEpoch.Ticks / 10, DateTime.UnixEpoch.Ticks / 10 - 1])
                        : random.NextInt64(0, lastMicro + 1);
                    return new DateTime(micros * 10, DateTimeKind.Utc);
                }
            case ColumnType.Decimal: return RandomDecimal(random, field, edge);
            case ColumnType.Struct: return field.Children.Select(c => RandomValue(random, c, nullOneIn)).ToArray();
            case ColumnType.List:
                return Enumerable.Range(0, random.Next(4) == 0 ? 0 : random.Next(1, 4)).Select(_ => RandomValue(random, field.Element, nullOneIn)).ToArray();
            case ColumnType.Map:
                {
                    // Keys are distinct within a map, as every engine's map type requires.
                    var entries = new List<KeyValuePair<object, object?>>();
                    int count = random.Next(4) == 0 ? 0 : random.Next(1, 4);
                    for (int i = 0; i < count; i++)
                    {
                        object key = RandomValue(random, field.Children[0], nullOneIn)!;
                        if (entries.Any(e => ParquetTestData.SameValue(e.Key, key))) continue;
                        entries.Add(new(key, RandomValue(random, field.Children[1], nullOneIn)));
                    }
                    return entries.ToArray();
                }
            default:
                throw new ArgumentOutOfRangeException(nameof(field), field.Type, null);
        }
    }

    /// <summary>A value of decimal(p,s): up to min(p, 28) digits, s after the point; the extremes ±(10^p − 1)·10^−s, and ±decimal.MaxValue when p − s ≥ 29.</summary>
    private static decimal RandomDecimal(Random random, Field field, bool edge)
    {
        int digits = Math.Min(field.Precision, 28);
        bool negative = random.Next(2) == 0;
        if (edge)
        {
            if (field.Precision - field.Scale >= 29 && random.Next(2) == 0) return negative ? decimal.MinValue : decimal.MaxValue;
            var extreme = random.Next(3) switch
            {
                0 => System.Numerics.BigInteger.Pow(10, digits) - 1,
                1 => System.Numerics.BigInteger.One,
                _ => System.Numerics.BigInteger.Zero,
            };
            return Scaled(extreme, field.Scale, negative);
        }
        var unscaled = System.Numerics.BigInteger.Zero;
        for (int i = random.Next(1, digits + 1); i > 0; i--) unscaled = unscaled * 10 + random.Next(10);
        return Scaled(unscaled, field.Scale, negative);
    }

    private static decimal Scaled(System.Numerics.BigInteger unscaled, int scale, bool negative)
    {
        var bytes = new byte[12];
        unscaled.TryWriteBytes(bytes, out _, isUnsigned: true);
        return new decimal(BitConverter.ToInt32(bytes, 0), BitConverter.ToInt32(bytes, 4), BitConverter.ToInt32(bytes, 8), negative, (byte)scale);
    }

    private static string RandomString(Random random)
    {
        var text = new System.Text.StringBuilder();
        for (int i = random.Next(0, 8); i > 0; i--)
        {
            // Any Unicode scalar value: ASCII, the rest of the BMP (surrogates excluded), or a supplementary plane.
            int code = random.Next(3) switch
            {
                0 => random.Next(0, 0x80),
                1 => random.Next(0x80, 0x10000 - 0x800) is var c && c >= 0xD800 ? c + 0x800 : c,
                _ => random.Next(0x10000, 0x110000),
            };
            text.Append(char.ConvertFromUtf32(code));
        }
        return text.ToString();
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
