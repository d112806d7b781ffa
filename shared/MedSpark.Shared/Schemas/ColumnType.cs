namespace MedSpark.Shared.Schemas;

/// <summary>
/// The column types MedSpark tables carry. Each maps to one Parquet physical/logical type and one Delta
/// (Spark SQL) type; the in-memory array type of a column is given by <see cref="ColumnTypes.ElementType"/>.
/// </summary>
public enum ColumnType
{
    /// <summary>bool? — Parquet BOOLEAN, Delta "boolean".</summary>
    Boolean,
    /// <summary>int? — Parquet INT32, Delta "integer".</summary>
    Int32,
    /// <summary>long? — Parquet INT64, Delta "long".</summary>
    Int64,
    /// <summary>float? — Parquet FLOAT, Delta "float".</summary>
    Float,
    /// <summary>double? — Parquet DOUBLE, Delta "double".</summary>
    Double,
    /// <summary>string? — Parquet BYTE_ARRAY with STRING logical type, Delta "string".</summary>
    String,
    /// <summary>byte[]? — Parquet BYTE_ARRAY, Delta "binary".</summary>
    Binary,
    /// <summary>DateOnly? — Parquet INT32 with DATE logical type (days since 1970-01-01), Delta "date".</summary>
    Date,
    /// <summary>DateTime? (UTC) — Parquet INT64 TIMESTAMP(MICROS, isAdjustedToUTC=true), Delta "timestamp".</summary>
    Timestamp,
    /// <summary>decimal? — Parquet DECIMAL(precision, scale) on INT32, INT64 or FIXED_LEN_BYTE_ARRAY, Delta "decimal(p,s)"; precision and scale live on <see cref="Field"/>.</summary>
    Decimal,
    /// <summary>object?[] (one value per member) — Parquet group, Delta "struct"; members are <see cref="Field.Children"/>.</summary>
    Struct,
    /// <summary>object?[] (the elements) — Parquet LIST (three-level), Delta "array"; the element is <see cref="Field.Element"/>.</summary>
    List,
    /// <summary>KeyValuePair&lt;object, object?&gt;[] (the entries) — Parquet MAP, Delta "map"; key and value are <see cref="Field.Children"/>.</summary>
    Map,
}

/// <summary>Facts about <see cref="ColumnType"/> that every format shares.</summary>
public static class ColumnTypes
{
    /// <summary>The CLR element type of a column's value array (always nullable).</summary>
    public static Type ElementType(ColumnType type) => type switch
    {
        ColumnType.Boolean => typeof(bool?),
        ColumnType.Int32 => typeof(int?),
        ColumnType.Int64 => typeof(long?),
        ColumnType.Float => typeof(float?),
        ColumnType.Double => typeof(double?),
        ColumnType.String => typeof(string),
        ColumnType.Binary => typeof(byte[]),
        ColumnType.Date => typeof(DateOnly?),
        ColumnType.Timestamp => typeof(DateTime?),
        ColumnType.Decimal => typeof(decimal?),
        ColumnType.Struct or ColumnType.List => typeof(object?[]),
        ColumnType.Map => typeof(KeyValuePair<object, object?>[]),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>A new value array of <paramref name="length"/> nulls for a column of this type.</summary>
    public static Array NewArray(ColumnType type, int length) => Array.CreateInstance(ElementType(type), length);

    /// <summary>The Delta Lake / Spark SQL primitive type name; decimals need <see cref="Field.TypeName"/> (they carry precision and scale), nested types are JSON objects.</summary>
    public static string DeltaTypeName(ColumnType type) => type switch
    {
        ColumnType.Boolean => "boolean",
        ColumnType.Int32 => "integer",
        ColumnType.Int64 => "long",
        ColumnType.Float => "float",
        ColumnType.Double => "double",
        ColumnType.String => "string",
        ColumnType.Binary => "binary",
        ColumnType.Date => "date",
        ColumnType.Timestamp => "timestamp",
        ColumnType.Decimal => "decimal",
        ColumnType.Struct => "struct",
        ColumnType.List => "array",
        ColumnType.Map => "map",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>The inverse of <see cref="DeltaTypeName"/> for primitive types (a bare "decimal" is decimal(10,0) in Spark; see <see cref="FromDeltaTypeName(string, string, bool)"/>).</summary>
    public static ColumnType FromDeltaTypeName(string name) => name switch
    {
        "boolean" => ColumnType.Boolean,
        "integer" => ColumnType.Int32,
        "long" => ColumnType.Int64,
        "float" => ColumnType.Float,
        "double" => ColumnType.Double,
        "string" => ColumnType.String,
        "binary" => ColumnType.Binary,
        "date" => ColumnType.Date,
        "timestamp" => ColumnType.Timestamp,
        _ when name.StartsWith("decimal", StringComparison.Ordinal) => ColumnType.Decimal,
        _ => throw new NotSupportedException($"Delta type '{name}' is not supported by MedSpark tables."),
    };

    /// <summary>A primitive field from a Delta type name, including <c>decimal(p,s)</c> (and bare <c>decimal</c> = decimal(10,0) as in Spark).</summary>
    public static Field FromDeltaTypeName(string name, string fieldName, bool nullable = true)
    {
        if (name == "decimal") return Field.Decimal(fieldName, 10, 0, nullable);
        if (name.StartsWith("decimal(", StringComparison.Ordinal) && name.EndsWith(')'))
        {
            var parts = name["decimal(".Length..^1].Split(',');
            if (parts.Length == 2
                && int.TryParse(parts[0].Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int p)
                && int.TryParse(parts[1].Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int s))
                return Field.Decimal(fieldName, p, s, nullable);
            throw new FormatException($"Column '{fieldName}' has a malformed decimal type '{name}'.");
        }
        return new Field(fieldName, FromDeltaTypeName(name), nullable);
    }
}
