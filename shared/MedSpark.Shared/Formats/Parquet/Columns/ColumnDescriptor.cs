using MedSpark.Shared.Formats.Parquet.Metadata;
using MedSpark.Shared.Schemas;

namespace MedSpark.Shared.Formats.Parquet.Columns;

/// <summary>
/// How one leaf column maps to Parquet: physical type, logical annotation, definition and repetition levels.
/// The single place where <see cref="ColumnType"/> meets parquet.thrift's types, in both directions.
/// </summary>
/// <remarks>
/// For a top-level primitive column <see cref="Field"/> is the column; for a leaf of a nested column it is the
/// leaf (named as in the file), and <see cref="Path"/>, <see cref="MaxDefinitionLevel"/> and
/// <see cref="MaxRepetitionLevel"/> place it in the tree.
/// </remarks>
internal sealed record ColumnDescriptor(Field Field, PhysicalType Physical, TimeUnit TimestampUnit)
{
    /// <summary>Highest definition level (a value is present at it); a flat OPTIONAL column has 1, REQUIRED 0.</summary>
    public int MaxDefinitionLevel { get; init; } = Field.Nullable ? 1 : 0;

    /// <summary>Highest repetition level: the number of repeated nodes on the path (0 for flat columns).</summary>
    public int MaxRepetitionLevel { get; init; }

    /// <summary>The names from the root's child down to the leaf (path_in_schema).</summary>
    public IReadOnlyList<string> Path { get; init; } = [Field.Name];

    /// <summary>FIXED_LEN_BYTE_ARRAY width in bytes (12 for INT96), else 0.</summary>
    public int TypeLength { get; init; }

    /// <summary>The stored integers are unsigned (UINT_32 on INT32 read as Int64, UINT_64 on INT64 read as decimal(20,0)).</summary>
    public bool Unsigned { get; init; }

    /// <summary>FIXED_LEN_BYTE_ARRAY(16) annotated UUID, read as its canonical string.</summary>
    public bool Uuid { get; init; }

    /// <summary>FIXED_LEN_BYTE_ARRAY(2) annotated FLOAT16, read as float.</summary>
    public bool Float16 { get; init; }

    /// <summary>True when the leaf sits under a group or repeated node (levels other than 0/1 or repetition).</summary>
    public bool IsNestedLeaf => Path.Count > 1 || MaxRepetitionLevel > 0;

    public static ColumnDescriptor ForWrite(Field field)
    {
        var physical = field.Type switch
        {
            ColumnType.Boolean => PhysicalType.Boolean,
            ColumnType.Int32 or ColumnType.Date => PhysicalType.Int32,
            ColumnType.Int64 or ColumnType.Timestamp => PhysicalType.Int64,
            ColumnType.Float => PhysicalType.Float,
            ColumnType.Double => PhysicalType.Double,
            ColumnType.String or ColumnType.Binary => PhysicalType.ByteArray,
            ColumnType.Decimal when field.Precision <= 9 => PhysicalType.Int32,
            ColumnType.Decimal when field.Precision <= 18 => PhysicalType.Int64,
            ColumnType.Decimal => PhysicalType.FixedLenByteArray,
            _ => throw new ArgumentOutOfRangeException(nameof(field), field.Type, $"Column '{field.Name}' of type {field.Type} is not a primitive column."),
        };
        if (field.Type == ColumnType.Decimal && (field.Precision is < 1 or > Field.MaxDecimalPrecision || field.Scale < 0 || field.Scale > field.Precision))
            throw new ArgumentException($"Column '{field.Name}' has decimal({field.Precision},{field.Scale}); build decimals with Field.Decimal.", nameof(field));
        return new ColumnDescriptor(field, physical, field.Type == ColumnType.Timestamp ? TimeUnit.Micros : TimeUnit.None)
        {
            TypeLength = physical == PhysicalType.FixedLenByteArray ? DecimalCodec.FixedLength(field.Precision) : 0,
        };
    }

    /// <summary>The schema leaf MedSpark writes: logical type plus the legacy converted type for older readers.</summary>
    public SchemaElement ToSchemaElement()
    {
        var e = new SchemaElement
        {
            Name = Field.Name,
            Type = Physical,
            Repetition = Field.Nullable ? Repetition.Optional : Repetition.Required,
            TypeLength = TypeLength > 0 ? TypeLength : null,
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
            case ColumnType.Decimal:
                e.Logical = LogicalKind.Decimal;
                e.Converted = ConvertedType.Decimal;
                e.Precision = Field.Precision;
                e.Scale = Field.Scale;
                break;
        }
        return e;
    }

    /// <summary>Maps a file's schema leaf to a MedSpark column (flat: OPTIONAL or REQUIRED), or explains what is unsupported.</summary>
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
        return Leaf(e, physical, nullable, where);
    }

    /// <summary>Maps a primitive schema element of any repetition to a leaf descriptor (levels and path are set by the caller).</summary>
    public static ColumnDescriptor Leaf(SchemaElement e, PhysicalType physical, bool nullable, string where)
    {
        bool isDecimal = e.Logical == LogicalKind.Decimal || (e.Logical == LogicalKind.None && e.Converted == ConvertedType.Decimal);
        int typeLength = 0;
        if (physical == PhysicalType.FixedLenByteArray)
        {
            typeLength = e.TypeLength ?? 0;
            if (typeLength <= 0) throw new ParquetFormatException($"{where}: FIXED_LEN_BYTE_ARRAY without a positive type_length.");
        }
        if (physical == PhysicalType.Int96) typeLength = 12;
        Field field;
        bool unsigned = false, uuid = false, float16 = false;
        if (isDecimal)
        {
            field = DecimalField(e, physical, nullable, where);
        }
        else if (IsUnsigned(e, physical, 32) && physical == PhysicalType.Int32)
        {
            unsigned = true;
            field = new Field(e.Name, ColumnType.Int64, nullable);
        }
        else if (IsUnsigned(e, physical, 64) && physical == PhysicalType.Int64)
        {
            // UINT64 does not fit a long; decimal(20,0) holds every value exactly (as Spark reads it).
            unsigned = true;
            field = Field.Decimal(e.Name, 20, 0, nullable);
        }
        else
        {
            ColumnType type = physical switch
            {
                PhysicalType.Boolean => ColumnType.Boolean,
                PhysicalType.Int32 => MapInt32(e, where),
                PhysicalType.Int64 => MapInt64(e, where),
                // Spark's legacy timestamps: 8 bytes of nanoseconds in the day, then the Julian day number.
                PhysicalType.Int96 when e.Logical == LogicalKind.None && e.Converted is null => ColumnType.Timestamp,
                PhysicalType.Float => ColumnType.Float,
                PhysicalType.Double => ColumnType.Double,
                PhysicalType.ByteArray => MapByteArray(e, where),
                PhysicalType.FixedLenByteArray => MapFixed(e, typeLength, where, out uuid, out float16),
                _ => throw new ParquetFormatException($"{where} has physical type {physical} with logical type {Describe(e)}, which MedSpark does not read."),
            };
            if (physical is PhysicalType.Float or PhysicalType.Double or PhysicalType.Boolean && (e.Logical != LogicalKind.None || e.Converted is not null))
                throw new ParquetFormatException($"{where}: {physical} with logical type {Describe(e)} is not supported.");
            field = new Field(e.Name, type, nullable);
        }
        var unit = TimeUnit.None;
        if (field.Type == ColumnType.Timestamp && physical == PhysicalType.Int96)
        {
            unit = TimeUnit.Nanos;
        }
        else if (field.Type == ColumnType.Timestamp)
        {
            unit = e.Logical == LogicalKind.Timestamp ? e.TimestampUnit
                : e.Converted == ConvertedType.TimestampMillis ? TimeUnit.Millis : TimeUnit.Micros;
            if (unit == TimeUnit.None) throw new ParquetFormatException($"{where}: TIMESTAMP without a time unit.");
        }
        return new ColumnDescriptor(field, physical, unit) { TypeLength = typeLength, Unsigned = unsigned, Uuid = uuid, Float16 = float16 };
    }

    private static Field DecimalField(SchemaElement e, PhysicalType physical, bool nullable, string where)
    {
        int precision = e.Precision ?? 0, scale = e.Scale ?? 0;
        if (physical is not (PhysicalType.Int32 or PhysicalType.Int64 or PhysicalType.FixedLenByteArray or PhysicalType.ByteArray))
            throw new ParquetFormatException($"{where}: DECIMAL on physical type {physical} is not allowed.");
        if (precision < 1 || scale < 0 || scale > precision)
            throw new ParquetFormatException($"{where}: DECIMAL with precision {precision} and scale {scale} is invalid.");
        if (precision > Field.MaxDecimalPrecision || scale > 28)
            throw new ParquetFormatException($"{where}: decimal({precision},{scale}) is beyond what MedSpark holds (precision ≤ {Field.MaxDecimalPrecision}, scale ≤ 28).");
        return Field.Decimal(e.Name, precision, scale, nullable);
    }

    private static bool IsUnsigned(SchemaElement e, PhysicalType physical, int bits) =>
        (e.Logical == LogicalKind.Integer && !e.IntegerSigned && e.IntegerBitWidth == bits)
        || (e.Logical == LogicalKind.None && e.Converted == (bits == 32 ? ConvertedType.Uint32 : ConvertedType.Uint64) && physical == (bits == 32 ? PhysicalType.Int32 : PhysicalType.Int64));

    private static ColumnType MapFixed(SchemaElement e, int typeLength, string where, out bool uuid, out bool float16)
    {
        uuid = e.Logical == LogicalKind.Uuid && typeLength == 16;
        float16 = e.Logical == LogicalKind.Float16 && typeLength == 2;
        if (uuid) return ColumnType.String;
        if (float16) return ColumnType.Float;
        if (e.Logical == LogicalKind.None && e.Converted is null) return ColumnType.Binary;
        throw new ParquetFormatException($"{where}: FIXED_LEN_BYTE_ARRAY({typeLength}) with logical type {Describe(e)} is not supported.");
    }

    private static ColumnType MapInt32(SchemaElement e, string where)
    {
        if (e.Logical == LogicalKind.Date || (e.Logical == LogicalKind.None && e.Converted == ConvertedType.Date)) return ColumnType.Date;
        if (e.Logical == LogicalKind.Integer)
        {
            // Unsigned 8/16-bit values fit an int; UINT32 is read as Int64 by the caller.
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
