using MedSpark.Shared.Learning;

namespace MedSpark.Shared.Modeling;

/// <summary>
/// How <see cref="RecoveryModelTrainer"/> selects, calibrates and evaluates a model. Validated when set, like
/// <see cref="SvmOptions"/>.
/// </summary>
public sealed record TrainingPlan
{
    private readonly int _folds = 5;
    private readonly IReadOnlyList<double> _regParams = [1.0, 0.1, 0.01, 0.001];
    private readonly int _bootstrapReplicates = 1000;
    private readonly int _calibrationBins = 10;

    /// <summary>Cross-validation folds on the training part (≥ 2), or 0 to fit <see cref="SvmOptions.RegParam"/> as given. Default 5.</summary>
    public int Folds
    {
        get => _folds;
        init => _folds = value == 0 || value >= 2 ? value : throw new ArgumentOutOfRangeException(nameof(Folds), value, "Folds must be 0 (no CV) or >= 2.");
    }

    /// <summary>The regParam grid, strongest first (ties go to the earlier one). Default 1, 0.1, 0.01, 0.001.</summary>
    public IReadOnlyList<double> RegParams
    {
        get => _regParams;
        init => _regParams = value is { Count: > 0 } && value.All(v => double.IsFinite(v) && v >= 0)
            ? value.ToArray() : throw new ArgumentException("The regParam grid must be non-empty, finite and >= 0.", nameof(RegParams));
    }

    /// <summary>Also try the positive-class weight that balances the training part (v₊ = v₋·N₋/N₊) besides the one in the
    /// SVM options. Default true.</summary>
    public bool TryBalancedClassWeight { get; init; } = true;

    /// <summary>How margins become probabilities. Default <see cref="CalibrationMethod.Platt"/>.</summary>
    public CalibrationMethod Calibration { get; init; } = CalibrationMethod.Platt;

    /// <summary>Bootstrap replicates of the test metrics' intervals (≥ 2). Default 1000.</summary>
    public int BootstrapReplicates
    {
        get => _bootstrapReplicates;
        init => _bootstrapReplicates = value >= 2 ? value : throw new ArgumentOutOfRangeException(nameof(BootstrapReplicates), value, "At least 2 replicates.");
    }

    /// <summary>Bins of the calibration curve (≥ 1). Default 10.</summary>
    public int CalibrationBins
    {
        get => _calibrationBins;
        init => _calibrationBins = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(CalibrationBins), value, "At least one bin.");
    }
}
