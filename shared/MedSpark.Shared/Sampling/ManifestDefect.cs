namespace MedSpark.Shared.Sampling;

/// <summary>One kind of injected defect and where the pipeline must put it.</summary>
/// <param name="Table">Raw table the defective rows are in.</param>
/// <param name="Kind">What was injected, e.g. <c>age_out_of_range</c>, <c>unterminated_quote</c>.</param>
/// <param name="Count">Exactly how many rows carry it.</param>
/// <param name="Stage">The stage that must quarantine them (ingest or curate).</param>
/// <param name="ExpectedReason">The quarantine reason code they must get.</param>
public sealed record ManifestDefect(string Table, string Kind, long Count, string Stage, string ExpectedReason);
