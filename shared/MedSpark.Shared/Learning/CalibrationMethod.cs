namespace MedSpark.Shared.Learning;

/// <summary>How margins become probabilities.</summary>
public enum CalibrationMethod
{
    /// <summary>A two-parameter sigmoid (<see cref="PlattCalibrator"/>).</summary>
    Platt,

    /// <summary>A monotone step function (<see cref="IsotonicCalibrator"/>).</summary>
    Isotonic,
}
