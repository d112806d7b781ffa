using MedSpark.Shared.Formats.Delta.Actions;
using MedSpark.Shared.Schemas;

namespace MedSpark.Shared.Formats.Delta;

/// <summary>
/// The rows of a classic Parquet checkpoint (PROTOCOL.md, "Checkpoints" / "Checkpoint Schema"): one column per
/// action type (txn, add, remove, metaData, protocol), each a struct, and exactly one of them non-null per row.
/// Members are named and typed as Spark writes them (partitionValues and configuration as
/// map&lt;string,string&gt;, stats as a JSON string); readers look members up by name, so checkpoints of other
/// writers with more members (tags, deletionVector, stats_parsed, ...) read too.
/// </summary>
internal static class CheckpointSchema
{
    private static Field StringMap(string name, bool nullable = true) =>
        Field.Map(name, new Field("key", ColumnType.String, Nullable: false), new Field("value", ColumnType.String), nullable);

    private static Field StringList(string name) => Field.List(name, new Field("element", ColumnType.String));

    /// <summary>The checkpoint schema MedSpark writes.</summary>
    public static readonly TableSchema Schema = new(
        Field.Struct("txn",
        [
            new Field("appId", ColumnType.String), new Field("version", ColumnType.Int64, Nullable: false), new Field("lastUpdated", ColumnType.Int64),
        ]),
        Field.Struct("add",
        [
            new Field("path", ColumnType.String), StringMap("partitionValues"), new Field("size", ColumnType.Int64, Nullable: false),
            new Field("modificationTime", ColumnType.Int64, Nullable: false), new Field("dataChange", ColumnType.Boolean, Nullable: false),
            StringMap("tags"), new Field("stats", ColumnType.String),
        ]),
        Field.Struct("remove",
        [
            new Field("path", ColumnType.String), new Field("deletionTimestamp", ColumnType.Int64), new Field("dataChange", ColumnType.Boolean, Nullable: false),
            new Field("extendedFileMetadata", ColumnType.Boolean), StringMap("partitionValues"), new Field("size", ColumnType.Int64), StringMap("tags"),
        ]),
        Field.Struct("metaData",
        [
            new Field("id", ColumnType.String), new Field("name", ColumnType.String), new Field("description", ColumnType.String),
            Field.Struct("format", [new Field("provider", ColumnType.String), StringMap("options")]),
            new Field("schemaString", ColumnType.String), StringList("partitionColumns"), StringMap("configuration"), new Field("createdTime", ColumnType.Int64),
        ]),
        Field.Struct("protocol",
        [
            new Field("minReaderVersion", ColumnType.Int32, Nullable: false), new Field("minWriterVersion", ColumnType.Int32, Nullable: false),
            StringList("readerFeatures"), StringList("writerFeatures"),
        ]));

    /// <summary>The actions as one batch of checkpoint rows, in the order given.</summary>
    public static ColumnBatch ToBatch(IReadOnlyList<DeltaAction> actions)
    {
        int rows = actions.Count;
        var columns = Schema.Fields.Select(f => new object?[]?[rows]).ToArray();
        for (int r = 0; r < rows; r++)
        {
            switch (actions[r])
            {
                case Txn t:
                    columns[0][r] = [t.AppId, t.Version, t.LastUpdated];
                    break;
                case AddFile a:
                    columns[1][r] = [a.Path, Map(a.PartitionValues), a.Size, a.ModificationTime, a.DataChange, null, a.Stats];
                    break;
                case RemoveFile m:
                    columns[2][r] = [m.Path, m.DeletionTimestamp, m.DataChange, m.ExtendedFileMetadata, m.PartitionValues is null ? null : Map(m.PartitionValues), m.Size, null];
                    break;
                case Metadata d:
                    columns[3][r] =
                    [
                        d.Id, d.Name, d.Description, new object?[] { d.Provider, Map(d.FormatOptions) }, d.SchemaString,
                        d.PartitionColumns.Cast<object?>().ToArray(), Map(d.Configuration), d.CreatedTime,
                    ];
                    break;
                case Protocol p:
                    columns[4][r] = [p.MinReaderVersion, p.MinWriterVersion, p.ReaderFeatures?.Cast<object?>().ToArray(), p.WriterFeatures?.Cast<object?>().ToArray()];
                    break;
                default:
                    throw new ArgumentException($"A checkpoint holds no {actions[r].GetType().Name} actions.", nameof(actions));
            }
        }
        return new ColumnBatch(Schema, columns, rows);
    }

    /// <summary>The actions of a batch read from any writer's checkpoint; rows of other action types (commitInfo, domainMetadata, ...) are skipped.</summary>
    public static IEnumerable<DeltaAction> FromBatch(ColumnBatch batch)
    {
        var txn = Column("txn");
        var add = Column("add");
        var remove = Column("remove");
        var metaData = Column("metaData");
        var protocol = Column("protocol");
        for (int r = 0; r < batch.RowCount; r++)
        {
            if (Row(txn, r) is { } t)
                yield return new Txn(Text(t, "appId") ?? throw Missing("txn.appId"), Long(t, "version") ?? throw Missing("txn.version"), Long(t, "lastUpdated"));
            if (Row(add, r) is { } a)
            {
                yield return new AddFile(Text(a, "path") ?? throw Missing("add.path"), NullableMap(a, "partitionValues") ?? new Dictionary<string, string?>(),
                    Long(a, "size") ?? throw Missing("add.size"), Long(a, "modificationTime") ?? 0, Bool(a, "dataChange") ?? false, Text(a, "stats"));
            }
            if (Row(remove, r) is { } m)
            {
                yield return new RemoveFile(Text(m, "path") ?? throw Missing("remove.path"), Long(m, "deletionTimestamp"), Bool(m, "dataChange") ?? false,
                    Bool(m, "extendedFileMetadata"), NullableMap(m, "partitionValues"), Long(m, "size"));
            }
            if (Row(metaData, r) is { } d)
            {
                var format = Get(d, "format") as StructValue;
                yield return new Metadata(
                    Text(d, "id") ?? throw Missing("metaData.id"), Text(d, "name"), Text(d, "description"),
                    (format is null ? null : Text(format, "provider")) ?? "parquet",
                    format is null ? new Dictionary<string, string>() : StrictMap(format, "options"),
                    Text(d, "schemaString") ?? throw Missing("metaData.schemaString"),
                    Strings(d, "partitionColumns") ?? [], StrictMap(d, "configuration"), Long(d, "createdTime"));
            }
            if (Row(protocol, r) is { } p)
            {
                yield return new Protocol((int)(Long(p, "minReaderVersion") ?? throw Missing("protocol.minReaderVersion")),
                    (int)(Long(p, "minWriterVersion") ?? throw Missing("protocol.minWriterVersion")), Strings(p, "readerFeatures"), Strings(p, "writerFeatures"));
            }
        }

        (Field Field, object?[]?[] Values)? Column(string name) =>
            batch.Schema.IndexOf(name) is var i and >= 0 && batch.Schema[i].Type == ColumnType.Struct ? (batch.Schema[i], (object?[]?[])batch.Columns[i]) : null;
    }

    /// <summary>A struct value with its field, for member lookup by name.</summary>
    private sealed record StructValue(Field Field, object?[] Values);

    private static StructValue? Row((Field Field, object?[]?[] Values)? column, int row) =>
        column is { } c && c.Values[row] is { } values ? new StructValue(c.Field, values) : null;

    private static object? Get(StructValue s, string member)
    {
        for (int i = 0; i < s.Field.Children.Count; i++)
        {
            if (s.Field.Children[i].Name != member) continue;
            var value = s.Values[i];
            return s.Field.Children[i].Type == ColumnType.Struct && value is object?[] nested ? new StructValue(s.Field.Children[i], nested) : value;
        }
        return null;
    }

    private static string? Text(StructValue s, string member) => Get(s, member) as string;

    private static long? Long(StructValue s, string member) => Get(s, member) switch
    {
        long l => l,
        int i => i,
        _ => null,
    };

    private static bool? Bool(StructValue s, string member) => Get(s, member) as bool?;

    private static string[]? Strings(StructValue s, string member) =>
        Get(s, member) is object?[] items ? items.Select(x => x as string ?? throw Missing($"{member} element")).ToArray() : null;

    private static Dictionary<string, string?>? NullableMap(StructValue s, string member)
    {
        if (Get(s, member) is not KeyValuePair<object, object?>[] entries) return null;
        var map = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (k, v) in entries) map[(string)k] = v as string;
        return map;
    }

    private static Dictionary<string, string> StrictMap(StructValue s, string member)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (k, v) in NullableMap(s, member) ?? [])
        {
            if (v is not null) map[k] = v;
        }
        return map;
    }

    private static KeyValuePair<object, object?>[] Map<TValue>(IReadOnlyDictionary<string, TValue> map) =>
        map.Select(kv => new KeyValuePair<object, object?>(kv.Key, kv.Value)).ToArray();

    private static FormatException Missing(string member) => new($"checkpoint row lacks {member}");
}
