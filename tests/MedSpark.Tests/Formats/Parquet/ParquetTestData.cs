using System.Buffers.Binary;
using MedSpark.Shared.Formats.Parquet;
using MedSpark.Shared.Formats.Parquet.Columns;
using MedSpark.Shared.Formats.Parquet.Metadata;
using MedSpark.Shared.Formats.Parquet.Thrift;
using MedSpark.Shared.Schemas;
using Xunit;

namespace MedSpark.Tests.Formats.Parquet;

/// <summary>Batches covering every column type and the helpers to write, read and compare them.</summary>
internal static class ParquetTestData
{
    public static readonly TableSchema AllTypes = new(
        new Field("b", ColumnType.Boolean),
        new Field("i32", ColumnType.Int32),
        new Field("i64", ColumnType.Int64),
        new Field("f32", ColumnType.Float),
        new Field("f64", ColumnType.Double),
        new Field("s", ColumnType.String),
        new Field("bin", ColumnType.Binary),
        new Field("d", ColumnType.Date),
        new Field("ts", ColumnType.Timestamp));

    public static readonly TableSchema AllTypesRequired = new(AllTypes.Fields.Select(f => f with { Name = f.Name + "_req", Nullable = false }));

    /// <summary>Edge values first (extremes, NaN, infinities, empty strings, signed zero), then nulls, then seeded random rows.</summary>
    public static ColumnBatch Edges(int randomRows = 0, int seed = 7)
    {
        var rows = new List<object?[]>
        {
            new object?[] { true, int.MinValue, long.MinValue, float.MinValue, double.MinValue, "", Array.Empty<byte>(), DateOnly.MinValue, new DateTime(1, 1, 1, 0, 0, 0, DateTimeKind.Utc) },
            new object?[] { false, int.MaxValue, long.MaxValue, float.MaxValue, double.MaxValue, "z\u00e9\u4e2d\U0001F600", new byte[] { 0, 255, 128 }, DateOnly.MaxValue, new DateTime(9999, 12, 31, 23, 59, 59, 999, 999, DateTimeKind.Utc) },
            new object?[] { true, 0, 0L, float.NaN, double.NaN, "a", new byte[] { 1 }, new DateOnly(1970, 1, 1), DateTime.UnixEpoch },
            new object?[] { false, -1, -1L, float.NegativeInfinity, double.PositiveInfinity, "A", new byte[] { 0x7F }, new DateOnly(1969, 12, 31), new DateTime(1969, 12, 31, 23, 59, 59, 999, 999, DateTimeKind.Utc) },
            new object?[] { null, null, null, null, null, null, null, null, null },
            new object?[] { true, 42, 1L << 40, -0.0f, -0.0, "\u00e9", new byte[] { 0x80 }, new DateOnly(2024, 2, 29), new DateTime(2024, 2, 29, 12, 30, 0, DateTimeKind.Utc) },
        };
        var random = new Random(seed);
        for (int r = 0; r < randomRows; r++)
        {
            bool isNull(int c) => random.Next(10) == 0;
            rows.Add(
            [
                isNull(0) ? null : random.Next(2) == 0,
                isNull(1) ? null : random.Next(int.MinValue, int.MaxValue),
                isNull(2) ? null : random.NextInt64(long.MinValue, long.MaxValue),
                isNull(3) ? null : (float)(random.NextDouble() * 2e6 - 1e6),
                isNull(4) ? null : random.NextDouble() * 1e12 - 5e11,
                isNull(5) ? null : "patient_" + random.Next(50),
                isNull(6) ? null : Enumerable.Range(0, random.Next(0, 12)).Select(_ => (byte)random.Next(256)).ToArray(),
                isNull(7) ? null : DateOnly.FromDayNumber(random.Next(DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber)),
                isNull(8) ? null : new DateTime(random.NextInt64(0, DateTime.MaxValue.Ticks / 10) * 10, DateTimeKind.Utc),
            ]);
        }
        return ColumnBatch.FromRows(AllTypes, rows);
    }

    /// <summary>The same values in REQUIRED columns (the all-null row dropped).</summary>
    public static ColumnBatch EdgesRequired(int randomRows = 0, int seed = 7)
    {
        var nullable = Edges(randomRows, seed);
        var keep = Enumerable.Range(0, nullable.RowCount)
            .Where(r => Enumerable.Range(0, nullable.Schema.Count).All(c => nullable.GetValue(c, r) is not null))
            .Select(r => Enumerable.Range(0, nullable.Schema.Count).Select(c => nullable.GetValue(c, r)).ToArray())
            .ToList();
        return ColumnBatch.FromRows(AllTypesRequired, keep);
    }

    public static byte[] Write(TableSchema schema, IEnumerable<ColumnBatch> batches, ParquetWriteOptions? options = null)
    {
        using var stream = new MemoryStream();
        ParquetFile.Write(stream, schema, batches, options);
        return stream.ToArray();
    }

    /// <summary>
    /// Overwrites the first page header of row group <paramref name="group"/>, column 0, with 0xFF bytes, so reading
    /// that group fails: a read that succeeds afterwards has provably not decoded it.
    /// </summary>
    public static void CorruptRowGroup(byte[] file, int group)
    {
        using var stream = new MemoryStream(file);
        var meta = new ParquetReader(stream).Metadata.RowGroups[group].Columns[0].MetaData!;
        long first = meta.DictionaryPageOffset is > 0 and var d && d < meta.DataPageOffset ? d : meta.DataPageOffset;
        file.AsSpan((int)first, 8).Fill(0xFF);
    }

    public static ColumnBatch ReadAll(byte[] file, IReadOnlyList<string>? columns = null)
    {
        using var stream = new MemoryStream(file);
        var info = ParquetFile.ReadMetadata(stream);
        var schema = columns is null ? info.Schema : new TableSchema(columns.Select(c => info.Schema[info.Schema.Require(c)]));
        return ColumnBatch.Concat(schema, ParquetFile.Read(stream, columns).ToList());
    }

    /// <summary>Asserts equal schemas and values; floats compare by value with NaN equal to NaN, and signed zeros distinguished.</summary>
    public static void AssertEqual(ColumnBatch expected, ColumnBatch actual, string because = "")
    {
        Assert.Equal(expected.Schema, actual.Schema);
        Assert.Equal(expected.RowCount, actual.RowCount);
        for (int c = 0; c < expected.Schema.Count; c++)
        {
            for (int r = 0; r < expected.RowCount; r++)
            {
                object? e = expected.GetValue(c, r), a = actual.GetValue(c, r);
                if (!SameValue(e, a))
                    Assert.Fail($"{because} column '{expected.Schema[c].Name}' row {r}: expected {Show(e)}, got {Show(a)}.");
            }
        }
    }

    public static bool SameValue(object? e, object? a) => (e, a) switch
    {
        (null, null) => true,
        (byte[] x, byte[] y) => x.AsSpan().SequenceEqual(y),
        (float x, float y) => BitConverter.SingleToInt32Bits(x) == BitConverter.SingleToInt32Bits(y) || (float.IsNaN(x) && float.IsNaN(y)),
        (double x, double y) => BitConverter.DoubleToInt64Bits(x) == BitConverter.DoubleToInt64Bits(y) || (double.IsNaN(x) && double.IsNaN(y)),
        (DateTime x, DateTime y) => x.Ticks == y.Ticks && y.Kind == DateTimeKind.Utc,
        _ => Equals(e, a),
    };

    public static string Show(object? v) => v switch
    {
        null => "NULL",
        byte[] b => "0x" + Convert.ToHexString(b),
        DateTime t => t.ToString("O"),
        float f => f.ToString("R") + "f",
        double d => d.ToString("R"),
        string s => "\"" + s + "\"",
        _ => v.ToString() ?? "",
    };

    /// <summary>
    /// Writes a one-column file of Spark's legacy INT96 timestamps (MedSpark never writes INT96, so the test
    /// assembles the file from the writer's parts): 8 bytes little-endian nanoseconds of the day, then the
    /// little-endian Julian day number.
    /// </summary>
    public static void WriteInt96File(string path, IReadOnlyList<DateTime?> values)
    {
        var descriptor = new ColumnDescriptor(new Field("ts", ColumnType.Timestamp), PhysicalType.Int96, TimeUnit.Nanos) { TypeLength = 12 };
        var column = new PhysicalColumn(PhysicalType.Int96, values.Count, values.Count, hasLevels: true, typeLength: 12);
        int n = 0;
        for (int i = 0; i < values.Count; i++)
        {
            if (values[i] is not { } t) continue;
            long ticks = t.Ticks - DateTime.UnixEpoch.Ticks;
            long days = (long)Math.Floor((double)ticks / TimeSpan.TicksPerDay);
            long nanos = (ticks - days * TimeSpan.TicksPerDay) * 100;
            var bytes = new byte[12];
            BinaryPrimitives.WriteInt64LittleEndian(bytes, nanos);
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(8), (int)(days + 2440588));
            column.Bytes![n++] = bytes;
            column.Levels![i] = 1;
        }
        column.ValueCount = n;
        using var file = File.Create(path);
        file.Write("PAR1"u8);
        var chunk = ColumnChunkWriter.Write(file, 4, column, descriptor, CompressionCodec.Snappy, new ParquetWriteOptions { Dictionary = false });
        var metadata = new FileMetaData { CreatedBy = "MedSpark tests (INT96 as Spark writes it)", NumRows = values.Count };
        metadata.Schema.Add(new SchemaElement { Name = "spark_schema", NumChildren = 1, Repetition = Repetition.Required });
        metadata.Schema.Add(new SchemaElement { Name = "ts", Type = PhysicalType.Int96, Repetition = Repetition.Optional });
        var group = new RowGroup { NumRows = values.Count, FileOffset = 4, TotalByteSize = chunk.MetaData!.TotalUncompressedSize, TotalCompressedSize = chunk.MetaData.TotalCompressedSize };
        group.Columns.Add(chunk);
        metadata.RowGroups.Add(group);
        using var footer = new MemoryStream();
        metadata.Write(new CompactWriter(footer));
        file.Write(footer.ToArray());
        var length = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, (int)footer.Length);
        file.Write(length);
        file.Write("PAR1"u8);
    }
}
