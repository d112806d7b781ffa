namespace MedSpark.Shared.Formats.Parquet;

/// <summary>
/// Statistics of a primitive field inside struct columns (no list or map on the way), e.g. <c>["dose", "value"]</c>
/// for member <c>value</c> of struct column <c>dose</c>. Its null count includes rows where an enclosing struct is null.
/// </summary>
/// <param name="Path">Field names from the top-level column down to the primitive field.</param>
/// <param name="Statistics">The field's column-chunk statistics (its <c>Column</c> is the last name of the path).</param>
public sealed record ParquetFieldStatistics(IReadOnlyList<string> Path, ParquetColumnStatistics Statistics);
