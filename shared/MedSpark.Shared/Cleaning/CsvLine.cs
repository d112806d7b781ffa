namespace MedSpark.Shared.Cleaning;

/// <summary>One physical CSV line split into fields, or the reason it could not be.</summary>
/// <param name="LineNumber">1-based line number in the file.</param>
/// <param name="Fields">The fields when the line parsed; null when <see cref="Error"/> is set.</param>
/// <param name="Error">Why the line is malformed (never quotes the line: it may hold a patient id).</param>
public sealed record CsvLine(long LineNumber, IReadOnlyList<string>? Fields, string? Error);
