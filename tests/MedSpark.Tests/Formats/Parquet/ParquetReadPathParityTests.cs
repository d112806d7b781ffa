using MedSpark.Shared.Formats.Parquet;
using MedSpark.Shared.Schemas;
using Xunit;

namespace MedSpark.Tests.Formats.Parquet;

/// <summary>
/// Parity of the reader's fast paths with its plain ones: parallel decoding of a row group's columns against
/// decoding them one after the other, over seeded random schemas (every type, nullable and required columns,
/// nulls, edge values), codecs, dictionary on/off, page versions and several row groups and pages.
/// </summary>
public class ParquetReadPathParityTests
{
    public static TheoryData<int> Seeds() => new() { 1, 2, 3, 4, 5, 6, 7, 8 };

    /// <summary>A random subset of the nullable and required edge columns, in random order, and random write options.</summary>
    internal static (ColumnBatch Batch, ParquetWriteOptions Options) RandomTable(int seed)
    {
        var random = new Random(seed);
        int rows = random.Next(0, 4000);
        var nullable = ParquetTestData.Edges(randomRows: rows, seed: seed);
        var columns = new List<(Field Field, Array Values)>();
        for (int c = 0; c < nullable.Schema.Count; c++)
        {
            if (random.Next(3) > 0) columns.Add((nullable.Schema[c], nullable.Columns[c]));
            if (random.Next(3) == 0)
            {
                // A required copy of the column with its nulls replaced by the first non-null value.
                var source = nullable.Columns[c];
                var filled = Array.CreateInstance(source.GetType().GetElementType()!, source.Length);
                object? fill = Enumerable.Range(0, source.Length).Select(r => source.GetValue(r)).First(v => v is not null);
                for (int r = 0; r < source.Length; r++) filled.SetValue(source.GetValue(r) ?? fill, r);
                columns.Add((ParquetTestData.AllTypesRequired[c], filled));
            }
        }
        if (columns.Count == 0) columns.Add((nullable.Schema[0], nullable.Columns[0]));
        var order = columns.OrderBy(_ => random.Next()).ToList();
        var schema = new TableSchema(order.Select(o => o.Field));
        var batch = new ColumnBatch(schema, order.Select(o => o.Values).ToArray(), nullable.RowCount);
        var compressions = Enum.GetValues<ParquetCompression>();
        var options = new ParquetWriteOptions
        {
            Compression = compressions[random.Next(compressions.Length)],
            Dictionary = random.Next(2) == 0,
            DataPageVersion = random.Next(1, 3),
            PageBytes = random.Next(2) == 0 ? 1 << 20 : random.Next(200, 5000),
            RowGroupBytes = random.Next(2) == 0 ? 128L << 20 : random.Next(5_000, 60_000),
        };
        return (batch, options);
    }

    internal static List<ColumnBatch> ReadBatches(byte[] file, int parallelism, IReadOnlyList<string>? columns = null, bool fastPaths = true)
    {
        using var stream = new MemoryStream(file);
        return new ParquetReader(stream) { Parallelism = parallelism, FastPaths = fastPaths }.Read(columns).ToList();
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Read_FastPaths_SameBatchesAsGenericPath(int seed)
    {
        var (batch, options) = RandomTable(seed + 100);
        var file = ParquetTestData.Write(batch.Schema, [batch], options);
        var generic = ReadBatches(file, parallelism: 1, fastPaths: false);
        var fast = ReadBatches(file, parallelism: 1);
        Assert.Equal(generic.Count, fast.Count);
        for (int g = 0; g < generic.Count; g++)
        {
            ParquetTestData.AssertEqual(generic[g], fast[g], $"seed {seed + 100}, {options}, row group {g}:");
            for (int c = 0; c < generic[g].Schema.Count; c++) Assert.Equal(generic[g].Columns[c].GetType(), fast[g].Columns[c].GetType());
        }
        ParquetTestData.AssertEqual(batch, ColumnBatch.Concat(batch.Schema, fast), $"seed {seed + 100}, {options}:");
    }

    [Theory]
    [InlineData(ParquetCompression.Snappy, 1, true)]
    [InlineData(ParquetCompression.Snappy, 2, false)]
    [InlineData(ParquetCompression.Uncompressed, 1, false)]
    [InlineData(ParquetCompression.Uncompressed, 2, true)]
    [InlineData(ParquetCompression.Zstd, 1, true)]
    [InlineData(ParquetCompression.Zstd, 2, false)]
    [InlineData(ParquetCompression.Lz4Raw, 1, true)]
    [InlineData(ParquetCompression.Lz4Raw, 2, false)]
    public void FlatChunkDecoder_TakesEveryEligibleColumnAndMatchesGenericDecoder(ParquetCompression compression, int pageVersion, bool dictionary)
    {
        // Chunk by chunk: the fast decoder must not fall back on valid files of the types it covers, and must
        // produce exactly the generic decoder's arrays.
        var nullable = ParquetTestData.Edges(randomRows: 3000, seed: 11);
        var required = ParquetTestData.EdgesRequired(randomRows: 3000, seed: 11);
        foreach (var part in new[] { nullable, required })
        {
            var file = ParquetTestData.Write(part.Schema, [part], new ParquetWriteOptions { Compression = compression, DataPageVersion = pageVersion, Dictionary = dictionary, PageBytes = 3000 });
            using var stream = new MemoryStream(file);
            var reader = new ParquetReader(stream);
            var group = reader.Metadata.RowGroups[0];
            for (int c = 0; c < reader.Columns.Count; c++)
            {
                var descriptor = reader.Columns[c];
                var meta = group.Columns[c].MetaData!;
                long start = meta.DictionaryPageOffset is > 0 and var d && d < meta.DataPageOffset ? d : meta.DataPageOffset;
                var chunk = file.AsSpan((int)start, (int)meta.TotalCompressedSize).ToArray();
                var fast = MedSpark.Shared.Formats.Parquet.Columns.FlatChunkDecoder.TryRead(chunk, chunk.Length, meta, descriptor, (int)group.NumRows, "test");
                bool eligible = descriptor.Field.Type is not (ColumnType.Boolean or ColumnType.Binary or ColumnType.Decimal);
                Assert.True(!eligible || fast is not null, $"column '{descriptor.Field.Name}' fell back to the generic path");
                if (fast is null) continue;
                var generic = MedSpark.Shared.Formats.Parquet.Columns.ColumnChunkReader.Read(chunk, chunk.Length, meta, descriptor, (int)group.NumRows, "test").ToArray(descriptor, "test");
                Assert.Equal(generic.GetType(), fast.GetType());
                Assert.Equal(generic.Length, fast.Length);
                for (int r = 0; r < generic.Length; r++)
                    Assert.True(ParquetTestData.SameValue(generic.GetValue(r), fast.GetValue(r)), $"column '{descriptor.Field.Name}' row {r}: {ParquetTestData.Show(generic.GetValue(r))} vs {ParquetTestData.Show(fast.GetValue(r))}");
            }
        }
    }

    [Fact]
    public void Read_OutOfRangeDateAndTimestamp_FastPathFallsBackToTheGenericError()
    {
        // A date beyond 9999-12-31 written as a raw INT32: the fast path must give the same error as the generic one.
        var schema = new TableSchema(new Field("d", ColumnType.Date));
        var batch = new ColumnBatch(schema, [new DateOnly?[] { new DateOnly(2020, 1, 1), DateOnly.MaxValue }], 2);
        var file = ParquetTestData.Write(schema, [batch], new ParquetWriteOptions { Compression = ParquetCompression.Uncompressed, Dictionary = false });
        // DateOnly.MaxValue is day 2932896 since 1970; bump the stored INT32 by one to go past it.
        var max = BitConverter.GetBytes(DateOnly.MaxValue.DayNumber - DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber);
        int at = file.AsSpan().IndexOf(max);
        Assert.True(at > 0);
        BitConverter.GetBytes(BitConverter.ToInt32(max) + 1).CopyTo(file, at);
        var generic = Assert.Throws<ParquetFormatException>(() => ReadBatches(file, 1, fastPaths: false));
        var fast = Assert.Throws<ParquetFormatException>(() => ReadBatches(file, 1));
        Assert.Equal(generic.Message, fast.Message);
        Assert.Contains("outside 0001-01-01..9999-12-31", fast.Message);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Read_ParallelDecoding_SameBatchesAsSequential(int seed)
    {
        var (batch, options) = RandomTable(seed);
        var file = ParquetTestData.Write(batch.Schema, [batch], options);
        var sequential = ReadBatches(file, parallelism: 1);
        var parallel = ReadBatches(file, parallelism: 4);
        Assert.Equal(sequential.Count, parallel.Count);
        for (int g = 0; g < sequential.Count; g++) ParquetTestData.AssertEqual(sequential[g], parallel[g], $"seed {seed}, row group {g}:");
        ParquetTestData.AssertEqual(batch, ColumnBatch.Concat(batch.Schema, parallel), $"seed {seed}, {options}:");
    }

    [Fact]
    public void Read_ParallelDecodingOfCorruptFile_ThrowsTheSequentialError()
    {
        // Damage the data pages of two columns: both paths name the first damaged column, with the same message.
        var batch = ParquetTestData.Edges(randomRows: 3000);
        var file = ParquetTestData.Write(batch.Schema, [batch], new ParquetWriteOptions { Compression = ParquetCompression.Uncompressed, Dictionary = false });
        using (var stream = new MemoryStream(file))
        {
            var info = new ParquetReader(stream).Metadata.RowGroups[0];
            foreach (int c in new[] { 2, 6 })
            {
                var meta = info.Columns[c].MetaData!;
                // Overwrite the first page header with garbage.
                for (long i = meta.DataPageOffset; i < meta.DataPageOffset + 8; i++) file[i] = 0xFF;
            }
        }
        var sequential = Assert.ThrowsAny<Exception>(() => ReadBatches(file, 1));
        var parallel = Assert.ThrowsAny<Exception>(() => ReadBatches(file, 4));
        Assert.IsType<ParquetFormatException>(sequential);
        Assert.Equal(sequential.GetType(), parallel.GetType());
        Assert.Equal(sequential.Message, parallel.Message);
        Assert.Contains("'i64'", sequential.Message);
    }

    [Fact]
    public void Read_AbandonedAfterFirstRowGroup_LeavesTheStreamUsable()
    {
        // With read-ahead, the next row group is being decoded when the caller stops; disposing the enumeration
        // waits for it, so the same stream can be read again right away, with identical batches.
        var batch = ParquetTestData.Edges(randomRows: 5000);
        var file = ParquetTestData.Write(batch.Schema, [batch], new ParquetWriteOptions { RowGroupBytes = 20_000 });
        using var stream = new MemoryStream(file);
        var reader = new ParquetReader(stream) { Parallelism = 2 };
        Assert.True(reader.Metadata.RowGroups.Count > 3);
        ColumnBatch first;
        using (var e = reader.Read(null).GetEnumerator())
        {
            Assert.True(e.MoveNext());
            first = e.Current;
        }
        var again = reader.Read(null).ToList();
        ParquetTestData.AssertEqual(first, again[0]);
        ParquetTestData.AssertEqual(batch, ColumnBatch.Concat(batch.Schema, again));
    }

    /// <summary>Reads with <see cref="ParquetReader.ReuseArrays"/>, copying each batch while it is current; also returns the arrays as handed out.</summary>
    private static (List<ColumnBatch> Copies, List<IReadOnlyList<Array>> Arrays) ReadReusing(byte[] file, int parallelism)
    {
        using var stream = new MemoryStream(file);
        var copies = new List<ColumnBatch>();
        var arrays = new List<IReadOnlyList<Array>>();
        foreach (var batch in new ParquetReader(stream) { Parallelism = parallelism, ReuseArrays = true }.Read(null))
        {
            copies.Add(new ColumnBatch(batch.Schema, batch.Columns.Select(a => (Array)a.Clone()).ToArray(), batch.RowCount));
            arrays.Add(batch.Columns);
        }
        return (copies, arrays);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ReadReusingArrays_SameBatchesAsRead(int seed)
    {
        var (batch, options) = RandomTable(seed + 200);
        var file = ParquetTestData.Write(batch.Schema, [batch, batch, batch], options);
        var expected = ReadBatches(file, parallelism: 1);
        foreach (int parallelism in new[] { 1, 4 })
        {
            var (copies, _) = ReadReusing(file, parallelism);
            Assert.Equal(expected.Count, copies.Count);
            for (int g = 0; g < expected.Count; g++) ParquetTestData.AssertEqual(expected[g], copies[g], $"seed {seed + 200}, parallelism {parallelism}, row group {g}:");
        }
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(4, 2)]
    public void ReadReusingArrays_NullsWhereAnEarlierGroupHadValues_ReadAsNulls(int parallelism, int ringSize)
    {
        // Equal-sized row groups alternating between all values and all nulls (and strings of other
        // lengths), so every reused array is overwritten with a different null pattern. Sequential reading
        // reuses the previous group's arrays; with read-ahead, those of the group before that.
        const int rows = 2500;
        var schema = new TableSchema(
            new Field("i64", ColumnType.Int64), new Field("f64", ColumnType.Double), new Field("s", ColumnType.String),
            new Field("d", ColumnType.Date), new Field("ts", ColumnType.Timestamp), new Field("i32", ColumnType.Int32));
        ColumnBatch Group(int g, bool values)
        {
            var b = ColumnBatch.FromRows(schema, Enumerable.Range(0, rows).Select(r => values || r % 97 == 0
                ? new object?[] { (long)g * rows + r, r * 0.25, new string('x', r % 5 + g), new DateOnly(2000, 1, 1).AddDays(r), new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddSeconds(r + g), r - g }
                : new object?[6]).ToList());
            return b;
        }
        var groups = new[] { true, true, false, false, true, false, true }.Select((v, g) => Group(g, v)).ToList();
        var file = ParquetTestData.Write(schema, groups, new ParquetWriteOptions { PageBytes = 3000 });
        var (copies, arrays) = ReadReusing(file, parallelism);
        Assert.Equal(groups.Count, copies.Count);
        for (int g = 0; g < groups.Count; g++) ParquetTestData.AssertEqual(groups[g], copies[g], $"parallelism {parallelism}, row group {g}:");
        // The arrays really are reused: every column of group g is the object handed out for group g - ringSize.
        for (int g = ringSize; g < groups.Count; g++)
        {
            for (int c = 0; c < schema.Count; c++) Assert.Same(arrays[g - ringSize][c], arrays[g][c]);
        }
    }

    [Fact]
    public void Read_WithoutReuse_HandsOutNewArraysPerRowGroup()
    {
        var batch = ParquetTestData.Edges(randomRows: 2000);
        var file = ParquetTestData.Write(batch.Schema, [batch, batch, batch]);
        var batches = ReadBatches(file, parallelism: 4);
        var seen = new HashSet<Array>(ReferenceEqualityComparer.Instance);
        foreach (var b in batches)
        {
            foreach (var column in b.Columns) Assert.True(seen.Add(column), "an array was handed out twice by Read");
        }
    }
}
