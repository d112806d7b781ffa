namespace MedSpark.Shared.Sampling;

/// <summary>A harmless variant curate must normalise, not quarantine (e.g. modality " Mr ", thickness in cm).</summary>
/// <param name="Table">Raw table.</param>
/// <param name="Kind">The variant, e.g. <c>modality_mixed_case</c>.</param>
/// <param name="Count">Rows written with it (including rows that also carry an unrelated defect).</param>
public sealed record ManifestVariant(string Table, string Kind, long Count);
