using System.Text;

namespace MedSpark.Shared.Formats.Parquet.Thrift;

/// <summary>
/// Writes Thrift compact-protocol structs: enough of the protocol for Parquet's footer and page headers
/// (structs, i32/i64, binary, lists and booleans carried in the field header).
/// </summary>
internal sealed class CompactWriter
{
    private readonly MemoryStream _buffer;
    private readonly Stack<short> _lastIds = new();
    private short _lastId;

    public CompactWriter(MemoryStream buffer) => _buffer = buffer;

    public void BeginStruct()
    {
        _lastIds.Push(_lastId);
        _lastId = 0;
    }

    public void EndStruct()
    {
        _buffer.WriteByte((byte)CompactType.Stop);
        _lastId = _lastIds.Pop();
    }

    public void FieldHeader(short id, CompactType type)
    {
        int delta = id - _lastId;
        if (delta is > 0 and <= 15)
        {
            _buffer.WriteByte((byte)((delta << 4) | (byte)type));
        }
        else
        {
            _buffer.WriteByte((byte)type);
            WriteVarint(ZigZag(id));
        }
        _lastId = id;
    }

    public void I32(short id, int value)
    {
        FieldHeader(id, CompactType.I32);
        WriteVarint(ZigZag(value));
    }

    public void I64(short id, long value)
    {
        FieldHeader(id, CompactType.I64);
        WriteVarint(ZigZag(value));
    }

    public void Bool(short id, bool value) => FieldHeader(id, value ? CompactType.BooleanTrue : CompactType.BooleanFalse);

    public void Binary(short id, ReadOnlySpan<byte> value)
    {
        FieldHeader(id, CompactType.Binary);
        WriteBinaryValue(value);
    }

    public void String(short id, string value) => Binary(id, Encoding.UTF8.GetBytes(value));

    /// <summary>Starts a struct-valued field; close it with <see cref="EndStruct"/>.</summary>
    public void StructField(short id)
    {
        FieldHeader(id, CompactType.Struct);
        BeginStruct();
    }

    /// <summary>Writes a list field header; the caller then writes <paramref name="count"/> elements.</summary>
    public void ListField(short id, CompactType elementType, int count)
    {
        FieldHeader(id, CompactType.List);
        if (count < 15)
        {
            _buffer.WriteByte((byte)((count << 4) | (byte)elementType));
        }
        else
        {
            _buffer.WriteByte((byte)(0xF0 | (byte)elementType));
            WriteVarint((ulong)count);
        }
    }

    public void I32Element(int value) => WriteVarint(ZigZag(value));

    public void StringElement(string value) => WriteBinaryValue(Encoding.UTF8.GetBytes(value));

    private void WriteBinaryValue(ReadOnlySpan<byte> value)
    {
        WriteVarint((ulong)value.Length);
        _buffer.Write(value);
    }

    private void WriteVarint(ulong value)
    {
        Span<byte> scratch = stackalloc byte[10];
        int n = 0;
        while (value >= 0x80)
        {
            scratch[n++] = (byte)(value | 0x80);
            value >>= 7;
        }
        scratch[n++] = (byte)value;
        _buffer.Write(scratch[..n]);
    }

    private static ulong ZigZag(long value) => (ulong)((value << 1) ^ (value >> 63));
}
