namespace MedSpark.Shared.Sampling;

/// <summary>Expected row counts of one table through the pipeline.</summary>
/// <param name="Table">Raw table name, or <c>silver_cohort</c> for the join.</param>
/// <param name="RowsWritten">Data records written to raw files (0 for the cohort).</param>
/// <param name="ExpectedBronze">Rows ingest should load (written minus malformed lines).</param>
/// <param name="ExpectedSilver">Rows that should survive curate into the silver table.</param>
public sealed record ManifestTable(string Table, long RowsWritten, long ExpectedBronze, long ExpectedSilver);
