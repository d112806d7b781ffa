namespace MedSpark.Shared.Formats.Parquet.Encodings;

/// <summary>
/// DELTA_BINARY_PACKED decoding (Encodings.md): a header (block size, miniblocks per block, value count,
/// zigzag first value), then blocks of (zigzag min delta, one bit width per miniblock, bit-packed
/// miniblocks). Arithmetic wraps, as the spec requires.
/// </summary>
internal static class DeltaBinaryPacked
{
    /// <summary>Decodes all values in the header's count; returns them and sets <paramref name="consumed"/>.</summary>
    public static long[] Decode(ReadOnlySpan<byte> data, string context, out int consumed)
    {
        int pos = 0;
        ulong blockSize = RleBitPackedHybrid.ReadVarint(data, ref pos, context);
        ulong miniblocks = RleBitPackedHybrid.ReadVarint(data, ref pos, context);
        ulong total = RleBitPackedHybrid.ReadVarint(data, ref pos, context);
        long first = ZigZag(RleBitPackedHybrid.ReadVarint(data, ref pos, context));
        if (blockSize == 0 || blockSize % 128 != 0 || miniblocks == 0 || blockSize % miniblocks != 0 || (blockSize / miniblocks) % 32 != 0 || blockSize > 1 << 20)
            throw new ParquetFormatException($"{context}: invalid DELTA_BINARY_PACKED header (block {blockSize}, miniblocks {miniblocks}).");
        // Every block after the first value costs at least two bytes (min delta and one bit width), which
        // bounds the count a buffer can hold even when all bit widths are zero.
        if (total > int.MaxValue || total > ((ulong)data.Length + 1) * blockSize)
            throw new ParquetFormatException($"{context}: DELTA_BINARY_PACKED claims {total} values in {data.Length} bytes.");
        var values = new long[total];
        if (total == 0)
        {
            consumed = pos;
            return values;
        }
        values[0] = first;
        int filled = 1;
        int perMiniblock = (int)(blockSize / miniblocks);
        Span<byte> widths = stackalloc byte[(int)Math.Min(miniblocks, 256)];
        if ((int)miniblocks > widths.Length) throw new ParquetFormatException($"{context}: {miniblocks} miniblocks per block is unsupported.");
        long last = first;
        while (filled < (int)total)
        {
            long minDelta = ZigZag(RleBitPackedHybrid.ReadVarint(data, ref pos, context));
            if ((int)miniblocks > data.Length - pos) throw new ParquetFormatException($"{context}: DELTA_BINARY_PACKED block header overruns the page.");
            data.Slice(pos, (int)miniblocks).CopyTo(widths);
            pos += (int)miniblocks;
            for (int m = 0; m < (int)miniblocks && filled < (int)total; m++)
            {
                int width = widths[m];
                if (width > 64) throw new ParquetFormatException($"{context}: miniblock bit width {width} exceeds 64.");
                int bytes = perMiniblock * width / 8;
                if (bytes > data.Length - pos) throw new ParquetFormatException($"{context}: DELTA_BINARY_PACKED miniblock overruns the page.");
                var packed = data.Slice(pos, bytes);
                int take = Math.Min(perMiniblock, (int)total - filled);
                for (int i = 0; i < take; i++)
                {
                    ulong delta = BitPacking.Read(packed, (long)i * width, width);
                    last = unchecked(last + minDelta + (long)delta);
                    values[filled++] = last;
                }
                pos += bytes;
            }
        }
        consumed = pos;
        return values;
    }

    private static long ZigZag(ulong raw) => (long)(raw >> 1) ^ -(long)(raw & 1);
}
