namespace MedSpark.Shared.Schemas;

/// <summary>One named, typed column of a table.</summary>
/// <param name="Name">Column name as written to Parquet and Delta (snake_case by convention).</param>
/// <param name="Type">The column's type.</param>
/// <param name="Nullable">Whether nulls are allowed (Parquet OPTIONAL vs REQUIRED).</param>
public sealed record Field(string Name, ColumnType Type, bool Nullable = true);
