using MedSpark.Shared.Schemas;

namespace MedSpark.Shared.Formats.Parquet;

/// <summary>What a file holds, from its footer.</summary>
/// <param name="Schema">The flat schema of the file.</param>
/// <param name="RowCount">Total rows.</param>
/// <param name="RowGroups">Row groups with per-column statistics.</param>
public sealed record ParquetFileInfo(TableSchema Schema, long RowCount, IReadOnlyList<ParquetRowGroupInfo> RowGroups)
{
    /// <summary>The writer's name from the footer (MedSpark writes "MedSpark"), or null.</summary>
    public string? CreatedBy { get; init; }
}
