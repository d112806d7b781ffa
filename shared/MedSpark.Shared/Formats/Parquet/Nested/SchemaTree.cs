using MedSpark.Shared.Formats.Parquet.Columns;
using MedSpark.Shared.Formats.Parquet.Metadata;
using MedSpark.Shared.Schemas;

namespace MedSpark.Shared.Formats.Parquet.Nested;

/// <summary>
/// Builds the column trees of a schema, in both directions: from MedSpark fields (writing: structs as groups,
/// lists in the three-level form, maps as MAP / repeated key_value) and from a file's flattened schema
/// elements (reading: also the legacy two-level lists and bare repeated fields of LogicalTypes.md,
/// "Backward-compatibility rules").
/// </summary>
internal static class SchemaTree
{
    /// <summary>The trees of a MedSpark schema, leaves numbered in file order.</summary>
    public static IReadOnlyList<SchemaNode> FromFields(TableSchema schema)
    {
        var nodes = schema.Fields.Select(f => FromField(f, [], 0, 0)).ToArray();
        Number(nodes);
        return nodes;
    }

    private static SchemaNode FromField(Field field, IReadOnlyList<string> parentPath, int parentDefinition, int parentRepetition)
    {
        var path = parentPath.Append(field.Name).ToArray();
        int definition = parentDefinition + (field.Nullable ? 1 : 0);
        switch (field.Type)
        {
            case ColumnType.Struct:
                return new SchemaNode(field, NodeKind.Struct, field.Nullable, definition,
                    field.Children.Select(c => FromField(c, path, definition, parentRepetition)).ToArray());
            case ColumnType.List:
                {
                    var element = FromField(field.Element, [.. path, "list"], definition + 1, parentRepetition + 1);
                    return new SchemaNode(field, NodeKind.List, field.Nullable, definition, [element])
                    { RepeatedDefinition = definition + 1, RepeatedRepetition = parentRepetition + 1 };
                }
            case ColumnType.Map:
                {
                    var entryField = Field.Struct("key_value", field.Children, nullable: false);
                    var entry = new SchemaNode(entryField, NodeKind.Struct, false, definition + 1,
                        field.Children.Select(c => FromField(c, [.. path, "key_value"], definition + 1, parentRepetition + 1)).ToArray());
                    return new SchemaNode(field, NodeKind.Map, field.Nullable, definition, [entry])
                    { RepeatedDefinition = definition + 1, RepeatedRepetition = parentRepetition + 1 };
                }
            default:
                {
                    var descriptor = ColumnDescriptor.ForWrite(field) with { MaxDefinitionLevel = definition, MaxRepetitionLevel = parentRepetition, Path = path };
                    return new SchemaNode(field, NodeKind.Leaf, field.Nullable, definition, []) { Leaf = descriptor };
                }
        }
    }

    /// <summary>The schema elements MedSpark writes for <paramref name="nodes"/>, root first.</summary>
    public static List<SchemaElement> ToElements(IReadOnlyList<SchemaNode> nodes)
    {
        var elements = new List<SchemaElement> { new() { Name = "schema", NumChildren = nodes.Count, Repetition = Repetition.Required } };
        foreach (var node in nodes) Emit(node, elements);
        return elements;
    }

    private static void Emit(SchemaNode node, List<SchemaElement> elements)
    {
        var repetition = node.Optional ? Repetition.Optional : Repetition.Required;
        switch (node.Kind)
        {
            case NodeKind.Leaf:
                var leaf = node.Leaf!.ToSchemaElement();
                leaf.Repetition = repetition;
                elements.Add(leaf);
                break;
            case NodeKind.Struct:
                elements.Add(new SchemaElement { Name = node.Field.Name, Repetition = repetition, NumChildren = node.Children.Count });
                foreach (var child in node.Children) Emit(child, elements);
                break;
            case NodeKind.List:
                elements.Add(new SchemaElement { Name = node.Field.Name, Repetition = repetition, NumChildren = 1, Logical = LogicalKind.List, Converted = ConvertedType.List });
                elements.Add(new SchemaElement { Name = "list", Repetition = Repetition.Repeated, NumChildren = 1 });
                Emit(node.Children[0], elements);
                break;
            case NodeKind.Map:
                elements.Add(new SchemaElement { Name = node.Field.Name, Repetition = repetition, NumChildren = 1, Logical = LogicalKind.Map, Converted = ConvertedType.Map });
                var entry = node.Children[0];
                elements.Add(new SchemaElement { Name = "key_value", Repetition = Repetition.Repeated, NumChildren = entry.Children.Count });
                foreach (var child in entry.Children) Emit(child, elements);
                break;
        }
    }

    /// <summary>The trees of a file's schema (element 0 is the root), leaves numbered in file order.</summary>
    public static IReadOnlyList<SchemaNode> FromElements(IReadOnlyList<SchemaElement> elements, string context)
    {
        if (elements.Count == 0) throw new ParquetFormatException($"{context}: footer has an empty schema.");
        var root = Parse(elements, 0, context, out int end);
        if (end != elements.Count)
            throw new ParquetFormatException($"{context}: root schema declares {elements[0].NumChildren} children but {elements.Count - 1} elements follow.");
        var nodes = root.Children.Select(c => Convert(c, [], 0, 0, asElement: false, context)).ToArray();
        Number(nodes);
        return nodes;
    }

    /// <summary>A schema element with its subtree.</summary>
    private sealed record Element(SchemaElement Value, IReadOnlyList<Element> Children);

    private static Element Parse(IReadOnlyList<SchemaElement> elements, int index, string context, out int next)
    {
        var e = elements[index];
        next = index + 1;
        int count = e.NumChildren ?? 0;
        if (count < 0 || count > elements.Count - next)
            throw new ParquetFormatException($"{context}: schema element '{e.Name}' declares {count} children but only {elements.Count - next} elements follow.");
        var children = new List<Element>();
        for (int i = 0; i < count; i++)
        {
            if (next >= elements.Count)
                throw new ParquetFormatException($"{context}: schema element '{e.Name}' declares {count} children but the schema ends after {i}.");
            children.Add(Parse(elements, next, context, out next));
        }
        return new Element(e, children);
    }

    private static bool IsGroup(Element e) => e.Value.NumChildren is > 0 || e.Value.Type is null;

    /// <summary>
    /// Maps one element. <paramref name="asElement"/>: the element is a legacy list's repeated node standing for
    /// the element itself, so it adds no definition level of its own (the caller counted its repetition).
    /// </summary>
    private static SchemaNode Convert(Element e, IReadOnlyList<string> parentPath, int parentDefinition, int parentRepetition, bool asElement, string context)
    {
        var v = e.Value;
        var path = parentPath.Append(v.Name).ToArray();
        string where = $"{context}: column '{string.Join(".", path)}'";
        if (v.Repetition == Repetition.Repeated && !asElement)
        {
            // A bare repeated field is a required list of required elements.
            var element = Convert(e, parentPath, parentDefinition + 1, parentRepetition + 1, asElement: true, context);
            var listField = Field.List(v.Name, element.Field with { Nullable = false }, nullable: false);
            return new SchemaNode(listField, NodeKind.List, false, parentDefinition, [element])
            { RepeatedDefinition = parentDefinition + 1, RepeatedRepetition = parentRepetition + 1 };
        }
        bool optional = !asElement && v.Repetition != Repetition.Required;
        int definition = parentDefinition + (optional ? 1 : 0);
        if (!IsGroup(e))
        {
            var physical = v.Type ?? throw new ParquetFormatException($"{where} has no physical type.");
            var descriptor = ColumnDescriptor.Leaf(v, physical, optional, where) with { MaxDefinitionLevel = definition, MaxRepetitionLevel = parentRepetition, Path = path };
            return new SchemaNode(descriptor.Field, NodeKind.Leaf, optional, definition, []) { Leaf = descriptor };
        }
        if (e.Children.Count == 0) throw new ParquetFormatException($"{where} is a group without children.");
        bool isList = v.Logical == LogicalKind.List || (v.Logical == LogicalKind.None && v.Converted == ConvertedType.List);
        bool isMap = v.Logical == LogicalKind.Map || (v.Logical == LogicalKind.None && v.Converted is ConvertedType.Map or ConvertedType.MapKeyValue);
        if (isList && !asElement)
        {
            if (e.Children.Count != 1 || e.Children[0].Value.Repetition != Repetition.Repeated)
                throw new ParquetFormatException($"{where}: a LIST group must hold exactly one repeated field.");
            var repeated = e.Children[0];
            int rd = definition + 1, rr = parentRepetition + 1;
            SchemaNode element;
            var r = repeated.Value;
            // LogicalTypes.md backward-compatibility rules: the repeated field is itself the element when it is
            // primitive, has several fields, or is named "array" or "<list>_tuple".
            if (!IsGroup(repeated) || repeated.Children.Count > 1 || r.Name == "array" || r.Name == v.Name + "_tuple")
                element = Convert(repeated, path, rd, rr, asElement: true, context);
            else
                element = Convert(repeated.Children[0], [.. path, r.Name], rd, rr, asElement: false, context);
            return new SchemaNode(Field.List(v.Name, element.Field, optional), NodeKind.List, optional, definition, [element])
            { RepeatedDefinition = rd, RepeatedRepetition = rr };
        }
        if (isMap && !asElement)
        {
            var entries = e.Children.Count == 1 ? e.Children[0] : null;
            if (entries is null || entries.Value.Repetition != Repetition.Repeated || entries.Children.Count != 2)
                throw new ParquetFormatException($"{where}: a MAP group must hold one repeated group of a key and a value.");
            int rd = definition + 1, rr = parentRepetition + 1;
            var entryPath = path.Append(entries.Value.Name).ToArray();
            var key = Convert(entries.Children[0], entryPath, rd, rr, asElement: false, context);
            var value = Convert(entries.Children[1], entryPath, rd, rr, asElement: false, context);
            if (key.Optional) throw new ParquetFormatException($"{where}: map keys must be REQUIRED.");
            var mapField = Field.Map(v.Name, key.Field, value.Field, optional);
            var entry = new SchemaNode(Field.Struct("key_value", mapField.Children, nullable: false), NodeKind.Struct, false, rd, [key, value]);
            return new SchemaNode(mapField, NodeKind.Map, optional, definition, [entry]) { RepeatedDefinition = rd, RepeatedRepetition = rr };
        }
        var members = e.Children.Select(c => Convert(c, path, definition, parentRepetition, asElement: false, context)).ToArray();
        if (members.Select(m => m.Field.Name).Distinct(StringComparer.Ordinal).Count() != members.Length)
            throw new ParquetFormatException($"{where}: duplicate member names.");
        return new SchemaNode(Field.Struct(v.Name, members.Select(m => m.Field), optional), NodeKind.Struct, optional, definition, members);
    }

    private static void Number(IReadOnlyList<SchemaNode> nodes)
    {
        int next = 0;
        foreach (var node in nodes) Visit(node);

        void Visit(SchemaNode node)
        {
            node.FirstLeaf = next;
            if (node.Kind == NodeKind.Leaf) next++;
            foreach (var child in node.Children) Visit(child);
            node.LeafCount = next - node.FirstLeaf;
        }
    }

    /// <summary>The leaves under <paramref name="node"/>, in file order.</summary>
    public static IEnumerable<SchemaNode> Leaves(SchemaNode node) =>
        node.Kind == NodeKind.Leaf ? [node] : node.Children.SelectMany(Leaves);
}
