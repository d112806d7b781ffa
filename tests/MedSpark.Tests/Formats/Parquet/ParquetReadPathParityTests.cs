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

    internal static List<ColumnBatch> ReadBatches(byte[] file, int parallelism, IReadOnlyList<string>? columns = null)
    {
        using var stream = new MemoryStream(file);
        return new ParquetReader(stream) { Parallelism = parallelism }.Read(columns).ToList();
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
}
