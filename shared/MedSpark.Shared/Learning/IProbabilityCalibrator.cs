namespace MedSpark.Shared.Learning;

/// <summary>Maps an SVM margin to a probability of class 1; fitted on held-out margins.</summary>
public interface IProbabilityCalibrator
{
    /// <summary>The method, as stored in the models table.</summary>
    CalibrationMethod Method { get; }

    /// <summary>P(y = 1 | margin), in [0, 1].</summary>
    double Probability(double margin);
}
