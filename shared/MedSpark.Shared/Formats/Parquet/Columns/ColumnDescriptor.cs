using MedSpark.Shared.Formats.Parquet.Metadata;
using MedSpark.Shared.Schemas;

namespace MedSpark.Shared.Formats.Parquet.Columns;

/// <summary>
/// How one flat MedSpark column maps to Parquet: physical type, logical annotation and definition level.
/// The single place where <see cref="ColumnType"/> meets parquet.thrift's types, in both directions.
/// </summary>
internal sealed record ColumnDescriptor(Field Field, PhysicalType Physical, TimeUnit TimestampUnit)
{
    /// <summary>Flat schemas only: OPTIONAL columns have max definition level 1, REQUIRED ones 0.</summary>
    public int MaxDefinitionLevel => Field.Nullable ? 1 : 0;

    public static ColumnDescriptor ForWrite(Field field) => new(field, field.Type switch
    {
        ColumnType.Boolean => PhysicalType.Boolean,
        ColumnType.Int32 or ColumnType.Date => PhysicalType.Int32,
        ColumnType.Int64 or ColumnType.Timestamp => PhysicalType.Int64,
        ColumnType.Float => PhysicalType.Float,
        ColumnType.Double => PhysicalType.Double,
        ColumnType.String or ColumnType.Binary => PhysicalType.ByteArray,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field.Type, $"Column '{field.Name}' has an unknown type."),
    }, field.Type == ColumnType.Timestamp ? TimeUnit.Micros : TimeUnit.None);

    /// <summary>The schema leaf MedSpark writes: logical type plus the legacy converted type for older readers.</summary>
    public SchemaElement ToSchemaElement()
    {
        var e = new SchemaElement
        {
            Name = Field.Name,
            Type = Physical,
            Repetition = Field.Nullable ? Repetition.Optional : Repetition.Required,
        };
        switch (Field.Type)
        {
            case ColumnType.String:
                e.Logical = LogicalKind.String;
                e.Converted = ConvertedType.Utf8;
                break;
            case ColumnType.Date:
                e.Logical = LogicalKind.Date;
                e.Converted = ConvertedType.Date;
                break;
            case ColumnType.Timestamp:
                e.Logical = LogicalKind.Timestamp;
                e.TimestampAdjustedToUtc = true;
                e.TimestampUnit = TimeUnit.Micros;
                e.Converted = ConvertedType.TimestampMicros;
                break;
        }
        return e;
    }

    /// <summary>Maps a file's schema leaf to a MedSpark column, or explains what is unsupported.</summary>
    public static ColumnDescriptor FromSchemaElement(SchemaElement e, string context)
    {
        string where = $"{context}: column '{e.Name}'";
        if (e.NumChildren is > 0)
            throw new ParquetFormatException($"{where} is a nested group; MedSpark reads flat schemas only.");
        if (e.Type is not { } physical)
            throw new ParquetFormatException($"{where} has no physical type.");
        if (e.Repetition == Repetition.Repeated)
            throw new ParquetFormatException($"{where} is REPEATED; MedSpark reads flat schemas only.");
        bool nullable = e.Repetition != Repetition.Required;
        ColumnType type = physical switch
        {
            PhysicalType.Boolean => ColumnType.Boolean,
            PhysicalType.Int32 => MapInt32(e, where),
            PhysicalType.Int64 => MapInt64(e, where),
            PhysicalType.Float => ColumnType.Float,
            PhysicalType.Double => ColumnType.Double,
            PhysicalType.ByteArray => MapByteArray(e, where),
            _ => throw new ParquetFormatException($"{where} has physical type {physical}, which MedSpark does not read."),
        };
        if (physical is PhysicalType.Float or PhysicalType.Double or PhysicalType.Boolean && (e.Logical != LogicalKind.None || e.Converted is not null))
            throw new ParquetFormatException($"{where}: {physical} with logical type {Describe(e)} is not supported.");
        var unit = TimeUnit.None;
        if (type == ColumnType.Timestamp)
        {
            unit = e.Logical == LogicalKind.Timestamp ? e.TimestampUnit
                : e.Converted == ConvertedType.TimestampMillis ? TimeUnit.Millis : TimeUnit.Micros;
            if (unit == TimeUnit.None) throw new ParquetFormatException($"{where}: TIMESTAMP without a time unit.");
        }
        return new ColumnDescriptor(new Field(e.Name, type, nullable), physical, unit);
    }

    private static ColumnType MapInt32(SchemaElement e, string where)
    {
        if (e.Logical == LogicalKind.Date || (e.Logical == LogicalKind.None && e.Converted == ConvertedType.Date)) return ColumnType.Date;
        if (e.Logical == LogicalKind.Integer)
        {
            // Unsigned 8/16-bit values fit an int; UINT32 does not.
            if (e.IntegerSigned || e.IntegerBitWidth < 32) return ColumnType.Int32;
            throw new ParquetFormatException($"{where}: INT32 with logical type INTEGER({e.IntegerBitWidth}, unsigned) is not supported.");
        }
        if (e.Logical == LogicalKind.None && e.Converted is null or ConvertedType.Int8 or ConvertedType.Int16 or ConvertedType.Int32 or ConvertedType.Uint8 or ConvertedType.Uint16)
            return ColumnType.Int32;
        throw new ParquetFormatException($"{where}: INT32 with logical type {Describe(e)} is not supported.");
    }

    private static ColumnType MapInt64(SchemaElement e, string where)
    {
        if (e.Logical == LogicalKind.Timestamp) return ColumnType.Timestamp;
        if (e.Logical == LogicalKind.None && e.Converted is ConvertedType.TimestampMicros or ConvertedType.TimestampMillis) return ColumnType.Timestamp;
        if (e.Logical == LogicalKind.Integer)
        {
            if (e.IntegerSigned || e.IntegerBitWidth < 64) return ColumnType.Int64;
            throw new ParquetFormatException($"{where}: INT64 with logical type INTEGER(64, unsigned) is not supported.");
        }
        if (e.Logical == LogicalKind.None && e.Converted is null or ConvertedType.Int64 or ConvertedType.Uint8 or ConvertedType.Uint16 or ConvertedType.Uint32)
            return ColumnType.Int64;
        throw new ParquetFormatException($"{where}: INT64 with logical type {Describe(e)} is not supported.");
    }

    private static ColumnType MapByteArray(SchemaElement e, string where)
    {
        if (e.Logical is LogicalKind.String or LogicalKind.Enum or LogicalKind.Json) return ColumnType.String;
        if (e.Logical == LogicalKind.None && e.Converted is ConvertedType.Utf8 or ConvertedType.Enum or ConvertedType.Json) return ColumnType.String;
        if (e.Logical is LogicalKind.None or LogicalKind.Bson && e.Converted is null or ConvertedType.Bson) return ColumnType.Binary;
        throw new ParquetFormatException($"{where}: BYTE_ARRAY with logical type {Describe(e)} is not supported.");
    }

    private static string Describe(SchemaElement e) =>
        e.Logical != LogicalKind.None ? e.Logical.ToString().ToUpperInvariant() : e.Converted?.ToString().ToUpperInvariant() ?? "none";
}
