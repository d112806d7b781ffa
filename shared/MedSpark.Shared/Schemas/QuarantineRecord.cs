namespace MedSpark.Shared.Schemas;

/// <summary>
/// A row that a stage refused, kept with the reason (rows are never dropped silently). Every stage writes
/// these to the one quarantine table.
/// </summary>
/// <param name="Stage">The job that refused the row: ingest, curate, featurize, train, score.</param>
/// <param name="SourceTable">The logical table the row came from (e.g. imaging_metadata, outcomes, tensors).</param>
/// <param name="SourceFile">The lake path of the file the row came from.</param>
/// <param name="SourceRow">1-based line number (CSV) or row index (Parquet) in that file, when known.</param>
/// <param name="RecordKey">The row's business key (study UID, series UID) when it could be read; never a raw patient id.</param>
/// <param name="Reason">A stable, machine-readable reason code, e.g. <c>malformed_csv</c>, <c>duplicate</c>.</param>
/// <param name="Detail">Human-readable detail: which column, which value, what was expected.</param>
public sealed record QuarantineRecord(
    string Stage,
    string SourceTable,
    string SourceFile,
    long? SourceRow,
    string? RecordKey,
    string Reason,
    string Detail);
