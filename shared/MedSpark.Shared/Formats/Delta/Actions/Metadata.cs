namespace MedSpark.Shared.Formats.Delta.Actions;

/// <summary>The <c>metaData</c> action: table identity, schema, partitioning and configuration.</summary>
/// <param name="Id">A unique id of the table (a GUID), fixed at creation.</param>
/// <param name="Name">Optional user-facing name.</param>
/// <param name="Description">Optional user-facing description.</param>
/// <param name="Provider">Data file format; always "parquet".</param>
/// <param name="FormatOptions">Options of the file format; empty for parquet.</param>
/// <param name="SchemaString">The table schema as Spark StructType JSON (PROTOCOL.md, "Schema Serialization Format").</param>
/// <param name="PartitionColumns">Names of the partition columns, in path order.</param>
/// <param name="Configuration">Table properties such as <c>delta.appendOnly</c>.</param>
/// <param name="CreatedTime">Creation time, ms since the Unix epoch.</param>
public sealed record Metadata(
    string Id,
    string? Name,
    string? Description,
    string Provider,
    IReadOnlyDictionary<string, string> FormatOptions,
    string SchemaString,
    IReadOnlyList<string> PartitionColumns,
    IReadOnlyDictionary<string, string> Configuration,
    long? CreatedTime) : DeltaAction;
