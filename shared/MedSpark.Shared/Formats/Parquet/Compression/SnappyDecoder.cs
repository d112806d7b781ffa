using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace MedSpark.Shared.Formats.Parquet.Compression;

/// <summary>
/// Decodes a raw Snappy block (format_description.txt of google/snappy: varint uncompressed length, then
/// literals and back-references) into a caller-provided span, so pages can be inflated into pooled buffers.
/// Every length and offset is bounds-checked; a malformed block returns false. Parity with IronSnappy:
/// SnappyDecoderTests.
/// </summary>
internal static class SnappyDecoder
{
    /// <summary>True when <paramref name="input"/> is a valid block inflating to exactly <paramref name="output"/>.Length bytes.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static bool TryDecode(ReadOnlySpan<byte> input, Span<byte> output)
    {
        int pos = 0;
        ulong declared = 0;
        for (int shift = 0; ; shift += 7)
        {
            if (pos >= input.Length || shift > 28) return false;
            byte b = input[pos++];
            declared |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0) break;
        }
        if (declared != (ulong)output.Length) return false;
        int written = 0;
        ref byte src = ref MemoryMarshal.GetReference(input);
        ref byte dst = ref MemoryMarshal.GetReference(output);
        while (pos < input.Length)
        {
            if (input.Length - pos >= 21 && output.Length - written >= 80)
            {
                // Fast path, with enough input for a tag plus a 16-byte literal move and enough output for the
                // longest copy (64 bytes) rounded up to 8-byte moves: short literals and copies from at least
                // 8 bytes back, without per-byte bounds checks. Everything else takes the checked path below.
                byte head = Unsafe.Add(ref src, pos);
                int kind = head & 3;
                if (kind == 0)
                {
                    int literal = (head >> 2) + 1;
                    if (literal <= 16)
                    {
                        Unsafe.WriteUnaligned(ref Unsafe.Add(ref dst, written), Unsafe.ReadUnaligned<Vector128<byte>>(ref Unsafe.Add(ref src, pos + 1)));
                        pos += 1 + literal;
                        written += literal;
                        continue;
                    }
                }
                else
                {
                    int copy, back, advance;
                    if (kind == 1)
                    {
                        copy = 4 + ((head >> 2) & 7);
                        back = ((head >> 5) << 8) | Unsafe.Add(ref src, pos + 1);
                        advance = 2;
                    }
                    else if (kind == 2)
                    {
                        copy = 1 + (head >> 2);
                        back = Unsafe.ReadUnaligned<ushort>(ref Unsafe.Add(ref src, pos + 1));
                        advance = 3;
                    }
                    else
                    {
                        copy = 1 + (head >> 2);
                        uint value = Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref src, pos + 1));
                        back = value > int.MaxValue ? 0 : (int)value;
                        advance = 5;
                    }
                    if (back >= 8 && back <= written)
                    {
                        ref byte from = ref Unsafe.Add(ref dst, written - back);
                        ref byte to = ref Unsafe.Add(ref dst, written);
                        Unsafe.WriteUnaligned(ref to, Unsafe.ReadUnaligned<ulong>(ref from));
                        for (int k = 8; k < copy; k += 8)
                            Unsafe.WriteUnaligned(ref Unsafe.Add(ref to, k), Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref from, k)));
                        pos += advance;
                        written += copy;
                        continue;
                    }
                }
            }
            byte tag = Unsafe.Add(ref src, pos++);
            int length, offset;
            switch (tag & 3)
            {
                case 0:
                    {
                        length = tag >> 2;
                        if (length < 60 && input.Length - pos >= 16 && output.Length - written >= 16)
                        {
                            // Short literal with slack on both sides: one 16-byte move, then advance by its length.
                            Unsafe.WriteUnaligned(ref Unsafe.Add(ref dst, written), Unsafe.ReadUnaligned<Vector128<byte>>(ref Unsafe.Add(ref src, pos)));
                            if (length < 16)
                            {
                                pos += length + 1;
                                written += length + 1;
                                continue;
                            }
                        }
                        if (length >= 60)
                        {
                            int bytes = length - 59;
                            if (input.Length - pos < bytes) return false;
                            uint value = 0;
                            for (int i = 0; i < bytes; i++) value |= (uint)input[pos + i] << (8 * i);
                            pos += bytes;
                            if (value >= int.MaxValue) return false;
                            length = (int)value;
                        }
                        length++;
                        if (input.Length - pos < length || output.Length - written < length) return false;
                        input.Slice(pos, length).CopyTo(output[written..]);
                        pos += length;
                        written += length;
                        continue;
                    }
                case 1:
                    if (pos >= input.Length) return false;
                    length = 4 + ((tag >> 2) & 7);
                    offset = ((tag >> 5) << 8) | Unsafe.Add(ref src, pos++);
                    break;
                case 2:
                    if (input.Length - pos < 2) return false;
                    length = 1 + (tag >> 2);
                    offset = Unsafe.Add(ref src, pos) | (Unsafe.Add(ref src, pos + 1) << 8);
                    pos += 2;
                    break;
                default:
                    {
                        if (input.Length - pos < 4) return false;
                        length = 1 + (tag >> 2);
                        uint value = Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref src, pos));
                        pos += 4;
                        if (value > int.MaxValue) return false;
                        offset = (int)value;
                        break;
                    }
            }
            if (offset <= 0 || offset > written || output.Length - written < length) return false;
            if (offset >= 8 && output.Length - written >= length + 8)
            {
                // Back-reference at least 8 bytes back, with slack after it: 8-byte moves, each reading bytes
                // already written (the last may write up to 7 bytes past the copy, later overwritten).
                ref byte from = ref Unsafe.Add(ref dst, written - offset);
                ref byte to = ref Unsafe.Add(ref dst, written);
                for (int k = 0; k < length; k += 8)
                    Unsafe.WriteUnaligned(ref Unsafe.Add(ref to, k), Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref from, k)));
            }
            else if (offset >= length)
            {
                output.Slice(written - offset, length).CopyTo(output[written..]);
            }
            else
            {
                // Overlapping copy: repeats the last `offset` bytes.
                for (int i = 0; i < length; i++) output[written + i] = output[written - offset + i];
            }
            written += length;
        }
        return written == output.Length;
    }
}
