using System.Text;
using System.Text.Json;

namespace MedSpark.Shared.Formats.Delta.Actions;

/// <summary>
/// Reads and writes actions as single-line JSON objects (one action per line of a commit file). Output is
/// deterministic: properties are written in a fixed order and without indentation, so equal actions give
/// equal bytes and golden tests can compare text.
/// </summary>
internal static class ActionCodec
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = false, SkipValidation = false };

    /// <summary>The commit file content: one line per action, each ending in '\n'.</summary>
    public static byte[] SerializeCommit(IEnumerable<DeltaAction> actions)
    {
        using var buffer = new MemoryStream();
        foreach (var action in actions)
        {
            using (var writer = new Utf8JsonWriter(buffer, WriterOptions)) Write(writer, action);
            buffer.WriteByte((byte)'\n');
        }
        return buffer.ToArray();
    }

    /// <summary>One action as its JSON line (without the newline).</summary>
    public static string Serialize(DeltaAction action)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions)) Write(writer, action);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Write(Utf8JsonWriter w, DeltaAction action)
    {
        w.WriteStartObject();
        switch (action)
        {
            case CommitInfo c:
                w.WriteStartObject("commitInfo");
                if (c.Timestamp is { } ts) w.WriteNumber("timestamp", ts);
                if (c.Operation is not null) w.WriteString("operation", c.Operation);
                WriteStringMap(w, "operationParameters", c.OperationParameters);
                if (c.ReadVersion is { } rv) w.WriteNumber("readVersion", rv);
                w.WriteString("isolationLevel", "Serializable");
                if (c.IsBlindAppend is { } blind) w.WriteBoolean("isBlindAppend", blind);
                if (c.OperationMetrics.Count > 0) WriteStringMap(w, "operationMetrics", c.OperationMetrics);
                if (c.UserMetadata is not null) w.WriteString("userMetadata", c.UserMetadata);
                if (c.EngineInfo is not null) w.WriteString("engineInfo", c.EngineInfo);
                foreach (var (key, value) in c.Extra.OrderBy(kv => kv.Key, StringComparer.Ordinal)) w.WriteString(key, value);
                w.WriteEndObject();
                break;
            case Protocol p:
                w.WriteStartObject("protocol");
                w.WriteNumber("minReaderVersion", p.MinReaderVersion);
                w.WriteNumber("minWriterVersion", p.MinWriterVersion);
                if (p.ReaderFeatures is not null) WriteStringArray(w, "readerFeatures", p.ReaderFeatures);
                if (p.WriterFeatures is not null) WriteStringArray(w, "writerFeatures", p.WriterFeatures);
                w.WriteEndObject();
                break;
            case Metadata m:
                w.WriteStartObject("metaData");
                w.WriteString("id", m.Id);
                if (m.Name is not null) w.WriteString("name", m.Name);
                if (m.Description is not null) w.WriteString("description", m.Description);
                w.WriteStartObject("format");
                w.WriteString("provider", m.Provider);
                WriteStringMap(w, "options", m.FormatOptions);
                w.WriteEndObject();
                w.WriteString("schemaString", m.SchemaString);
                WriteStringArray(w, "partitionColumns", m.PartitionColumns);
                WriteStringMap(w, "configuration", m.Configuration);
                if (m.CreatedTime is { } created) w.WriteNumber("createdTime", created);
                w.WriteEndObject();
                break;
            case Txn t:
                w.WriteStartObject("txn");
                w.WriteString("appId", t.AppId);
                w.WriteNumber("version", t.Version);
                if (t.LastUpdated is { } lu) w.WriteNumber("lastUpdated", lu);
                w.WriteEndObject();
                break;
            case RemoveFile r:
                w.WriteStartObject("remove");
                w.WriteString("path", r.Path);
                if (r.DeletionTimestamp is { } dts) w.WriteNumber("deletionTimestamp", dts);
                w.WriteBoolean("dataChange", r.DataChange);
                if (r.ExtendedFileMetadata is { } ext) w.WriteBoolean("extendedFileMetadata", ext);
                if (r.PartitionValues is not null) WritePartitionValues(w, r.PartitionValues);
                if (r.Size is { } rsize) w.WriteNumber("size", rsize);
                w.WriteEndObject();
                break;
            case AddFile a:
                w.WriteStartObject("add");
                w.WriteString("path", a.Path);
                WritePartitionValues(w, a.PartitionValues);
                w.WriteNumber("size", a.Size);
                w.WriteNumber("modificationTime", a.ModificationTime);
                w.WriteBoolean("dataChange", a.DataChange);
                if (a.Stats is not null) w.WriteString("stats", a.Stats);
                w.WriteEndObject();
                break;
            default:
                throw new ArgumentException($"Cannot serialize action {action.GetType().Name}.");
        }
        w.WriteEndObject();
    }

    /// <summary>
    /// Parses one line. Returns null for actions that do not affect a version-1 reader's snapshot
    /// (cdc, domainMetadata, checkpointMetadata, ...): skipping them is what the protocol asks of readers.
    /// Throws <see cref="JsonException"/> or <see cref="FormatException"/> on malformed input; the caller adds
    /// the file and line.
    /// </summary>
    public static DeltaAction? Parse(string line)
    {
        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object) throw new FormatException("An action line must be a JSON object.");
        foreach (var property in root.EnumerateObject())
        {
            var v = property.Value;
            switch (property.Name)
            {
                case "commitInfo": return ParseCommitInfo(v);
                case "protocol":
                    return new Protocol(
                        RequiredInt(v, "minReaderVersion"),
                        RequiredInt(v, "minWriterVersion"),
                        OptionalStringArray(v, "readerFeatures"),
                        OptionalStringArray(v, "writerFeatures"));
                case "metaData":
                    var format = Required(v, "format");
                    return new Metadata(
                        RequiredString(v, "id"),
                        OptionalString(v, "name"),
                        OptionalString(v, "description"),
                        RequiredString(format, "provider"),
                        StringMap(format, "options"),
                        RequiredString(v, "schemaString"),
                        OptionalStringArray(v, "partitionColumns") ?? Array.Empty<string>(),
                        StringMap(v, "configuration"),
                        OptionalLong(v, "createdTime"));
                case "txn":
                    return new Txn(RequiredString(v, "appId"), RequiredLong(v, "version"), OptionalLong(v, "lastUpdated"));
                case "add":
                    return new AddFile(
                        RequiredString(v, "path"),
                        PartitionValues(v) ?? throw new FormatException("add.partitionValues is missing."),
                        RequiredLong(v, "size"),
                        RequiredLong(v, "modificationTime"),
                        Required(v, "dataChange").GetBoolean(),
                        OptionalString(v, "stats"));
                case "remove":
                    return new RemoveFile(
                        RequiredString(v, "path"),
                        OptionalLong(v, "deletionTimestamp"),
                        Required(v, "dataChange").GetBoolean(),
                        v.TryGetProperty("extendedFileMetadata", out var ext) && ext.ValueKind != JsonValueKind.Null ? ext.GetBoolean() : null,
                        PartitionValues(v),
                        OptionalLong(v, "size"));
            }
        }
        return null;
    }

    private static CommitInfo ParseCommitInfo(JsonElement v)
    {
        var known = new HashSet<string>(StringComparer.Ordinal)
        {
            "timestamp", "operation", "operationParameters", "readVersion", "isBlindAppend", "engineInfo",
            "userMetadata", "operationMetrics", "isolationLevel",
        };
        var extra = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in v.EnumerateObject())
        {
            if (!known.Contains(p.Name)) extra[p.Name] = AsText(p.Value);
        }
        return new CommitInfo(
            OptionalLong(v, "timestamp"),
            OptionalString(v, "operation"),
            StringMap(v, "operationParameters"),
            OptionalLong(v, "readVersion"),
            v.TryGetProperty("isBlindAppend", out var blind) && blind.ValueKind is JsonValueKind.True or JsonValueKind.False ? blind.GetBoolean() : null,
            OptionalString(v, "engineInfo"),
            OptionalString(v, "userMetadata"),
            StringMap(v, "operationMetrics"),
            extra);
    }

    private static void WriteStringMap(Utf8JsonWriter w, string name, IReadOnlyDictionary<string, string> map)
    {
        w.WriteStartObject(name);
        foreach (var (key, value) in map.OrderBy(kv => kv.Key, StringComparer.Ordinal)) w.WriteString(key, value);
        w.WriteEndObject();
    }

    private static void WritePartitionValues(Utf8JsonWriter w, IReadOnlyDictionary<string, string?> values)
    {
        w.WriteStartObject("partitionValues");
        // Keys keep the writer's (partition column) order: readers do not care, humans do.
        foreach (var (key, value) in values)
        {
            if (value is null) w.WriteNull(key);
            else w.WriteString(key, value);
        }
        w.WriteEndObject();
    }

    private static void WriteStringArray(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values) w.WriteStringValue(value);
        w.WriteEndArray();
    }

    private static JsonElement Required(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null
            ? v
            : throw new FormatException($"Required field '{name}' is missing.");

    private static string RequiredString(JsonElement e, string name) =>
        Required(e, name).GetString() ?? throw new FormatException($"Field '{name}' must be a string.");

    private static long RequiredLong(JsonElement e, string name) => Required(e, name).GetInt64();

    private static int RequiredInt(JsonElement e, string name) => Required(e, name).GetInt32();

    private static string? OptionalString(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static long? OptionalLong(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt64() : null;

    private static string[]? OptionalStringArray(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Select(x => x.GetString() ?? throw new FormatException($"'{name}' must hold strings.")).ToArray()
            : null;

    /// <summary>A JSON object of scalars as strings; non-string values keep their JSON text (other engines write numbers or arrays).</summary>
    private static IReadOnlyDictionary<string, string> StringMap(JsonElement e, string name)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in v.EnumerateObject())
            {
                if (p.Value.ValueKind != JsonValueKind.Null) map[p.Name] = AsText(p.Value);
            }
        }
        return map;
    }

    private static Dictionary<string, string?>? PartitionValues(JsonElement e)
    {
        if (!e.TryGetProperty("partitionValues", out var v) || v.ValueKind != JsonValueKind.Object) return null;
        var map = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var p in v.EnumerateObject())
            map[p.Name] = p.Value.ValueKind == JsonValueKind.Null ? null : AsText(p.Value);
        return map;
    }

    private static string AsText(JsonElement v) => v.ValueKind == JsonValueKind.String ? v.GetString()! : v.GetRawText();
}
