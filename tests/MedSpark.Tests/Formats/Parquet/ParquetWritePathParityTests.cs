using MedSpark.Shared.Formats.Parquet;
using MedSpark.Shared.Schemas;
using Xunit;

namespace MedSpark.Tests.Formats.Parquet;

/// <summary>
/// Parity of the writer's parallel column encoding with encoding the columns one after the other: the file
/// bytes must be identical for every thread count, over seeded random schemas, codecs, dictionary settings,
/// page versions, page and row-group sizes, and nested columns (several leaves per top-level column).
/// </summary>
public class ParquetWritePathParityTests
{
    public static TheoryData<int> Seeds() => new() { 1, 2, 3, 4, 5, 6, 7, 8 };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Write_ParallelEncoding_SameBytesAsSequential(int seed)
    {
        var (batch, options) = ParquetReadPathParityTests.RandomTable(seed);
        // Two batches, so there are several row groups and the per-column buffers are reused between them.
        var second = ColumnBatch.Concat(batch.Schema, [batch, batch]);
        var sequential = ParquetTestData.Write(batch.Schema, [batch, second], options with { Parallelism = 1 });
        foreach (int threads in new[] { 2, 3, 8 })
        {
            var parallel = ParquetTestData.Write(batch.Schema, [batch, second], options with { Parallelism = threads });
            AssertSameBytes(sequential, parallel, $"seed {seed}, {threads} threads, {options}");
        }
        ParquetTestData.AssertEqual(ColumnBatch.Concat(batch.Schema, [batch, second]), ParquetTestData.ReadAll(sequential), $"seed {seed}:");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Write_ParallelEncodingOfNestedColumns_SameBytesAsSequential(int pageVersion)
    {
        var batch = ParquetNestedTests.MixedNested(rows: 3000);
        var options = new ParquetWriteOptions { DataPageVersion = pageVersion, PageBytes = 2000, RowGroupBytes = 40_000 };
        var sequential = ParquetTestData.Write(batch.Schema, [batch], options with { Parallelism = 1 });
        var parallel = ParquetTestData.Write(batch.Schema, [batch], options with { Parallelism = 4 });
        AssertSameBytes(sequential, parallel, $"nested, page v{pageVersion}");
        using var stream = new MemoryStream(parallel);
        Assert.True(ParquetFile.ReadMetadata(stream).RowGroups.Count > 2);
    }

    [Fact]
    public void Write_ParallelEncodingOfBadColumns_ThrowsTheSequentialError()
    {
        // Two columns that cannot be written (a list holding a null where the element is required): both
        // thread counts name the first one, with the same exception type and message.
        var schema = new TableSchema(
            new Field("id", ColumnType.Int64),
            Field.List("a", new Field("element", ColumnType.String, Nullable: false)),
            Field.List("b", new Field("element", ColumnType.String, Nullable: false)));
        var batch = new ColumnBatch(schema, [new long?[] { 1, 2 }, new object?[]?[] { ["x"], ["y", null] }, new object?[]?[] { [null], ["z"] }], 2);
        var sequential = Assert.ThrowsAny<Exception>(() => ParquetTestData.Write(schema, [batch], new ParquetWriteOptions { Parallelism = 1 }));
        var parallel = Assert.ThrowsAny<Exception>(() => ParquetTestData.Write(schema, [batch], new ParquetWriteOptions { Parallelism = 3 }));
        Assert.Equal(sequential.GetType(), parallel.GetType());
        Assert.Equal(sequential.Message, parallel.Message);
        Assert.Contains("'a' row 1", parallel.Message);
    }

    [Fact]
    public void WriteOptions_ZeroParallelism_Throws()
    {
        using var stream = new MemoryStream();
        var batch = ParquetTestData.Edges();
        Assert.Throws<ArgumentOutOfRangeException>(() => ParquetFile.Write(stream, batch.Schema, [batch], new ParquetWriteOptions { Parallelism = 0 }));
    }

    private static void AssertSameBytes(byte[] expected, byte[] actual, string because)
    {
        Assert.True(expected.Length == actual.Length, $"{because}: {actual.Length} bytes, sequential wrote {expected.Length}");
        int at = expected.AsSpan().CommonPrefixLength(actual);
        Assert.True(at == expected.Length, $"{because}: first differing byte at offset {at} of {expected.Length}");
    }
}
