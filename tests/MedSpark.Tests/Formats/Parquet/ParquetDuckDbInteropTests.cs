using System.Globalization;
using System.Text.Json;
using MedSpark.Shared.Formats.Parquet;
using MedSpark.Shared.Formats.Parquet.Metadata;
using MedSpark.Shared.Formats.Parquet.Thrift;
using MedSpark.Shared.Schemas;
using MedSpark.Tests.Tools;
using Xunit;
using MetadataEncoding = MedSpark.Shared.Formats.Parquet.Metadata.Encoding;

namespace MedSpark.Tests.Formats.Parquet;

/// <summary>
/// DuckDB, an independent Parquet implementation, reads what we write and writes what we read. Values are
/// compared through a canonical text form computed in SQL on the DuckDB side (hex for blobs, days for
/// dates, epoch microseconds for timestamps) and in C# on ours.
/// </summary>
public sealed class ParquetDuckDbInteropTests : IDisposable
{
    private static readonly int UnixEpochDay = DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber;
    private readonly string _directory = Directory.CreateTempSubdirectory("medspark-parquet-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    public static TheoryData<ParquetCompression, bool> WriteSettings() => ParquetRoundTripTests.Settings();

    [Theory]
    [MemberData(nameof(WriteSettings))]
    public void DuckDbReads_OurFileOfEveryType_SeesIdenticalValues(ParquetCompression compression, bool dictionary)
    {
        var batch = ParquetTestData.Edges(randomRows: 3000);
        string path = WriteFile(batch, new ParquetWriteOptions { Compression = compression, Dictionary = dictionary, RowGroupBytes = 100_000, PageBytes = 8_000 });
        AssertDuckDbSees(batch, path);
    }

    [Theory]
    [InlineData(ParquetCompression.Snappy, true)]
    [InlineData(ParquetCompression.Uncompressed, false)]
    [InlineData(ParquetCompression.Zstd, true)]
    public void DuckDbReads_OurDataPageV2File_SeesIdenticalValues(ParquetCompression compression, bool dictionary)
    {
        var batch = ParquetTestData.Edges(randomRows: 3000);
        string path = WriteFile(batch, new ParquetWriteOptions { Compression = compression, Dictionary = dictionary, DataPageVersion = 2, PageBytes = 8_000 });
        AssertDuckDbSees(batch, path);
    }

    [Fact]
    public void DuckDbReads_OurRequiredColumns_SeesIdenticalValues()
    {
        var batch = ParquetTestData.EdgesRequired(randomRows: 500);
        AssertDuckDbSees(batch, WriteFile(batch, new ParquetWriteOptions()));
    }

    [Fact]
    public void DuckDbDescribe_OurFile_SeesMedSparkTypesAndStatistics()
    {
        var batch = ParquetTestData.Edges();
        string path = WriteFile(batch, new ParquetWriteOptions());
        var types = DuckDb.Query($"describe select * from read_parquet({DuckDb.Literal(path)})")
            .ToDictionary(r => r["column_name"].GetString()!, r => r["column_type"].GetString());
        Assert.Equal(new Dictionary<string, string?>
        {
            ["b"] = "BOOLEAN", ["i32"] = "INTEGER", ["i64"] = "BIGINT", ["f32"] = "FLOAT", ["f64"] = "DOUBLE",
            ["s"] = "VARCHAR", ["bin"] = "BLOB", ["d"] = "DATE", ["ts"] = "TIMESTAMP WITH TIME ZONE",
        }, types);
        var stats = DuckDb.Query($"select path_in_schema, stats_min_value, stats_max_value, stats_null_count from parquet_metadata({DuckDb.Literal(path)}) where path_in_schema in ('s', 'i32')")
            .ToDictionary(r => r["path_in_schema"].GetString()!);
        Assert.Equal(("", "\u00e9", "1"), (stats["s"]["stats_min_value"].GetString(), stats["s"]["stats_max_value"].GetString(), stats["s"]["stats_null_count"].GetString()));
        Assert.Equal(int.MinValue.ToString(CultureInfo.InvariantCulture), stats["i32"]["stats_min_value"].GetString());
    }

    [Theory]
    [InlineData("i32 between 5000 and 5100", 101)]
    [InlineData("i32 < -9990", 10)]
    [InlineData("i64 >= 19990000000", 10)]
    [InlineData("s = 'v012345'", 1)]
    [InlineData("s > 'v019990'", 9)]
    [InlineData("bin = unhex('00004E20')", 0)]
    [InlineData("bin = unhex('00000010')", 1)]
    [InlineData("d < date '1970-01-11'", 10)]
    [InlineData("ts >= timestamptz '1970-01-01 05:33:00+00'", 20000 - 19980)]
    [InlineData("f64 > 19989.5", 10)]
    public void DuckDbFilters_OurSortedFileWithManyRowGroups_CountsMatchDespiteStatisticsPruning(string predicate, int expected)
    {
        // Values rise with the row number, so each row group covers its own range and DuckDB skips row
        // groups by our min/max statistics; a wrong bound would drop or keep the wrong rows.
        const int rows = 20000;
        var schema = new TableSchema(
            new Field("i32", ColumnType.Int32), new Field("i64", ColumnType.Int64), new Field("f64", ColumnType.Double),
            new Field("s", ColumnType.String), new Field("bin", ColumnType.Binary), new Field("d", ColumnType.Date), new Field("ts", ColumnType.Timestamp));
        var batch = new ColumnBatch(schema,
        [
            Enumerable.Range(0, rows).Select(i => (int?)(i - 10000)).ToArray(),
            Enumerable.Range(0, rows).Select(i => (long?)i * 1_000_000).ToArray(),
            Enumerable.Range(0, rows).Select(i => (double?)i).ToArray(),
            Enumerable.Range(0, rows).Select(i => $"v{i:D6}").ToArray(),
            Enumerable.Range(0, rows).Select(i => new[] { (byte)(i >> 24), (byte)(i >> 16), (byte)(i >> 8), (byte)i }).ToArray(),
            Enumerable.Range(0, rows).Select(i => (DateOnly?)DateOnly.FromDayNumber(UnixEpochDay + i)).ToArray(),
            Enumerable.Range(0, rows).Select(i => (DateTime?)DateTime.UnixEpoch.AddSeconds(i)).ToArray(),
        ], rows);
        string path = WriteFile(batch, new ParquetWriteOptions { RowGroupBytes = 20_000 });
        int groups;
        using (var stream = File.OpenRead(path)) groups = ParquetFile.ReadMetadata(stream).RowGroups.Count;
        Assert.True(groups >= 10, $"expected many row groups, got {groups}");
        var count = DuckDb.Query($"select count(*)::integer as n from read_parquet({DuckDb.Literal(path)}) where {predicate}").Single()["n"].GetInt32();
        Assert.Equal(expected, count);
    }

    /// <summary>DuckDB-written files: every compression, small row groups, and data page v2 with DELTA encodings.</summary>
    [Theory]
    [InlineData("snappy", "v1")]
    [InlineData("uncompressed", "v1")]
    [InlineData("gzip", "v1")]
    [InlineData("zstd", "v1")]
    [InlineData("snappy", "v2")]
    [InlineData("zstd", "v2")]
    public void Read_DuckDbFile_MatchesDuckDbValues(string compression, string parquetVersion)
    {
        string path = Path.Combine(_directory, $"duck_{compression}_{parquetVersion}.parquet");
        DuckDb.Query($"copy ({DuckDbSource(rows: 5000)}) to {DuckDb.Literal(path)} (format parquet, compression {compression}, row_group_size 1024, parquet_version {parquetVersion})");
        using var stream = File.OpenRead(path);
        var info = ParquetFile.ReadMetadata(stream);
        // DuckDB rounds row groups up to its 2048-row vectors, so 5000 rows make 3 groups.
        Assert.True(info.RowGroups.Count >= 3, $"expected several row groups, got {info.RowGroups.Count}");
        Assert.Equal(5000, info.RowCount);
        Assert.Equal(
            new[]
            {
                ("b", ColumnType.Boolean), ("i8", ColumnType.Int32), ("i16", ColumnType.Int32), ("u8", ColumnType.Int32), ("i32", ColumnType.Int32),
                ("i64", ColumnType.Int64), ("f32", ColumnType.Float), ("f64", ColumnType.Double), ("low_card", ColumnType.String),
                ("high_card", ColumnType.String), ("bin", ColumnType.Binary), ("d", ColumnType.Date), ("ts_tz", ColumnType.Timestamp),
                ("ts", ColumnType.Timestamp), ("ts_ms", ColumnType.Timestamp), ("ts_ns", ColumnType.Timestamp),
            },
            info.Schema.Fields.Select(f => (f.Name, f.Type)));
        var batch = ColumnBatch.Concat(info.Schema, ParquetFile.Read(stream).ToList());
        AssertDuckDbSees(batch, path);
    }

    [Theory]
    [InlineData("v1")]
    [InlineData("v2")]
    public void Read_DuckDbLowCardinalityAndSequenceColumns_MatchesDuckDbValues(string parquetVersion)
    {
        // Dictionary-encoded numbers (PLAIN_DICTIONARY in v1) and DELTA_BINARY_PACKED runs with zero bit
        // widths, where 30000 values fit in a few dozen bytes.
        string path = Path.Combine(_directory, $"compressible_{parquetVersion}.parquet");
        DuckDb.Query($"copy (select (i % 5)::int as a, (i % 5)::bigint as b, (i % 5)::double as c, i % 2 = 0 as bo, 7::bigint as k, i::bigint as seq from range(0, 30000) t(i)) to {DuckDb.Literal(path)} (format parquet, parquet_version {parquetVersion})");
        using var stream = File.OpenRead(path);
        var info = ParquetFile.ReadMetadata(stream);
        AssertDuckDbSees(ColumnBatch.Concat(info.Schema, ParquetFile.Read(stream).ToList()), path);
    }

    [Fact]
    public void Read_DuckDbV2File_ExercisesNonPlainEncodings()
    {
        // Guards the v2 theory case above: it only proves something if DuckDB really wrote the DELTA and
        // BYTE_STREAM_SPLIT encodings. (DuckDB keeps data page v1 headers even then; data page v2 is
        // covered by DuckDB reading our v2 pages.)
        string path = Path.Combine(_directory, "v2.parquet");
        DuckDb.Query($"copy ({DuckDbSource(rows: 3000)}) to {DuckDb.Literal(path)} (format parquet, parquet_version v2)");
        var file = File.ReadAllBytes(path);
        int footerLength = BitConverter.ToInt32(file, file.Length - 8);
        var footer = FileMetaData.Read(new CompactReader(file, file.Length - 8 - footerLength, footerLength, path));
        var chunks = footer.RowGroups[0].Columns.Select(c => c.MetaData!).ToList();
        var encodings = chunks.SelectMany(c => c.Encodings).ToHashSet();
        Assert.Contains(MetadataEncoding.DeltaBinaryPacked, encodings);
        Assert.Contains(MetadataEncoding.DeltaLengthByteArray, encodings);
        Assert.Contains(MetadataEncoding.ByteStreamSplit, encodings);
    }

    [Fact]
    public void Read_DuckDbFileProjected_ReadsOnlyNamedColumns()
    {
        string path = Path.Combine(_directory, "projected.parquet");
        DuckDb.Query($"copy ({DuckDbSource(rows: 300)}) to {DuckDb.Literal(path)} (format parquet)");
        using var stream = File.OpenRead(path);
        var batch = ColumnBatch.Concat(new TableSchema(new Field("ts_tz", ColumnType.Timestamp), new Field("low_card", ColumnType.String)), ParquetFile.Read(stream, ["ts_tz", "low_card"]).ToList());
        AssertDuckDbSees(batch, path);
    }

    [Theory]
    [InlineData("{'a': time '12:34:56'}", "odd.a")]
    [InlineData("time '12:34:56'", "TIME")]
    [InlineData("interval 3 day", "INTERVAL")]
    public void ReadMetadata_DuckDbUnsupportedColumn_ThrowsNamingColumnAndFeature(string expression, string feature)
    {
        string path = Path.Combine(_directory, "unsupported.parquet");
        DuckDb.Query($"copy (select 1 as ok, {expression} as odd) to {DuckDb.Literal(path)} (format parquet)");
        using var stream = File.OpenRead(path);
        var e = Assert.Throws<ParquetFormatException>(() => ParquetFile.ReadMetadata(stream));
        Assert.Contains(path, e.Message);
        Assert.Contains("odd", e.Message);
        Assert.Contains(feature, e.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void DuckDbReads_OurDecimalColumns_SeesIdenticalValuesAndTypes()
    {
        // decimal(5,2) is stored as INT32, decimal(18,6) as INT64, decimal(38,10) as FIXED_LEN_BYTE_ARRAY(16), as Spark does.
        var batch = DecimalBatch();
        string path = WriteFile(batch, new ParquetWriteOptions { PageBytes = 64 });
        AssertDuckDbSees(batch, path);
        var types = DuckDb.Query($"describe select * from read_parquet({DuckDb.Literal(path)})")
            .ToDictionary(r => r["column_name"].GetString()!, r => r["column_type"].GetString());
        Assert.Equal("DECIMAL(5,2)", types["small"]);
        Assert.Equal("DECIMAL(18,6)", types["medium"]);
        Assert.Equal("DECIMAL(38,10)", types["large"]);
        var stats = DuckDb.Query($"select path_in_schema, stats_min_value, stats_max_value from parquet_metadata({DuckDb.Literal(path)})")
            .ToDictionary(r => r["path_in_schema"].GetString()!);
        Assert.Equal(("-999.99", "999.99"), (stats["small"]["stats_min_value"].GetString(), stats["small"]["stats_max_value"].GetString()));
        Assert.Equal(decimal.MinValue / 1_000_000_000m, decimal.Parse(stats["large"]["stats_min_value"].GetString()!, CultureInfo.InvariantCulture));
        Assert.Equal(decimal.MaxValue / 1_000_000_000m, decimal.Parse(stats["large"]["stats_max_value"].GetString()!, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Read_DuckDbDecimalUnsignedAndUuidColumns_MatchesDuckDbValues()
    {
        string path = Path.Combine(_directory, "logical.parquet");
        DuckDb.Query($"""
            copy (select
              case when i % 5 = 0 then null else (((i * 7919) % 19999 - 9999) / 100)::decimal(4,2) end as d4,
              (((hash(i) % 1999999999999999999)::hugeint - 999999999999999999)::decimal(38,0) * 0.000001)::decimal(18,6) as d18,
              (case when i = 1 then '-7922816251426433759354395033.5' else ((hash(i) % 1000000000000)::decimal(38,10) / 7)::varchar end)::decimal(38,10) as d38,
              case when i = 2 then 4294967295 else hash(i) % 4294967296 end::uinteger as u32,
              case when i = 2 then 18446744073709551615 else hash(i) end::ubigint as u64,
              (i % 200)::usmallint as u16,
              case when i % 3 = 0 then null else uuid() end as id
            from range(0, 3000) t(i)) to {DuckDb.Literal(path)} (format parquet, row_group_size 1024)
            """);
        using var stream = File.OpenRead(path);
        var info = ParquetFile.ReadMetadata(stream);
        Assert.Equal(
            new[] { "decimal(4,2)", "decimal(18,6)", "decimal(38,10)", "long", "decimal(20,0)", "integer", "string" },
            info.Schema.Fields.Select(f => f.TypeName));
        var batch = ColumnBatch.Concat(info.Schema, ParquetFile.Read(stream).ToList());
        AssertDuckDbSees(batch, path);
        Assert.Equal(18446744073709551615m, batch.Column<decimal?>("u64")[2]);
        Assert.Equal(4294967295L, batch.Column<long?>("u32")[2]);
        // Unsigned statistics must be read unsigned: the max of u64 is 2^64 - 1, not -1.
        Assert.Equal(18446744073709551615m, info.RowGroups[0].Columns.Single(c => c.Column == "u64").Max);
    }

    [Fact]
    public void Read_Int96Timestamps_MatchesDuckDbAndSparkConvention()
    {
        // Spark's legacy INT96: 8 bytes little-endian nanoseconds of the day, then the Julian day (2440588 = 1970-01-01).
        var instants = new DateTime?[]
        {
            new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc), null,
            new DateTime(2024, 2, 29, 23, 59, 59, DateTimeKind.Utc).AddTicks(1234567),
            new DateTime(1601, 7, 4, 12, 0, 0, DateTimeKind.Utc), new DateTime(9999, 12, 31, 23, 59, 59, DateTimeKind.Utc),
        };
        string path = Path.Combine(_directory, "int96.parquet");
        ParquetTestData.WriteInt96File(path, instants);
        using (var stream = File.OpenRead(path))
        {
            var info = ParquetFile.ReadMetadata(stream);
            Assert.Equal(ColumnType.Timestamp, info.Schema[0].Type);
            var read = ParquetFile.Read(stream).Single().Column<DateTime?>(0);
            Assert.Equal(instants, read);
        }
        var duck = DuckDb.Query($"select cast(epoch_us(ts) as varchar) as us from read_parquet({DuckDb.Literal(path)}, file_row_number = true) order by file_row_number");
        Assert.Equal(instants.Select(t => t is { } v ? MicrosSinceEpoch(v).ToString(CultureInfo.InvariantCulture) : null), duck.Select(r => r["us"].ValueKind == JsonValueKind.Null ? null : r["us"].GetString()));
    }

    private static ColumnBatch DecimalBatch()
    {
        var schema = new TableSchema(Field.Decimal("small", 5, 2), Field.Decimal("medium", 18, 6, nullable: false), Field.Decimal("large", 38, 10));
        decimal?[] small = [0m, -999.99m, 999.99m, null, 1.5m, -0.01m, 123.4m];
        decimal?[] medium = [0m, 999999999999.999999m, -999999999999.999999m, 1m, -0.000001m, 42.5m, 7m];
        decimal?[] large = [decimal.MaxValue / 1_000_000_000m, decimal.MinValue / 1_000_000_000m, null, 0.0000000001m, -1m, 12345678901234567.8901234567m, 3m];
        return new ColumnBatch(schema, [small, medium, large], small.Length);
    }

    private string WriteFile(ColumnBatch batch, ParquetWriteOptions options)
    {
        string path = Path.Combine(_directory, $"ours_{options.Compression}_{options.Dictionary}_v{options.DataPageVersion}_{batch.Schema[0].Nullable}.parquet");
        using (var stream = File.Create(path)) ParquetFile.Write(stream, batch.Schema, [batch], options);
        return path;
    }

    /// <summary>Rows with nulls, NaN/infinities, empty strings, integer extremes and several timestamp units.</summary>
    private static string DuckDbSource(int rows) => $"""
        select
          case when i % 7 = 0 then null else i % 3 = 0 end as b,
          case when i % 5 = 0 then null else (i % 256 - 128)::tinyint end as i8,
          (i % 65536 - 32768)::smallint as i16,
          (i % 256)::utinyint as u8,
          case when i = 1 then 2147483647 when i = 2 then -2147483648 when i % 9 = 0 then null else (hash(i) % 4294967296)::bigint - 2147483648 end::integer as i32,
          case when i = 1 then 9223372036854775807 when i = 2 then -9223372036854775808 else (hash(i) >> 1)::bigint * (case when i % 2 = 0 then 1 else -1 end) end as i64,
          case when i = 3 then 'nan'::float when i = 4 then '-inf'::float when i % 13 = 0 then null else ((hash(i) % 2000000)::float - 1000000) / 7 end as f32,
          case when i = 3 then 'nan'::double when i = 4 then 'inf'::double when i % 13 = 0 then null else (hash(i) % 100000000)::double / 13 - 5e6 end as f64,
          case when i % 4 = 0 then null when i % 17 = 0 then '' else 'modality_' || (i % 5)::varchar end as low_card,
          case when i % 6 = 0 then null else md5(i::varchar) || 'é' end as high_card,
          case when i % 8 = 0 then null when i % 10 = 0 then ''::blob else unhex(md5(i::varchar)) end as bin,
          case when i % 11 = 0 then null else date '1970-01-01' + ((hash(i) % 1400000)::integer - 700000) end as d,
          case when i % 12 = 0 then null else make_timestamp((hash(i) % 4000000000000000)::bigint - 1000000000000000)::timestamptz end as ts_tz,
          make_timestamp((hash(i + 1) % 4000000000000000)::bigint - 1000000000000000) as ts,
          make_timestamp((hash(i + 2) % 4000000000000000)::bigint - 1000000000000000)::timestamp_ms as ts_ms,
          make_timestamp((hash(i + 3) % 4000000000000000)::bigint)::timestamp_ns as ts_ns
        from range(0, {rows}) t(i)
        """;

    /// <summary>Queries the file in DuckDB row by row and compares each value with the batch's.</summary>
    private static void AssertDuckDbSees(ColumnBatch batch, string path)
    {
        var columns = string.Join(", ", batch.Schema.Fields.Select(f => CanonicalSql(f) + $" as \"{f.Name}\""));
        var rows = DuckDb.Query($"select {columns} from read_parquet({DuckDb.Literal(path)}, file_row_number = true) order by file_row_number");
        Assert.Equal(batch.RowCount, rows.Count);
        for (int r = 0; r < batch.RowCount; r++)
        {
            for (int c = 0; c < batch.Schema.Count; c++)
            {
                var field = batch.Schema[c];
                string ours = Canonical(batch.GetValue(c, r), field.Type);
                string theirs = Canonical(rows[r][field.Name], field.Type);
                if (ours != theirs)
                    Assert.Fail($"{Path.GetFileName(path)}: column '{field.Name}' row {r}: MedSpark has {ours}, DuckDB has {theirs}.");
            }
        }
    }

    private static string CanonicalSql(Field field)
    {
        string c = $"\"{field.Name}\"";
        return field.Type switch
        {
            ColumnType.Int64 or ColumnType.Decimal or ColumnType.String => $"cast({c} as varchar)",
            ColumnType.Binary => $"hex({c})",
            ColumnType.Date => $"cast({c} - date '1970-01-01' as varchar)",
            ColumnType.Timestamp => $"cast(epoch_us({c}) as varchar)",
            _ => c,
        };
    }

    private static string Canonical(object? value, ColumnType type) => value switch
    {
        null => "NULL",
        bool b => b ? "true" : "false",
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        float f => CanonicalDouble(f),
        double d => CanonicalDouble(d),
        decimal m => CanonicalDecimal(m),
        string s => "\"" + s + "\"",
        byte[] bytes => Convert.ToHexString(bytes),
        DateOnly d => (d.DayNumber - UnixEpochDay).ToString(CultureInfo.InvariantCulture),
        DateTime t => MicrosSinceEpoch(t).ToString(CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"Unexpected {value.GetType().Name} in a {type} column."),
    };

    private static string Canonical(JsonElement value, ColumnType type) => value.ValueKind switch
    {
        JsonValueKind.Null => "NULL",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Number when type is ColumnType.Float or ColumnType.Double => CanonicalDouble(value.GetDouble()),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.String when type is ColumnType.Float or ColumnType.Double => CanonicalDouble(double.Parse(value.GetString()!, CultureInfo.InvariantCulture)),
        JsonValueKind.String when type is ColumnType.String => "\"" + value.GetString() + "\"",
        JsonValueKind.String when type is ColumnType.Decimal => CanonicalDecimal(decimal.Parse(value.GetString()!, CultureInfo.InvariantCulture)),
        JsonValueKind.String => value.GetString()!,
        _ => throw new ArgumentException($"Unexpected JSON {value.ValueKind} in a {type} column."),
    };

    // JSON cannot carry -0, so signed zeros compare equal here; the round-trip tests check them bit for bit.
    private static string CanonicalDouble(double d) => double.IsNaN(d) ? "NaN" : d == 0 ? "0" : d.ToString("R", CultureInfo.InvariantCulture);

    // DuckDB prints every digit of the scale (1.50); a CLR decimal keeps the scale it was built with (1.5).
    private static string CanonicalDecimal(decimal m)
    {
        string text = m.ToString(CultureInfo.InvariantCulture);
        return text.Contains('.') ? text.TrimEnd('0').TrimEnd('.') : text;
    }

    private static long MicrosSinceEpoch(DateTime t)
    {
        long ticks = t.Ticks - DateTime.UnixEpoch.Ticks;
        return ticks >= 0 ? ticks / 10 : -((-ticks + 9) / 10);
    }
}
