using MedSpark.Shared.Engine;
using MedSpark.Shared.Schemas;

namespace MedSpark.Shared.Modeling;

/// <summary>
/// The recovery model's input: the silver cohort (one row per study, with outcome and covariates) joined
/// with the radiomics features of its series, plus numeric encodings of categorical covariates.
/// </summary>
public static class RecoveryFeatures
{
    public const string KeyColumn = "study_uid";
    public const string PatientKeyColumn = "patient_key";
    public const string LabelColumn = "recovery_success";
    public const string SexFemaleColumn = "sex_female";

    /// <summary>Clinical covariates the model uses besides the image features.</summary>
    public static IReadOnlyList<string> Covariates { get; } = ["age", "comorbidity_index", SexFemaleColumn];

    /// <summary>Cohort ⋈ features on series UID, with <c>sex_female</c> (1 for F, 0 for M, null otherwise) appended.</summary>
    public static ColumnBatch ModelInput(ColumnBatch cohort, ColumnBatch features)
    {
        var imageColumns = ImageFeatureColumns(features.Schema);
        var joined = BatchJoin.Inner(cohort, features.Select(new[] { "series_uid" }.Concat(imageColumns)), "series_uid", "series_uid");
        var sex = joined.Column<string>("sex");
        var female = new double?[joined.RowCount];
        for (int r = 0; r < female.Length; r++)
            female[r] = sex[r] switch { "F" => 1.0, "M" => 0.0, _ => null };
        var schema = new TableSchema(joined.Schema.Fields.Append(new Field(SexFemaleColumn, ColumnType.Double)));
        return new ColumnBatch(schema, joined.Columns.Append(female).ToArray(), joined.RowCount);
    }

    /// <summary>The model's feature columns for an input built by <see cref="ModelInput"/>: covariates, then image features.</summary>
    public static IReadOnlyList<string> FeatureColumns(TableSchema featuresSchema) => Covariates.Concat(ImageFeatureColumns(featuresSchema)).ToList();

    private static IReadOnlyList<string> ImageFeatureColumns(TableSchema featuresSchema) =>
        FeatureAssembler.NumericColumns(featuresSchema, ["study_uid", "series_uid"]);
}
