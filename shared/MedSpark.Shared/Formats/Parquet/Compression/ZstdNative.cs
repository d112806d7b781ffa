using System.Runtime.InteropServices;

namespace MedSpark.Shared.Formats.Parquet.Compression;

/// <summary>
/// P/Invoke into the system's libzstd (Debian package libzstd1), since no managed ZSTD package is
/// available to us. Only the one-shot frame API is used; it is thread-safe without shared contexts.
/// </summary>
internal static partial class ZstdNative
{
    private const string Library = "libzstd.so.1";

    [LibraryImport(Library, EntryPoint = "ZSTD_compressBound")]
    private static partial nuint CompressBound(nuint srcSize);

    [LibraryImport(Library, EntryPoint = "ZSTD_compress")]
    private static unsafe partial nuint Compress(byte* dst, nuint dstCapacity, byte* src, nuint srcSize, int level);

    [LibraryImport(Library, EntryPoint = "ZSTD_decompress")]
    private static unsafe partial nuint Decompress(byte* dst, nuint dstCapacity, byte* src, nuint srcSize);

    [LibraryImport(Library, EntryPoint = "ZSTD_isError")]
    private static partial uint IsError(nuint code);

    /// <summary>Compresses one frame at zstd's default level 3.</summary>
    public static unsafe byte[] CompressFrame(ReadOnlySpan<byte> source)
    {
        var buffer = new byte[(int)CompressBound((nuint)source.Length)];
        nuint written;
        fixed (byte* src = source)
        fixed (byte* dst = buffer)
        {
            written = Compress(dst, (nuint)buffer.Length, src, (nuint)source.Length, 3);
        }
        if (IsError(written) != 0) throw new InvalidOperationException($"ZSTD_compress failed with code {written}.");
        return buffer.AsSpan(0, (int)written).ToArray();
    }

    /// <summary>Decompresses into exactly <paramref name="destination"/>; returns false when zstd reports an error or a size mismatch.</summary>
    public static unsafe bool TryDecompressFrame(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        nuint written;
        fixed (byte* src = source)
        fixed (byte* dst = destination)
        {
            written = Decompress(dst, (nuint)destination.Length, src, (nuint)source.Length);
        }
        return IsError(written) == 0 && written == (nuint)destination.Length;
    }
}
