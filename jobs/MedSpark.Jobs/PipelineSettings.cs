using MedSpark.Shared.Cleaning;
using MedSpark.Shared.Modeling;
using MedSpark.Udfs.Imaging;
using MedSpark.Udfs.Radiomics;

namespace MedSpark.Jobs;

/// <summary>Run settings shared by all jobs.</summary>
/// <param name="PseudonymKey">The secret key of the patient-id keyed hash (never logged).</param>
/// <param name="Seed">Seed of every random choice (train/calibration/test split).</param>
/// <param name="RegParam">L2 regularisation of the SVM.</param>
/// <param name="Features">Radiomics settings (null: 32 fixed bins, GLCM distance 1).</param>
/// <param name="AsOfDate">The date curation judges "future" dates against (null: the clock's date; a sample
/// lake's manifest fixes its own so that its ground truth holds whenever it runs).</param>
/// <param name="Training">Model selection, calibration and evaluation (null: <see cref="TrainingPlan"/>'s defaults,
/// 5-fold CV over regParam × class weight, Platt).</param>
/// <param name="ModelVersion">The models-table version the score job uses (null: the champion).</param>
/// <param name="FeatureFile">A feature-settings file (<see cref="SettingsFile"/> format) for featurize, processing chain
/// included; null: no processing and <paramref name="Features"/>.</param>
/// <param name="FeatureFileName">The file name of <paramref name="FeatureFile"/>, recorded in the features table's commit.</param>
public sealed record PipelineSettings(
    PseudonymKey PseudonymKey,
    int Seed = 20261121,
    double RegParam = 0.01,
    FeatureSettings? Features = null,
    DateOnly? AsOfDate = null,
    TrainingPlan? Training = null,
    long? ModelVersion = null,
    ExtractionSettings? FeatureFile = null,
    string? FeatureFileName = null)
{
    public TrainingPlan TrainingPlan => Training ?? new TrainingPlan();

    public FeatureSettings FeatureSettings => Features ?? FeatureSettings.FixedBins(32);

    /// <summary>What featurize runs: the settings file, or no processing and <see cref="FeatureSettings"/>.</summary>
    public ExtractionSettings ExtractionSettings => FeatureFile ?? new ExtractionSettings(PreprocessingSettings.None, FeatureSettings);
}
