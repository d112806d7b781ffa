using MedSpark.Shared.Schemas;

namespace MedSpark.Shared.Cleaning;

/// <summary>What ingest read: one bronze batch per raw table plus the lines and files it could not read.</summary>
/// <param name="ImagingMetadata">Rows of <see cref="BronzeImagingRow"/>.</param>
/// <param name="Outcomes">Rows of <see cref="BronzeOutcomeRow"/>.</param>
/// <param name="Covariates">Rows of <see cref="BronzeCovariateRow"/>.</param>
/// <param name="Tensors">Rows of <see cref="BronzeTensorRow"/>.</param>
/// <param name="Quarantine">Stage "ingest" records: malformed lines, refused and unreadable files.</param>
public sealed record IngestOutput(
    ColumnBatch ImagingMetadata,
    ColumnBatch Outcomes,
    ColumnBatch Covariates,
    ColumnBatch Tensors,
    IReadOnlyList<QuarantineRecord> Quarantine);
