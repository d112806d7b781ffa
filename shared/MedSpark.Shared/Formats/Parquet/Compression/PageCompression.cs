using System.IO.Compression;
using MedSpark.Shared.Formats.Parquet.Metadata;

namespace MedSpark.Shared.Formats.Parquet.Compression;

/// <summary>Compresses and decompresses page bodies by Parquet codec.</summary>
internal static class PageCompression
{
    public static CompressionCodec ToCodec(ParquetCompression compression) => compression switch
    {
        ParquetCompression.Uncompressed => CompressionCodec.Uncompressed,
        ParquetCompression.Snappy => CompressionCodec.Snappy,
        ParquetCompression.Gzip => CompressionCodec.Gzip,
        ParquetCompression.Zstd => CompressionCodec.Zstd,
        ParquetCompression.Lz4Raw => CompressionCodec.Lz4Raw,
        _ => throw new ArgumentOutOfRangeException(nameof(compression), compression, null),
    };

    public static byte[] Compress(CompressionCodec codec, ReadOnlySpan<byte> data)
    {
        switch (codec)
        {
            case CompressionCodec.Uncompressed:
                return data.ToArray();
            case CompressionCodec.Snappy:
                return IronSnappy.Snappy.Encode(data);
            case CompressionCodec.Gzip:
                {
                    using var buffer = new MemoryStream();
                    using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true)) gzip.Write(data);
                    return buffer.ToArray();
                }
            case CompressionCodec.Zstd:
                try
                {
                    return ZstdNative.CompressFrame(data);
                }
                catch (DllNotFoundException e)
                {
                    throw new NotSupportedException("ZSTD compression needs the system library libzstd.so.1 (Debian package libzstd1).", e);
                }
            case CompressionCodec.Lz4Raw:
                return Lz4RawCodec.Compress(data);
            default:
                throw new NotSupportedException($"MedSpark does not write {codec} pages.");
        }
    }

    /// <summary>Decompresses one page body to exactly <paramref name="uncompressedSize"/> bytes.</summary>
    public static byte[] Decompress(CompressionCodec codec, ReadOnlySpan<byte> data, int uncompressedSize, string context)
    {
        // Writers keep pages near 1 MB; a size beyond 1 GiB can only be a corrupt header, and allocating it would fail anyway.
        if (uncompressedSize is < 0 or > 1 << 30) throw new ParquetFormatException($"{context}: implausible uncompressed page size {uncompressedSize}.");
        byte[] result;
        try
        {
            switch (codec)
            {
                case CompressionCodec.Uncompressed:
                    result = data.ToArray();
                    break;
                case CompressionCodec.Snappy:
                    // Check snappy's own length preamble first so a corrupt one cannot drive a huge allocation.
                    if (SnappyLength(data) != uncompressedSize)
                        throw new ParquetFormatException($"{context}: SNAPPY page length preamble disagrees with the header's {uncompressedSize} bytes.");
                    result = IronSnappy.Snappy.Decode(data);
                    break;
                case CompressionCodec.Gzip:
                    {
                        result = new byte[uncompressedSize];
                        using var gzip = new GZipStream(new MemoryStream(data.ToArray()), CompressionMode.Decompress);
                        int read = 0;
                        while (read < result.Length)
                        {
                            int n = gzip.Read(result, read, result.Length - read);
                            if (n == 0) break;
                            read += n;
                        }
                        if (read != result.Length) throw new ParquetFormatException($"{context}: GZIP page inflated to {read} bytes, header says {uncompressedSize}.");
                        break;
                    }
                case CompressionCodec.Zstd:
                    result = new byte[uncompressedSize];
                    if (!ZstdNative.TryDecompressFrame(data, result))
                        throw new ParquetFormatException($"{context}: ZSTD page is corrupt or does not inflate to {uncompressedSize} bytes.");
                    break;
                case CompressionCodec.Lz4Raw:
                    result = new byte[uncompressedSize];
                    Lz4RawCodec.Decompress(data, result);
                    break;
                default:
                    throw new ParquetFormatException($"{context}: compression codec {codec} is not supported (supported: UNCOMPRESSED, SNAPPY, GZIP, ZSTD, LZ4_RAW).");
            }
        }
        catch (DllNotFoundException e)
        {
            throw new ParquetFormatException($"{context}: codec ZSTD needs the system library libzstd.so.1 (Debian package libzstd1), which is not installed.", e);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or ArgumentException or IndexOutOfRangeException || e.GetType().Namespace == "IronSnappy")
        {
            throw new ParquetFormatException($"{context}: {codec} page is corrupt: {e.Message}", e);
        }
        if (result.Length != uncompressedSize)
            throw new ParquetFormatException($"{context}: {codec} page decompressed to {result.Length} bytes, header says {uncompressedSize}.");
        return result;
    }

    /// <summary>The uncompressed length a snappy block declares in its leading varint, or -1 when unreadable.</summary>
    private static long SnappyLength(ReadOnlySpan<byte> data)
    {
        long length = 0;
        for (int i = 0; i < 5 && i < data.Length; i++)
        {
            length |= (long)(data[i] & 0x7F) << (7 * i);
            if ((data[i] & 0x80) == 0) return length;
        }
        return -1;
    }
}
