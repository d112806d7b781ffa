using System.Text;

namespace MedSpark.Shared.Cleaning;

/// <summary>
/// A strict RFC 4180 reader and writer for the raw exports. Malformed lines are reported with their line
/// number, never repaired: a repaired line is a guess that would reach silver as if it were data.
/// </summary>
/// <remarks>
/// Fields are separated by commas; a field may be enclosed in double quotes, inside which <c>""</c> is a
/// quote and commas are literal. One deliberate restriction: a record must fit on one physical line. The
/// hospital exports never contain line breaks in values, and allowing them would let one unterminated
/// quote swallow every following row of the file into a single field; instead that line alone is
/// reported. Blank lines hold no record and are skipped.
/// </remarks>
public static class CsvText
{
    /// <summary>Splits text into lines and parses each; the first returned line is the header.</summary>
    public static IEnumerable<CsvLine> Parse(string text)
    {
        long lineNumber = 0;
        int start = 0;
        while (start < text.Length)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            lineNumber++;
            int len = end - start;
            if (len > 0 && text[end - 1] == '\r') len--;
            var line = text.AsSpan(start, len);
            start = end + 1;
            if (line.IsWhiteSpace()) continue;
            yield return ParseLine(line, lineNumber);
        }
    }

    /// <summary>Parses one physical line.</summary>
    public static CsvLine ParseLine(ReadOnlySpan<char> line, long lineNumber)
    {
        var fields = new List<string>();
        var sb = new StringBuilder();
        int i = 0;
        while (true)
        {
            sb.Clear();
            if (i < line.Length && line[i] == '"')
            {
                i++;
                bool closed = false;
                while (i < line.Length)
                {
                    char c = line[i];
                    if (c == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"') { sb.Append('"'); i += 2; continue; }
                        closed = true;
                        i++;
                        break;
                    }
                    sb.Append(c);
                    i++;
                }
                if (!closed)
                    return new CsvLine(lineNumber, null, $"unterminated quoted field {fields.Count + 1}");
                if (i < line.Length && line[i] != ',')
                    return new CsvLine(lineNumber, null, $"unexpected character after the closing quote of field {fields.Count + 1}");
            }
            else
            {
                while (i < line.Length && line[i] != ',')
                {
                    if (line[i] == '"')
                        return new CsvLine(lineNumber, null, $"stray quote inside unquoted field {fields.Count + 1}");
                    sb.Append(line[i]);
                    i++;
                }
            }
            fields.Add(sb.ToString());
            if (i >= line.Length) break;
            i++; // the comma
        }
        return new CsvLine(lineNumber, fields, null);
    }

    /// <summary>Formats one record: fields holding a comma, quote or line break are quoted, quotes doubled.</summary>
    public static string FormatLine(IEnumerable<string?> fields) =>
        string.Join(',', fields.Select(Escape));

    private static string Escape(string? field)
    {
        if (field is null) return "";
        if (field.IndexOfAny([',', '"', '\n', '\r']) < 0) return field;
        return "\"" + field.Replace("\"", "\"\"") + "\"";
    }
}
