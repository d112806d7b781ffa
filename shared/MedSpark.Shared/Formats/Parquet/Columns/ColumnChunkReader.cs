using System.Buffers.Binary;
using MedSpark.Shared.Formats.Parquet.Compression;
using MedSpark.Shared.Formats.Parquet.Encodings;
using MedSpark.Shared.Formats.Parquet.Metadata;
using MedSpark.Shared.Formats.Parquet.Thrift;

namespace MedSpark.Shared.Formats.Parquet.Columns;

/// <summary>
/// Reads one column chunk's pages (dictionary, data page v1 and v2; index pages skipped) into a
/// <see cref="PhysicalColumn"/>.
/// </summary>
internal static class ColumnChunkReader
{
    /// <summary>Decodes a chunk.</summary>
    /// <param name="chunk">The chunk's bytes, from its first page to the end of its last.</param>
    /// <param name="meta">The chunk's metadata (codec, value count).</param>
    /// <param name="descriptor">The column the chunk belongs to.</param>
    /// <param name="rows">Rows in the row group; for flat columns also the number of levels.</param>
    /// <param name="context">File, row group and column, for error messages.</param>
    public static PhysicalColumn Read(byte[] chunk, ColumnMetaData meta, ColumnDescriptor descriptor, int rows, string context)
    {
        if (meta.NumValues != rows)
            throw new ParquetFormatException($"{context}: chunk declares {meta.NumValues} values but the row group has {rows} rows.");
        bool optional = descriptor.MaxDefinitionLevel > 0;
        var column = new PhysicalColumn(descriptor.Physical, rows, rows, optional);
        PhysicalColumn? dictionary = null;
        int levelsRead = 0;
        int pos = 0;
        var levelScratch = optional ? new int[rows] : null;
        while (levelsRead < rows)
        {
            if (pos >= chunk.Length) throw new ParquetFormatException($"{context}: chunk ends after {levelsRead} of {rows} values.");
            var headerReader = new CompactReader(chunk, pos, chunk.Length - pos, context);
            var header = PageHeader.Read(headerReader);
            pos = headerReader.Position;
            if (header.CompressedPageSize < 0 || header.CompressedPageSize > chunk.Length - pos)
                throw new ParquetFormatException($"{context}: page of {header.CompressedPageSize} bytes at chunk offset {pos} overruns the {chunk.Length}-byte chunk.");
            var page = new ReadOnlySpan<byte>(chunk, pos, header.CompressedPageSize);
            pos += header.CompressedPageSize;
            if (!header.HasTypeHeader && header.Type is PageType.DataPage or PageType.DataPageV2 or PageType.DictionaryPage)
                throw new ParquetFormatException($"{context}: {header.Type} page has no type-specific header.");

            switch (header.Type)
            {
                case PageType.DictionaryPage:
                    {
                        if (header.Encoding is not (Encoding.Plain or Encoding.PlainDictionary))
                            throw new ParquetFormatException($"{context}: dictionary page encoding {header.Encoding} is not supported.");
                        if (header.NumValues < 0 || header.NumValues > header.UncompressedPageSize * 8L + 8)
                            throw new ParquetFormatException($"{context}: dictionary page claims {header.NumValues} values.");
                        var body = PageCompression.Decompress(meta.Codec, page, header.UncompressedPageSize, context);
                        dictionary = new PhysicalColumn(descriptor.Physical, header.NumValues, header.NumValues, hasLevels: false) { ValueCount = header.NumValues };
                        ValueDecoder.DecodePlain(dictionary, 0, header.NumValues, body, context);
                        break;
                    }
                case PageType.DataPage:
                    {
                        int count = CheckCount(header.NumValues);
                        var body = PageCompression.Decompress(meta.Codec, page, header.UncompressedPageSize, context);
                        int valuesStart = 0;
                        int present = count;
                        if (optional)
                        {
                            if (header.DefinitionLevelEncoding != Encoding.Rle)
                                throw new ParquetFormatException($"{context}: definition level encoding {header.DefinitionLevelEncoding} is not supported (only RLE).");
                            if (body.Length < 4) throw new ParquetFormatException($"{context}: data page too short for its definition levels.");
                            int length = BinaryPrimitives.ReadInt32LittleEndian(body);
                            if (length < 0 || length > body.Length - 4) throw new ParquetFormatException($"{context}: definition levels length {length} overruns the page.");
                            present = DecodeLevels(body.AsSpan(4, length), count);
                            valuesStart = 4 + length;
                        }
                        ValueDecoder.Decode(column, present, header.Encoding, body.AsSpan(valuesStart), dictionary, context);
                        levelsRead += count;
                        break;
                    }
                case PageType.DataPageV2:
                    {
                        int count = CheckCount(header.NumValues);
                        int repLength = header.RepetitionLevelsByteLength, defLength = header.DefinitionLevelsByteLength;
                        if (repLength < 0 || defLength < 0 || (long)repLength + defLength > page.Length)
                            throw new ParquetFormatException($"{context}: data page v2 level lengths ({repLength}, {defLength}) overrun the page.");
                        int present = count;
                        if (optional) present = DecodeLevels(page.Slice(repLength, defLength), count);
                        var values = page[(repLength + defLength)..];
                        byte[] valueBytes = header.IsCompressed && meta.Codec != CompressionCodec.Uncompressed
                            ? PageCompression.Decompress(meta.Codec, values, header.UncompressedPageSize - repLength - defLength, context)
                            : values.ToArray();
                        ValueDecoder.Decode(column, present, header.Encoding, valueBytes, dictionary, context);
                        levelsRead += count;
                        break;
                    }
                default:
                    // Index pages and unknown page types carry nothing this reader needs.
                    break;
            }
        }
        if (levelsRead != rows) throw new ParquetFormatException($"{context}: pages hold {levelsRead} values but the row group has {rows} rows.");
        return column;

        int CheckCount(int count)
        {
            if (count < 0 || count > rows - levelsRead)
                throw new ParquetFormatException($"{context}: data page holds {count} values, more than the {rows - levelsRead} left in the chunk.");
            return count;
        }

        // Decodes one page's definition levels into the column; returns how many are present (level 1).
        int DecodeLevels(ReadOnlySpan<byte> data, int count)
        {
            var scratch = levelScratch.AsSpan(0, count);
            RleBitPackedHybrid.Decode(data, 1, scratch, context);
            var levels = column.Levels!;
            int present = 0;
            for (int i = 0; i < count; i++)
            {
                int level = scratch[i];
                if (level > 1) throw new ParquetFormatException($"{context}: definition level {level} exceeds the maximum 1.");
                levels[levelsRead + i] = (byte)level;
                present += level;
            }
            return present;
        }
    }
}
