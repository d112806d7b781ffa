namespace MedSpark.Shared.Learning;

/// <summary>
/// Settings of a <see cref="LinearSvc"/> fit, with MLlib LinearSVC's defaults. Each property is validated
/// when it is set (including through <c>with</c>), so an instance that exists is a valid one.
/// </summary>
public sealed record SvmOptions
{
    private readonly double _regParam;
    private readonly int _maxIter = 100;
    private readonly double _tol = 1e-6;
    private readonly double _threshold;
    private readonly int _aggregationDepth = 2;
    private readonly SvmLoss _loss = SvmLoss.Hinge;
    private readonly double _negativeClassWeight = 1.0;
    private readonly double _positiveClassWeight = 1.0;

    /// <summary>L2 strength λ in 0.5·λ·‖w‖² (MLlib regParam). Default 0.</summary>
    public double RegParam
    {
        get => _regParam;
        init => _regParam = double.IsFinite(value) && value >= 0
            ? value : throw new ArgumentOutOfRangeException(nameof(RegParam), value, "RegParam must be finite and >= 0.");
    }

    /// <summary>Maximum L-BFGS iterations. Default 100; 0 returns the initial (all-zero) model.</summary>
    public int MaxIter
    {
        get => _maxIter;
        init => _maxIter = value >= 0
            ? value : throw new ArgumentOutOfRangeException(nameof(MaxIter), value, "MaxIter must be >= 0.");
    }

    /// <summary>Convergence tolerance of the objective's relative improvement (Breeze semantics). Default 1e-6.</summary>
    public double Tol
    {
        get => _tol;
        init => _tol = double.IsFinite(value) && value >= 0
            ? value : throw new ArgumentOutOfRangeException(nameof(Tol), value, "Tol must be finite and >= 0.");
    }

    /// <summary>Whether to fit an unregularised intercept. Default true.</summary>
    public bool FitIntercept { get; init; } = true;

    /// <summary>
    /// Whether the L2 penalty applies to coefficients of standardised features (true) or of the original features
    /// (false). The optimisation runs in the std-scaled space either way, as MLlib's does. Default true.
    /// </summary>
    public bool Standardization { get; init; } = true;

    /// <summary>Margin above which <see cref="LinearSvcModel.Predict"/> says 1 (may be ±∞). Default 0.</summary>
    public double Threshold
    {
        get => _threshold;
        init => _threshold = !double.IsNaN(value)
            ? value : throw new ArgumentOutOfRangeException(nameof(Threshold), value, "Threshold must not be NaN.");
    }

    /// <summary>Depth of the tree in which partition aggregates are merged (MLlib aggregationDepth, ≥ 2). Default 2.</summary>
    public int AggregationDepth
    {
        get => _aggregationDepth;
        init => _aggregationDepth = value >= 2
            ? value : throw new ArgumentOutOfRangeException(nameof(AggregationDepth), value, "AggregationDepth must be >= 2.");
    }

    /// <summary>Per-row loss. Default <see cref="SvmLoss.Hinge"/>.</summary>
    public SvmLoss Loss
    {
        get => _loss;
        init => _loss = Enum.IsDefined(value)
            ? value : throw new ArgumentOutOfRangeException(nameof(Loss), value, "Unknown loss.");
    }

    /// <summary>Multiplier of the instance weight of label-0 rows (class weighting for imbalance). Default 1.</summary>
    public double NegativeClassWeight
    {
        get => _negativeClassWeight;
        init => _negativeClassWeight = double.IsFinite(value) && value > 0
            ? value : throw new ArgumentOutOfRangeException(nameof(NegativeClassWeight), value, "Class weights must be finite and > 0.");
    }

    /// <summary>Multiplier of the instance weight of label-1 rows. Default 1.</summary>
    public double PositiveClassWeight
    {
        get => _positiveClassWeight;
        init => _positiveClassWeight = double.IsFinite(value) && value > 0
            ? value : throw new ArgumentOutOfRangeException(nameof(PositiveClassWeight), value, "Class weights must be finite and > 0.");
    }
}
