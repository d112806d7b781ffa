using MedSpark.Shared.Formats.Parquet.Columns;
using MedSpark.Shared.Schemas;

namespace MedSpark.Shared.Formats.Parquet.Nested;

/// <summary>
/// One node of a column's Dremel tree (Melnik et al., "Dremel: Interactive Analysis of Web-Scale Datasets",
/// VLDB 2010) with the levels that decide it: a value of the node exists when a leaf under it has definition
/// level ≥ <see cref="Definition"/>; a list or map has an element when the level reaches
/// <see cref="RepeatedDefinition"/>, and a further element starts where the repetition level equals
/// <see cref="RepeatedRepetition"/>.
/// </summary>
internal sealed class SchemaNode
{
    public SchemaNode(Field field, NodeKind kind, bool optional, int definition, IReadOnlyList<SchemaNode> children)
    {
        Field = field;
        Kind = kind;
        Optional = optional;
        Definition = definition;
        Children = children;
    }

    /// <summary>The MedSpark field this node reads and writes as.</summary>
    public Field Field { get; }

    public NodeKind Kind { get; }

    /// <summary>Whether the node may be null (Parquet OPTIONAL).</summary>
    public bool Optional { get; }

    /// <summary>The definition level at which the node is present (non-null).</summary>
    public int Definition { get; }

    /// <summary>Lists and maps: the definition level of the repeated node (at least one element).</summary>
    public int RepeatedDefinition { get; init; }

    /// <summary>Lists and maps: the repetition level that starts a further element.</summary>
    public int RepeatedRepetition { get; init; }

    /// <summary>Struct members; a list's element; a map's entry struct (key, value).</summary>
    public IReadOnlyList<SchemaNode> Children { get; }

    /// <summary>Leaves only: the column chunk's descriptor.</summary>
    public ColumnDescriptor? Leaf { get; init; }

    /// <summary>Index of the first leaf under this node, in file (depth-first) order.</summary>
    public int FirstLeaf { get; set; }

    /// <summary>Number of leaves under this node.</summary>
    public int LeafCount { get; set; }

    /// <summary>A top-level primitive column with the flat levels (0 or 1) the fast path handles.</summary>
    public bool IsFlat => Kind == NodeKind.Leaf && !Leaf!.IsNestedLeaf;
}
