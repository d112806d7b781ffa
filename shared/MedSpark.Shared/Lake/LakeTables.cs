namespace MedSpark.Shared.Lake;

/// <summary>Where each table lives in the lake, relative to its root: one place for every engine and notebook.</summary>
public static class LakeTables
{
    public const string RawPrefix = "raw/";
    public const string BronzeImagingMetadata = "bronze/imaging_metadata";
    public const string BronzeOutcomes = "bronze/outcomes";
    public const string BronzeCovariates = "bronze/covariates";
    public const string BronzeTensors = "bronze/tensors";
    public const string SilverStudies = "silver/studies";
    public const string SilverOutcomes = "silver/outcomes";
    public const string SilverCovariates = "silver/covariates";
    public const string SilverCohort = "silver/cohort";
    public const string SilverTensors = "silver/tensors";
    public const string Features = "features/radiomics";
    public const string Models = "models/recovery_svm";
    public const string GoldScores = "gold/recovery_scores";

    /// <summary>The quarantine table of one stage: <c>quarantine/ingest</c>, <c>quarantine/curate</c>...</summary>
    public static string Quarantine(string stage) => $"quarantine/{stage}";
}
