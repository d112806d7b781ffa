using System.Buffers.Binary;
using System.Runtime.InteropServices;
using MedSpark.Shared.Formats.Parquet.Columns;
using MedSpark.Shared.Formats.Parquet.Metadata;

namespace MedSpark.Shared.Formats.Parquet.Encodings;

/// <summary>
/// Decodes the values section of a data page into a <see cref="PhysicalColumn"/>, appending after its
/// current <see cref="PhysicalColumn.ValueCount"/>. Supports PLAIN, PLAIN_DICTIONARY/RLE_DICTIONARY,
/// RLE (booleans), DELTA_BINARY_PACKED, DELTA_LENGTH_BYTE_ARRAY, DELTA_BYTE_ARRAY and BYTE_STREAM_SPLIT.
/// </summary>
internal static class ValueDecoder
{
    public static void Decode(PhysicalColumn target, int count, Encoding encoding, ReadOnlySpan<byte> data, PhysicalColumn? dictionary, string context)
    {
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("The Parquet reader needs a little-endian CPU.");
        if (count > target.RowCount - target.ValueCount)
            throw new ParquetFormatException($"{context}: pages hold more values than the column chunk declares.");
        switch (encoding)
        {
            case Encoding.Plain:
                DecodePlain(target, target.ValueCount, count, data, context);
                break;
            case Encoding.PlainDictionary:
            case Encoding.RleDictionary:
                DecodeDictionary(target, count, data, dictionary ?? throw new ParquetFormatException($"{context}: dictionary-encoded page without a dictionary page."), context);
                break;
            case Encoding.Rle when target.Type == PhysicalType.Boolean:
                {
                    if (data.Length < 4) throw new ParquetFormatException($"{context}: RLE boolean page is shorter than its length prefix.");
                    int length = BinaryPrimitives.ReadInt32LittleEndian(data);
                    if (length < 0 || length > data.Length - 4) throw new ParquetFormatException($"{context}: RLE boolean length {length} overruns the page.");
                    var bits = new int[count];
                    RleBitPackedHybrid.Decode(data.Slice(4, length), 1, bits, context);
                    var values = target.Bools!;
                    for (int i = 0; i < count; i++) values[target.ValueCount + i] = bits[i] != 0;
                    break;
                }
            case Encoding.DeltaBinaryPacked when target.Type is PhysicalType.Int32 or PhysicalType.Int64:
                {
                    var values = DeltaBinaryPacked.Decode(data, context, out _);
                    if (values.Length < count) throw new ParquetFormatException($"{context}: DELTA_BINARY_PACKED holds {values.Length} values, page needs {count}.");
                    if (target.Type == PhysicalType.Int64) values.AsSpan(0, count).CopyTo(target.Longs.AsSpan(target.ValueCount));
                    else for (int i = 0; i < count; i++) target.Ints![target.ValueCount + i] = unchecked((int)values[i]);
                    break;
                }
            case Encoding.DeltaLengthByteArray when target.Type == PhysicalType.ByteArray:
                DecodeDeltaLength(data, count, target.Bytes.AsSpan(target.ValueCount, count), context);
                break;
            case Encoding.DeltaByteArray when target.Type is PhysicalType.ByteArray or PhysicalType.FixedLenByteArray:
                DecodeDeltaByteArray(target, count, data, context);
                break;
            case Encoding.ByteStreamSplit when target.Type is PhysicalType.Int32 or PhysicalType.Int64 or PhysicalType.Float or PhysicalType.Double:
                DecodeByteStreamSplit(target, count, data, context);
                break;
            default:
                throw new ParquetFormatException($"{context}: encoding {encoding} is not supported for physical type {target.Type}.");
        }
        target.ValueCount += count;
    }

    /// <summary>PLAIN values into <paramref name="target"/> at <paramref name="offset"/> (also used for dictionary pages).</summary>
    public static void DecodePlain(PhysicalColumn target, int offset, int count, ReadOnlySpan<byte> data, string context)
    {
        switch (target.Type)
        {
            case PhysicalType.Boolean:
                {
                    if ((count + 7) / 8 > data.Length) throw Short();
                    var values = target.Bools!;
                    for (int i = 0; i < count; i++) values[offset + i] = (data[i >> 3] & (1 << (i & 7))) != 0;
                    break;
                }
            case PhysicalType.Int32: CopyFixed(MemoryMarshal.AsBytes(target.Ints.AsSpan(offset, count)), data); break;
            case PhysicalType.Int64: CopyFixed(MemoryMarshal.AsBytes(target.Longs.AsSpan(offset, count)), data); break;
            case PhysicalType.Float: CopyFixed(MemoryMarshal.AsBytes(target.Floats.AsSpan(offset, count)), data); break;
            case PhysicalType.Double: CopyFixed(MemoryMarshal.AsBytes(target.Doubles.AsSpan(offset, count)), data); break;
            case PhysicalType.ByteArray:
                {
                    var values = target.Bytes!;
                    int pos = 0;
                    for (int i = 0; i < count; i++)
                    {
                        if (data.Length - pos < 4) throw Short();
                        int length = BinaryPrimitives.ReadInt32LittleEndian(data[pos..]);
                        pos += 4;
                        if (length < 0 || length > data.Length - pos) throw Short();
                        values[offset + i] = data.Slice(pos, length).ToArray();
                        pos += length;
                    }
                    break;
                }
            case PhysicalType.FixedLenByteArray or PhysicalType.Int96:
                {
                    int width = target.TypeLength;
                    if ((long)count * width > data.Length) throw Short();
                    var values = target.Bytes!;
                    for (int i = 0; i < count; i++) values[offset + i] = data.Slice(i * width, width).ToArray();
                    break;
                }
            default:
                throw new ParquetFormatException($"{context}: PLAIN decoding of {target.Type} is not supported.");
        }

        void CopyFixed(Span<byte> bytes, ReadOnlySpan<byte> source)
        {
            if (bytes.Length > source.Length) throw Short();
            source[..bytes.Length].CopyTo(bytes);
        }

        ParquetFormatException Short() => new($"{context}: PLAIN page holds fewer than the {count} values its header declares.");
    }

    private static void DecodeDictionary(PhysicalColumn target, int count, ReadOnlySpan<byte> data, PhysicalColumn dictionary, string context)
    {
        if (count == 0) return;
        if (data.Length < 1) throw new ParquetFormatException($"{context}: dictionary-encoded page has no bit width byte.");
        var indices = new int[count];
        RleBitPackedHybrid.Decode(data[1..], data[0], indices, context);
        int size = dictionary.ValueCount;
        foreach (int index in indices)
        {
            if ((uint)index >= (uint)size) throw new ParquetFormatException($"{context}: dictionary index {index} is outside the {size}-entry dictionary.");
        }
        int at = target.ValueCount;
        switch (target.Type)
        {
            case PhysicalType.Boolean: Gather(dictionary.Bools!, target.Bools!); break;
            case PhysicalType.Int32: Gather(dictionary.Ints!, target.Ints!); break;
            case PhysicalType.Int64: Gather(dictionary.Longs!, target.Longs!); break;
            case PhysicalType.Float: Gather(dictionary.Floats!, target.Floats!); break;
            case PhysicalType.Double: Gather(dictionary.Doubles!, target.Doubles!); break;
            case PhysicalType.ByteArray:
                Gather(dictionary.Bytes!, target.Bytes!);
                target.RecordDictionaryIndices(dictionary, at, indices);
                break;
            case PhysicalType.FixedLenByteArray or PhysicalType.Int96: Gather(dictionary.Bytes!, target.Bytes!); break;
        }

        void Gather<T>(T[] source, T[] destination)
        {
            for (int i = 0; i < indices.Length; i++) destination[at + i] = source[indices[i]];
        }
    }

    private static int DecodeDeltaLength(ReadOnlySpan<byte> data, int count, Span<byte[]> output, string context)
    {
        var lengths = DeltaBinaryPacked.Decode(data, context, out int pos);
        if (lengths.Length < count) throw new ParquetFormatException($"{context}: DELTA_LENGTH_BYTE_ARRAY holds {lengths.Length} lengths, page needs {count}.");
        for (int i = 0; i < count; i++)
        {
            long length = lengths[i];
            if (length < 0 || length > data.Length - pos) throw new ParquetFormatException($"{context}: DELTA_LENGTH_BYTE_ARRAY value {i} overruns the page.");
            output[i] = data.Slice(pos, (int)length).ToArray();
            pos += (int)length;
        }
        return pos;
    }

    private static void DecodeDeltaByteArray(PhysicalColumn target, int count, ReadOnlySpan<byte> data, string context)
    {
        var prefixes = DeltaBinaryPacked.Decode(data, context, out int pos);
        if (prefixes.Length < count) throw new ParquetFormatException($"{context}: DELTA_BYTE_ARRAY holds {prefixes.Length} prefixes, page needs {count}.");
        var suffixes = new byte[count][];
        DecodeDeltaLength(data[pos..], count, suffixes, context);
        var values = target.Bytes!;
        byte[] previous = [];
        for (int i = 0; i < count; i++)
        {
            long prefix = prefixes[i];
            if (prefix < 0 || prefix > previous.Length) throw new ParquetFormatException($"{context}: DELTA_BYTE_ARRAY prefix {prefix} exceeds the previous value's {previous.Length} bytes.");
            var value = new byte[prefix + suffixes[i].Length];
            previous.AsSpan(0, (int)prefix).CopyTo(value);
            suffixes[i].CopyTo(value.AsSpan((int)prefix));
            values[target.ValueCount + i] = value;
            previous = value;
        }
    }

    private static void DecodeByteStreamSplit(PhysicalColumn target, int count, ReadOnlySpan<byte> data, string context)
    {
        Span<byte> output = target.Type switch
        {
            PhysicalType.Int32 => MemoryMarshal.AsBytes(target.Ints.AsSpan(target.ValueCount, count)),
            PhysicalType.Int64 => MemoryMarshal.AsBytes(target.Longs.AsSpan(target.ValueCount, count)),
            PhysicalType.Float => MemoryMarshal.AsBytes(target.Floats.AsSpan(target.ValueCount, count)),
            _ => MemoryMarshal.AsBytes(target.Doubles.AsSpan(target.ValueCount, count)),
        };
        int width = count == 0 ? 0 : output.Length / count;
        if (output.Length > data.Length) throw new ParquetFormatException($"{context}: BYTE_STREAM_SPLIT page holds fewer than {count} values.");
        // Byte k of value i sits in stream k at position i.
        for (int k = 0; k < width; k++)
        {
            var stream = data.Slice(k * count, count);
            for (int i = 0; i < count; i++) output[i * width + k] = stream[i];
        }
    }
}
