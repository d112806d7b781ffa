using System.Runtime.CompilerServices;
using MedSpark.Shared.Formats.Parquet.Metadata;
using MedSpark.Shared.Schemas;

namespace MedSpark.Shared.Formats.Parquet.Columns;

/// <summary>
/// One column chunk in Parquet's physical form: the non-null values packed densely in an array of the
/// physical type, plus one definition level per entry (<see cref="MaxDefinitionLevel"/> = value present) for
/// OPTIONAL or nested columns and one repetition level per entry for repeated ones. For flat columns an entry
/// is a row. Converting
/// to and from MedSpark's nullable arrays happens once here, so encoders and decoders work on plain
/// primitive arrays without boxing.
/// </summary>
internal sealed class PhysicalColumn
{
    private static readonly long UnixEpochTicks = DateTime.UnixEpoch.Ticks;
    private static readonly int UnixEpochDayNumber = DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber;

    public PhysicalColumn(PhysicalType type, int capacity, int rowCount, bool hasLevels, int typeLength = 0)
    {
        Type = type;
        TypeLength = typeLength;
        RowCount = rowCount;
        Levels = hasLevels ? new byte[rowCount] : null;
        switch (type)
        {
            case PhysicalType.Boolean: Bools = new bool[capacity]; break;
            case PhysicalType.Int32: Ints = new int[capacity]; break;
            case PhysicalType.Int64: Longs = new long[capacity]; break;
            case PhysicalType.Float: Floats = new float[capacity]; break;
            case PhysicalType.Double: Doubles = new double[capacity]; break;
            case PhysicalType.ByteArray or PhysicalType.FixedLenByteArray or PhysicalType.Int96: Bytes = new byte[capacity][]; break;
            default: throw new ArgumentOutOfRangeException(nameof(type), type, null);
        }
    }

    public PhysicalType Type { get; }
    /// <summary>Bytes per value of FIXED_LEN_BYTE_ARRAY (12 for INT96), else 0.</summary>
    public int TypeLength { get; }
    /// <summary>Entries: rows for flat columns, level pairs for nested ones.</summary>
    public int RowCount { get; }
    /// <summary>Definition level per entry, or null for flat REQUIRED columns (every row has a value).</summary>
    public byte[]? Levels { get; private set; }
    /// <summary>The definition level at which a value is present (1 for flat OPTIONAL columns).</summary>
    public int MaxDefinitionLevel { get; private set; } = 1;
    /// <summary>Repetition level per entry for columns under a repeated node, else null.</summary>
    public byte[]? RepetitionLevels { get; private set; }
    /// <summary>The highest repetition level (0 when <see cref="RepetitionLevels"/> is null).</summary>
    public int MaxRepetitionLevel { get; private set; }
    /// <summary>How many values of the typed array are filled.</summary>
    public int ValueCount { get; set; }
    public bool[]? Bools { get; }
    public int[]? Ints { get; }
    public long[]? Longs { get; }
    public float[]? Floats { get; }
    public double[]? Doubles { get; }
    public byte[][]? Bytes { get; }

    public int NullCount => RowCount - ValueCount;

    /// <summary>
    /// Byte arrays read from dictionary pages: the dictionary, and per value its index in it (-1 for values of
    /// PLAIN pages), so strings are decoded once per dictionary entry rather than once per value.
    /// </summary>
    public PhysicalColumn? Dictionary { get; private set; }

    /// <summary>See <see cref="Dictionary"/>; null when no page was dictionary-encoded.</summary>
    public int[]? DictionaryIndices { get; private set; }

    /// <summary>Records that values [at, at+indices.Length) are entries of <paramref name="dictionary"/>.</summary>
    public void RecordDictionaryIndices(PhysicalColumn dictionary, int at, ReadOnlySpan<int> indices)
    {
        if (DictionaryIndices is null)
        {
            DictionaryIndices = new int[Bytes!.Length];
            DictionaryIndices.AsSpan().Fill(-1);
            Dictionary = dictionary;
        }
        if (!ReferenceEquals(Dictionary, dictionary)) throw new InvalidOperationException("A column chunk has one dictionary.");
        indices.CopyTo(DictionaryIndices.AsSpan(at));
    }

    /// <summary>Switches to nested levels: <paramref name="definition"/> replaces the 0/1 levels (same presence), <paramref name="repetition"/> is kept as is.</summary>
    public void SetNestedLevels(byte[] definition, int maxDefinition, byte[]? repetition, int maxRepetition)
    {
        Levels = definition;
        MaxDefinitionLevel = maxDefinition;
        RepetitionLevels = repetition;
        MaxRepetitionLevel = maxRepetition;
    }

    /// <summary>A column whose levels are those of a nested leaf, for the reader to fill.</summary>
    public static PhysicalColumn ForNested(ColumnDescriptor descriptor, int entries) =>
        new(descriptor.Physical, entries, entries, hasLevels: true, descriptor.TypeLength)
        {
            MaxDefinitionLevel = descriptor.MaxDefinitionLevel,
            MaxRepetitionLevel = descriptor.MaxRepetitionLevel,
            RepetitionLevels = descriptor.MaxRepetitionLevel > 0 ? new byte[entries] : null,
        };

    /// <summary>Packs rows [start, start+count) of a MedSpark column array.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static PhysicalColumn FromArray(Array column, ColumnDescriptor descriptor, int start, int count)
    {
        var field = descriptor.Field;
        var result = new PhysicalColumn(descriptor.Physical, count, count, field.Nullable, descriptor.TypeLength);
        var levels = result.Levels;
        int n = 0;
        switch (field.Type)
        {
            case ColumnType.Boolean: Pack((bool?[])column, result.Bools!); break;
            case ColumnType.Int32: Pack((int?[])column, result.Ints!); break;
            case ColumnType.Int64: Pack((long?[])column, result.Longs!); break;
            case ColumnType.Float: Pack((float?[])column, result.Floats!); break;
            case ColumnType.Double: Pack((double?[])column, result.Doubles!); break;
            case ColumnType.Date:
                {
                    var source = (DateOnly?[])column;
                    var target = result.Ints!;
                    for (int i = 0; i < count; i++)
                    {
                        if (source[start + i] is { } d) { target[n++] = d.DayNumber - UnixEpochDayNumber; SetLevel(i); }
                        else NullAt(i);
                    }
                    break;
                }
            case ColumnType.Timestamp:
                {
                    var source = (DateTime?[])column;
                    var target = result.Longs!;
                    for (int i = 0; i < count; i++)
                    {
                        if (source[start + i] is { } t) { target[n++] = ToMicros(t); SetLevel(i); }
                        else NullAt(i);
                    }
                    break;
                }
            case ColumnType.String:
                {
                    // Each distinct string is encoded once and its bytes shared; while the distinct values stay
                    // under the writer's dictionary limit they also become the chunk's dictionary, so the
                    // writer need not hash every value's bytes again (parity:
                    // ParquetRoundTripTests.Write_StringDictionaryFastPath_SameChunkBytesAsByteArrays).
                    var source = (string?[])column;
                    var target = result.Bytes!;
                    var lookup = new Dictionary<string, int>(StringComparer.Ordinal);
                    var distinct = new List<byte[]>();
                    var indices = new int[count];
                    long distinctBytes = 0;
                    bool dictionary = true;
                    for (int i = 0; i < count; i++)
                    {
                        if (source[start + i] is not { } s)
                        {
                            NullAt(i);
                            continue;
                        }
                        if (!dictionary)
                        {
                            target[n++] = System.Text.Encoding.UTF8.GetBytes(s);
                        }
                        else
                        {
                            if (!lookup.TryGetValue(s, out int index))
                            {
                                index = distinct.Count;
                                var bytes = System.Text.Encoding.UTF8.GetBytes(s);
                                distinct.Add(bytes);
                                lookup.Add(s, index);
                                distinctBytes += 4 + bytes.Length;
                                dictionary = distinctBytes <= ColumnChunkWriter.DictionaryLimitBytes;
                            }
                            indices[n] = index;
                            target[n++] = distinct[index];
                        }
                        SetLevel(i);
                    }
                    if (dictionary)
                    {
                        var entries = new PhysicalColumn(PhysicalType.ByteArray, distinct.Count, distinct.Count, hasLevels: false) { ValueCount = distinct.Count };
                        distinct.CopyTo(entries.Bytes!);
                        result.Dictionary = entries;
                        result.DictionaryIndices = indices;
                    }
                    break;
                }
            case ColumnType.Binary:
                {
                    var source = (byte[]?[])column;
                    var target = result.Bytes!;
                    for (int i = 0; i < count; i++)
                    {
                        if (source[start + i] is { } b) { target[n++] = b; SetLevel(i); }
                        else NullAt(i);
                    }
                    break;
                }
            case ColumnType.Decimal:
                {
                    var source = (decimal?[])column;
                    for (int i = 0; i < count; i++)
                    {
                        if (source[start + i] is not { } d)
                        {
                            NullAt(i);
                            continue;
                        }
                        var unscaled = DecimalCodec.ToUnscaled(d, field.Precision, field.Scale, $"Column '{field.Name}', row {start + i}");
                        switch (descriptor.Physical)
                        {
                            case PhysicalType.Int32: result.Ints![n++] = (int)unscaled; break;
                            case PhysicalType.Int64: result.Longs![n++] = (long)unscaled; break;
                            default: result.Bytes![n++] = DecimalCodec.ToBigEndian(unscaled, descriptor.TypeLength); break;
                        }
                        SetLevel(i);
                    }
                    break;
                }
            default:
                throw new ArgumentOutOfRangeException(nameof(descriptor), field.Type, null);
        }
        result.ValueCount = n;
        return result;

        void Pack<T>(T?[] source, T[] target) where T : struct
        {
            for (int i = 0; i < count; i++)
            {
                if (source[start + i] is { } v) { target[n++] = v; SetLevel(i); }
                else NullAt(i);
            }
        }

        void SetLevel(int i)
        {
            if (levels is not null) levels[i] = 1;
        }

        void NullAt(int i)
        {
            if (levels is null)
                throw new ArgumentException($"Column '{field.Name}' is not nullable but row {start + i} is null.");
        }
    }

    /// <summary>
    /// UTC DateTime to microseconds since the Unix epoch, rounding toward negative infinity so that
    /// sub-microsecond ticks never move a pre-1970 instant forward. Local times are converted to UTC;
    /// unspecified ones are taken as UTC.
    /// </summary>
    public static long ToMicros(DateTime t)
    {
        if (t.Kind == DateTimeKind.Local) t = t.ToUniversalTime();
        return Math.DivRem(t.Ticks - UnixEpochTicks, TimeSpan.TicksPerMicrosecond) is var (q, r) && r < 0 ? q - 1 : q;
    }

    /// <summary>Expands to a MedSpark column array of <paramref name="descriptor"/>'s type; <paramref name="context"/> names file and column.</summary>
    public Array ToArray(ColumnDescriptor descriptor, string context)
    {
        var field = descriptor.Field;
        int rows = RowCount;
        int n = 0;
        switch (field.Type)
        {
            case ColumnType.Boolean: return Expand(Bools!);
            case ColumnType.Int32: return Expand(Ints!);
            case ColumnType.Int64 when Type == PhysicalType.Int32:
                {
                    // UINT_32 stored in INT32.
                    var result = new long?[rows];
                    var source = Ints!;
                    for (int i = 0; i < rows; i++)
                    {
                        if (Present(i)) result[i] = (uint)source[n++];
                    }
                    return result;
                }
            case ColumnType.Int64: return Expand(Longs!);
            case ColumnType.Float when Type == PhysicalType.FixedLenByteArray:
                {
                    var result = new float?[rows];
                    var source = Bytes!;
                    for (int i = 0; i < rows; i++)
                    {
                        if (Present(i)) result[i] = (float)System.Buffers.Binary.BinaryPrimitives.ReadHalfLittleEndian(source[n++]);
                    }
                    return result;
                }
            case ColumnType.Float: return Expand(Floats!);
            case ColumnType.Double: return Expand(Doubles!);
            case ColumnType.Date:
                {
                    var result = new DateOnly?[rows];
                    var source = Ints!;
                    for (int i = 0; i < rows; i++)
                    {
                        if (!Present(i)) continue;
                        long day = (long)source[n++] + UnixEpochDayNumber;
                        if (day < DateOnly.MinValue.DayNumber || day > DateOnly.MaxValue.DayNumber)
                            throw new ParquetFormatException($"{context}: row {i}: date {source[n - 1]} days from 1970-01-01 is outside 0001-01-01..9999-12-31.");
                        result[i] = DateOnly.FromDayNumber((int)day);
                    }
                    return result;
                }
            case ColumnType.Timestamp when Type == PhysicalType.Int96:
                {
                    var result = new DateTime?[rows];
                    var source = Bytes!;
                    for (int i = 0; i < rows; i++)
                    {
                        if (!Present(i)) continue;
                        var raw = source[n++];
                        long nanos = System.Buffers.Binary.BinaryPrimitives.ReadInt64LittleEndian(raw);
                        int julianDay = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(raw.AsSpan(8));
                        // Julian day 2440588 is 1970-01-01.
                        long days = julianDay - 2440588L;
                        long ticks = days * TimeSpan.TicksPerDay + (Math.DivRem(nanos, 100L) is var (q, r) && r < 0 ? q - 1 : q) + UnixEpochTicks;
                        if (nanos < 0 || nanos >= 86_400_000_000_000L || ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks)
                            throw new ParquetFormatException($"{context}: row {i}: INT96 timestamp (Julian day {julianDay}, {nanos} ns) is outside the DateTime range.");
                        result[i] = new DateTime(ticks, DateTimeKind.Utc);
                    }
                    return result;
                }
            case ColumnType.Timestamp:
                {
                    var result = new DateTime?[rows];
                    var source = Longs!;
                    for (int i = 0; i < rows; i++)
                    {
                        if (!Present(i)) continue;
                        long raw = source[n++];
                        long ticks;
                        try
                        {
                            ticks = descriptor.TimestampUnit switch
                            {
                                TimeUnit.Millis => checked(raw * TimeSpan.TicksPerMillisecond),
                                TimeUnit.Micros => checked(raw * TimeSpan.TicksPerMicrosecond),
                                _ => Math.DivRem(raw, 100L) is var (q, r) && r < 0 ? q - 1 : q,
                            };
                            ticks = checked(ticks + UnixEpochTicks);
                        }
                        catch (OverflowException)
                        {
                            ticks = -1;
                        }
                        if (ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks)
                            throw new ParquetFormatException($"{context}: row {i}: timestamp {raw} ({descriptor.TimestampUnit}) is outside the DateTime range.");
                        result[i] = new DateTime(ticks, DateTimeKind.Utc);
                    }
                    return result;
                }
            case ColumnType.String when descriptor.Uuid:
                {
                    var result = new string?[rows];
                    var source = Bytes!;
                    for (int i = 0; i < rows; i++)
                    {
                        if (Present(i)) result[i] = new Guid(source[n++], bigEndian: true).ToString();
                    }
                    return result;
                }
            case ColumnType.String when DictionaryIndices is not null:
                {
                    // Fast path (parity: ParquetRoundTripTests.Read_DictionaryAndPlainStrings_DecodeIdentically).
                    var dictionary = Dictionary!.Bytes!;
                    var decoded = new string[Dictionary.ValueCount];
                    for (int d = 0; d < decoded.Length; d++) decoded[d] = System.Text.Encoding.UTF8.GetString(dictionary[d]);
                    var result = new string?[rows];
                    var source = Bytes!;
                    var indices = DictionaryIndices;
                    for (int i = 0; i < rows; i++)
                    {
                        if (!Present(i)) continue;
                        int index = indices[n];
                        result[i] = index >= 0 ? decoded[index] : System.Text.Encoding.UTF8.GetString(source[n]);
                        n++;
                    }
                    return result;
                }
            case ColumnType.String:
                {
                    var result = new string?[rows];
                    var source = Bytes!;
                    for (int i = 0; i < rows; i++)
                    {
                        if (Present(i)) result[i] = System.Text.Encoding.UTF8.GetString(source[n++]);
                    }
                    return result;
                }
            case ColumnType.Decimal:
                {
                    var result = new decimal?[rows];
                    int scale = field.Scale;
                    for (int i = 0; i < rows; i++)
                    {
                        if (!Present(i)) continue;
                        int k = n++;
                        result[i] = Type switch
                        {
                            PhysicalType.Int32 => DecimalCodec.FromUnscaled(Ints![k], scale),
                            PhysicalType.Int64 when descriptor.Unsigned => (ulong)Longs![k],
                            PhysicalType.Int64 => DecimalCodec.FromUnscaled(Longs![k], scale),
                            _ => DecimalCodec.FromUnscaled(DecimalCodec.FromBigEndian(Bytes![k]), scale)
                                ?? throw new ParquetFormatException($"{context}: row {i}: decimal value {DecimalCodec.FromBigEndian(Bytes![k])}e-{scale} is beyond the 96 bits of a CLR decimal."),
                        };
                    }
                    return result;
                }
            case ColumnType.Binary:
                {
                    var result = new byte[]?[rows];
                    var source = Bytes!;
                    for (int i = 0; i < rows; i++)
                    {
                        if (Present(i)) result[i] = source[n++];
                    }
                    return result;
                }
            default:
                throw new ArgumentOutOfRangeException(nameof(descriptor), field.Type, null);
        }

        T?[] Expand<T>(T[] source) where T : struct
        {
            var result = new T?[rows];
            if (Levels is null)
            {
                for (int i = 0; i < rows; i++) result[i] = source[i];
                return result;
            }
            int defined = MaxDefinitionLevel;
            for (int i = 0; i < rows; i++)
            {
                if (Levels[i] == defined) result[i] = source[n++];
            }
            return result;
        }

        bool Present(int i) => Levels is null || Levels[i] == MaxDefinitionLevel;
    }
}
