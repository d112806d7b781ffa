using MedSpark.Shared.Schemas;

namespace MedSpark.Shared.Formats.Parquet;

/// <summary>Entry points for reading and writing Apache Parquet files. (Contract; implementation in progress.)</summary>
public static class ParquetFile
{
    /// <summary>Writes one file: each batch becomes one or more row groups. Leaves <paramref name="output"/> open.</summary>
    public static ParquetFileInfo Write(Stream output, TableSchema schema, IEnumerable<ColumnBatch> batches, ParquetWriteOptions? options = null) =>
        throw new NotImplementedException();

    /// <summary>Reads a file's schema and metadata from its footer.</summary>
    public static ParquetFileInfo ReadMetadata(Stream input) => throw new NotImplementedException();

    /// <summary>Reads row groups as batches, optionally only the named columns. <paramref name="input"/> must be seekable.</summary>
    public static IEnumerable<ColumnBatch> Read(Stream input, IReadOnlyList<string>? columns = null) => throw new NotImplementedException();
}

/// <summary>Writer settings.</summary>
public sealed record ParquetWriteOptions
{
    public ParquetCompression Compression { get; init; } = ParquetCompression.Snappy;
    /// <summary>Target uncompressed bytes per row group.</summary>
    public long RowGroupBytes { get; init; } = 128L * 1024 * 1024;
    public bool Dictionary { get; init; } = true;
}

public enum ParquetCompression { Uncompressed, Snappy, Gzip, Zstd }

/// <summary>What a file holds, from its footer.</summary>
/// <param name="Schema">The flat schema of the file.</param>
/// <param name="RowCount">Total rows.</param>
/// <param name="RowGroups">Row groups with per-column statistics.</param>
public sealed record ParquetFileInfo(TableSchema Schema, long RowCount, IReadOnlyList<ParquetRowGroupInfo> RowGroups);

public sealed record ParquetRowGroupInfo(long RowCount, long TotalByteSize, IReadOnlyList<ParquetColumnStatistics> Columns);

/// <summary>Statistics of one column chunk; Min/Max are typed like the column's element type (null if absent).</summary>
public sealed record ParquetColumnStatistics(string Column, long NullCount, object? Min, object? Max);
