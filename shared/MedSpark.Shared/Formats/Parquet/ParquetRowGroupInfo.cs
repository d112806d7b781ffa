namespace MedSpark.Shared.Formats.Parquet;

/// <summary>One row group: its rows, uncompressed size and per-column statistics in schema order.</summary>
public sealed record ParquetRowGroupInfo(long RowCount, long TotalByteSize, IReadOnlyList<ParquetColumnStatistics> Columns);
