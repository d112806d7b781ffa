namespace MedSpark.Shared.Formats.Parquet.Encodings;

/// <summary>
/// Little-endian, least-significant-bit-first bit packing as used by the RLE/bit-packed hybrid and
/// DELTA_BINARY_PACKED (Encodings.md): value i of width w occupies bits [i*w, (i+1)*w) of the buffer.
/// </summary>
internal static class BitPacking
{
    /// <summary>Reads <paramref name="width"/> (0..64) bits starting at <paramref name="bitOffset"/>; the caller checks bounds.</summary>
    public static ulong Read(ReadOnlySpan<byte> data, long bitOffset, int width)
    {
        ulong result = 0;
        int got = 0;
        int index = (int)(bitOffset >> 3);
        int shift = (int)(bitOffset & 7);
        while (got < width)
        {
            int take = Math.Min(8 - shift, width - got);
            ulong bits = (ulong)(data[index] >> shift) & ((1UL << take) - 1);
            result |= bits << got;
            got += take;
            shift = 0;
            index++;
        }
        return result;
    }

    /// <summary>Writes the low <paramref name="width"/> bits of <paramref name="value"/>; the target bits must be zero.</summary>
    public static void Write(Span<byte> data, long bitOffset, int width, ulong value)
    {
        int done = 0;
        int index = (int)(bitOffset >> 3);
        int shift = (int)(bitOffset & 7);
        while (done < width)
        {
            int take = Math.Min(8 - shift, width - done);
            data[index] |= (byte)(((value >> done) & ((1UL << take) - 1)) << shift);
            done += take;
            shift = 0;
            index++;
        }
    }

    /// <summary>Bits needed for values 0..<paramref name="maxValue"/>.</summary>
    public static int WidthOf(int maxValue) => maxValue <= 0 ? 0 : 32 - int.LeadingZeroCount(maxValue);
}
