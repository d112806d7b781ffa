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
    /// <param name="chunk">The chunk's bytes, from its first page to the end of its last, in its first <paramref name="chunkLength"/> bytes.</param>
    /// <param name="chunkLength">How many bytes of <paramref name="chunk"/> belong to the chunk.</param>
    /// <param name="meta">The chunk's metadata (codec, value count).</param>
    /// <param name="descriptor">The column the chunk belongs to.</param>
    /// <param name="rows">Rows in the row group; for flat columns also the number of levels.</param>
    /// <param name="context">File, row group and column, for error messages.</param>
    /// <remarks>
    /// For a nested leaf the chunk's num_values counts level entries (rows plus repeated and null-parent
    /// entries), and repetition levels (width of <see cref="ColumnDescriptor.MaxRepetitionLevel"/>) precede the
    /// definition levels in each page.
    /// </remarks>
    public static PhysicalColumn Read(byte[] chunk, int chunkLength, ColumnMetaData meta, ColumnDescriptor descriptor, int rows, string context)
    {
        bool nested = descriptor.IsNestedLeaf;
        if (!nested && meta.NumValues != rows)
            throw new ParquetFormatException($"{context}: chunk declares {meta.NumValues} values but the row group has {rows} rows.");
        if (nested && (meta.NumValues < rows || meta.NumValues > int.MaxValue / 2))
            throw new ParquetFormatException($"{context}: chunk declares {meta.NumValues} level entries for {rows} rows.");
        int entries = (int)meta.NumValues;
        bool optional = descriptor.MaxDefinitionLevel > 0;
        int maxDefinition = descriptor.MaxDefinitionLevel, maxRepetition = descriptor.MaxRepetitionLevel;
        var column = nested ? PhysicalColumn.ForNested(descriptor, entries) : new PhysicalColumn(descriptor.Physical, rows, rows, optional, descriptor.TypeLength);
        PhysicalColumn? dictionary = null;
        int levelsRead = 0;
        int pos = 0;
        var levelScratch = optional || maxRepetition > 0 ? new int[entries] : null;
        rows = entries;
        while (levelsRead < rows)
        {
            if (pos >= chunkLength) throw new ParquetFormatException($"{context}: chunk ends after {levelsRead} of {rows} values.");
            var headerReader = new CompactReader(chunk, pos, chunkLength - pos, context);
            var header = PageHeader.Read(headerReader);
            pos = headerReader.Position;
            if (header.CompressedPageSize < 0 || header.CompressedPageSize > chunkLength - pos)
                throw new ParquetFormatException($"{context}: page of {header.CompressedPageSize} bytes at chunk offset {pos} overruns the {chunkLength}-byte chunk.");
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
                        dictionary = new PhysicalColumn(descriptor.Physical, header.NumValues, header.NumValues, hasLevels: false, descriptor.TypeLength) { ValueCount = header.NumValues };
                        ValueDecoder.DecodePlain(dictionary, 0, header.NumValues, body, context);
                        break;
                    }
                case PageType.DataPage:
                    {
                        int count = CheckCount(header.NumValues);
                        var body = PageCompression.Decompress(meta.Codec, page, header.UncompressedPageSize, context);
                        int valuesStart = 0;
                        int present = count;
                        if (maxRepetition > 0)
                        {
                            if (header.RepetitionLevelEncoding != Encoding.Rle)
                                throw new ParquetFormatException($"{context}: repetition level encoding {header.RepetitionLevelEncoding} is not supported (only RLE).");
                            int length = LevelsLength(body, valuesStart, "repetition");
                            DecodeRepetition(body.AsSpan(valuesStart + 4, length), count);
                            valuesStart += 4 + length;
                        }
                        if (optional)
                        {
                            if (header.DefinitionLevelEncoding != Encoding.Rle)
                                throw new ParquetFormatException($"{context}: definition level encoding {header.DefinitionLevelEncoding} is not supported (only RLE).");
                            int length = LevelsLength(body, valuesStart, "definition");
                            present = DecodeLevels(body.AsSpan(valuesStart + 4, length), count);
                            valuesStart += 4 + length;
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
                        if (maxRepetition > 0) DecodeRepetition(page[..repLength], count);
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

        int LevelsLength(byte[] body, int at, string kind)
        {
            if (body.Length - at < 4) throw new ParquetFormatException($"{context}: data page too short for its {kind} levels.");
            int length = BinaryPrimitives.ReadInt32LittleEndian(body.AsSpan(at));
            if (length < 0 || length > body.Length - at - 4) throw new ParquetFormatException($"{context}: {kind} levels length {length} overruns the page.");
            return length;
        }

        // Decodes one page's definition levels into the column; returns how many are present (maximum level).
        int DecodeLevels(ReadOnlySpan<byte> data, int count)
        {
            var scratch = levelScratch.AsSpan(0, count);
            RleBitPackedHybrid.Decode(data, BitPacking.WidthOf(maxDefinition), scratch, context);
            var levels = column.Levels!;
            int present = 0;
            for (int i = 0; i < count; i++)
            {
                int level = scratch[i];
                if (level > maxDefinition) throw new ParquetFormatException($"{context}: definition level {level} exceeds the maximum {maxDefinition}.");
                levels[levelsRead + i] = (byte)level;
                if (level == maxDefinition) present++;
            }
            return present;
        }

        void DecodeRepetition(ReadOnlySpan<byte> data, int count)
        {
            var scratch = levelScratch.AsSpan(0, count);
            RleBitPackedHybrid.Decode(data, BitPacking.WidthOf(maxRepetition), scratch, context);
            var levels = column.RepetitionLevels!;
            for (int i = 0; i < count; i++)
            {
                int level = scratch[i];
                if (level > maxRepetition) throw new ParquetFormatException($"{context}: repetition level {level} exceeds the maximum {maxRepetition}.");
                if (levelsRead + i == 0 && level != 0) throw new ParquetFormatException($"{context}: the chunk's first repetition level is {level}, not 0.");
                levels[levelsRead + i] = (byte)level;
            }
        }
    }
}
