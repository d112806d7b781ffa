using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using MedSpark.Shared.Formats.Parquet.Compression;
using MedSpark.Shared.Formats.Parquet.Encodings;
using MedSpark.Shared.Formats.Parquet.Metadata;
using MedSpark.Shared.Formats.Parquet.Thrift;
using MedSpark.Shared.Schemas;

namespace MedSpark.Shared.Formats.Parquet.Columns;

/// <summary>
/// Fast path for the common flat columns: INT32/INT64/FLOAT/DOUBLE physical values read as int, long, float,
/// double, date or timestamp, and BYTE_ARRAY read as string, in PLAIN or dictionary-encoded pages. Values go
/// from the (decompressed) page straight into the <c>T?[]</c> column array in one loop driven by the
/// definition levels, without the intermediate <see cref="PhysicalColumn"/> arrays; scratch buffers are
/// pooled. Anything else, and anything unexpected (corrupt pages, out-of-range values, other encodings),
/// returns null so the caller decodes the chunk with <see cref="ColumnChunkReader"/>, which also produces the
/// canonical error messages. Parity: ParquetReadPathParityTests.Read_FastPaths_SameBatchesAsGenericPath.
/// </summary>
internal static class FlatChunkDecoder
{
    private static readonly long UnixEpochTicks = DateTime.UnixEpoch.Ticks;
    private static readonly int UnixEpochDayNumber = DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber;

    /// <summary>
    /// The column array, or null when the generic path must decode the chunk. When <paramref name="reuse"/> is
    /// an array of the column's type and <paramref name="rows"/> long it is overwritten (every element, nulls
    /// included) and returned instead of a new one; its contents are undefined when this returns null.
    /// </summary>
    public static Array? TryRead(byte[] chunk, int chunkLength, ColumnMetaData meta, ColumnDescriptor descriptor, int rows, string context, Array? reuse = null)
    {
        if (descriptor.IsNestedLeaf || descriptor.MaxDefinitionLevel > 1 || meta.NumValues != rows) return null;
        if (meta.Codec is not (CompressionCodec.Uncompressed or CompressionCodec.Snappy or CompressionCodec.Zstd or CompressionCodec.Lz4Raw)) return null;
        var field = descriptor.Field;
        try
        {
            return (field.Type, descriptor.Physical) switch
            {
                (ColumnType.Int32, PhysicalType.Int32) => Run<int, int, Same<int>>(chunk, chunkLength, meta, descriptor, rows, context, reuse, default),
                (ColumnType.Int64, PhysicalType.Int64) => Run<long, long, Same<long>>(chunk, chunkLength, meta, descriptor, rows, context, reuse, default),
                (ColumnType.Float, PhysicalType.Float) => Run<float, float, Same<float>>(chunk, chunkLength, meta, descriptor, rows, context, reuse, default),
                (ColumnType.Double, PhysicalType.Double) => Run<double, double, Same<double>>(chunk, chunkLength, meta, descriptor, rows, context, reuse, default),
                (ColumnType.Date, PhysicalType.Int32) => Run<int, DateOnly, Days>(chunk, chunkLength, meta, descriptor, rows, context, reuse, new Days(UnixEpochDayNumber)),
                (ColumnType.Timestamp, PhysicalType.Int64) => descriptor.TimestampUnit switch
                {
                    TimeUnit.Millis => Run<long, DateTime, Scaled>(chunk, chunkLength, meta, descriptor, rows, context, reuse, new Scaled(TimeSpan.TicksPerMillisecond, UnixEpochTicks)),
                    TimeUnit.Micros => Run<long, DateTime, Scaled>(chunk, chunkLength, meta, descriptor, rows, context, reuse, new Scaled(TimeSpan.TicksPerMicrosecond, UnixEpochTicks)),
                    _ => Run<long, DateTime, Nanos>(chunk, chunkLength, meta, descriptor, rows, context, reuse, new Nanos(UnixEpochTicks)),
                },
                (ColumnType.String, PhysicalType.ByteArray) when !descriptor.Uuid => RunStrings(chunk, chunkLength, meta, descriptor, rows, context, reuse),
                _ => null,
            };
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null;
        }
    }

    /// <summary>Maps a physical value to the column's value; throws on a value the column type cannot hold.</summary>
    private interface IMap<TIn, TOut>
    {
        TOut Map(TIn value);
    }

    private readonly struct Same<T> : IMap<T, T>
    {
        public T Map(T value) => value;
    }

    private readonly struct Days(int epochDay) : IMap<int, DateOnly>
    {
        public DateOnly Map(int value) => DateOnly.FromDayNumber(checked(value + epochDay));
    }

    private readonly struct Scaled(long ticksPerUnit, long epochTicks) : IMap<long, DateTime>
    {
        public DateTime Map(long value) => new(checked(value * ticksPerUnit + epochTicks), DateTimeKind.Utc);
    }

    private readonly struct Nanos(long epochTicks) : IMap<long, DateTime>
    {
        public DateTime Map(long value) => new(checked((Math.DivRem(value, 100L) is var (q, r) && r < 0 ? q - 1 : q) + epochTicks), DateTimeKind.Utc);
    }

    /// <summary>One page's parts: its definition levels (empty for REQUIRED columns) and its values section.</summary>
    private ref struct Page
    {
        public int Count;
        public int Present;
        public Span<int> Levels;
        public ReadOnlySpan<byte> Values;
        public Encoding Encoding;
    }

    /// <summary>Receives a chunk's dictionary page body and its data pages (rows from <c>at</c>).</summary>
    private interface ISink
    {
        void Dictionary(int count, ReadOnlySpan<byte> body);
        void Data(ref Page page, int at, string context);
    }

    /// <summary>
    /// Walks the chunk's pages, handing the dictionary page's body and each data page's levels and values to
    /// <paramref name="sink"/>; pooled buffers are returned after each page.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void WalkPages<TSink>(byte[] chunk, int chunkLength, ColumnMetaData meta, ColumnDescriptor descriptor, int rows, string context, ref TSink sink)
        where TSink : struct, ISink
    {
        bool optional = descriptor.MaxDefinitionLevel > 0;
        int pos = 0, levelsRead = 0;
        int[]? levels = optional ? ArrayPool<int>.Shared.Rent(Math.Max(rows, 1)) : null;
        try
        {
            while (levelsRead < rows)
            {
                if (pos >= chunkLength) throw new FormatException();
                var headerReader = new CompactReader(chunk, pos, chunkLength - pos, context);
                var header = PageHeader.Read(headerReader);
                pos = headerReader.Position;
                if (header.CompressedPageSize < 0 || header.CompressedPageSize > chunkLength - pos) throw new FormatException();
                var page = new ReadOnlySpan<byte>(chunk, pos, header.CompressedPageSize);
                pos += header.CompressedPageSize;
                if (header.Type is not (PageType.DataPage or PageType.DataPageV2 or PageType.DictionaryPage)) continue;
                if (!header.HasTypeHeader) throw new FormatException();
                int count = header.NumValues;
                byte[]? rented = null;
                try
                {
                    if (header.Type == PageType.DictionaryPage)
                    {
                        if (header.Encoding is not (Encoding.Plain or Encoding.PlainDictionary) || count < 0) throw new FormatException();
                        sink.Dictionary(count, Decompress(meta.Codec, page, header.UncompressedPageSize, ref rented, context));
                        continue;
                    }
                    if (count < 0 || count > rows - levelsRead) throw new FormatException();
                    var parts = new Page { Count = count, Present = count, Encoding = header.Encoding };
                    ReadOnlySpan<byte> levelBytes;
                    if (header.Type == PageType.DataPage)
                    {
                        var body = Decompress(meta.Codec, page, header.UncompressedPageSize, ref rented, context);
                        if (optional)
                        {
                            if (header.DefinitionLevelEncoding != Encoding.Rle || body.Length < 4) throw new FormatException();
                            int length = BinaryPrimitives.ReadInt32LittleEndian(body);
                            if (length < 0 || length > body.Length - 4) throw new FormatException();
                            levelBytes = body.Slice(4, length);
                            parts.Values = body[(4 + length)..];
                        }
                        else
                        {
                            levelBytes = default;
                            parts.Values = body;
                        }
                    }
                    else
                    {
                        int repLength = header.RepetitionLevelsByteLength, defLength = header.DefinitionLevelsByteLength;
                        if (repLength != 0 || defLength < 0 || defLength > page.Length) throw new FormatException();
                        levelBytes = page[..defLength];
                        var values = page[defLength..];
                        parts.Values = header.IsCompressed && meta.Codec != CompressionCodec.Uncompressed
                            ? Decompress(meta.Codec, values, header.UncompressedPageSize - defLength, ref rented, context)
                            : values;
                    }
                    if (optional)
                    {
                        parts.Levels = levels.AsSpan(levelsRead, count);
                        RleBitPackedHybrid.Decode(levelBytes, 1, parts.Levels, context);
                        int present = 0;
                        foreach (int level in parts.Levels)
                        {
                            if ((uint)level > 1) throw new FormatException();
                            present += level;
                        }
                        parts.Present = present;
                    }
                    sink.Data(ref parts, levelsRead, context);
                    levelsRead += count;
                }
                finally
                {
                    if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
                }
            }
        }
        finally
        {
            if (levels is not null) ArrayPool<int>.Shared.Return(levels);
        }
    }

    private static ReadOnlySpan<byte> Decompress(CompressionCodec codec, ReadOnlySpan<byte> data, int uncompressedSize, scoped ref byte[]? rented, string context)
    {
        if (codec == CompressionCodec.Uncompressed)
        {
            if (data.Length != uncompressedSize) throw new FormatException();
            return data;
        }

        if (uncompressedSize is < 0 or > 1 << 30) throw new FormatException();
        rented = ArrayPool<byte>.Shared.Rent(Math.Max(uncompressedSize, 1));
        var output = rented.AsSpan(0, uncompressedSize);
        switch (codec)
        {
            case CompressionCodec.Snappy:
                if (!SnappyDecoder.TryDecode(data, output)) throw new FormatException();
                break;
            case CompressionCodec.Lz4Raw:
                Lz4RawCodec.Decompress(data, output);
                break;
            default:
                if (!ZstdNative.TryDecompressFrame(data, output)) throw new FormatException();
                break;
        }
        return output;
    }

    private static TOut?[] Run<TIn, TOut, TMap>(byte[] chunk, int chunkLength, ColumnMetaData meta, ColumnDescriptor descriptor, int rows, string context, Array? reuse, TMap map)
        where TIn : unmanaged where TOut : struct where TMap : struct, IMap<TIn, TOut>
    {
        var sink = new FixedSink<TIn, TOut, TMap> { Result = reuse is TOut?[] { Length: var n } array && n == rows ? array : new TOut?[rows], MapValue = map };
        WalkPages(chunk, chunkLength, meta, descriptor, rows, context, ref sink);
        return sink.Result;
    }

    private static string?[] RunStrings(byte[] chunk, int chunkLength, ColumnMetaData meta, ColumnDescriptor descriptor, int rows, string context, Array? reuse)
    {
        var sink = new StringSink { Result = reuse is string[] { Length: var n } array && n == rows ? array : new string?[rows] };
        WalkPages(chunk, chunkLength, meta, descriptor, rows, context, ref sink);
        return sink.Result;
    }

    /// <summary>Decodes a dictionary-encoded values section (bit width byte, then RLE/bit-packed indices) into <paramref name="indices"/>, checking each against <paramref name="size"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void DecodeIndices(ReadOnlySpan<byte> data, Span<int> indices, int size, string context)
    {
        if (indices.IsEmpty) return;
        if (data.Length < 1) throw new FormatException();
        RleBitPackedHybrid.Decode(data[1..], data[0], indices, context);
        foreach (int index in indices)
        {
            if ((uint)index >= (uint)size) throw new FormatException();
        }
    }

    private struct FixedSink<TIn, TOut, TMap> : ISink
        where TIn : unmanaged where TOut : struct where TMap : struct, IMap<TIn, TOut>
    {
        public TOut?[] Result;
        public TMap MapValue;
        private TIn[]? _dictionary;

        public void Dictionary(int count, ReadOnlySpan<byte> body)
        {
            var values = MemoryMarshal.Cast<byte, TIn>(body);
            if (values.Length < count) throw new FormatException();
            _dictionary = values[..count].ToArray();
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Data(ref Page page, int at, string context)
        {
            var output = Result.AsSpan(at, page.Count);
            var map = MapValue;
            var levels = page.Levels;
            if (page.Encoding == Encoding.Plain)
            {
                var values = MemoryMarshal.Cast<byte, TIn>(page.Values);
                if (values.Length < page.Present) throw new FormatException();
                values = values[..page.Present];
                if (levels.IsEmpty)
                {
                    for (int i = 0; i < values.Length; i++) output[i] = map.Map(values[i]);
                }
                else
                {
                    int n = 0;
                    for (int i = 0; i < output.Length; i++) output[i] = levels[i] != 0 ? map.Map(values[n++]) : null;
                }
                return;
            }
            if (page.Encoding is not (Encoding.PlainDictionary or Encoding.RleDictionary)) throw new FormatException();
            var entries = _dictionary ?? throw new FormatException();
            var rented = ArrayPool<int>.Shared.Rent(Math.Max(page.Present, 1));
            try
            {
                var indices = rented.AsSpan(0, page.Present);
                DecodeIndices(page.Values, indices, entries.Length, context);
                if (levels.IsEmpty)
                {
                    for (int i = 0; i < indices.Length; i++) output[i] = map.Map(entries[indices[i]]);
                }
                else
                {
                    int n = 0;
                    for (int i = 0; i < output.Length; i++) output[i] = levels[i] != 0 ? map.Map(entries[indices[n++]]) : null;
                }
            }
            finally
            {
                ArrayPool<int>.Shared.Return(rented);
            }
        }
    }

    /// <summary>UTF-8 strings: dictionary entries are decoded once and shared, PLAIN values one by one.</summary>
    private struct StringSink : ISink
    {
        public string?[] Result;
        private string[]? _dictionary;

        public void Dictionary(int count, ReadOnlySpan<byte> body)
        {
            var entries = new string[count];
            int pos = 0;
            for (int i = 0; i < count; i++) entries[i] = NextString(body, ref pos);
            _dictionary = entries;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Data(ref Page page, int at, string context)
        {
            var output = Result.AsSpan(at, page.Count);
            var levels = page.Levels;
            if (page.Encoding == Encoding.Plain)
            {
                var data = page.Values;
                int pos = 0;
                for (int i = 0; i < output.Length; i++) output[i] = levels.IsEmpty || levels[i] != 0 ? NextString(data, ref pos) : null;
                return;
            }
            if (page.Encoding is not (Encoding.PlainDictionary or Encoding.RleDictionary)) throw new FormatException();
            var entries = _dictionary ?? throw new FormatException();
            var rented = ArrayPool<int>.Shared.Rent(Math.Max(page.Present, 1));
            try
            {
                var indices = rented.AsSpan(0, page.Present);
                DecodeIndices(page.Values, indices, entries.Length, context);
                int n = 0;
                for (int i = 0; i < output.Length; i++) output[i] = levels.IsEmpty || levels[i] != 0 ? entries[indices[n++]] : null;
            }
            finally
            {
                ArrayPool<int>.Shared.Return(rented);
            }
        }

        private static string NextString(ReadOnlySpan<byte> data, ref int pos)
        {
            if (data.Length - pos < 4) throw new FormatException();
            int length = BinaryPrimitives.ReadInt32LittleEndian(data[pos..]);
            pos += 4;
            if (length < 0 || length > data.Length - pos) throw new FormatException();
            var value = System.Text.Encoding.UTF8.GetString(data.Slice(pos, length));
            pos += length;
            return value;
        }
    }
}
