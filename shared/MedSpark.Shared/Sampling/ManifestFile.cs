namespace MedSpark.Shared.Sampling;

/// <summary>One file the generator wrote.</summary>
/// <param name="Path">Lake path.</param>
/// <param name="Table">Raw table (imaging_metadata, outcomes, covariates, tensors).</param>
/// <param name="Rows">Data records written (CSV: lines after the header, including malformed ones; Parquet: rows).</param>
public sealed record ManifestFile(string Path, string Table, long Rows);
