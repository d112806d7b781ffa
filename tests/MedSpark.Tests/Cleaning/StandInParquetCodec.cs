using System.Collections.Concurrent;
using MedSpark.Shared.Schemas;

namespace MedSpark.Tests.Cleaning;

/// <summary>
/// Stands in for the Parquet codec so the Parquet half of the sample lake (site B, tensors) can be tested
/// before the real writer lands: a "file" is a 16-byte token naming a batch kept in memory. It proves our
/// logic around the codec, not the codec; the same tests run against real Parquet in SampleLakeCurationTests.
/// </summary>
internal static class StandInParquetCodec
{
    private static readonly ConcurrentDictionary<Guid, ColumnBatch> Batches = new();

    public static void Write(Stream stream, TableSchema schema, ColumnBatch batch)
    {
        var token = Guid.NewGuid();
        Batches[token] = batch;
        stream.Write(token.ToByteArray());
    }

    public static IEnumerable<ColumnBatch> Read(Stream stream)
    {
        var bytes = new byte[16];
        stream.ReadExactly(bytes);
        return [Batches[new Guid(bytes)]];
    }
}
