using System.Buffers.Binary;

namespace MedSpark.Shared.Formats.Parquet.Compression;

/// <summary>
/// Parquet's LZ4_RAW codec: one LZ4 block per page, without a frame or length prefix (the page header
/// carries the uncompressed size).
/// </summary>
/// <remarks>
/// LZ4 block format (lz4/lz4, doc/lz4_Block_format.md): a block is a series of sequences. Each starts with a
/// token byte whose high nibble is the literal count and low nibble the match length minus 4; a nibble of
/// 15 is continued by bytes added to it until one is below 255. The literals follow, then a 2-byte
/// little-endian offset (1..65535) back into the output and the match-length continuation bytes; the match
/// is copied byte by byte, so it may overlap its own output (offset 1 repeats a byte). The last sequence has
/// literals only. Encoders keep the last 5 bytes as literals and start no match in the last 12 bytes.
/// The encoder here is greedy: a 4096-entry hash table of the last position of each 4-byte prefix, no
/// lazy matching. It trades ratio for simplicity; the decoder accepts any valid block.
/// </remarks>
internal static class Lz4RawCodec
{
    private const int MinMatch = 4;
    private const int LastLiterals = 5;
    private const int MatchStartLimit = 12;
    private const int MaxOffset = 65535;
    private const int HashBits = 12;

    /// <summary>The block for <paramref name="data"/>.</summary>
    public static byte[] Compress(ReadOnlySpan<byte> data)
    {
        // Incompressible input grows by one continuation byte per 255 literals plus the token.
        var output = new byte[data.Length + data.Length / 255 + 16];
        int written = 0, anchor = 0;
        if (data.Length >= MatchStartLimit + 1)
        {
            Span<int> table = stackalloc int[1 << HashBits];
            table.Fill(-1);
            int lastStart = data.Length - MatchStartLimit;
            for (int i = 0; i <= lastStart;)
            {
                uint prefix = BinaryPrimitives.ReadUInt32LittleEndian(data[i..]);
                int slot = (int)((prefix * 2654435761u) >> (32 - HashBits));
                int candidate = table[slot];
                table[slot] = i;
                if (candidate < 0 || i - candidate > MaxOffset || BinaryPrimitives.ReadUInt32LittleEndian(data[candidate..]) != prefix)
                {
                    i++;
                    continue;
                }
                int length = MinMatch;
                int maxLength = data.Length - LastLiterals - i;
                while (length < maxLength && data[candidate + length] == data[i + length]) length++;
                written = WriteSequence(output, written, data[anchor..i], i - candidate, length);
                i += length;
                anchor = i;
            }
        }
        written = WriteSequence(output, written, data[anchor..], offset: 0, matchLength: 0);
        return output.AsSpan(0, written).ToArray();
    }

    /// <summary>
    /// Decodes a block into exactly <paramref name="output"/>.Length bytes; throws <see cref="InvalidDataException"/>
    /// when the block is malformed or does not decode to that length. Never reads or writes out of bounds.
    /// </summary>
    public static void Decompress(ReadOnlySpan<byte> block, Span<byte> output)
    {
        int input = 0, written = 0;
        while (true)
        {
            if (input >= block.Length) throw new InvalidDataException($"LZ4 block ends before its last sequence (at byte {input}).");
            int token = block[input++];
            int literals = ReadLength(block, ref input, token >> 4, output.Length - written, "literal run");
            if (literals > block.Length - input) throw new InvalidDataException($"LZ4 literal run of {literals} bytes at byte {input} runs past the block's end.");
            block.Slice(input, literals).CopyTo(output[written..]);
            input += literals;
            written += literals;
            if (input == block.Length) break;

            if (block.Length - input < 2) throw new InvalidDataException($"LZ4 match offset at byte {input} is cut off.");
            int offset = BinaryPrimitives.ReadUInt16LittleEndian(block[input..]);
            input += 2;
            if (offset == 0 || offset > written) throw new InvalidDataException($"LZ4 match offset {offset} at output byte {written} points before the start of the output.");
            int length = ReadLength(block, ref input, token & 0x0F, output.Length - written - MinMatch, "match") + MinMatch;
            int from = written - offset;
            if (offset >= length)
            {
                output.Slice(from, length).CopyTo(output[written..]);
                written += length;
            }
            else
            {
                // Byte by byte: the match overlaps the bytes it produces (offset 1 repeats one byte).
                for (int end = written + length; written < end;) output[written++] = output[from++];
            }
        }
        if (written != output.Length) throw new InvalidDataException($"LZ4 block decoded to {written} bytes, expected {output.Length}.");
    }

    /// <summary>A length nibble plus its continuation bytes, rejected once it exceeds <paramref name="room"/> (so it cannot overflow).</summary>
    private static int ReadLength(ReadOnlySpan<byte> block, ref int input, int nibble, int room, string what)
    {
        int length = nibble;
        if (nibble == 15)
        {
            int more;
            do
            {
                if (input >= block.Length) throw new InvalidDataException($"LZ4 {what} length is cut off at byte {input}.");
                more = block[input++];
                length += more;
                if (length > room) break;
            } while (more == 255);
        }
        if (length > room) throw new InvalidDataException($"LZ4 {what} of at least {length} bytes overruns the {room} bytes left in the output.");
        return length;
    }

    /// <summary>Writes one sequence: token, literals, then (unless <paramref name="matchLength"/> is 0, the last sequence) offset and match length.</summary>
    private static int WriteSequence(byte[] output, int at, ReadOnlySpan<byte> literals, int offset, int matchLength)
    {
        int matchCode = matchLength == 0 ? 0 : matchLength - MinMatch;
        output[at++] = (byte)((Math.Min(literals.Length, 15) << 4) | Math.Min(matchCode, 15));
        at = WriteContinuation(output, at, literals.Length);
        literals.CopyTo(output.AsSpan(at));
        at += literals.Length;
        if (matchLength == 0) return at;
        BinaryPrimitives.WriteUInt16LittleEndian(output.AsSpan(at), (ushort)offset);
        at += 2;
        return WriteContinuation(output, at, matchCode);
    }

    private static int WriteContinuation(byte[] output, int at, int length)
    {
        if (length < 15) return at;
        for (length -= 15; length >= 255; length -= 255) output[at++] = 255;
        output[at++] = (byte)length;
        return at;
    }
}
