namespace MedSpark.Shared.Formats.Parquet;

/// <summary>Page compression codecs the writer can use (the reader also accepts each of them).</summary>
public enum ParquetCompression
{
    Uncompressed,
    Snappy,
    Gzip,
    /// <summary>Needs the system library libzstd.so.1 (Debian package libzstd1).</summary>
    Zstd,
    /// <summary>LZ4_RAW: LZ4 blocks without framing (MedSpark's own codec; faster than GZIP and ZSTD, larger output).</summary>
    Lz4Raw,
}
