namespace MedSpark.Shared.Formats.Parquet;

/// <summary>One row group: its rows, uncompressed size and per-column statistics in schema order.</summary>
/// <param name="RowCount">Rows in the group.</param>
/// <param name="TotalByteSize">Uncompressed bytes of the group's column data.</param>
/// <param name="Columns">Statistics of the top-level primitive columns.</param>
public sealed record ParquetRowGroupInfo(long RowCount, long TotalByteSize, IReadOnlyList<ParquetColumnStatistics> Columns)
{
    /// <summary>Statistics of the primitive fields inside struct columns, in file order.</summary>
    public IReadOnlyList<ParquetFieldStatistics> StructFields { get; init; } = [];
}
