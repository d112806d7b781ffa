using MedSpark.Shared.Formats.Parquet;
using MedSpark.Shared.Schemas;
using Xunit;

namespace MedSpark.Tests.Formats.Parquet;

/// <summary>min_value/max_value as parquet.thrift orders them, read back from the footer we write.</summary>
public sealed class ParquetStatisticsTests
{
    [Fact]
    public void Write_ZeroBounds_MinIsNegativeZeroMaxIsPositiveZero()
    {
        var stats = Statistics(ColumnType.Double, new double?[] { 0.0, -0.0, double.NaN, null });
        Assert.True(double.IsNegative((double)stats.Min!), $"min {stats.Min} should be -0.0");
        Assert.False(double.IsNegative((double)stats.Max!), $"max {stats.Max} should be +0.0");
        Assert.Equal(1, stats.NullCount);
    }

    [Fact]
    public void Write_FloatsWithNaN_NaNSkippedInMinMax()
    {
        var stats = Statistics(ColumnType.Float, new float?[] { float.NaN, 2.5f, -1.25f, float.NaN });
        Assert.Equal(-1.25f, stats.Min);
        Assert.Equal(2.5f, stats.Max);
    }

    [Fact]
    public void Write_AllNaN_NoMinMax()
    {
        var stats = Statistics(ColumnType.Double, new double?[] { double.NaN, double.NaN });
        Assert.Null(stats.Min);
        Assert.Null(stats.Max);
    }

    [Fact]
    public void Write_Integers_SignedOrder()
    {
        var ints = Statistics(ColumnType.Int32, new int?[] { 5, int.MinValue, null, int.MaxValue, -3 });
        Assert.Equal(int.MinValue, ints.Min);
        Assert.Equal(int.MaxValue, ints.Max);
        var longs = Statistics(ColumnType.Int64, new long?[] { 7L, -(1L << 40), 0L });
        Assert.Equal(-(1L << 40), longs.Min);
        Assert.Equal(7L, longs.Max);
    }

    private static ParquetColumnStatistics Statistics(ColumnType type, Array values)
    {
        var schema = new TableSchema(new Field("x", type));
        var batch = new ColumnBatch(schema, [values], values.Length);
        using var stream = new MemoryStream();
        ParquetFile.Write(stream, schema, [batch], new ParquetWriteOptions { Compression = ParquetCompression.Uncompressed });
        stream.Position = 0;
        return Assert.Single(Assert.Single(ParquetFile.ReadMetadata(stream).RowGroups).Columns);
    }
}
