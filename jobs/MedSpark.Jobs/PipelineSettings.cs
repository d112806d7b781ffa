using MedSpark.Shared.Cleaning;
using MedSpark.Udfs.Radiomics;

namespace MedSpark.Jobs;

/// <summary>Run settings shared by all jobs.</summary>
/// <param name="PseudonymKey">The secret key of the patient-id keyed hash (never logged).</param>
/// <param name="Seed">Seed of every random choice (train/calibration/test split).</param>
/// <param name="RegParam">L2 regularisation of the SVM.</param>
/// <param name="Features">Radiomics settings (null: 32 fixed bins, GLCM distance 1).</param>
/// <param name="AsOfDate">The date curation judges "future" dates against (null: the clock's date; a sample
/// lake's manifest fixes its own so that its ground truth holds whenever it runs).</param>
public sealed record PipelineSettings(
    PseudonymKey PseudonymKey,
    int Seed = 20261121,
    double RegParam = 0.01,
    FeatureSettings? Features = null,
    DateOnly? AsOfDate = null)
{
    public FeatureSettings FeatureSettings => Features ?? FeatureSettings.FixedBins(32);
}
