namespace MedSpark.Shared.Formats.Parquet.Nested;

/// <summary>What a <see cref="SchemaNode"/> stands for.</summary>
internal enum NodeKind
{
    /// <summary>A primitive column chunk.</summary>
    Leaf,
    /// <summary>A group read as a struct: one value per member.</summary>
    Struct,
    /// <summary>A repeated node read as a list (LIST-annotated or bare repeated field).</summary>
    List,
    /// <summary>A MAP: a list of key/value entries, its one child the entry struct.</summary>
    Map,
}
