using System.Globalization;
using System.Text;
using MedSpark.Shared.Schemas;

namespace MedSpark.Shared.Formats.Delta;

/// <summary>
/// Partition values as the log stores them (PROTOCOL.md, "Partition Value Serialization") and as directory
/// names (Hive-style <c>col=value</c> with Hive's escaping), plus the URI encoding of paths in add/remove.
/// </summary>
internal static class PartitionPaths
{
    /// <summary>The directory name Hive and Spark use for a null (or empty string) partition value.</summary>
    public const string HiveDefaultPartition = "__HIVE_DEFAULT_PARTITION__";

    /// <summary>The log's string form of a partition value; null stays null (Spark also maps "" to null).</summary>
    public static string? Serialize(object? value, ColumnType type) => value switch
    {
        null => null,
        string s => s.Length == 0 ? null : s,
        bool b => b ? "true" : "false",
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        // The ISO form with Z is the one encoding the protocol defines as UTC; the space-separated form
        // would be read in the reader's session time zone.
        DateTime t => ToUtc(t).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
        _ => throw new NotSupportedException($"Partition column of type {type} with value {value.GetType().Name} is not supported."),
    };

    /// <summary>The inverse of <see cref="Serialize"/>, also accepting the other spellings the protocol allows.</summary>
    public static object? Parse(string? text, ColumnType type)
    {
        if (text is null) return null;
        var ci = CultureInfo.InvariantCulture;
        return type switch
        {
            ColumnType.String => text,
            ColumnType.Boolean => bool.Parse(text),
            ColumnType.Int32 => int.Parse(text, NumberStyles.Integer, ci),
            ColumnType.Int64 => long.Parse(text, NumberStyles.Integer, ci),
            ColumnType.Float => float.Parse(text, NumberStyles.Float, ci),
            ColumnType.Double => double.Parse(text, NumberStyles.Float, ci),
            ColumnType.Date => DateOnly.ParseExact(text, "yyyy-MM-dd", ci),
            ColumnType.Timestamp => DateTime.Parse(text, ci, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
            _ => throw new NotSupportedException($"Partition column of type {type} is not supported."),
        };
    }

    /// <summary>The directory segment <c>col=value</c>, both sides escaped as Hive does.</summary>
    public static string Segment(string column, string? value) =>
        $"{HiveEscape(column)}={(value is null ? HiveDefaultPartition : HiveEscape(value))}";

    /// <summary>
    /// Hive's FileUtils.escapePathName: characters that break paths or globbing become %XX (upper-case hex);
    /// everything else, including spaces and non-ASCII, stays as is.
    /// </summary>
    public static string HiveEscape(string value)
    {
        var sb = new StringBuilder(value.Length);
        foreach (char c in value)
        {
            if (c < 0x20 || c == 0x7F || "\"#%'*/:=?\\{[]^".Contains(c))
                sb.Append('%').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            else
                sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>
    /// add.path is a URI reference: each segment is percent-encoded (RFC 3986 pchar), so a Hive escape "%3A"
    /// appears in the log as "%253A" and a space as "%20", as Spark writes it.
    /// </summary>
    public static string ToLogPath(string relativePath) =>
        string.Join('/', relativePath.Split('/').Select(EncodeSegment));

    /// <summary>The store-relative path of a log path (undoes <see cref="ToLogPath"/>).</summary>
    public static string FromLogPath(string logPath)
    {
        if (logPath.Contains("://", StringComparison.Ordinal) || logPath.StartsWith('/'))
            throw new NotSupportedException($"Absolute data file path '{logPath}' is not supported.");
        return Uri.UnescapeDataString(logPath);
    }

    private static string EncodeSegment(string segment)
    {
        var sb = new StringBuilder(segment.Length);
        foreach (byte b in Encoding.UTF8.GetBytes(segment))
        {
            char c = (char)b;
            bool plain = b < 0x80 && (char.IsAsciiLetterOrDigit(c) || "-._~!$&'()*+,;=:@".Contains(c));
            if (plain) sb.Append(c);
            else sb.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    private static DateTime ToUtc(DateTime t) => t.Kind switch
    {
        DateTimeKind.Local => t.ToUniversalTime(),
        _ => DateTime.SpecifyKind(t, DateTimeKind.Utc),
    };
}
