namespace MedSpark.Shared.Schemas;

/// <summary>One clinical-covariates row as read from raw/covariates (raw strings plus provenance).</summary>
/// <param name="PatientId">Column <c>patient_id</c> as read (null when absent or SQL NULL).</param>
/// <param name="Age">Column <c>age</c> as read (null when absent or SQL NULL).</param>
/// <param name="Sex">Column <c>sex</c> as read (null when absent or SQL NULL).</param>
/// <param name="ComorbidityIndex">Column <c>comorbidity_index</c> as read (null when absent or SQL NULL).</param>
/// <param name="Smoker">Column <c>smoker</c> as read (null when absent or SQL NULL).</param>
/// <param name="Bmi">Column <c>bmi</c> as read (null when absent or SQL NULL).</param>
/// <param name="RecordedDate">When the covariates were recorded; the latest record of a patient wins a conflict.</param>
/// <param name="SourceFile">Lake path of the raw file.</param>
/// <param name="SourceRow">1-based line number in the CSV (header is line 1).</param>
public sealed record BronzeCovariateRow(
    string? PatientId,
    string? Age,
    string? Sex,
    string? ComorbidityIndex,
    string? Smoker,
    string? Bmi,
    string? RecordedDate,
    string SourceFile,
    long SourceRow);
