using MedSpark.Shared.Schemas;

namespace MedSpark.Shared.Cleaning;

/// <summary>The silver tables curate produced and every bronze row it refused.</summary>
/// <param name="Studies">Rows of <see cref="SilverStudy"/>.</param>
/// <param name="Outcomes">Rows of <see cref="SilverOutcome"/>.</param>
/// <param name="Covariates">Rows of <see cref="SilverCovariate"/>.</param>
/// <param name="Cohort">Rows of <see cref="SilverCohortRow"/> (the table <c>silver_cohort</c>).</param>
/// <param name="Tensors">Rows of <see cref="SilverTensor"/>.</param>
/// <param name="Quarantine">Stage "curate" records; each bronze row is in exactly one silver table or here.</param>
public sealed record CurateOutput(
    ColumnBatch Studies,
    ColumnBatch Outcomes,
    ColumnBatch Covariates,
    ColumnBatch Cohort,
    ColumnBatch Tensors,
    IReadOnlyList<QuarantineRecord> Quarantine);
