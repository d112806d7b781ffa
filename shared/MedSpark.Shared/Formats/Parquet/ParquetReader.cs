using System.Buffers;
using System.Buffers.Binary;
using MedSpark.Shared.Formats.Parquet.Columns;
using MedSpark.Shared.Formats.Parquet.Metadata;
using MedSpark.Shared.Formats.Parquet.Nested;
using MedSpark.Shared.Formats.Parquet.Thrift;
using MedSpark.Shared.Schemas;

namespace MedSpark.Shared.Formats.Parquet;

/// <summary>
/// Reads a Parquet file from a seekable stream: validates magic and footer, maps the schema (flat columns
/// and nested structs, lists and maps), and decodes row groups column chunk by column chunk (only the
/// projected columns' chunks are read; nested columns are assembled from their leaves' levels).
/// </summary>
internal sealed class ParquetReader
{
    private static readonly byte[] Magic = "PAR1"u8.ToArray();

    private readonly Stream _input;
    private readonly long _length;
    private readonly long _footerStart;

    public ParquetReader(Stream input)
    {
        if (!input.CanSeek || !input.CanRead) throw new ArgumentException("Reading Parquet needs a readable, seekable stream.", nameof(input));
        _input = input;
        Context = input is FileStream file ? file.Name : "Parquet stream";
        _length = input.Length;
        if (_length < 12) throw new ParquetFormatException($"{Context}: {_length} bytes is too short to be a Parquet file.");

        Span<byte> head = stackalloc byte[4];
        ReadAt(0, head);
        Span<byte> tail = stackalloc byte[8];
        ReadAt(_length - 8, tail);
        if (tail[4..].SequenceEqual("PARE"u8))
            throw new ParquetFormatException($"{Context}: the footer is encrypted, which MedSpark does not support.");
        if (!head.SequenceEqual(Magic) || !tail[4..].SequenceEqual(Magic))
            throw new ParquetFormatException($"{Context}: not a Parquet file (missing PAR1 magic at the start or end).");
        int footerLength = BinaryPrimitives.ReadInt32LittleEndian(tail);
        if (footerLength <= 0 || footerLength > _length - 12)
            throw new ParquetFormatException($"{Context}: footer length {footerLength} does not fit in a {_length}-byte file (truncated?).");
        _footerStart = _length - 8 - footerLength;
        var footer = new byte[footerLength];
        ReadAt(_footerStart, footer);
        Metadata = FileMetaData.Read(new CompactReader(footer, 0, footer.Length, Context));
        Nodes = ResolveSchema(Metadata, Context);
        Columns = Nodes.SelectMany(SchemaTree.Leaves).Select(n => n.Leaf!).ToArray();
        Schema = new TableSchema(Nodes.Select(n => n.Field));
    }

    public string Context { get; }
    public FileMetaData Metadata { get; }
    /// <summary>The leaf columns, in file order.</summary>
    public IReadOnlyList<ColumnDescriptor> Columns { get; }
    /// <summary>The top-level columns' trees.</summary>
    public IReadOnlyList<SchemaNode> Nodes { get; }
    public TableSchema Schema { get; }

    public ParquetFileInfo Describe() => Describe(Metadata, Nodes, Schema);

    /// <summary>
    /// The public view of a footer: schema, row counts and typed statistics of the top-level primitive columns and
    /// of the primitive fields inside struct columns.
    /// </summary>
    public static ParquetFileInfo Describe(FileMetaData metadata, IReadOnlyList<SchemaNode> nodes, TableSchema schema)
    {
        var structFields = nodes.Where(n => n.Kind == NodeKind.Struct).SelectMany(n => StructLeaves(n, [n.Field.Name])).ToArray();
        var groups = metadata.RowGroups.Select(g =>
        {
            ParquetColumnStatistics Stats(SchemaNode leaf) =>
                StatisticsDecoder.Decode(leaf.Leaf!, leaf.FirstLeaf < g.Columns.Count ? g.Columns[leaf.FirstLeaf].MetaData?.Statistics : null);
            return new ParquetRowGroupInfo(g.NumRows, g.TotalByteSize, nodes.Where(n => n.IsFlat).Select(Stats).ToArray())
            {
                StructFields = structFields.Select(f => new ParquetFieldStatistics(f.Path, Stats(f.Leaf))).ToArray(),
            };
        }).ToArray();
        return new ParquetFileInfo(schema, metadata.NumRows, groups) { CreatedBy = metadata.CreatedBy };
    }

    /// <summary>The primitive fields under <paramref name="node"/> reached through structs only, with their paths.</summary>
    private static IEnumerable<(string[] Path, SchemaNode Leaf)> StructLeaves(SchemaNode node, string[] path)
    {
        foreach (var child in node.Children)
        {
            string[] childPath = [.. path, child.Field.Name];
            if (child.Kind == NodeKind.Leaf) yield return (childPath, child);
            else if (child.Kind == NodeKind.Struct)
            {
                foreach (var leaf in StructLeaves(child, childPath)) yield return leaf;
            }
        }
    }

    /// <summary>Reads every row group as one batch holding <paramref name="names"/> (all columns when null), in that order.</summary>
    public IEnumerable<ColumnBatch> Read(IReadOnlyList<string>? names)
    {
        int[] selected = names is null
            ? Enumerable.Range(0, Nodes.Count).ToArray()
            : names.Select(n => Schema.IndexOf(n) is var i and >= 0 ? i : throw new ArgumentException($"{Context}: column '{n}' is not in the file ({string.Join(", ", Schema.Fields.Select(f => f.Name))}).", nameof(names))).ToArray();
        var schema = new TableSchema(selected.Select(i => Schema[i]));
        return ReadGroups(selected, schema);
    }

    /// <summary>
    /// How many selected columns of a row group are decoded at once (at least 1; 1 decodes them one after the
    /// other on the calling thread). Chunks are always read from the stream sequentially first, one ranged
    /// read per chunk into a pooled buffer, so the stream is never shared between threads. Parity:
    /// ParquetRoundTripTests.Read_ParallelDecoding_SameBatchesAsSequential.
    /// </summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Whether common flat columns are decoded by <see cref="FlatChunkDecoder"/> straight into their column
    /// arrays (default) rather than through <see cref="PhysicalColumn"/>; false is for parity tests.
    /// </summary>
    public bool FastPaths { get; init; } = true;

    /// <summary>
    /// Whether batches reuse the column arrays of an earlier batch, which a consumer must be done with when it
    /// asks for the next one (see <see cref="ParquetFile.ReadReusingArrays"/>). Saves allocating, zeroing and
    /// page-faulting fresh large arrays for every row group; columns the fast path does not decode, and row
    /// groups of another row count, still get new arrays.
    /// </summary>
    public bool ReuseArrays { get; init; }

    /// <summary>
    /// Row-group skipping: when set, only the row groups for which it returns true (from their footer statistics,
    /// see <see cref="ParquetFile.Read(Stream, IReadOnlyList{string}?, Func{ParquetRowGroupInfo, bool})"/>) are read.
    /// </summary>
    public Func<ParquetRowGroupInfo, bool>? RowGroupFilter { get; init; }

    /// <summary>
    /// Row groups in order. With <see cref="Parallelism"/> above 1 the next group is read and decoded in the
    /// background while the caller works on the current one (at most one group ahead, so memory stays
    /// bounded at two groups); errors surface in the same order as without it. The stream must not be used
    /// by anything else while the enumeration is in progress.
    /// </summary>
    private IEnumerable<ColumnBatch> ReadGroups(int[] selected, TableSchema schema)
    {
        int[] groups = GroupsToRead();
        int count = groups.Length;
        if (Parallelism <= 1 || count <= 1)
        {
            ColumnBatch? previous = null;
            foreach (int g in groups) yield return previous = ReadGroup(g, selected, schema, Recycle(previous));
            yield break;
        }
        Task<ColumnBatch>? pending = null;
        try
        {
            pending = Task.Run(() => ReadGroup(groups[0], selected, schema, null));
            ColumnBatch? previous = null;
            for (int i = 0; i < count; i++)
            {
                var batch = pending!.GetAwaiter().GetResult();
                int next = i + 1;
                // The caller has moved on from the previous batch (it asked for this one), so its arrays are free.
                var recycled = Recycle(previous);
                pending = next < count ? Task.Run(() => ReadGroup(groups[next], selected, schema, recycled)) : null;
                yield return previous = batch;
            }
        }
        finally
        {
            // An abandoned enumeration still waits for the read in flight, so the stream is free when it ends.
            if (pending is not null)
            {
                try
                {
                    pending.Wait();
                }
                catch (AggregateException)
                {
                    // Nobody asked for that group.
                }
            }
        }
    }

    private IReadOnlyList<Array>? Recycle(ColumnBatch? done) => ReuseArrays ? done?.Columns : null;

    /// <summary>The row groups to read, in file order: all of them, or those <see cref="RowGroupFilter"/> keeps.</summary>
    private int[] GroupsToRead()
    {
        var all = Enumerable.Range(0, Metadata.RowGroups.Count);
        if (RowGroupFilter is null) return all.ToArray();
        var info = Describe();
        return all.Where(g => RowGroupFilter(info.RowGroups[g])).ToArray();
    }

    private ColumnBatch ReadGroup(int g, int[] selected, TableSchema schema, IReadOnlyList<Array>? recycled)
    {
        {
            var group = Metadata.RowGroups[g];
            if (group.NumRows is < 0 or > int.MaxValue)
                throw new ParquetFormatException($"{Context}: row group {g} has {group.NumRows} rows; at most {int.MaxValue} are supported per group.");
            if (group.Columns.Count != Columns.Count)
                throw new ParquetFormatException($"{Context}: row group {g} has {group.Columns.Count} column chunks, the schema has {Columns.Count} columns.");
            int rows = (int)group.NumRows;
            var arrays = new Array[selected.Length];
            // One entry per selected top-level column: its leaves' chunk bytes (rented), read in file order.
            var chunks = new RawChunk[selected.Length][];
            try
            {
                for (int k = 0; k < selected.Length; k++)
                {
                    var node = Nodes[selected[k]];
                    if (node.IsFlat)
                    {
                        chunks[k] = [FetchChunk(g, group.Columns[node.FirstLeaf], node.Leaf!)];
                        continue;
                    }
                    var leaves = SchemaTree.Leaves(node).ToArray();
                    chunks[k] = new RawChunk[leaves.Length];
                    for (int l = 0; l < leaves.Length; l++) chunks[k][l] = FetchChunk(g, group.Columns[leaves[l].FirstLeaf], leaves[l].Leaf!);
                }
                // Errors surface as the sequential loop would throw them: the first column's.
                ColumnParallel.For(selected.Length, Parallelism, k => arrays[k] = DecodeColumn(g, Nodes[selected[k]], chunks[k], rows, recycled?[k]));
            }
            finally
            {
                foreach (var list in chunks)
                {
                    if (list is null) continue;
                    foreach (var chunk in list)
                    {
                        if (chunk.Bytes is not null) ArrayPool<byte>.Shared.Return(chunk.Bytes);
                    }
                }
            }
            return new ColumnBatch(schema, arrays, rows);
        }
    }

    private Array DecodeColumn(int g, SchemaNode node, RawChunk[] chunks, int rows, Array? reuse)
    {
        string context = $"{Context}: row group {g}, column '{node.Field.Name}'";
        if (node.IsFlat && FastPaths && FlatChunkDecoder.TryRead(chunks[0].Bytes, chunks[0].Length, chunks[0].Meta, node.Leaf!, rows, chunks[0].Context, reuse) is { } fast) return fast;
        if (node.IsFlat) return ColumnChunkReader.Read(chunks[0].Bytes, chunks[0].Length, chunks[0].Meta, node.Leaf!, rows, chunks[0].Context).ToArray(node.Leaf!, context);
        var leaves = new PhysicalColumn[chunks.Length];
        var nodes = SchemaTree.Leaves(node).ToArray();
        for (int l = 0; l < chunks.Length; l++) leaves[l] = ColumnChunkReader.Read(chunks[l].Bytes, chunks[l].Length, chunks[l].Meta, nodes[l].Leaf!, rows, chunks[l].Context);
        return new RecordAssembler(node, leaves, context).Assemble(rows);
    }

    /// <summary>A column chunk's bytes in a rented buffer (the first <see cref="Length"/> bytes).</summary>
    private readonly record struct RawChunk(byte[] Bytes, int Length, ColumnMetaData Meta, string Context);

    private RawChunk FetchChunk(int groupIndex, ColumnChunk chunk, ColumnDescriptor descriptor)
    {
        string context = $"{Context}: row group {groupIndex}, column '{string.Join(".", descriptor.Path)}'";
        if (chunk.FilePath is not null) throw new ParquetFormatException($"{context}: chunk lives in another file ('{chunk.FilePath}'), which is not supported.");
        var meta = chunk.MetaData ?? throw new ParquetFormatException($"{context}: column chunk has no metadata.");
        if (meta.PathInSchema.Count > 0 && !meta.PathInSchema.SequenceEqual(descriptor.Path))
            throw new ParquetFormatException($"{context}: chunk path '{string.Join(".", meta.PathInSchema)}' does not match the schema.");
        if (meta.Type != descriptor.Physical)
            throw new ParquetFormatException($"{context}: chunk type {meta.Type} differs from the schema's {descriptor.Physical}.");
        long start = meta.DictionaryPageOffset is > 0 and var d && d < meta.DataPageOffset ? d : meta.DataPageOffset;
        long length = meta.TotalCompressedSize;
        if (start < 4 || length < 0 || start > _footerStart || length > _footerStart - start || length > int.MaxValue)
            throw new ParquetFormatException($"{context}: chunk at offset {start} of {length} bytes lies outside the data section (truncated or corrupt file).");
        var bytes = ArrayPool<byte>.Shared.Rent((int)length);
        try
        {
            ReadAt(start, bytes.AsSpan(0, (int)length));
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(bytes);
            throw;
        }
        return new RawChunk(bytes, (int)length, meta, context);
    }

    private static IReadOnlyList<SchemaNode> ResolveSchema(FileMetaData metadata, string context)
    {
        var nodes = SchemaTree.FromElements(metadata.Schema, context);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var n in nodes)
        {
            if (!names.Add(n.Field.Name)) throw new ParquetFormatException($"{context}: duplicate column name '{n.Field.Name}'.");
        }
        return nodes;
    }

    private void ReadAt(long offset, Span<byte> buffer)
    {
        _input.Seek(offset, SeekOrigin.Begin);
        try
        {
            _input.ReadExactly(buffer);
        }
        catch (EndOfStreamException e)
        {
            throw new ParquetFormatException($"{Context}: file ends before byte {offset + buffer.Length} (truncated?).", e);
        }
    }
}
