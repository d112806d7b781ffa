namespace MedSpark.Udfs.Radiomics;

/// <summary>How intensities become grey levels for texture features (IBSI-1 section 2.7).</summary>
public enum Discretisation
{
    /// <summary>The intensities inside the ROI already are grey levels: integers from 1 up.</summary>
    None = 0,

    /// <summary>
    /// Fixed bin number (IBSI "FBN"): <c>floor(Ng (x - min) / (max - min)) + 1</c> over the ROI's range,
    /// the maximum in bin Ng.
    /// </summary>
    FixedBinNumber = 1,

    /// <summary>
    /// Fixed bin size (IBSI "FBS"): <c>floor((x - binMin) / w) + 1</c>; intensities below binMin fall into bin 1.
    /// </summary>
    FixedBinSize = 2,
}
