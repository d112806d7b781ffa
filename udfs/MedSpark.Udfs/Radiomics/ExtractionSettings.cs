using MedSpark.Udfs.Imaging;

namespace MedSpark.Udfs.Radiomics;

/// <summary>Everything a feature extraction run is configured by: the processing chain, then discretisation and texture settings.</summary>
/// <param name="Preprocessing">Interpolation and re-segmentation, applied first (<see cref="ImagePreprocessor"/>).</param>
/// <param name="Features">Discretisation and GLCM settings for <see cref="RadiomicsExtractor"/>.</param>
public sealed record ExtractionSettings(PreprocessingSettings Preprocessing, FeatureSettings Features)
{
    /// <summary>No processing; the IBSI phantom configuration (no discretisation, GLCM distance 1).</summary>
    public static ExtractionSettings Default { get; } = new(PreprocessingSettings.None, FeatureSettings.Default);
}
