namespace MedSpark.Shared.Formats.Parquet;

/// <summary>Writer settings.</summary>
public sealed record ParquetWriteOptions
{
    /// <summary>Page compression codec; Snappy by default, as Spark and DuckDB use.</summary>
    public ParquetCompression Compression { get; init; } = ParquetCompression.Snappy;

    /// <summary>Target uncompressed bytes per row group (approximate: batches are split evenly by estimated row size).</summary>
    public long RowGroupBytes { get; init; } = 128L * 1024 * 1024;

    /// <summary>Dictionary-encode string and binary columns when the dictionary is smaller than PLAIN and under 1 MB.</summary>
    public bool Dictionary { get; init; } = true;

    /// <summary>Target uncompressed bytes per data page.</summary>
    public int PageBytes { get; init; } = 1024 * 1024;

    /// <summary>
    /// Data page header version: 1 (default; what every reader handles) or 2 (levels stored uncompressed
    /// ahead of the compressed values, so readers can skip values without decompressing).
    /// </summary>
    public int DataPageVersion { get; init; } = 1;

    /// <summary>
    /// How many columns of a row group are encoded and compressed at once (at least 1). Each column goes to its
    /// own buffer and the buffers are written in column order, so the file is byte-identical for any value;
    /// memory grows by about one compressed row group.
    /// </summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Throws when a setting is out of range.</summary>
    internal void Validate()
    {
        if (RowGroupBytes <= 0) throw new ArgumentOutOfRangeException(nameof(RowGroupBytes), RowGroupBytes, "Row group size must be positive.");
        if (PageBytes <= 0) throw new ArgumentOutOfRangeException(nameof(PageBytes), PageBytes, "Page size must be positive.");
        if (Parallelism <= 0) throw new ArgumentOutOfRangeException(nameof(Parallelism), Parallelism, "Parallelism must be at least 1.");
        if (DataPageVersion is not (1 or 2)) throw new ArgumentOutOfRangeException(nameof(DataPageVersion), DataPageVersion, "Data page version must be 1 or 2.");
        if (!Enum.IsDefined(Compression)) throw new ArgumentOutOfRangeException(nameof(Compression), Compression, null);
    }
}
