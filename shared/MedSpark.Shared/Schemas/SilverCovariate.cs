namespace MedSpark.Shared.Schemas;

/// <summary>One curated set of clinical covariates: one row per patient (the latest record).</summary>
/// <param name="PatientKey">Column <c>patient_key</c>.</param>
/// <param name="Age">Column <c>age</c>.</param>
/// <param name="Sex">M, F or U (unknown), upper-cased.</param>
/// <param name="ComorbidityIndex">Charlson comorbidity index, 0–37.</param>
/// <param name="Smoker">Column <c>smoker</c>.</param>
/// <param name="Bmi">Body-mass index in kg/m², 10–80, null when not recorded.</param>
/// <param name="RecordedDate">Column <c>recorded_date</c>.</param>
/// <param name="SourceFile">Column <c>source_file</c>.</param>
/// <param name="SourceRow">Column <c>source_row</c>.</param>
public sealed record SilverCovariate(
    string PatientKey,
    int Age,
    string Sex,
    int ComorbidityIndex,
    bool? Smoker,
    double? Bmi,
    DateOnly RecordedDate,
    string SourceFile,
    long SourceRow);
