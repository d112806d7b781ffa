using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using MedSpark.Shared.Formats.Parquet.Columns;
using MedSpark.Shared.Formats.Parquet.Metadata;

namespace MedSpark.Shared.Formats.Parquet.Encodings;

/// <summary>
/// PLAIN encoding (Encodings.md): little-endian fixed-width values, booleans bit-packed LSB first,
/// byte arrays as a 4-byte little-endian length followed by the bytes, fixed-length byte arrays as their bytes.
/// </summary>
internal static class PlainEncoder
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Write(PhysicalColumn column, int start, int count, Stream output)
    {
        // MemoryMarshal reinterprets host-order values; Parquet is little-endian and so are x64 and arm64.
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("The Parquet writer needs a little-endian CPU.");
        switch (column.Type)
        {
            case PhysicalType.Boolean:
                {
                    var bits = new byte[(count + 7) / 8];
                    var values = column.Bools!;
                    for (int i = 0; i < count; i++)
                    {
                        if (values[start + i]) bits[i >> 3] |= (byte)(1 << (i & 7));
                    }
                    output.Write(bits);
                    break;
                }
            case PhysicalType.Int32: output.Write(MemoryMarshal.AsBytes(column.Ints.AsSpan(start, count))); break;
            case PhysicalType.Int64: output.Write(MemoryMarshal.AsBytes(column.Longs.AsSpan(start, count))); break;
            case PhysicalType.Float: output.Write(MemoryMarshal.AsBytes(column.Floats.AsSpan(start, count))); break;
            case PhysicalType.Double: output.Write(MemoryMarshal.AsBytes(column.Doubles.AsSpan(start, count))); break;
            case PhysicalType.ByteArray:
                {
                    Span<byte> length = stackalloc byte[4];
                    var values = column.Bytes!;
                    for (int i = start; i < start + count; i++)
                    {
                        BinaryPrimitives.WriteInt32LittleEndian(length, values[i].Length);
                        output.Write(length);
                        output.Write(values[i]);
                    }
                    break;
                }
            case PhysicalType.FixedLenByteArray or PhysicalType.Int96:
                {
                    var values = column.Bytes!;
                    for (int i = start; i < start + count; i++) output.Write(values[i]);
                    break;
                }
            default:
                throw new ArgumentOutOfRangeException(nameof(column), column.Type, null);
        }
    }

    /// <summary>PLAIN bytes of a single value, as statistics store them (byte arrays without the length prefix).</summary>
    public static byte[] Single(PhysicalColumn column, int index) => column.Type switch
    {
        PhysicalType.Boolean => [column.Bools![index] ? (byte)1 : (byte)0],
        PhysicalType.Int32 => BitConverter.GetBytes(column.Ints![index]),
        PhysicalType.Int64 => BitConverter.GetBytes(column.Longs![index]),
        PhysicalType.Float => BitConverter.GetBytes(column.Floats![index]),
        PhysicalType.Double => BitConverter.GetBytes(column.Doubles![index]),
        PhysicalType.ByteArray or PhysicalType.FixedLenByteArray or PhysicalType.Int96 => column.Bytes![index],
        _ => throw new ArgumentOutOfRangeException(nameof(column), column.Type, null),
    };
}
