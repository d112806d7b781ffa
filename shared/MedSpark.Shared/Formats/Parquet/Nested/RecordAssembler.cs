using MedSpark.Shared.Formats.Parquet.Columns;

namespace MedSpark.Shared.Formats.Parquet.Nested;

/// <summary>
/// Rebuilds values of a nested column from its leaves' levels (the Dremel paper's record assembly), one row
/// at a time: every leaf under a node advances together, a node is null when the definition level stays below
/// <see cref="SchemaNode.Definition"/>, a list is empty below <see cref="SchemaNode.RepeatedDefinition"/>, and
/// it gains elements while the next repetition level equals <see cref="SchemaNode.RepeatedRepetition"/>.
/// Structs become <c>object?[]</c>, lists <c>object?[]</c>, maps <c>KeyValuePair&lt;object, object?&gt;[]</c>.
/// </summary>
internal sealed class RecordAssembler
{
    private readonly SchemaNode _root;
    private readonly PhysicalColumn[] _leaves;
    private readonly Array[] _values;
    private readonly int[] _position;
    private readonly string _context;

    /// <param name="root">The top-level node.</param>
    /// <param name="leaves">Its leaves' columns in file order, each with levels for every entry.</param>
    /// <param name="context">File, row group and column, for error messages.</param>
    public RecordAssembler(SchemaNode root, IReadOnlyList<PhysicalColumn> leaves, string context)
    {
        _root = root;
        _context = context;
        _leaves = leaves.ToArray();
        var nodes = SchemaTree.Leaves(root).ToArray();
        _values = new Array[_leaves.Length];
        for (int i = 0; i < _leaves.Length; i++)
        {
            var descriptor = nodes[i].Leaf!;
            _values[i] = _leaves[i].ToArray(descriptor with { Field = descriptor.Field with { Nullable = true } }, $"{context}, leaf '{string.Join(".", descriptor.Path)}'");
        }
        _position = new int[_leaves.Length];
    }

    /// <summary>Assembles <paramref name="rows"/> values into an <c>object?[]</c>-typed column array of the root's type.</summary>
    public Array Assemble(int rows)
    {
        var result = Schemas.ColumnTypes.NewArray(_root.Field.Type, rows);
        for (int r = 0; r < rows; r++)
        {
            if (Level(_root.FirstLeaf, out _) is null)
                throw new ParquetFormatException($"{_context}: the leaves end after {r} of {rows} rows.");
            result.SetValue(Read(_root), r);
        }
        for (int i = 0; i < _leaves.Length; i++)
        {
            if (_position[i] != _leaves[i].RowCount)
                throw new ParquetFormatException($"{_context}: leaf {i} holds {_leaves[i].RowCount} level entries but {rows} rows use {_position[i]}.");
        }
        return result;
    }

    private object? Read(SchemaNode node)
    {
        int definition = Level(node.FirstLeaf, out _) ?? throw Truncated();
        if (definition < node.Definition)
        {
            if (!node.Optional) throw new ParquetFormatException($"{_context}: required '{node.Field.Name}' has definition level {definition}, below {node.Definition}.");
            Skip(node);
            return null;
        }
        switch (node.Kind)
        {
            case NodeKind.Leaf:
                {
                    int k = node.FirstLeaf - _root.FirstLeaf;
                    var value = _values[k].GetValue(_position[k]);
                    _position[k]++;
                    return value;
                }
            case NodeKind.Struct:
                {
                    var members = new object?[node.Children.Count];
                    for (int i = 0; i < members.Length; i++) members[i] = Read(node.Children[i]);
                    return members;
                }
            default:
                {
                    if (definition < node.RepeatedDefinition)
                    {
                        Skip(node);
                        return node.Kind == NodeKind.Map ? Array.Empty<KeyValuePair<object, object?>>() : Array.Empty<object?>();
                    }
                    var items = new List<object?>();
                    do
                    {
                        items.Add(Read(node.Children[0]));
                    }
                    while (Level(node.FirstLeaf, out int repetition) is not null && repetition == node.RepeatedRepetition);
                    if (node.Kind == NodeKind.List) return items.ToArray();
                    return items.Select(e =>
                    {
                        var pair = (object?[])e!;
                        return new KeyValuePair<object, object?>(pair[0] ?? throw new ParquetFormatException($"{_context}: map '{node.Field.Name}' has a null key."), pair[1]);
                    }).ToArray();
                }
        }
    }

    /// <summary>The definition level of a leaf's next entry (null at its end) and its repetition level.</summary>
    private int? Level(int leaf, out int repetition)
    {
        int k = leaf - _root.FirstLeaf;
        var column = _leaves[k];
        int p = _position[k];
        if (p >= column.RowCount)
        {
            repetition = 0;
            return null;
        }
        repetition = column.RepetitionLevels?[p] ?? 0;
        return column.Levels?[p] ?? column.MaxDefinitionLevel;
    }

    /// <summary>Consumes the single entry each leaf under <paramref name="node"/> holds for a null or empty node.</summary>
    private void Skip(SchemaNode node)
    {
        for (int leaf = node.FirstLeaf; leaf < node.FirstLeaf + node.LeafCount; leaf++)
        {
            int k = leaf - _root.FirstLeaf;
            if (_position[k] >= _leaves[k].RowCount) throw Truncated();
            _position[k]++;
        }
    }

    private ParquetFormatException Truncated() => new($"{_context}: a leaf of '{_root.Field.Name}' ends before its siblings.");
}
