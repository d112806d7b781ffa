namespace MedSpark.Shared.Formats.Parquet;

/// <summary>Statistics of one column chunk; Min/Max are typed like the column's element type (null if absent).</summary>
/// <param name="Column">Column name.</param>
/// <param name="NullCount">Nulls in the chunk, or -1 when the file does not say.</param>
/// <param name="Min">Smallest non-null value (NaN excluded), e.g. an <c>int</c>, <c>DateOnly</c>, <c>DateTime</c> (UTC), <c>string</c>, <c>byte[]</c>.</param>
/// <param name="Max">Largest non-null value.</param>
public sealed record ParquetColumnStatistics(string Column, long NullCount, object? Min, object? Max);
