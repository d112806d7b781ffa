using System.Text.Json;
using MedSpark.Shared.Learning;

namespace MedSpark.Shared.Modeling;

/// <summary>Scores rows with a model read back from the models table (the row function of the score job).</summary>
public sealed class RecoveryScorer
{
    private readonly double[] _coefficients;
    private readonly double _intercept;
    private readonly IProbabilityCalibrator _calibrator;

    public RecoveryScorer(ModelRecord model)
    {
        Model = model;
        FeatureNames = JsonSerializer.Deserialize<string[]>(model.FeatureNames)
            ?? throw new InvalidDataException($"Model {model.Version}: feature_names is not a JSON array.");
        _coefficients = JsonSerializer.Deserialize<double[]>(model.Coefficients)
            ?? throw new InvalidDataException($"Model {model.Version}: coefficients is not a JSON array.");
        if (_coefficients.Length != FeatureNames.Count)
            throw new InvalidDataException($"Model {model.Version}: {_coefficients.Length} coefficients for {FeatureNames.Count} features.");
        _intercept = model.Intercept;
        _calibrator = CalibratorCodec.FromRecord(model);
    }

    public ModelRecord Model { get; }

    public IReadOnlyList<string> FeatureNames { get; }

    /// <summary>The margin w·x + b.</summary>
    public double Margin(ReadOnlySpan<double> features)
    {
        double m = _intercept;
        for (int i = 0; i < _coefficients.Length; i++) m += _coefficients[i] * features[i];
        return m;
    }

    /// <summary>The model's calibrated P(y = 1 | margin) (Platt or isotonic).</summary>
    public double Probability(double margin) => _calibrator.Probability(margin);

    public ScoreRecord Score(TrainingRow row, DateTime scoredAt, string lineage)
    {
        double margin = Margin(row.Features);
        return new ScoreRecord(row.Key, row.PatientKey, margin, Probability(margin), margin > 0 ? 1 : 0, Model.Version, scoredAt, lineage);
    }
}
