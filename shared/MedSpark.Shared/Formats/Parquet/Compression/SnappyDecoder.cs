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
        while (pos < input.Length)
        {
            byte tag = input[pos++];
            int length, offset;
            switch (tag & 3)
            {
                case 0:
                    {
                        length = tag >> 2;
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
                    offset = ((tag >> 5) << 8) | input[pos++];
                    break;
                case 2:
                    if (input.Length - pos < 2) return false;
                    length = 1 + (tag >> 2);
                    offset = input[pos] | (input[pos + 1] << 8);
                    pos += 2;
                    break;
                default:
                    {
                        if (input.Length - pos < 4) return false;
                        length = 1 + (tag >> 2);
                        uint value = (uint)(input[pos] | (input[pos + 1] << 8) | (input[pos + 2] << 16)) | ((uint)input[pos + 3] << 24);
                        pos += 4;
                        if (value > int.MaxValue) return false;
                        offset = (int)value;
                        break;
                    }
            }
            if (offset <= 0 || offset > written || output.Length - written < length) return false;
            if (offset >= length)
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
