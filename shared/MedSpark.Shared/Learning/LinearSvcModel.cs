using System.Numerics.Tensors;

namespace MedSpark.Shared.Learning;

/// <summary>A trained linear SVM: margin m(x) = w·x + b in the original feature space; predicts 1 when m &gt; Threshold.</summary>
public sealed class LinearSvcModel
{
    private readonly double[] _coefficients;

    public LinearSvcModel(double[] coefficients, double intercept, SvmOptions options, SvmTrainingSummary summary)
    {
        ArgumentNullException.ThrowIfNull(coefficients);
        _coefficients = (double[])coefficients.Clone();
        Intercept = intercept;
        Options = options ?? throw new ArgumentNullException(nameof(options));
        Summary = summary ?? throw new ArgumentNullException(nameof(summary));
    }

    /// <summary>w, one per feature (0 for a feature that was constant in training).</summary>
    public IReadOnlyList<double> Coefficients => _coefficients;

    /// <summary>b (0 when FitIntercept was false).</summary>
    public double Intercept { get; }

    public int FeatureCount => _coefficients.Length;

    public SvmOptions Options { get; }

    public SvmTrainingSummary Summary { get; }

    /// <summary>w·x + b (MLlib's rawPrediction for class 1).</summary>
    public double Margin(ReadOnlySpan<double> features)
    {
        if (features.Length != _coefficients.Length)
            throw new ArgumentException($"Expected {_coefficients.Length} features, got {features.Length}.", nameof(features));
        return TensorPrimitives.Dot(features, (ReadOnlySpan<double>)_coefficients) + Intercept;
    }

    /// <summary>1 when the margin exceeds <see cref="SvmOptions.Threshold"/>, else 0.</summary>
    public double Predict(ReadOnlySpan<double> features) => Margin(features) > Options.Threshold ? 1.0 : 0.0;
}
