using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using MedSpark.Shared.Formats.Parquet.Metadata;

namespace MedSpark.Shared.Formats.Parquet.Encodings;

/// <summary>
/// The RLE/bit-packed hybrid of Encodings.md, used for definition levels, dictionary indices and RLE
/// booleans. A run header is a ULEB128 varint: low bit 1 = bit-packed run of (header &gt;&gt; 1) groups of
/// 8 values; low bit 0 = RLE run of (header &gt;&gt; 1) copies of one value stored in ceil(width/8) bytes.
/// </summary>
internal static class RleBitPackedHybrid
{
    /// <summary>
    /// Decodes exactly <paramref name="output"/>.Length values. Returns the bytes consumed (a final
    /// bit-packed run may carry padding values beyond the count; they are ignored).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Decode(ReadOnlySpan<byte> data, int bitWidth, Span<int> output, string context)
    {
        if (bitWidth is < 0 or > 32) throw new ParquetFormatException($"{context}: RLE bit width {bitWidth} is out of range.");
        int pos = 0;
        int filled = 0;
        int valueBytes = (bitWidth + 7) / 8;
        while (filled < output.Length)
        {
            ulong header = ReadVarint(data, ref pos, context);
            if ((header & 1) == 1)
            {
                long groups = (long)(header >> 1);
                long packedBytes = groups * bitWidth;
                if (groups == 0 || packedBytes > data.Length - pos)
                    throw new ParquetFormatException($"{context}: bit-packed run of {groups} groups overruns the {data.Length}-byte level/index data.");
                var packed = data.Slice(pos, (int)packedBytes);
                int count = (int)Math.Min(groups * 8, output.Length - filled);
                Unpack(packed, bitWidth, output.Slice(filled, count));
                filled += count;
                pos += (int)packedBytes;
            }
            else
            {
                long count = (long)(header >> 1);
                if (count == 0) throw new ParquetFormatException($"{context}: empty RLE run.");
                if (valueBytes > data.Length - pos) throw new ParquetFormatException($"{context}: RLE run value overruns the data.");
                int value = 0;
                for (int i = 0; i < valueBytes; i++) value |= data[pos + i] << (8 * i);
                pos += valueBytes;
                int take = (int)Math.Min(count, output.Length - filled);
                output.Slice(filled, take).Fill(value);
                filled += take;
            }
        }
        return pos;
    }

    /// <summary>
    /// Unpacks <paramref name="output"/>.Length values of <paramref name="bitWidth"/> (0..32) bits: one unaligned
    /// 64-bit load per value while 8 bytes remain, <see cref="BitPacking.Read"/> for the tail (parity:
    /// RleBitPackedHybridTests.Unpack_EveryWidth_MatchesBitPackingRead).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Unpack(ReadOnlySpan<byte> packed, int bitWidth, Span<int> output)
    {
        if (bitWidth == 0)
        {
            output.Clear();
            return;
        }
        if ((long)output.Length * bitWidth > (long)packed.Length * 8) throw new ArgumentException("Packed data is too short.", nameof(packed));
        ulong mask = (1UL << bitWidth) - 1;
        ref byte start = ref MemoryMarshal.GetReference(packed);
        long safeEnd = packed.Length - 8;
        long bit = 0;
        int i = 0;
        for (; i < output.Length; i++, bit += bitWidth)
        {
            long index = bit >> 3;
            if (index > safeEnd) break;
            ulong word = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref start, (nint)index));
            output[i] = (int)((word >> (int)(bit & 7)) & mask);
        }
        for (; i < output.Length; i++, bit += bitWidth) output[i] = (int)BitPacking.Read(packed, bit, bitWidth);
    }

    /// <summary>
    /// Encodes values: repeats of 8 or more become RLE runs, everything else bit-packed groups of 8.
    /// Only the very last group is padded, because padding inside the stream would add values.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Encode(ReadOnlySpan<int> values, int bitWidth, Stream output)
    {
        int valueBytes = (bitWidth + 7) / 8;
        var packed = new List<int>();
        int i = 0;
        while (i < values.Length)
        {
            int run = 1;
            while (i + run < values.Length && values[i + run] == values[i]) run++;
            if (run >= 8)
            {
                FlushPacked(packed, bitWidth, output);
                WriteVarint(output, (ulong)run << 1);
                for (int b = 0; b < valueBytes; b++) output.WriteByte((byte)(values[i] >> (8 * b)));
                i += run;
            }
            else
            {
                int take = Math.Min(8, values.Length - i);
                for (int k = 0; k < take; k++) packed.Add(values[i + k]);
                i += take;
            }
        }
        FlushPacked(packed, bitWidth, output);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void FlushPacked(List<int> packed, int bitWidth, Stream output)
    {
        if (packed.Count == 0) return;
        int groups = (packed.Count + 7) / 8;
        WriteVarint(output, ((ulong)groups << 1) | 1);
        var bytes = new byte[groups * bitWidth];
        for (int k = 0; k < packed.Count; k++) BitPacking.Write(bytes, (long)k * bitWidth, bitWidth, (uint)packed[k]);
        output.Write(bytes);
        packed.Clear();
    }

    internal static void WriteVarint(Stream output, ulong value)
    {
        while (value >= 0x80)
        {
            output.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }
        output.WriteByte((byte)value);
    }

    internal static ulong ReadVarint(ReadOnlySpan<byte> data, ref int pos, string context)
    {
        ulong result = 0;
        for (int shift = 0; shift < 64; shift += 7)
        {
            if (pos >= data.Length) throw new ParquetFormatException($"{context}: varint runs past the end of the page.");
            byte b = data[pos++];
            result |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0) return result;
        }
        throw new ParquetFormatException($"{context}: varint longer than 10 bytes.");
    }
}
