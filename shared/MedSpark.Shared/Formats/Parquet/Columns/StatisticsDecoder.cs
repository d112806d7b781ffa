using System.Buffers.Binary;
using MedSpark.Shared.Formats.Parquet.Metadata;
using MedSpark.Shared.Schemas;

namespace MedSpark.Shared.Formats.Parquet.Columns;

/// <summary>Turns a chunk's PLAIN-encoded statistics into values typed like the column's element type.</summary>
internal static class StatisticsDecoder
{
    private static readonly int UnixEpochDayNumber = DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber;

    public static ParquetColumnStatistics Decode(ColumnDescriptor descriptor, Statistics? stats)
    {
        string name = descriptor.Field.Name;
        if (stats is null) return new ParquetColumnStatistics(name, -1, null, null);
        // The legacy min/max fields order byte arrays as signed bytes, which is wrong for UTF-8, and integers as
        // signed, which is wrong for unsigned ones; ignore them there.
        bool legacyUsable = descriptor.Physical is not (PhysicalType.ByteArray or PhysicalType.FixedLenByteArray) && !descriptor.Unsigned;
        if (descriptor.Physical == PhysicalType.Int96 || descriptor.Uuid || descriptor.Float16)
            return new ParquetColumnStatistics(name, stats.NullCount ?? -1, null, null);
        var min = stats.MinValue ?? (legacyUsable ? stats.LegacyMin : null);
        var max = stats.MaxValue ?? (legacyUsable ? stats.LegacyMax : null);
        return new ParquetColumnStatistics(name, stats.NullCount ?? -1, Value(descriptor, min), Value(descriptor, max));
    }

    private static object? Value(ColumnDescriptor descriptor, byte[]? bytes)
    {
        if (bytes is null) return null;
        switch (descriptor.Field.Type)
        {
            case ColumnType.Boolean: return bytes.Length >= 1 ? bytes[0] != 0 : null;
            case ColumnType.Int32: return bytes.Length == 4 ? BinaryPrimitives.ReadInt32LittleEndian(bytes) : null;
            case ColumnType.Int64 when descriptor.Physical == PhysicalType.Int32: return bytes.Length == 4 ? (long)BinaryPrimitives.ReadUInt32LittleEndian(bytes) : null;
            case ColumnType.Int64: return bytes.Length == 8 ? BinaryPrimitives.ReadInt64LittleEndian(bytes) : null;
            case ColumnType.Decimal:
                {
                    int scale = descriptor.Field.Scale;
                    return descriptor.Physical switch
                    {
                        PhysicalType.Int32 => bytes.Length == 4 ? DecimalCodec.FromUnscaled(BinaryPrimitives.ReadInt32LittleEndian(bytes), scale) : null,
                        PhysicalType.Int64 when descriptor.Unsigned => bytes.Length == 8 ? (decimal)BinaryPrimitives.ReadUInt64LittleEndian(bytes) : null,
                        PhysicalType.Int64 => bytes.Length == 8 ? DecimalCodec.FromUnscaled(BinaryPrimitives.ReadInt64LittleEndian(bytes), scale) : null,
                        _ => DecimalCodec.FromUnscaled(DecimalCodec.FromBigEndian(bytes), scale),
                    };
                }
            case ColumnType.Float: return bytes.Length == 4 ? BinaryPrimitives.ReadSingleLittleEndian(bytes) : null;
            case ColumnType.Double: return bytes.Length == 8 ? BinaryPrimitives.ReadDoubleLittleEndian(bytes) : null;
            case ColumnType.String: return System.Text.Encoding.UTF8.GetString(bytes);
            case ColumnType.Binary: return bytes;
            case ColumnType.Date:
                {
                    if (bytes.Length != 4) return null;
                    long day = (long)BinaryPrimitives.ReadInt32LittleEndian(bytes) + UnixEpochDayNumber;
                    return day >= DateOnly.MinValue.DayNumber && day <= DateOnly.MaxValue.DayNumber ? DateOnly.FromDayNumber((int)day) : null;
                }
            case ColumnType.Timestamp:
                {
                    if (bytes.Length != 8) return null;
                    long raw = BinaryPrimitives.ReadInt64LittleEndian(bytes);
                    var column = new PhysicalColumn(PhysicalType.Int64, 1, 1, hasLevels: false) { ValueCount = 1 };
                    column.Longs![0] = raw;
                    try
                    {
                        return ((DateTime?[])column.ToArray(descriptor, "statistics"))[0];
                    }
                    catch (ParquetFormatException)
                    {
                        // Out-of-range bounds (e.g. DuckDB's infinity) are unusable for pruning; report none.
                        return null;
                    }
                }
            default:
                return null;
        }
    }
}
