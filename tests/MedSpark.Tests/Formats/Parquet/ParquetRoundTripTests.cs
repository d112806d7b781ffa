using MedSpark.Shared.Formats.Parquet;
using MedSpark.Shared.Formats.Parquet.Metadata;
using MedSpark.Shared.Formats.Parquet.Thrift;
using MedSpark.Shared.Schemas;
using Xunit;

namespace MedSpark.Tests.Formats.Parquet;

public class ParquetRoundTripTests
{
    public static TheoryData<ParquetCompression, bool> Settings()
    {
        var data = new TheoryData<ParquetCompression, bool>();
        foreach (var c in Enum.GetValues<ParquetCompression>())
        {
            data.Add(c, true);
            data.Add(c, false);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Settings))]
    public void WriteRead_AllTypesWithNullsAndEdges_RoundTrips(ParquetCompression compression, bool dictionary)
    {
        var batch = ParquetTestData.Edges(randomRows: 2000);
        var file = ParquetTestData.Write(batch.Schema, [batch], new ParquetWriteOptions { Compression = compression, Dictionary = dictionary });
        ParquetTestData.AssertEqual(batch, ParquetTestData.ReadAll(file), $"{compression}, dictionary={dictionary}:");
    }

    [Theory]
    [InlineData(ParquetCompression.Uncompressed)]
    [InlineData(ParquetCompression.Snappy)]
    [InlineData(ParquetCompression.Zstd)]
    public void WriteRead_DataPageV2_RoundTrips(ParquetCompression compression)
    {
        var batch = ParquetTestData.Edges(randomRows: 2000);
        var file = ParquetTestData.Write(batch.Schema, [batch], new ParquetWriteOptions { Compression = compression, DataPageVersion = 2, PageBytes = 4_000 });
        ParquetTestData.AssertEqual(batch, ParquetTestData.ReadAll(file), $"{compression} v2:");
    }

    [Fact]
    public void WriteRead_RequiredColumns_RoundTripsWithoutLevels()
    {
        var batch = ParquetTestData.EdgesRequired(randomRows: 500);
        var file = ParquetTestData.Write(batch.Schema, [batch]);
        var read = ParquetTestData.ReadAll(file);
        ParquetTestData.AssertEqual(batch, read);
        Assert.All(read.Schema.Fields, f => Assert.False(f.Nullable));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void WriteRead_DecimalsOnInt32Int64AndFixed_RoundTripWithSignedStatistics(int pageVersion)
    {
        var schema = new TableSchema(Field.Decimal("d9", 9, 3), Field.Decimal("d18", 18, 0, nullable: false), Field.Decimal("d28", 28, 28), Field.Decimal("d38", 38, 2));
        var batch = new ColumnBatch(schema,
        [
            new decimal?[] { -999999.999m, null, 0.5m, 999999.999m },
            new decimal?[] { 1m, -999999999999999999m, 999999999999999999m, 0m },
            new decimal?[] { 0.1234567890123456789012345678m, -0.9999999999999999999999999999m, null, 0m },
            new decimal?[] { decimal.MinValue, decimal.MaxValue, -0.01m, null },
        ], 4);
        var read = ParquetTestData.ReadAll(ParquetTestData.Write(schema, [batch], new ParquetWriteOptions { DataPageVersion = pageVersion }));
        Assert.Equal(schema, read.Schema);
        for (int c = 0; c < schema.Count; c++) Assert.Equal(batch.Columns[c].Cast<decimal?>(), read.Columns[c].Cast<decimal?>());
        var stats = ParquetFile.ReadMetadata(new MemoryStream(ParquetTestData.Write(schema, [batch]))).RowGroups[0].Columns;
        Assert.Equal((-999999.999m, 999999.999m), ((decimal)stats[0].Min!, (decimal)stats[0].Max!));
        Assert.Equal((-999999999999999999m, 999999999999999999m), ((decimal)stats[1].Min!, (decimal)stats[1].Max!));
        Assert.Equal((decimal.MinValue, decimal.MaxValue), ((decimal)stats[3].Min!, (decimal)stats[3].Max!));
    }

    [Theory]
    [InlineData("1.234", "more than 2 digits after the point")]
    [InlineData("1000", "does not fit decimal(5,2)")]
    public void Write_DecimalThatDoesNotFit_ThrowsNamingColumnRowAndValue(string value, string problem)
    {
        var schema = new TableSchema(Field.Decimal("price", 5, 2));
        var batch = new ColumnBatch(schema, [new decimal?[] { 1m, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture) }], 2);
        var e = Assert.Throws<ArgumentException>(() => ParquetTestData.Write(schema, [batch]));
        Assert.Contains("'price'", e.Message);
        Assert.Contains("row 1", e.Message);
        Assert.Contains(problem, e.Message);
    }

    [Fact]
    public void Read_DictionaryAndPlainStrings_DecodeIdentically()
    {
        // Parity of the reader's dictionary fast path (strings decoded once per entry) with the per-value path,
        // over repeats, nulls, empty and non-ASCII strings, many pages.
        var values = Enumerable.Range(0, 5000).Select(i => i % 7 == 0 ? null : i % 11 == 0 ? "" : "v" + (i % 37) + (i % 5 == 0 ? "é😀" : "")).ToArray();
        var schema = new TableSchema(new Field("s", ColumnType.String));
        var batch = new ColumnBatch(schema, [values], values.Length);
        var dictionary = ParquetTestData.ReadAll(ParquetTestData.Write(schema, [batch], new ParquetWriteOptions { Dictionary = true, PageBytes = 500 }));
        var plain = ParquetTestData.ReadAll(ParquetTestData.Write(schema, [batch], new ParquetWriteOptions { Dictionary = false, PageBytes = 500 }));
        Assert.Equal(values, plain.Column<string>(0));
        Assert.Equal(values, dictionary.Column<string>(0));
    }

    [Theory]
    [InlineData(37)]
    [InlineData(4000)]
    public void Write_StringDictionaryFastPath_SameChunkBytesAsByteArrays(int distinct)
    {
        // Parity of the writer's string fast path (dictionary built while packing strings) with the generic
        // byte-array path (dictionary built by hashing packed bytes): same pages, byte for byte.
        var strings = Enumerable.Range(0, 6000).Select(i => i % 9 == 0 ? null : "k" + (i * 7 % distinct) + (i % 3 == 0 ? "é" : "")).ToArray();
        var bytes = strings.Select(s => s is null ? null : System.Text.Encoding.UTF8.GetBytes(s)).ToArray();
        var options = new ParquetWriteOptions { PageBytes = 2_000 };
        byte[] Chunk(Field field, Array values)
        {
            var descriptor = MedSpark.Shared.Formats.Parquet.Columns.ColumnDescriptor.ForWrite(field);
            var column = MedSpark.Shared.Formats.Parquet.Columns.PhysicalColumn.FromArray(values, descriptor, 0, values.Length);
            using var output = new MemoryStream();
            MedSpark.Shared.Formats.Parquet.Columns.ColumnChunkWriter.Write(output, 4, column, descriptor, CompressionCodec.Uncompressed, options);
            return output.ToArray();
        }
        var fast = Chunk(new Field("c", ColumnType.String), strings);
        var generic = Chunk(new Field("c", ColumnType.Binary), bytes);
        Assert.Equal(generic, fast);
    }

    [Fact]
    public void Write_NullInRequiredColumn_ThrowsNamingColumnAndRow()
    {
        var schema = new TableSchema(new Field("id", ColumnType.Int64, Nullable: false));
        var batch = new ColumnBatch(schema, [new long?[] { 1, null }], 2);
        var e = Assert.Throws<ArgumentException>(() => ParquetTestData.Write(schema, [batch]));
        Assert.Contains("'id'", e.Message);
        Assert.Contains("row 1", e.Message);
    }

    [Fact]
    public void WriteRead_EmptyBatch_HasSchemaAndNoRows()
    {
        var file = ParquetTestData.Write(ParquetTestData.AllTypes, [ColumnBatch.Empty(ParquetTestData.AllTypes)]);
        using var stream = new MemoryStream(file);
        var info = ParquetFile.ReadMetadata(stream);
        Assert.Equal(ParquetTestData.AllTypes, info.Schema);
        Assert.Equal(0, info.RowCount);
        Assert.Empty(info.RowGroups);
        Assert.Empty(ParquetFile.Read(stream));
    }

    [Fact]
    public void WriteRead_SmallRowGroupsAndPages_SplitsAndRoundTrips()
    {
        var batch = ParquetTestData.Edges(randomRows: 3000);
        var options = new ParquetWriteOptions { RowGroupBytes = 40_000, PageBytes = 2_000 };
        var file = ParquetTestData.Write(batch.Schema, [batch, batch.Slice(0, 10)], options);
        using var stream = new MemoryStream(file);
        var info = ParquetFile.ReadMetadata(stream);
        Assert.True(info.RowGroups.Count > 3, $"expected several row groups, got {info.RowGroups.Count}");
        Assert.Equal(batch.RowCount + 10, info.RowCount);
        Assert.Equal(info.RowCount, info.RowGroups.Sum(g => g.RowCount));
        var expected = ColumnBatch.Concat(batch.Schema, [batch, batch.Slice(0, 10)]);
        ParquetTestData.AssertEqual(expected, ParquetTestData.ReadAll(file));
    }

    [Fact]
    public void Read_ProjectedColumns_ReturnsOnlyThoseInRequestedOrder()
    {
        var batch = ParquetTestData.Edges(randomRows: 100);
        var file = ParquetTestData.Write(batch.Schema, [batch]);
        var read = ParquetTestData.ReadAll(file, ["ts", "s"]);
        Assert.Equal(["ts", "s"], read.Schema.Fields.Select(f => f.Name));
        Assert.Equal(batch.Column<DateTime?>("ts"), read.Column<DateTime?>("ts"));
        Assert.Equal(batch.Column<string>("s"), read.Column<string>("s"));
    }

    [Fact]
    public void Read_UnknownProjectedColumn_ThrowsNamingIt()
    {
        var batch = ParquetTestData.Edges();
        using var stream = new MemoryStream(ParquetTestData.Write(batch.Schema, [batch]));
        var e = Assert.Throws<ArgumentException>(() => ParquetFile.Read(stream, ["nope"]));
        Assert.Contains("'nope'", e.Message);
    }

    [Fact]
    public void Write_Statistics_AreTypedSkipNaNAndOrderStringsByUnsignedBytes()
    {
        var batch = ParquetTestData.Edges();
        var info = ParquetFile.Write(new MemoryStream(), batch.Schema, [batch]);
        Assert.Equal("MedSpark", info.CreatedBy);
        var stats = info.RowGroups.Single().Columns.ToDictionary(c => c.Column);
        Assert.All(stats.Values, s => Assert.Equal(1, s.NullCount));
        Assert.Equal((false, true), ((bool)stats["b"].Min!, (bool)stats["b"].Max!));
        Assert.Equal((int.MinValue, int.MaxValue), ((int)stats["i32"].Min!, (int)stats["i32"].Max!));
        Assert.Equal((long.MinValue, long.MaxValue), ((long)stats["i64"].Min!, (long)stats["i64"].Max!));
        Assert.Equal((float.NegativeInfinity, float.MaxValue), ((float)stats["f32"].Min!, (float)stats["f32"].Max!));
        Assert.Equal((double.MinValue, double.PositiveInfinity), ((double)stats["f64"].Min!, (double)stats["f64"].Max!));
        // "" < "A" < "a" < "z..." < "é" (0xC3 0xA9): UTF-8 bytes compared unsigned.
        Assert.Equal(("", "\u00e9"), ((string)stats["s"].Min!, (string)stats["s"].Max!));
        Assert.Equal(Array.Empty<byte>(), (byte[])stats["bin"].Min!);
        Assert.Equal(new byte[] { 0x80 }, (byte[])stats["bin"].Max!);
        Assert.Equal((DateOnly.MinValue, DateOnly.MaxValue), ((DateOnly)stats["d"].Min!, (DateOnly)stats["d"].Max!));
        Assert.Equal(new DateTime(1, 1, 1, 0, 0, 0, DateTimeKind.Utc), (DateTime)stats["ts"].Min!);
        Assert.Equal(new DateTime(9999, 12, 31, 23, 59, 59, 999, 999, DateTimeKind.Utc), (DateTime)stats["ts"].Max!);

        using var stream = new MemoryStream();
        ParquetFile.Write(stream, batch.Schema, [batch]);
        stream.Position = 0;
        var reread = ParquetFile.ReadMetadata(stream).RowGroups.Single().Columns;
        for (int c = 0; c < reread.Count; c++)
        {
            Assert.True(ParquetTestData.SameValue(info.RowGroups[0].Columns[c].Min, reread[c].Min), $"min of {reread[c].Column}");
            Assert.True(ParquetTestData.SameValue(info.RowGroups[0].Columns[c].Max, reread[c].Max), $"max of {reread[c].Column}");
        }
    }

    [Fact]
    public void Write_AllNaNFloatColumn_HasNoMinMax()
    {
        var schema = new TableSchema(new Field("x", ColumnType.Double));
        var info = ParquetFile.Write(new MemoryStream(), schema, [new ColumnBatch(schema, [new double?[] { double.NaN, null }], 2)]);
        var stats = info.RowGroups.Single().Columns.Single();
        Assert.Null(stats.Min);
        Assert.Null(stats.Max);
        Assert.Equal(1, stats.NullCount);
    }

    [Fact]
    public void Write_TinyOptionalInt32Column_HasHandComputedPageBytes()
    {
        // Values 7, NULL, 9: definition levels 1,0,1 are one bit-packed group: header (1<<1)|1 = 0x03,
        // bits LSB-first 0b00000101; data page v1 prefixes them with their 4-byte length (2), then the
        // two present values PLAIN as little-endian int32.
        var schema = new TableSchema(new Field("x", ColumnType.Int32));
        var file = ParquetTestData.Write(schema, [new ColumnBatch(schema, [new int?[] { 7, null, 9 }], 3)], new ParquetWriteOptions { Compression = ParquetCompression.Uncompressed });
        var footerLength = BitConverter.ToInt32(file, file.Length - 8);
        var footer = FileMetaData.Read(new CompactReader(file, file.Length - 8 - footerLength, footerLength, "test"));
        var meta = footer.RowGroups.Single().Columns.Single().MetaData!;
        Assert.Equal(4, meta.DataPageOffset);
        Assert.Null(meta.DictionaryPageOffset);

        var reader = new CompactReader(file, (int)meta.DataPageOffset, file.Length, "test");
        var header = PageHeader.Read(reader);
        Assert.Equal(PageType.DataPage, header.Type);
        Assert.Equal(3, header.NumValues);
        Assert.Equal(MedSpark.Shared.Formats.Parquet.Metadata.Encoding.Plain, header.Encoding);
        var body = file.AsSpan(reader.Position, header.CompressedPageSize).ToArray();
        Assert.Equal(new byte[] { 2, 0, 0, 0, 0x03, 0b101, 7, 0, 0, 0, 9, 0, 0, 0 }, body);
        Assert.Equal(meta.TotalCompressedSize, reader.Position + header.CompressedPageSize - meta.DataPageOffset);
    }

    [Fact]
    public void Write_RepetitiveStrings_UsesDictionaryAndUniqueStringsDoNot()
    {
        var schema = new TableSchema(new Field("s", ColumnType.String));
        var repetitive = Enumerable.Range(0, 1000).Select(i => (string?)("modality_" + i % 4)).ToArray();
        var unique = Enumerable.Range(0, 1000).Select(i => (string?)Guid.NewGuid().ToString()).ToArray();
        Assert.Contains(MedSpark.Shared.Formats.Parquet.Metadata.Encoding.RleDictionary, ChunkEncodings(schema, repetitive));
        Assert.DoesNotContain(MedSpark.Shared.Formats.Parquet.Metadata.Encoding.RleDictionary, ChunkEncodings(schema, unique));
    }

    [Fact]
    public void Write_DictionaryOverOneMegabyte_FallsBackToPlain()
    {
        var schema = new TableSchema(new Field("s", ColumnType.String));
        // 3000 distinct 500-byte strings, each repeated 3 times: a dictionary would pay off but exceeds 1 MB.
        var values = Enumerable.Range(0, 9000).Select(i => (string?)((i % 3000).ToString("D6") + new string('x', 494))).ToArray();
        var encodings = ChunkEncodings(schema, values);
        Assert.DoesNotContain(MedSpark.Shared.Formats.Parquet.Metadata.Encoding.RleDictionary, encodings);
        var file = ParquetTestData.Write(schema, [new ColumnBatch(schema, [values], values.Length)]);
        Assert.Equal(values, ParquetTestData.ReadAll(file).Column<string>(0));
    }

    [Fact]
    public void Write_LocalAndUnspecifiedDateTimes_AreStoredAsUtcInstants()
    {
        var schema = new TableSchema(new Field("ts", ColumnType.Timestamp));
        var utc = new DateTime(2021, 6, 1, 8, 0, 0, DateTimeKind.Utc);
        var values = new DateTime?[] { utc.ToLocalTime(), DateTime.SpecifyKind(utc, DateTimeKind.Unspecified) };
        var read = ParquetTestData.ReadAll(ParquetTestData.Write(schema, [new ColumnBatch(schema, [values], 2)])).Column<DateTime?>(0);
        Assert.All(read, t => Assert.Equal((utc.Ticks, DateTimeKind.Utc), (t!.Value.Ticks, t.Value.Kind)));
    }

    [Fact]
    public void Write_ForwardOnlyStream_ProducesReadableFile()
    {
        // Lake stores hand the writer upload streams that cannot seek or report a position.
        var batch = ParquetTestData.Edges(randomRows: 100);
        using var buffer = new MemoryStream();
        ParquetFile.Write(new ForwardOnlyStream(buffer), batch.Schema, [batch, batch]);
        ParquetTestData.AssertEqual(ColumnBatch.Concat(batch.Schema, [batch, batch]), ParquetTestData.ReadAll(buffer.ToArray()));
    }

    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }

    private static List<MedSpark.Shared.Formats.Parquet.Metadata.Encoding> ChunkEncodings(TableSchema schema, string?[] values)
    {
        var file = ParquetTestData.Write(schema, [new ColumnBatch(schema, [values], values.Length)]);
        var footerLength = BitConverter.ToInt32(file, file.Length - 8);
        var footer = FileMetaData.Read(new CompactReader(file, file.Length - 8 - footerLength, footerLength, "test"));
        Assert.Equal(values, ParquetTestData.ReadAll(file).Column<string>(0));
        return footer.RowGroups.Single().Columns.Single().MetaData!.Encodings;
    }
}
