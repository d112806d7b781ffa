using System.Text;
using System.Text.Json;
using MedSpark.Shared.Schemas;

namespace MedSpark.Shared.Formats.Delta;

/// <summary>
/// Converts <see cref="TableSchema"/> to and from the Spark StructType JSON kept in <c>metaData.schemaString</c>
/// (PROTOCOL.md, "Schema Serialization Format"): primitive type names (with <c>decimal(p,s)</c>), and nested
/// struct, array (<c>elementType</c>, <c>containsNull</c>) and map (<c>keyType</c>, <c>valueType</c>,
/// <c>valueContainsNull</c>) objects.
/// </summary>
public static class DeltaSchema
{
    /// <summary>
    /// <c>{"type":"struct","fields":[{"name":"a","type":"long","nullable":true,"metadata":{}}]}</c>, written
    /// without whitespace as Spark does.
    /// </summary>
    public static string ToSchemaString(TableSchema schema)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            WriteStruct(w, schema.Fields);
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteStruct(Utf8JsonWriter w, IReadOnlyList<Field> fields)
    {
        w.WriteStartObject();
        w.WriteString("type", "struct");
        w.WriteStartArray("fields");
        foreach (var field in fields)
        {
            w.WriteStartObject();
            w.WriteString("name", field.Name);
            w.WritePropertyName("type");
            WriteType(w, field);
            w.WriteBoolean("nullable", field.Nullable);
            w.WriteStartObject("metadata");
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteType(Utf8JsonWriter w, Field field)
    {
        switch (field.Type)
        {
            case ColumnType.Struct:
                WriteStruct(w, field.Children);
                break;
            case ColumnType.List:
                w.WriteStartObject();
                w.WriteString("type", "array");
                w.WritePropertyName("elementType");
                WriteType(w, field.Element);
                w.WriteBoolean("containsNull", field.Element.Nullable);
                w.WriteEndObject();
                break;
            case ColumnType.Map:
                w.WriteStartObject();
                w.WriteString("type", "map");
                w.WritePropertyName("keyType");
                WriteType(w, field.Children[0]);
                w.WritePropertyName("valueType");
                WriteType(w, field.Children[1]);
                w.WriteBoolean("valueContainsNull", field.Children[1].Nullable);
                w.WriteEndObject();
                break;
            default:
                w.WriteStringValue(field.TypeName);
                break;
        }
    }

    /// <summary>Parses a schemaString. Throws <see cref="NotSupportedException"/> for unsupported types.</summary>
    public static TableSchema Parse(string schemaString)
    {
        using var doc = JsonDocument.Parse(schemaString);
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.GetString() != "struct")
            throw new FormatException("schemaString must be a JSON object with \"type\":\"struct\".");
        return new TableSchema(ParseFields(root));
    }

    private static List<Field> ParseFields(JsonElement structType)
    {
        var fields = new List<Field>();
        foreach (var f in structType.GetProperty("fields").EnumerateArray())
        {
            string name = f.GetProperty("name").GetString() ?? throw new FormatException("A field name is null.");
            bool nullable = !f.TryGetProperty("nullable", out var n) || n.GetBoolean();
            fields.Add(ParseType(f.GetProperty("type"), name, nullable));
        }
        return fields;
    }

    private static Field ParseType(JsonElement t, string name, bool nullable)
    {
        if (t.ValueKind == JsonValueKind.String) return ColumnTypes.FromDeltaTypeName(t.GetString()!, name, nullable);
        if (t.ValueKind != JsonValueKind.Object) throw new FormatException($"Column '{name}' has a type that is neither a name nor an object.");
        string kind = t.GetProperty("type").GetString() ?? throw new FormatException($"Column '{name}' has a null type.");
        return kind switch
        {
            "struct" => Field.Struct(name, ParseFields(t), nullable),
            "array" => Field.List(name, ParseType(t.GetProperty("elementType"), "element", !t.TryGetProperty("containsNull", out var cn) || cn.GetBoolean()), nullable),
            "map" => Field.Map(name, ParseType(t.GetProperty("keyType"), "key", false),
                ParseType(t.GetProperty("valueType"), "value", !t.TryGetProperty("valueContainsNull", out var vn) || vn.GetBoolean()), nullable),
            _ => throw new NotSupportedException($"Column '{name}' has type '{kind}', which MedSpark does not support."),
        };
    }
}
