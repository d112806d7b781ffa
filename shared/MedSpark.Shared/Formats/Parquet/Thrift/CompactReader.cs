using System.Text;

namespace MedSpark.Shared.Formats.Parquet.Thrift;

/// <summary>
/// Reads Thrift compact-protocol structs from a byte buffer. Every read is bounds-checked and throws
/// <see cref="ParquetFormatException"/> so that corrupt footers and page headers fail loudly instead of
/// surfacing as IndexOutOfRange or looping.
/// </summary>
internal sealed class CompactReader
{
    // Parquet metadata nests a handful of levels; a deeper struct can only come from corrupt bytes.
    private const int MaxDepth = 64;

    private readonly byte[] _data;
    private readonly int _end;
    private readonly Stack<short> _lastIds = new();
    private short _lastId;

    public CompactReader(byte[] data, int offset, int count, string context)
    {
        _data = data;
        Position = offset;
        _end = offset + count;
        Context = context;
    }

    /// <summary>Where the bytes came from, for error messages (file and column).</summary>
    public string Context { get; }

    public int Position { get; private set; }

    public void BeginStruct()
    {
        if (_lastIds.Count >= MaxDepth) throw Corrupt("structs nested too deeply");
        _lastIds.Push(_lastId);
        _lastId = 0;
    }

    public void EndStruct() => _lastId = _lastIds.Pop();

    /// <summary>Reads the next field header; returns false at the struct's stop byte.</summary>
    public bool NextField(out short id, out CompactType type)
    {
        byte header = ReadByte();
        type = (CompactType)(header & 0x0F);
        if (type == CompactType.Stop)
        {
            id = 0;
            return false;
        }
        int delta = header >> 4;
        id = delta != 0 ? (short)(_lastId + delta) : (short)ReadZigZag();
        _lastId = id;
        if (type > CompactType.Struct) throw Corrupt($"unknown compact type {(int)type}");
        return true;
    }

    /// <summary>The value of a boolean field, which the compact protocol keeps in the field header.</summary>
    public static bool BoolValue(CompactType type) => type == CompactType.BooleanTrue;

    public int ReadI32()
    {
        long value = ReadZigZag();
        return value is >= int.MinValue and <= int.MaxValue ? (int)value : throw Corrupt($"i32 value {value} out of range");
    }

    public long ReadI64() => ReadZigZag();

    /// <summary>A Thrift <c>byte</c> (i8) value.</summary>
    public byte ReadByteValue() => ReadByte();

    public byte[] ReadBinary()
    {
        int length = ReadLength();
        var value = _data.AsSpan(Position, length).ToArray();
        Position += length;
        return value;
    }

    public string ReadString()
    {
        int length = ReadLength();
        var value = Encoding.UTF8.GetString(_data, Position, length);
        Position += length;
        return value;
    }

    /// <summary>Reads a list header; returns the element count.</summary>
    public int ReadListHeader(out CompactType elementType)
    {
        byte header = ReadByte();
        elementType = (CompactType)(header & 0x0F);
        int count = header >> 4;
        if (count == 15) count = ReadCount();
        // Each element takes at least one byte, so a larger count can only be corruption.
        if (count < 0 || count > _end - Position) throw Corrupt($"list of {count} elements exceeds the remaining bytes");
        return count;
    }

    /// <summary>Skips a value of any type, so readers tolerate fields added by newer writers.</summary>
    public void Skip(CompactType type)
    {
        switch (type)
        {
            case CompactType.BooleanTrue:
            case CompactType.BooleanFalse:
                return;
            case CompactType.Byte:
                ReadByte();
                return;
            case CompactType.I16:
            case CompactType.I32:
            case CompactType.I64:
                ReadVarint();
                return;
            case CompactType.Double:
                Advance(8);
                return;
            case CompactType.Binary:
                Advance(ReadLength());
                return;
            case CompactType.List:
            case CompactType.Set:
                {
                    int count = ReadListHeader(out var element);
                    for (int i = 0; i < count; i++) SkipElement(element);
                    return;
                }
            case CompactType.Map:
                {
                    int count = ReadCount();
                    if (count == 0) return;
                    if (count < 0 || count > _end - Position) throw Corrupt($"map of {count} entries exceeds the remaining bytes");
                    byte kinds = ReadByte();
                    for (int i = 0; i < count; i++)
                    {
                        SkipElement((CompactType)(kinds >> 4));
                        SkipElement((CompactType)(kinds & 0x0F));
                    }
                    return;
                }
            case CompactType.Struct:
                BeginStruct();
                while (NextField(out _, out var fieldType)) Skip(fieldType);
                EndStruct();
                return;
            default:
                throw Corrupt($"cannot skip compact type {(int)type}");
        }
    }

    /// <summary>Skips a list element: inside containers a boolean takes a whole byte.</summary>
    private void SkipElement(CompactType type)
    {
        if (type is CompactType.BooleanTrue or CompactType.BooleanFalse) ReadByte();
        else Skip(type);
    }

    private int ReadCount()
    {
        ulong count = ReadVarint();
        return count <= int.MaxValue ? (int)count : throw Corrupt($"container of {count} elements");
    }

    private int ReadLength()
    {
        ulong length = ReadVarint();
        if (length > (ulong)(_end - Position)) throw Corrupt($"a {length}-byte value exceeds the remaining {_end - Position} bytes");
        return (int)length;
    }

    private void Advance(int count)
    {
        if (count > _end - Position) throw Corrupt("value runs past the end of the buffer");
        Position += count;
    }

    private byte ReadByte()
    {
        if (Position >= _end) throw Corrupt("unexpected end of metadata");
        return _data[Position++];
    }

    private ulong ReadVarint()
    {
        ulong result = 0;
        for (int shift = 0; shift < 64; shift += 7)
        {
            byte b = ReadByte();
            result |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0) return result;
        }
        throw Corrupt("varint longer than 10 bytes");
    }

    private long ReadZigZag()
    {
        ulong raw = ReadVarint();
        return (long)(raw >> 1) ^ -(long)(raw & 1);
    }

    private ParquetFormatException Corrupt(string what) => new($"{Context}: corrupt Thrift metadata at byte {Position}: {what}.");
}
