using System.Text;
using System.Text.Json;
using MedSpark.Shared.Schemas;

namespace MedSpark.Shared.Formats.Delta;

/// <summary>
/// Converts <see cref="TableSchema"/> to and from the Spark StructType JSON kept in <c>metaData.schemaString</c>
/// (PROTOCOL.md, "Schema Serialization Format"). Only flat schemas of MedSpark's primitive types are supported.
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
            w.WriteStartObject();
            w.WriteString("type", "struct");
            w.WriteStartArray("fields");
            foreach (var field in schema.Fields)
            {
                w.WriteStartObject();
                w.WriteString("name", field.Name);
                w.WriteString("type", field.TypeName);
                w.WriteBoolean("nullable", field.Nullable);
                w.WriteStartObject("metadata");
                w.WriteEndObject();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Parses a schemaString. Throws <see cref="NotSupportedException"/> for nested or unsupported types.</summary>
    public static TableSchema Parse(string schemaString)
    {
        using var doc = JsonDocument.Parse(schemaString);
        var root = doc.RootElement;
        if (!root.TryGetProperty("type", out var type) || type.GetString() != "struct")
            throw new FormatException("schemaString must be a JSON object with \"type\":\"struct\".");
        var fields = new List<Field>();
        foreach (var f in root.GetProperty("fields").EnumerateArray())
        {
            string name = f.GetProperty("name").GetString() ?? throw new FormatException("A field name is null.");
            var t = f.GetProperty("type");
            if (t.ValueKind != JsonValueKind.String)
                throw new NotSupportedException($"Column '{name}' has a nested type ({t.GetRawText()}); MedSpark tables are flat.");
            bool nullable = !f.TryGetProperty("nullable", out var n) || n.GetBoolean();
            fields.Add(ColumnTypes.FromDeltaTypeName(t.GetString()!, name, nullable));
        }
        return new TableSchema(fields);
    }
}
