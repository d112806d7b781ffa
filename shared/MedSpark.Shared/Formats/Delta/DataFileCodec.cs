using MedSpark.Shared.Formats.Parquet;
using MedSpark.Shared.Schemas;

namespace MedSpark.Shared.Formats.Delta;

/// <summary>
/// How a table writes and reads its data files. Production uses Parquet; log-level tests substitute a tiny
/// format so the transaction log can be tested independently of the Parquet implementation.
/// </summary>
/// <param name="Write">Writes one file of the given schema and returns its row count and per-row-group statistics.</param>
/// <param name="Read">Reads a file as batches, optionally only the named columns.</param>
/// <param name="ReadSchema">
/// The columns a file holds (from its footer), so readers can ask only for those after schema evolution; when
/// null, files are read whole and projected.
/// </param>
/// <param name="ReadRowGroups">
/// Like <paramref name="Read"/>, reading only the row groups a filter keeps (row-group skipping by footer
/// statistics); when null, the format cannot skip and <paramref name="Read"/> is used.
/// </param>
internal sealed record DataFileCodec(
    Func<Stream, TableSchema, IEnumerable<ColumnBatch>, ParquetWriteOptions?, ParquetFileInfo> Write,
    Func<Stream, IReadOnlyList<string>?, IEnumerable<ColumnBatch>> Read,
    Func<Stream, TableSchema>? ReadSchema = null,
    Func<Stream, IReadOnlyList<string>?, Func<ParquetRowGroupInfo, bool>, IEnumerable<ColumnBatch>>? ReadRowGroups = null)
{
    /// <summary>Apache Parquet via <see cref="ParquetFile"/>.</summary>
    public static DataFileCodec Parquet { get; } = new(ParquetFile.Write, ParquetFile.Read, s => ParquetFile.ReadMetadata(s).Schema, ParquetFile.Read);
}
