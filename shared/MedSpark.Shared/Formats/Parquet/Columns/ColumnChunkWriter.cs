using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using MedSpark.Shared.Formats.Parquet.Compression;
using MedSpark.Shared.Formats.Parquet.Encodings;
using MedSpark.Shared.Formats.Parquet.Metadata;
using MedSpark.Shared.Formats.Parquet.Thrift;

namespace MedSpark.Shared.Formats.Parquet.Columns;

/// <summary>
/// Writes one column chunk: an optional PLAIN dictionary page, then data pages (v1 or v2) of about
/// <see cref="ParquetWriteOptions.PageBytes"/> each, holding RLE/bit-packed definition levels
/// (length-prefixed in v1) and PLAIN or RLE_DICTIONARY values.
/// </summary>
internal static class ColumnChunkWriter
{
    /// <summary>Past this many PLAIN bytes a dictionary costs readers more memory than it saves; write PLAIN.</summary>
    public const int DictionaryLimitBytes = 1 << 20;

    /// <summary>Writes the chunk at file position <paramref name="chunkStart"/>; returns its metadata.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ColumnChunk Write(Stream output, long chunkStart, PhysicalColumn column, ColumnDescriptor descriptor, CompressionCodec codec, ParquetWriteOptions options)
    {
        long compressedTotal = 0;
        long uncompressedTotal = 0;
        // Scratch streams reused by every page (emptied before use): pages are about PageBytes each, so fresh
        // ones would put several large arrays per page on the large object heap.
        using var repetitionBytes = new MemoryStream();
        using var levelBytes = new MemoryStream();
        using var valueBytes = new MemoryStream();
        using var body = new MemoryStream();
        using var headerBytes = new MemoryStream();
        var encodings = new List<Encoding> { Encoding.Plain, Encoding.Rle };

        int[]? indices = null;
        int bitWidth = 0;
        long? dictionaryOffset = null;
        if (options.Dictionary && column.Type == PhysicalType.ByteArray && (column.DictionaryIndices is not null
            ? UseDictionary(column, out var dictionary, out var dictionaryIndices)
            : TryBuildDictionary(column, out dictionary, out dictionaryIndices)))
        {
            indices = dictionaryIndices;
            dictionaryOffset = chunkStart;
            bitWidth = Math.Max(1, BitPacking.WidthOf(dictionary.ValueCount - 1));
            PlainEncoder.Write(dictionary, 0, dictionary.ValueCount, body);
            WritePage(new PageHeader { Type = PageType.DictionaryPage, NumValues = dictionary.ValueCount, Encoding = Encoding.Plain }, [], Bytes(body));
            encodings.Add(Encoding.RleDictionary);
        }

        long dataOffset = chunkStart + compressedTotal;
        // Nested leaves carry their own levels; a REQUIRED leaf under required parents (max level 0) writes none.
        var levels = column.MaxDefinitionLevel > 0 ? column.Levels : null;
        int defined = column.MaxDefinitionLevel;
        var repetition = column.RepetitionLevels;
        int row = 0;
        int value = 0;
        var levelScratch = levels is null && repetition is null ? null : new int[column.RowCount];
        Span<byte> lengthPrefix = stackalloc byte[4];
        while (row < column.RowCount)
        {
            int pageStart = row;
            int valueStart = value;
            long bytes = 0;
            // Pages end on row boundaries (repetition level 0), as data page v2 and page indexes require.
            while (row < column.RowCount && (bytes < options.PageBytes || (repetition is not null && repetition[row] != 0)))
            {
                bool present = column.Levels is null || column.Levels[row] == defined;
                if (present)
                {
                    bytes += indices is not null ? 4 : EstimatedBytes(column, value);
                    value++;
                }
                bytes += 1;
                row++;
            }
            int pageRows = row - pageStart;
            int pageValues = value - valueStart;
            int pageRecords = pageRows;
            if (repetition is not null)
            {
                pageRecords = 0;
                for (int i = pageStart; i < row; i++)
                {
                    if (repetition[i] == 0) pageRecords++;
                }
            }

            repetitionBytes.SetLength(0);
            levelBytes.SetLength(0);
            valueBytes.SetLength(0);
            body.SetLength(0);
            if (repetition is not null)
            {
                for (int i = 0; i < pageRows; i++) levelScratch![i] = repetition[pageStart + i];
                RleBitPackedHybrid.Encode(levelScratch.AsSpan(0, pageRows), BitPacking.WidthOf(column.MaxRepetitionLevel), repetitionBytes);
            }
            if (levels is not null)
            {
                for (int i = 0; i < pageRows; i++) levelScratch![i] = levels[pageStart + i];
                RleBitPackedHybrid.Encode(levelScratch.AsSpan(0, pageRows), BitPacking.WidthOf(defined), levelBytes);
            }
            if (indices is not null)
            {
                valueBytes.WriteByte((byte)bitWidth);
                RleBitPackedHybrid.Encode(indices.AsSpan(valueStart, pageValues), bitWidth, valueBytes);
            }
            else
            {
                PlainEncoder.Write(column, valueStart, pageValues, valueBytes);
            }
            var valueEncoding = indices is not null ? Encoding.RleDictionary : Encoding.Plain;
            if (options.DataPageVersion == 2)
            {
                // v2 keeps levels uncompressed and unprefixed ahead of the compressed values.
                var header = new PageHeader
                {
                    Type = PageType.DataPageV2,
                    NumValues = pageRows,
                    NumNulls = pageRows - pageValues,
                    NumRows = pageRecords,
                    Encoding = valueEncoding,
                    RepetitionLevelsByteLength = (int)repetitionBytes.Length,
                    DefinitionLevelsByteLength = (int)levelBytes.Length,
                    IsCompressed = codec != CompressionCodec.Uncompressed,
                };
                body.Write(Bytes(repetitionBytes));
                body.Write(Bytes(levelBytes));
                WritePage(header, Bytes(body), Bytes(valueBytes));
            }
            else
            {
                if (repetition is not null)
                {
                    BinaryPrimitives.WriteInt32LittleEndian(lengthPrefix, (int)repetitionBytes.Length);
                    body.Write(lengthPrefix);
                    body.Write(Bytes(repetitionBytes));
                }
                if (levels is not null)
                {
                    BinaryPrimitives.WriteInt32LittleEndian(lengthPrefix, (int)levelBytes.Length);
                    body.Write(lengthPrefix);
                    body.Write(Bytes(levelBytes));
                }
                body.Write(Bytes(valueBytes));
                WritePage(new PageHeader { Type = PageType.DataPage, NumValues = pageRows, Encoding = valueEncoding }, [], Bytes(body));
            }
        }

        return new ColumnChunk
        {
            FileOffset = chunkStart,
            MetaData = new ColumnMetaData
            {
                Type = descriptor.Physical,
                Encodings = encodings,
                PathInSchema = descriptor.Path.ToList(),
                Codec = codec,
                NumValues = column.RowCount,
                TotalUncompressedSize = uncompressedTotal,
                TotalCompressedSize = compressedTotal,
                DataPageOffset = dataOffset,
                DictionaryPageOffset = dictionaryOffset,
                Statistics = StatisticsBuilder.Build(column),
            },
        };

        // Writes header, the bytes stored as they are (v2 levels), then the compressed rest.
        void WritePage(PageHeader header, ReadOnlySpan<byte> stored, ReadOnlySpan<byte> raw)
        {
            var compressed = PageCompression.Compress(codec, raw);
            header.UncompressedPageSize = stored.Length + raw.Length;
            header.CompressedPageSize = stored.Length + compressed.Length;
            headerBytes.SetLength(0);
            header.Write(new CompactWriter(headerBytes));
            output.Write(Bytes(headerBytes));
            output.Write(stored);
            output.Write(compressed);
            compressedTotal += headerBytes.Length + header.CompressedPageSize;
            uncompressedTotal += headerBytes.Length + header.UncompressedPageSize;
        }
    }

    private static ReadOnlySpan<byte> Bytes(MemoryStream stream) => stream.GetBuffer().AsSpan(0, (int)stream.Length);

    private static long EstimatedBytes(PhysicalColumn column, int value) => column.Type switch
    {
        PhysicalType.Boolean => 1,
        PhysicalType.Int32 or PhysicalType.Float => 4,
        PhysicalType.ByteArray => 4 + column.Bytes![value].Length,
        PhysicalType.FixedLenByteArray or PhysicalType.Int96 => column.TypeLength,
        _ => 8,
    };

    /// <summary>The dictionary the column already carries (strings deduplicated while packing), when it pays off.</summary>
    private static bool UseDictionary(PhysicalColumn column, out PhysicalColumn dictionary, out int[] indices)
    {
        dictionary = column.Dictionary!;
        indices = column.DictionaryIndices!;
        if (dictionary is null || indices is null) return false;
        long plainBytes = 0;
        for (int i = 0; i < column.ValueCount; i++) plainBytes += 4 + column.Bytes![i].Length;
        long dictionaryBytes = 0;
        for (int i = 0; i < dictionary.ValueCount; i++) dictionaryBytes += 4 + dictionary.Bytes![i].Length;
        long indexBytes = (long)column.ValueCount * Math.Max(1, BitPacking.WidthOf(dictionary.ValueCount - 1)) / 8 + 1;
        if (dictionaryBytes + indexBytes >= plainBytes) indices = null!;
        return indices is not null;
    }

    /// <summary>
    /// Builds a dictionary of distinct values and each value's index, when that pays off: the dictionary
    /// plus bit-packed indices must be smaller than PLAIN, and the dictionary must stay under
    /// <see cref="DictionaryLimitBytes"/> (then the chunk falls back to PLAIN).
    /// </summary>
    private static bool TryBuildDictionary(PhysicalColumn column, out PhysicalColumn dictionary, out int[] indices)
    {
        var values = column.Bytes!;
        int n = column.ValueCount;
        var lookup = new Dictionary<byte[], int>(ByteArrayComparer.Instance);
        var distinct = new List<byte[]>();
        var found = new int[n];
        long dictionaryBytes = 0;
        long plainBytes = 0;
        dictionary = null!;
        indices = null!;
        for (int i = 0; i < n; i++)
        {
            plainBytes += 4 + values[i].Length;
            if (!lookup.TryGetValue(values[i], out int index))
            {
                index = distinct.Count;
                lookup.Add(values[i], index);
                distinct.Add(values[i]);
                dictionaryBytes += 4 + values[i].Length;
                if (dictionaryBytes > DictionaryLimitBytes) return false;
            }
            found[i] = index;
        }
        long indexBytes = (long)n * Math.Max(1, BitPacking.WidthOf(distinct.Count - 1)) / 8 + 1;
        if (dictionaryBytes + indexBytes >= plainBytes) return false;
        dictionary = new PhysicalColumn(PhysicalType.ByteArray, distinct.Count, distinct.Count, hasLevels: false) { ValueCount = distinct.Count };
        distinct.CopyTo(dictionary.Bytes!);
        indices = found;
        return true;
    }
}
