using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using MedSpark.Shared.Schemas;

namespace MedSpark.Shared.Formats;

/// <summary>
/// Rows as JSON lines, one object per row: timestamps ISO-8601 UTC, dates yyyy-MM-dd, binary base64,
/// NaN and ±Infinity as the strings "NaN", "Infinity", "-Infinity", decimals as strings (every digit kept),
/// structs and maps as objects, lists as arrays, SQL NULL as null.
/// </summary>
public static class RowJson
{
    public static void Write(Stream output, ColumnBatch batch, int rows)
    {
        // Relaxed escaping: quotes inside strings print as \" (not \u0022), non-ASCII text as itself.
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        for (int r = 0; r < rows; r++)
        {
            writer.Reset(output);
            writer.WriteStartObject();
            for (int c = 0; c < batch.Schema.Count; c++)
            {
                writer.WritePropertyName(batch.Schema[c].Name);
                WriteValue(writer, batch.GetValue(c, r), batch.Schema[c]);
            }
            writer.WriteEndObject();
            writer.Flush();
            output.WriteByte((byte)'\n');
        }
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value, Field field)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case object?[] members when field.Type == ColumnType.Struct:
                writer.WriteStartObject();
                for (int i = 0; i < members.Length; i++)
                {
                    writer.WritePropertyName(field.Children[i].Name);
                    WriteValue(writer, members[i], field.Children[i]);
                }
                writer.WriteEndObject();
                break;
            case object?[] items:
                writer.WriteStartArray();
                foreach (var item in items) WriteValue(writer, item, field.Element);
                writer.WriteEndArray();
                break;
            case KeyValuePair<object, object?>[] entries:
                writer.WriteStartObject();
                foreach (var (key, item) in entries)
                {
                    writer.WritePropertyName(Convert.ToString(key, CultureInfo.InvariantCulture) ?? "");
                    WriteValue(writer, item, field.Children[1]);
                }
                writer.WriteEndObject();
                break;
            case decimal m: writer.WriteStringValue(m.ToString(CultureInfo.InvariantCulture)); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case int i: writer.WriteNumberValue(i); break;
            case long l: writer.WriteNumberValue(l); break;
            case float f when float.IsFinite(f): writer.WriteNumberValue(f); break;
            case double d when double.IsFinite(d): writer.WriteNumberValue(d); break;
            case float f: writer.WriteStringValue(NonFinite(f)); break;
            case double d: writer.WriteStringValue(NonFinite(d)); break;
            case string s: writer.WriteStringValue(s); break;
            case byte[] bytes: writer.WriteBase64StringValue(bytes); break;
            case DateOnly date: writer.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            case DateTime ts: writer.WriteStringValue(ts.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture)); break;
            default: throw new NotSupportedException($"No JSON form for {value.GetType().Name}.");
        }
    }

    private static string NonFinite(double d) => double.IsNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
}
