using System.Globalization;
using System.Text.Json;
using MedSpark.Shared.Formats.Parquet;
using MedSpark.Shared.Formats.Parquet.Metadata;
using MedSpark.Shared.Formats.Parquet.Nested;
using MedSpark.Shared.Formats.Parquet.Thrift;
using MedSpark.Shared.Schemas;
using MedSpark.Tests.Tools;
using Xunit;

namespace MedSpark.Tests.Formats.Parquet;

/// <summary>
/// Nested columns (structs, lists, maps) with repetition and definition levels: the Dremel paper's example
/// with its published levels, round trips, legacy list forms, and DuckDB reading ours and writing its own.
/// Values are compared as JSON, which DuckDB's <c>to_json</c> prints the same way.
/// </summary>
public sealed class ParquetNestedTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("medspark-nested-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>The Document schema of Melnik et al., "Dremel" (VLDB 2010), figure 2, with repeated fields as required lists of required elements.</summary>
    private static readonly TableSchema Document = new(
        new Field("DocId", ColumnType.Int64, Nullable: false),
        Field.Struct("Links",
        [
            Field.List("Backward", new Field("element", ColumnType.Int64, Nullable: false), nullable: false),
            Field.List("Forward", new Field("element", ColumnType.Int64, Nullable: false), nullable: false),
        ]),
        Field.List("Name", Field.Struct("element",
        [
            Field.List("Language", Field.Struct("element", [new Field("Code", ColumnType.String, Nullable: false), new Field("Country", ColumnType.String)], nullable: false), nullable: false),
            new Field("Url", ColumnType.String),
        ], nullable: false), nullable: false));

    /// <summary>Records r1 and r2 of the paper's figure 2.</summary>
    private static ColumnBatch DremelRecords() => new(Document,
    [
        new long?[] { 10, 20 },
        new object?[]?[]
        {
            [Array.Empty<object?>(), new object?[] { 20L, 40L, 60L }],
            [new object?[] { 10L, 30L }, new object?[] { 80L }],
        },
        new object?[]?[]
        {
            [
                new object?[] { new object?[] { new object?[] { "en-us", "us" }, new object?[] { "en", null } }, "http://A" },
                new object?[] { Array.Empty<object?>(), "http://B" },
                new object?[] { new object?[] { new object?[] { "en-gb", "gb" } }, null },
            ],
            [new object?[] { Array.Empty<object?>(), "http://C" }],
        },
    ], 2);

    [Fact]
    public void Shred_DremelPaperRecords_GivesThePapersLevels()
    {
        var batch = DremelRecords();
        var nodes = SchemaTree.FromFields(Document);
        // (column, repetition levels, definition levels) from the paper's figure 3.
        var expected = new (string Path, byte[] R, byte[] D)[]
        {
            ("DocId", [0, 0], [0, 0]),
            ("Links.Backward.list.element", [0, 0, 1], [1, 2, 2]),
            ("Links.Forward.list.element", [0, 1, 1, 0], [2, 2, 2, 2]),
            ("Name.list.element.Language.list.element.Code", [0, 2, 1, 1, 0], [2, 2, 1, 2, 1]),
            ("Name.list.element.Language.list.element.Country", [0, 2, 1, 1, 0], [3, 2, 1, 3, 1]),
            ("Name.list.element.Url", [0, 1, 1, 0], [2, 2, 1, 2]),
        };
        var actual = new List<(string, byte[], byte[])>();
        for (int c = 0; c < nodes.Count; c++)
        {
            var shredder = new LevelShredder(nodes[c]);
            shredder.Add(batch.Columns[c], 0, batch.RowCount);
            foreach (var leaf in SchemaTree.Leaves(nodes[c]))
            {
                int k = leaf.FirstLeaf - nodes[c].FirstLeaf;
                actual.Add((string.Join(".", leaf.Leaf!.Path), shredder.RepetitionLevels(k).ToArray(), shredder.DefinitionLevels(k).ToArray()));
            }
        }
        Assert.Equal(expected.Select(e => e.Path), actual.Select(a => a.Item1));
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.True(expected[i].R.SequenceEqual(actual[i].Item2), $"{expected[i].Path}: repetition levels {string.Join(",", actual[i].Item2)}, paper has {string.Join(",", expected[i].R)}");
            Assert.True(expected[i].D.SequenceEqual(actual[i].Item3), $"{expected[i].Path}: definition levels {string.Join(",", actual[i].Item3)}, paper has {string.Join(",", expected[i].D)}");
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void WriteRead_DremelPaperRecords_RoundTrip(int pageVersion)
    {
        var batch = DremelRecords();
        var read = ParquetTestData.ReadAll(ParquetTestData.Write(Document, [batch], new ParquetWriteOptions { DataPageVersion = pageVersion }));
        Assert.Equal(Document, read.Schema);
        AssertSameJson(batch, read);
    }

    [Fact]
    public void DuckDbReads_OurDremelFile_SeesTheRecords()
    {
        var batch = DremelRecords();
        string path = Write(batch, new ParquetWriteOptions());
        AssertDuckDbSees(batch, path);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, false)]
    public void DuckDbReads_OurListsStructsAndMapsWithNulls_SeesIdenticalValues(int pageVersion, bool dictionary)
    {
        var batch = MixedNested(rows: 3000);
        string path = Write(batch, new ParquetWriteOptions { DataPageVersion = pageVersion, Dictionary = dictionary, PageBytes = 2_000, RowGroupBytes = 60_000 });
        AssertDuckDbSees(batch, path);
        AssertSameJson(batch, ReadAll(path));
    }

    [Theory]
    [InlineData("v1")]
    [InlineData("v2")]
    public void Read_DuckDbListsStructsAndMaps_MatchesDuckDbValues(string parquetVersion)
    {
        string path = Path.Combine(_directory, $"duck_nested_{parquetVersion}.parquet");
        DuckDb.Query($"""
            copy (select
              i as id,
              case when i % 7 = 0 then null when i % 5 = 0 then [] else [i, null, i * 2] end as l,
              {'{'}'a': case when i % 3 = 0 then null else i end, 'b': 'x' || i, 'c': {'{'}'d': [i % 4 = 0]{'}'}{'}'} as s,
              case when i % 11 = 0 then null else map {'{'}'k' || (i % 3): 'v' || i, 'z': case when i % 2 = 0 then null else 'w' end{'}'} end as m,
              [[i], [], null, [i + 1, i + 2]] as ll,
              case when i % 4 = 0 then null else [{'{'}'x': i, 'y': 'p' || i{'}'}, null] end as ls,
              [(i * 1.25)::decimal(9,2)] as decs
            from range(0, 2500) t(i)) to {DuckDb.Literal(path)} (format parquet, parquet_version {parquetVersion}, row_group_size 1000)
            """);
        var batch = ReadAll(path);
        Assert.Equal(
            new[] { "long", "array<long>", "struct<a: long, b: string, c: struct<d: array<boolean>>>", "map<string, string>", "array<array<long>>", "array<struct<x: long, y: string>>", "array<decimal(9,2)>" },
            batch.Schema.Fields.Select(f => f.TypeName));
        AssertDuckDbSees(batch, path);
    }

    [Fact]
    public void Read_LegacyTwoLevelListsAndBareRepeatedField_FollowBackwardCompatibilityRules()
    {
        // Written as three-level lists of required elements, then the footer is rewritten to the legacy forms
        // (the levels are the same): "optional group a (LIST) { repeated int32 array; }" (rule 1),
        // "optional group b (LIST) { repeated group b_tuple { required binary s (UTF8); } }" (rule 3, the
        // group is the element) and a bare "repeated int64 c" (a required list).
        var schema = new TableSchema(
            Field.List("a", new Field("element", ColumnType.Int32, Nullable: false)),
            Field.List("b", Field.Struct("element", [new Field("s", ColumnType.String, Nullable: false)], nullable: false)),
            Field.List("c", new Field("element", ColumnType.Int64, Nullable: false), nullable: false));
        var batch = new ColumnBatch(schema,
        [
            new object?[]?[] { [1, 2], null, [] },
            new object?[]?[] { [new object?[] { "x" }], [], null },
            new object?[]?[] { [5L], [], [6L, 7L] },
        ], 3);
        var file = ParquetTestData.Write(schema, [batch]);
        var legacy = RewriteFooter(file, metadata =>
        {
            var s = metadata.Schema;
            // root, a, a.list, a.list.element, b, b.list, b.list.element, b.list.element.s, c, c.list, c.list.element
            s[2] = new SchemaElement { Name = "array", Type = PhysicalType.Int32, Repetition = Repetition.Repeated };
            s.RemoveAt(3);
            s[4] = new SchemaElement { Name = "b_tuple", Repetition = Repetition.Repeated, NumChildren = 1 };
            s.RemoveAt(5);
            s[6] = new SchemaElement { Name = "c", Type = PhysicalType.Int64, Repetition = Repetition.Repeated };
            s.RemoveRange(7, 2);
            s[0].NumChildren = 3;
            var paths = new[] { new[] { "a", "array" }, ["b", "b_tuple", "s"], ["c"] };
            foreach (var group in metadata.RowGroups)
            {
                for (int i = 0; i < 3; i++) group.Columns[i].MetaData!.PathInSchema = paths[i].ToList();
            }
        });
        var read = ParquetTestData.ReadAll(legacy);
        Assert.Equal(schema, read.Schema);
        AssertSameJson(batch, read);
    }

    [Fact]
    public void Write_NullInsideNonNullableListElement_ThrowsNamingColumnAndRow()
    {
        var schema = new TableSchema(Field.List("tags", new Field("element", ColumnType.String, Nullable: false)));
        var batch = new ColumnBatch(schema, [new object?[]?[] { ["a"], ["b", null] }], 2);
        var e = Assert.Throws<ArgumentException>(() => ParquetTestData.Write(schema, [batch]));
        Assert.Contains("'tags' row 1", e.Message);
    }

    /// <summary>Structs, lists of lists, lists of structs and maps, with nulls and empties at every level.</summary>
    internal static ColumnBatch MixedNested(int rows)
    {
        var schema = new TableSchema(
            new Field("id", ColumnType.Int64, Nullable: false),
            Field.List("l", new Field("element", ColumnType.Int32)),
            Field.Struct("s", [new Field("a", ColumnType.Int32), new Field("b", ColumnType.String), Field.Struct("c", [Field.List("d", new Field("element", ColumnType.Boolean))])]),
            Field.Map("m", new Field("key", ColumnType.String), new Field("value", ColumnType.Int64)),
            Field.List("ll", Field.List("element", new Field("element", ColumnType.String))),
            Field.List("ls", Field.Struct("element", [new Field("x", ColumnType.Double), new Field("y", ColumnType.Date, Nullable: false)]), nullable: false));
        var id = new long?[rows];
        var l = new object?[]?[rows];
        var s = new object?[]?[rows];
        var m = new KeyValuePair<object, object?>[]?[rows];
        var ll = new object?[]?[rows];
        var ls = new object?[]?[rows];
        for (int i = 0; i < rows; i++)
        {
            id[i] = i;
            l[i] = i % 7 == 0 ? null : i % 5 == 0 ? [] : [i, null, -i];
            s[i] = i % 9 == 0 ? null : [i % 3 == 0 ? null : i, i % 4 == 0 ? null : "s" + (i % 10), i % 6 == 0 ? null : new object?[] { i % 8 == 0 ? null : new object?[] { true, null, false } }];
            m[i] = i % 11 == 0 ? null : i % 13 == 0 ? [] : [new("k" + (i % 3), (long)i), new("z", i % 2 == 0 ? null : (object)(long)-i)];
            ll[i] = i % 10 == 0 ? null : [new object?[] { "a" + i }, Array.Empty<object?>(), null, new object?[] { null, "b" }];
            ls[i] = i % 4 == 0 ? [] : [new object?[] { i * 0.5, DateOnly.FromDayNumber(738000 + i) }, null];
        }
        return new ColumnBatch(schema, [id, l, s, m, ll, ls], rows);
    }

    private string Write(ColumnBatch batch, ParquetWriteOptions options)
    {
        string path = Path.Combine(_directory, $"ours_{Guid.NewGuid():N}.parquet");
        using var stream = File.Create(path);
        ParquetFile.Write(stream, batch.Schema, [batch], options);
        return path;
    }

    private static ColumnBatch ReadAll(string path)
    {
        using var stream = File.OpenRead(path);
        var schema = ParquetFile.ReadMetadata(stream).Schema;
        return ColumnBatch.Concat(schema, ParquetFile.Read(stream).ToList());
    }

    private static byte[] RewriteFooter(byte[] file, Action<FileMetaData> change)
    {
        int footerLength = BitConverter.ToInt32(file, file.Length - 8);
        int footerStart = file.Length - 8 - footerLength;
        var metadata = FileMetaData.Read(new CompactReader(file, footerStart, footerLength, "test"));
        change(metadata);
        using var footer = new MemoryStream();
        metadata.Write(new CompactWriter(footer));
        using var result = new MemoryStream();
        result.Write(file, 0, footerStart);
        result.Write(footer.ToArray());
        result.Write(BitConverter.GetBytes((int)footer.Length));
        result.Write("PAR1"u8);
        return result.ToArray();
    }

    private static void AssertSameJson(ColumnBatch expected, ColumnBatch actual)
    {
        Assert.Equal(expected.RowCount, actual.RowCount);
        for (int c = 0; c < expected.Schema.Count; c++)
        {
            for (int r = 0; r < expected.RowCount; r++)
            {
                string want = Json(expected.GetValue(c, r), expected.Schema[c]) ?? "NULL";
                string got = Json(actual.GetValue(c, r), actual.Schema[c]) ?? "NULL";
                if (want != got) Assert.Fail($"column '{expected.Schema[c].Name}' row {r}: expected {want}, read {got}.");
            }
        }
    }

    private static void AssertDuckDbSees(ColumnBatch batch, string path)
    {
        var columns = string.Join(", ", batch.Schema.Fields.Select(f => $"to_json(\"{f.Name}\") as \"{f.Name}\""));
        var rows = DuckDb.Query($"select {columns} from read_parquet({DuckDb.Literal(path)}, file_row_number = true) order by file_row_number");
        Assert.Equal(batch.RowCount, rows.Count);
        for (int r = 0; r < batch.RowCount; r++)
        {
            for (int c = 0; c < batch.Schema.Count; c++)
            {
                var field = batch.Schema[c];
                string ours = Json(batch.GetValue(c, r), field) ?? "NULL";
                var cell = rows[r][field.Name];
                string theirs = cell.ValueKind == JsonValueKind.Null ? "NULL" : cell.GetString()!;
                if (ours != theirs)
                    Assert.Fail($"{Path.GetFileName(path)}: column '{field.Name}' row {r}: MedSpark has {ours}, DuckDB has {theirs}.");
            }
        }
    }

    private static string DuckDbNumber(double d) =>
        d == Math.Floor(d) && Math.Abs(d) < 1e15 ? d.ToString("F1", CultureInfo.InvariantCulture) : d.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A value as DuckDB's to_json prints it: structs and maps as objects, lists as arrays, dates as strings.</summary>
    private static string? Json(object? value, Field field)
    {
        if (value is null) return null;
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            Write(w, value, field);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Write(Utf8JsonWriter w, object? value, Field field)
    {
        switch (value)
        {
            case null: w.WriteNullValue(); break;
            case object?[] members when field.Type == ColumnType.Struct:
                w.WriteStartObject();
                for (int i = 0; i < members.Length; i++)
                {
                    w.WritePropertyName(field.Children[i].Name);
                    Write(w, members[i], field.Children[i]);
                }
                w.WriteEndObject();
                break;
            case object?[] items:
                w.WriteStartArray();
                foreach (var item in items) Write(w, item, field.Element);
                w.WriteEndArray();
                break;
            case KeyValuePair<object, object?>[] entries:
                w.WriteStartObject();
                foreach (var (k, v) in entries)
                {
                    w.WritePropertyName(Convert.ToString(k, CultureInfo.InvariantCulture)!);
                    Write(w, v, field.Children[1]);
                }
                w.WriteEndObject();
                break;
            case bool b: w.WriteBooleanValue(b); break;
            case int i: w.WriteNumberValue(i); break;
            case long l: w.WriteNumberValue(l); break;
            // DuckDB prints integral doubles with one decimal (1.0).
            case double d: w.WriteRawValue(DuckDbNumber(d)); break;
            // to_json prints decimals as doubles (0.0 for 0.00); the values here are exact in binary.
            case decimal m: w.WriteRawValue(DuckDbNumber((double)m)); break;
            case string s: w.WriteStringValue(s); break;
            case DateOnly d: w.WriteStringValue(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            default: throw new ArgumentException($"Unexpected {value.GetType().Name} in column '{field.Name}'.");
        }
    }
}
