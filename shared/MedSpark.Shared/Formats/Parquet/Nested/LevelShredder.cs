using MedSpark.Shared.Formats.Parquet.Columns;
using MedSpark.Shared.Schemas;

namespace MedSpark.Shared.Formats.Parquet.Nested;

/// <summary>
/// Splits values of a nested column into one (repetition level, definition level, value) stream per leaf,
/// the "column-striping" of the Dremel paper: a null or empty node emits one entry per leaf below it at the
/// definition level reached; the first element of a list repeats at the parent's level, later ones at the
/// list's own <see cref="SchemaNode.RepeatedRepetition"/>.
/// </summary>
internal sealed class LevelShredder
{
    private readonly SchemaNode _root;
    private readonly List<byte>[] _definition;
    private readonly List<byte>[] _repetition;
    private readonly List<object?>[] _values;
    private int _row;

    public LevelShredder(SchemaNode root)
    {
        _root = root;
        int leaves = root.LeafCount;
        _definition = Enumerable.Range(0, leaves).Select(_ => new List<byte>()).ToArray();
        _repetition = Enumerable.Range(0, leaves).Select(_ => new List<byte>()).ToArray();
        _values = Enumerable.Range(0, leaves).Select(_ => new List<object?>()).ToArray();
    }

    /// <summary>Shreds rows [start, start+count) of a column array.</summary>
    public void Add(Array column, int start, int count)
    {
        for (int i = 0; i < count; i++)
        {
            _row = start + i;
            Write(_root, column.GetValue(start + i), 0, 0);
        }
    }

    /// <summary>The definition levels of leaf <paramref name="leaf"/> (numbered from 0 under the root).</summary>
    public IReadOnlyList<byte> DefinitionLevels(int leaf) => _definition[leaf];

    /// <summary>The repetition levels of a leaf.</summary>
    public IReadOnlyList<byte> RepetitionLevels(int leaf) => _repetition[leaf];

    /// <summary>Each leaf's physical column with its levels.</summary>
    public IEnumerable<PhysicalColumn> Columns()
    {
        foreach (var leaf in SchemaTree.Leaves(_root))
        {
            int k = leaf.FirstLeaf - _root.FirstLeaf;
            var descriptor = leaf.Leaf!;
            var values = _values[k];
            var typed = ColumnTypes.NewArray(descriptor.Field.Type, values.Count);
            for (int i = 0; i < values.Count; i++) typed.SetValue(values[i], i);
            // Pack as if flat and nullable, then put the real levels in.
            var flat = descriptor with { Field = descriptor.Field with { Nullable = true }, MaxDefinitionLevel = 1 };
            var column = PhysicalColumn.FromArray(typed, flat, 0, values.Count);
            column.SetNestedLevels(_definition[k].ToArray(), descriptor.MaxDefinitionLevel,
                descriptor.MaxRepetitionLevel > 0 ? _repetition[k].ToArray() : null, descriptor.MaxRepetitionLevel);
            yield return column;
        }
    }

    private void Write(SchemaNode node, object? value, int repetition, int parentDefinition)
    {
        if (value is null)
        {
            if (!node.Optional)
                throw new ArgumentException($"Column '{_root.Field.Name}' row {_row}: '{node.Field.Name}' is not nullable but is null.");
            Emit(node, repetition, parentDefinition, null);
            return;
        }
        switch (node.Kind)
        {
            case NodeKind.Leaf:
                Emit(node, repetition, node.Definition, value);
                break;
            case NodeKind.Struct:
                {
                    if (value is not object?[] members || members.Length != node.Children.Count)
                        throw new ArgumentException($"Column '{_root.Field.Name}' row {_row}: struct '{node.Field.Name}' needs an object?[] of {node.Children.Count} members, got {Describe(value)}.");
                    for (int i = 0; i < members.Length; i++) Write(node.Children[i], members[i], repetition, node.Definition);
                    break;
                }
            case NodeKind.List:
                {
                    if (value is not object?[] items)
                        throw new ArgumentException($"Column '{_root.Field.Name}' row {_row}: list '{node.Field.Name}' needs an object?[], got {Describe(value)}.");
                    if (items.Length == 0) Emit(node, repetition, node.Definition, null);
                    for (int i = 0; i < items.Length; i++)
                        Write(node.Children[0], items[i], i == 0 ? repetition : node.RepeatedRepetition, node.RepeatedDefinition);
                    break;
                }
            case NodeKind.Map:
                {
                    if (value is not KeyValuePair<object, object?>[] entries)
                        throw new ArgumentException($"Column '{_root.Field.Name}' row {_row}: map '{node.Field.Name}' needs a KeyValuePair<object, object?>[], got {Describe(value)}.");
                    if (entries.Length == 0) Emit(node, repetition, node.Definition, null);
                    var entry = node.Children[0];
                    for (int i = 0; i < entries.Length; i++)
                    {
                        int r = i == 0 ? repetition : node.RepeatedRepetition;
                        Write(entry.Children[0], entries[i].Key, r, node.RepeatedDefinition);
                        Write(entry.Children[1], entries[i].Value, r, node.RepeatedDefinition);
                    }
                    break;
                }
        }
    }

    /// <summary>One entry for every leaf under <paramref name="node"/> (a value only for a leaf at its full level).</summary>
    private void Emit(SchemaNode node, int repetition, int definition, object? value)
    {
        for (int leaf = node.FirstLeaf; leaf < node.FirstLeaf + node.LeafCount; leaf++)
        {
            int k = leaf - _root.FirstLeaf;
            _definition[k].Add((byte)definition);
            _repetition[k].Add((byte)repetition);
            _values[k].Add(value);
        }
    }

    private static string Describe(object value) => value.GetType().Name;
}
