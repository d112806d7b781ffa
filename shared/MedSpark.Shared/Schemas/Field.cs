namespace MedSpark.Shared.Schemas;

/// <summary>One named, typed column of a table, or a member of a nested column.</summary>
/// <param name="Name">Column name as written to Parquet and Delta (snake_case by convention).</param>
/// <param name="Type">The column's type.</param>
/// <param name="Nullable">Whether nulls are allowed (Parquet OPTIONAL vs REQUIRED).</param>
/// <remarks>
/// Decimals carry <see cref="Precision"/> and <see cref="Scale"/>; nested types carry <see cref="Children"/>:
/// a struct its fields, a list one element field, a map a key field (never nullable) and a value field.
/// Build them with <see cref="Decimal"/>, <see cref="Struct"/>, <see cref="List"/> and <see cref="Map"/>.
/// Equality compares children element by element, so equal schemas compare equal however they were built.
/// </remarks>
public sealed record Field(string Name, ColumnType Type, bool Nullable = true)
{
    /// <summary>The most digits a decimal may have (Spark's and Parquet's DECIMAL limit).</summary>
    public const int MaxDecimalPrecision = 38;

    /// <summary>Total decimal digits, 1..38 (decimals only; 0 otherwise).</summary>
    public int Precision { get; init; }

    /// <summary>Digits after the decimal point, 0..<see cref="Precision"/> (decimals only).</summary>
    public int Scale { get; init; }

    /// <summary>Member fields of a struct, the element of a list, the key and value of a map; empty for primitives.</summary>
    public IReadOnlyList<Field> Children { get; init; } = [];

    /// <summary>A decimal(<paramref name="precision"/>, <paramref name="scale"/>) column; values are CLR <see cref="decimal"/>s.</summary>
    public static Field Decimal(string name, int precision, int scale, bool nullable = true)
    {
        if (precision is < 1 or > MaxDecimalPrecision) throw new ArgumentOutOfRangeException(nameof(precision), precision, $"Decimal column '{name}' needs a precision of 1..{MaxDecimalPrecision}.");
        // CLR decimal holds at most 28 digits after the point.
        if (scale < 0 || scale > precision || scale > 28) throw new ArgumentOutOfRangeException(nameof(scale), scale, $"Decimal column '{name}' needs a scale of 0..min(precision, 28).");
        return new Field(name, ColumnType.Decimal, nullable) { Precision = precision, Scale = scale };
    }

    /// <summary>A struct column whose values are <c>object?[]</c> holding one value per member, in member order.</summary>
    public static Field Struct(string name, IEnumerable<Field> members, bool nullable = true)
    {
        var children = members.ToArray();
        if (children.Length == 0) throw new ArgumentException($"Struct column '{name}' needs at least one member.", nameof(members));
        if (children.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count() != children.Length)
            throw new ArgumentException($"Struct column '{name}' has duplicate member names.", nameof(members));
        return new Field(name, ColumnType.Struct, nullable) { Children = children };
    }

    /// <summary>A list column whose values are <c>object?[]</c> of elements; <paramref name="element"/> gives their type and nullability.</summary>
    public static Field List(string name, Field element, bool nullable = true) =>
        new(name, ColumnType.List, nullable) { Children = [element with { Name = "element" }] };

    /// <summary>A map column whose values are <c>KeyValuePair&lt;object, object?&gt;[]</c> in entry order; keys are never null.</summary>
    public static Field Map(string name, Field key, Field value, bool nullable = true) =>
        new(name, ColumnType.Map, nullable) { Children = [key with { Name = "key", Nullable = false }, value with { Name = "value" }] };

    /// <summary>The element field of a list.</summary>
    public Field Element => Type == ColumnType.List ? Children[0] : throw new InvalidOperationException($"Column '{Name}' is not a list.");

    /// <summary>True for struct, list and map columns.</summary>
    public bool IsNested => Type is ColumnType.Struct or ColumnType.List or ColumnType.Map;

    /// <inheritdoc/>
    public bool Equals(Field? other) =>
        other is not null && Name == other.Name && Type == other.Type && Nullable == other.Nullable
        && Precision == other.Precision && Scale == other.Scale && Children.SequenceEqual(other.Children);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Name);
        hash.Add(Type);
        hash.Add(Nullable);
        hash.Add(Precision);
        hash.Add(Scale);
        foreach (var c in Children) hash.Add(c);
        return hash.ToHashCode();
    }

    /// <summary>The type as Delta spells it for primitives (<c>long</c>, <c>decimal(10,2)</c>) and as Spark SQL shows nested ones: <c>struct&lt;a: int&gt;</c>, <c>array&lt;string&gt;</c>, <c>map&lt;string, int&gt;</c>.</summary>
    public string TypeName => Type switch
    {
        ColumnType.Decimal => $"decimal({Precision},{Scale})",
        ColumnType.Struct => $"struct<{string.Join(", ", Children.Select(c => $"{c.Name}: {c.TypeName}"))}>",
        ColumnType.List => $"array<{Children[0].TypeName}>",
        ColumnType.Map => $"map<{Children[0].TypeName}, {Children[1].TypeName}>",
        _ => ColumnTypes.DeltaTypeName(Type),
    };
}
