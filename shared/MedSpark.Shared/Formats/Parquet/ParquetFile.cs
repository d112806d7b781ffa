using MedSpark.Shared.Schemas;

namespace MedSpark.Shared.Formats.Parquet;

/// <summary>
/// Entry points for reading and writing Apache Parquet files of MedSpark's <see cref="ColumnType"/>s:
/// primitive columns, decimals, and nested structs, lists and maps. Errors in the file surface as
/// <see cref="ParquetFormatException"/> naming the file, column and problem.
/// </summary>
/// <remarks>
/// Spec: apache/parquet-format (parquet.thrift, Encodings.md, LogicalTypes.md). Nested columns are written
/// as groups, three-level LISTs and MAPs with repetition and definition levels (Dremel); on read the legacy
/// two-level lists and bare repeated fields are accepted too. Decimals are written as INT32 (precision ≤ 9),
/// INT64 (≤ 18) or FIXED_LEN_BYTE_ARRAY, as Spark does; INT96 timestamps, UINT32 (as Int64), UINT64 (as
/// decimal(20,0)), UUID (as string) and FLOAT16 (as float) are read. Writes data page v1 with PLAIN or
/// RLE_DICTIONARY values and RLE definition levels; reads data page v1 and v2 with PLAIN, dictionary,
/// RLE, DELTA_* and BYTE_STREAM_SPLIT encodings, compressed with SNAPPY, GZIP, ZSTD or LZ4_RAW.
/// Timestamps are stored as UTC microseconds: ticks below a microsecond are dropped (rounding toward
/// the past), local <see cref="DateTime"/>s are converted to UTC and unspecified ones taken as UTC;
/// reading always yields <see cref="DateTimeKind.Utc"/>.
/// </remarks>
public static class ParquetFile
{
    /// <summary>Writes one file: each batch becomes one or more row groups. Leaves <paramref name="output"/> open.</summary>
    /// <remarks>Offsets in the footer count from the stream's position when writing starts; empty batches add no row group.</remarks>
    public static ParquetFileInfo Write(Stream output, TableSchema schema, IEnumerable<ColumnBatch> batches, ParquetWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(batches);
        var writer = new ParquetWriter(output, schema, options ?? new ParquetWriteOptions());
        foreach (var batch in batches) writer.Append(batch);
        var metadata = writer.Finish();
        return ParquetReader.Describe(metadata, writer.Nodes, schema);
    }

    /// <summary>Reads a file's schema and metadata from its footer.</summary>
    public static ParquetFileInfo ReadMetadata(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new ParquetReader(input).Describe();
    }

    /// <summary>Reads row groups as batches, optionally only the named columns. <paramref name="input"/> must be seekable.</summary>
    /// <remarks>
    /// One batch per row group, columns in the order of <paramref name="columns"/> (file order when null);
    /// a file without rows yields no batch. Only the projected columns' chunks are read. The footer and
    /// the projection are validated at the call; row groups are read lazily, so keep the stream open
    /// while enumerating.
    /// </remarks>
    public static IEnumerable<ColumnBatch> Read(Stream input, IReadOnlyList<string>? columns = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new ParquetReader(input).Read(columns);
    }

    /// <summary>
    /// Reads only the row groups that <paramref name="rowGroupFilter"/> keeps: it sees each group's row count and the
    /// footer statistics of its top-level primitive columns (min/max typed like the column, null when the writer
    /// recorded none) and returns false only when no row of the group can be wanted, e.g. when a predicate's
    /// range lies outside [min, max]. Row groups it skips are never fetched or decoded.
    /// </summary>
    public static IEnumerable<ColumnBatch> Read(Stream input, IReadOnlyList<string>? columns, Func<ParquetRowGroupInfo, bool> rowGroupFilter)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(rowGroupFilter);
        return new ParquetReader(input) { RowGroupFilter = rowGroupFilter }.Read(columns);
    }

    /// <summary>
    /// Like <see cref="Read(Stream, IReadOnlyList{string}?)"/>, for consumers that stream (aggregate, print, copy out) and do not keep
    /// batches: a batch and its column arrays are valid only until the enumeration moves to the next one,
    /// whose arrays may be the same objects, overwritten.
    /// </summary>
    /// <remarks>
    /// <see cref="Read(Stream, IReadOnlyList{string}?)"/> allocates fresh arrays for every row group (for a million rows of a <c>long?</c>
    /// column, 16 MB on the large object heap), which the garbage collector and the kernel then have to
    /// recycle and page in. With the one-group read-ahead, two sets of arrays are in use at a time: a process
    /// that only scans the 10M-row table of docs/benchmarks-parquet.md peaks at 376 MB instead of 891 MB.
    /// Call <see cref="ColumnBatch"/> members as usual; copy values out (or use <see cref="Read(Stream, IReadOnlyList{string}?)"/>) to keep them.
    /// </remarks>
    public static IEnumerable<ColumnBatch> ReadReusingArrays(Stream input, IReadOnlyList<string>? columns = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new ParquetReader(input) { ReuseArrays = true }.Read(columns);
    }
}
