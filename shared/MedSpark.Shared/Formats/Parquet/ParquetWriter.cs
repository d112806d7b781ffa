using MedSpark.Shared.Formats.Parquet.Columns;
using MedSpark.Shared.Formats.Parquet.Compression;
using MedSpark.Shared.Formats.Parquet.Metadata;
using MedSpark.Shared.Formats.Parquet.Nested;
using MedSpark.Shared.Formats.Parquet.Thrift;
using MedSpark.Shared.Schemas;

namespace MedSpark.Shared.Formats.Parquet;

/// <summary>
/// Streams batches into one Parquet file: magic, row groups (each batch split to about
/// <see cref="ParquetWriteOptions.RowGroupBytes"/>), footer. Offsets count from the first byte written,
/// so the stream need not be seekable.
/// </summary>
internal sealed class ParquetWriter
{
    /// <summary>The footer's created_by.</summary>
    public const string CreatedBy = "MedSpark";

    private static readonly byte[] Magic = "PAR1"u8.ToArray();

    private readonly Stream _output;
    private readonly TableSchema _schema;
    private readonly IReadOnlyList<SchemaNode> _nodes;
    private readonly ColumnDescriptor[] _columns;
    private readonly ParquetWriteOptions _options;
    private readonly CompressionCodec _codec;
    private readonly FileMetaData _metadata = new() { CreatedBy = CreatedBy, TypeDefinedColumnOrders = true };
    private readonly MemoryStream[] _buffers;
    private long _position;

    public ParquetWriter(Stream output, TableSchema schema, ParquetWriteOptions options)
    {
        options.Validate();
        if (schema.Count == 0) throw new ArgumentException("A Parquet file needs at least one column.", nameof(schema));
        _output = output;
        _schema = schema;
        _options = options;
        _codec = PageCompression.ToCodec(options.Compression);
        _nodes = SchemaTree.FromFields(schema);
        _columns = _nodes.SelectMany(SchemaTree.Leaves).Select(n => n.Leaf!).ToArray();
        _metadata.Schema.AddRange(SchemaTree.ToElements(_nodes));
        _buffers = _nodes.Select(_ => new MemoryStream()).ToArray();
        Write(Magic);
    }

    /// <summary>The leaf columns, in file order.</summary>
    public IReadOnlyList<ColumnDescriptor> Columns => _columns;

    /// <summary>The top-level columns' trees.</summary>
    public IReadOnlyList<SchemaNode> Nodes => _nodes;

    /// <summary>Writes a batch as one or more row groups; an empty batch writes nothing.</summary>
    public void Append(ColumnBatch batch)
    {
        if (!batch.Schema.Equals(_schema))
            throw new ArgumentException($"Batch schema [{batch.Schema}] differs from the file schema [{_schema}].", nameof(batch));
        int rows = batch.RowCount;
        if (rows == 0) return;
        long estimate = EstimateBytes(batch);
        long groups = Math.Max(1, (estimate + _options.RowGroupBytes - 1) / _options.RowGroupBytes);
        int rowsPerGroup = (int)Math.Max(1, (rows + groups - 1) / groups);
        for (int start = 0; start < rows; start += rowsPerGroup) WriteRowGroup(batch, start, Math.Min(rowsPerGroup, rows - start));
    }

    /// <summary>Writes the footer; returns the metadata written.</summary>
    public FileMetaData Finish()
    {
        _metadata.NumRows = _metadata.RowGroups.Sum(g => g.NumRows);
        using var footer = new MemoryStream();
        _metadata.Write(new CompactWriter(footer));
        Write(footer.GetBuffer().AsSpan(0, (int)footer.Length));
        Span<byte> length = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(length, (int)footer.Length);
        Write(length);
        Write(Magic);
        _output.Flush();
        return _metadata;
    }

    private void WriteRowGroup(ColumnBatch batch, int start, int count)
    {
        var group = new RowGroup { NumRows = count, FileOffset = _position, Ordinal = _metadata.RowGroups.Count <= short.MaxValue ? (short)_metadata.RowGroups.Count : null, TotalCompressedSize = 0 };
        // Each top-level column is encoded and compressed into its own buffer, on up to Parallelism threads,
        // then the buffers are copied out in column order: the file's bytes do not depend on the thread count.
        var chunks = new List<ColumnChunk>[_nodes.Count];
        ColumnParallel.For(_nodes.Count, _options.Parallelism, c => chunks[c] = EncodeColumn(batch, c, start, count));
        for (int c = 0; c < _nodes.Count; c++)
        {
            long origin = _position;
            foreach (var chunk in chunks[c])
            {
                var meta = chunk.MetaData!;
                chunk.FileOffset += origin;
                meta.DataPageOffset += origin;
                if (meta.DictionaryPageOffset is { } dictionary) meta.DictionaryPageOffset = dictionary + origin;
                group.TotalCompressedSize += meta.TotalCompressedSize;
                group.TotalByteSize += meta.TotalUncompressedSize;
                group.Columns.Add(chunk);
            }
            Write(_buffers[c].GetBuffer().AsSpan(0, (int)_buffers[c].Length));
        }
        _metadata.RowGroups.Add(group);
    }

    /// <summary>Encodes column <paramref name="c"/>'s rows into <c>_buffers[c]</c> (reused across row groups); offsets in the returned chunks count from the buffer's start.</summary>
    private List<ColumnChunk> EncodeColumn(ColumnBatch batch, int c, int start, int count)
    {
        var buffer = _buffers[c];
        buffer.SetLength(0);
        var node = _nodes[c];
        if (node.IsFlat) return [ColumnChunkWriter.Write(buffer, 0, PhysicalColumn.FromArray(batch.Columns[c], node.Leaf!, start, count), node.Leaf!, _codec, _options)];
        var shredder = new LevelShredder(node);
        shredder.Add(batch.Columns[c], start, count);
        var chunks = new List<ColumnChunk>();
        int leaf = node.FirstLeaf;
        foreach (var physical in shredder.Columns()) chunks.Add(ColumnChunkWriter.Write(buffer, buffer.Length, physical, _columns[leaf++], _codec, _options));
        return chunks;
    }

    private long EstimateBytes(ColumnBatch batch)
    {
        long total = 0;
        for (int c = 0; c < _schema.Count; c++)
        {
            switch (_schema[c].Type)
            {
                case ColumnType.String:
                    foreach (var s in (string?[])batch.Columns[c]) total += 4 + (s is null ? 0 : System.Text.Encoding.UTF8.GetByteCount(s));
                    break;
                case ColumnType.Binary:
                    foreach (var b in (byte[]?[])batch.Columns[c]) total += 4 + (b?.Length ?? 0);
                    break;
                case ColumnType.Boolean:
                    total += batch.RowCount;
                    break;
                case ColumnType.Int32 or ColumnType.Float or ColumnType.Date:
                    total += 4L * batch.RowCount;
                    break;
                case ColumnType.Struct or ColumnType.List or ColumnType.Map:
                    // A rough guess; nested columns are small side data (checkpoints, tags) in MedSpark.
                    total += 64L * batch.RowCount;
                    break;
                default:
                    total += 8L * batch.RowCount;
                    break;
            }
        }
        return total;
    }

    private void Write(ReadOnlySpan<byte> bytes)
    {
        _output.Write(bytes);
        _position += bytes.Length;
    }
}
