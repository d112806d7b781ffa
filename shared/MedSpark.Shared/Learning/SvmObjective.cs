using MedSpark.Shared.Engine;

namespace MedSpark.Shared.Learning;

/// <summary>
/// The regularised SVM objective in the scaled space, evaluated with one tree-aggregated pass over the data.
/// </summary>
/// <remarks>
/// F(w′, b′) = (1/W)·Σᵢ vᵢ·ℓ(yᵢ, mᵢ) + ½λ·Σⱼ (w′ⱼ/sⱼ)², W = Σᵢ vᵢ, where sⱼ = 1 with standardisation and
/// sⱼ = σⱼ without it (MLlib's L2Regularization with featuresStd, which penalises the original-space
/// coefficients; a constant feature, σⱼ = 0, is not penalised and stays at 0). The intercept is not penalised.
/// </remarks>
internal sealed class SvmObjective
{
    private readonly IEngine _engine;
    private readonly Partitioned<LabeledPoint> _data;
    private readonly SvmOptions _options;
    private readonly double[] _std;
    private readonly double[] _inverseStd;
    private readonly double[] _scaledMean;
    private readonly int _featureCount;

    public SvmObjective(IEngine engine, Partitioned<LabeledPoint> data, SvmOptions options, double[] mean, double[] std,
        bool vectorised = true)
    {
        _engine = engine;
        _data = data;
        _options = options;
        _std = std;
        _featureCount = std.Length;
        _inverseStd = std.Select(s => s != 0 ? 1.0 / s : 0.0).ToArray();
        _scaledMean = new double[_featureCount];
        for (int j = 0; j < _featureCount; j++) _scaledMean[j] = _inverseStd[j] * mean[j];
        Vectorised = vectorised;
    }

    public bool Vectorised { get; }

    public int Dimension => _featureCount + (_options.FitIntercept ? 1 : 0);

    /// <summary>Data passes made so far (one per evaluation).</summary>
    public int Evaluations { get; private set; }

    public double Evaluate(double[] x, double[] gradient)
    {
        Evaluations++;
        int d = _featureCount;
        var beta = new double[d];
        double offset = _options.FitIntercept ? x[d] : 0;
        for (int j = 0; j < d; j++)
        {
            beta[j] = x[j] * _inverseStd[j];
            if (_options.FitIntercept) offset -= x[j] * _scaledMean[j];
        }

        var o = _options;
        bool vectorised = Vectorised;
        var sum = _engine.TreeAggregate(_data,
            () => new SvmLossAggregate(d),
            (acc, rows) => acc.Add(rows, beta, offset, o.Loss, o.NegativeClassWeight, o.PositiveClassWeight, vectorised),
            SvmLossAggregate.Merge,
            o.AggregationDepth);

        sum.ScaledGradient(_inverseStd, _scaledMean, o.FitIntercept, gradient);
        double w = sum.WeightSum;
        for (int j = 0; j < gradient.Length; j++) gradient[j] /= w;
        double value = sum.LossSum / w;

        if (o.RegParam != 0)
        {
            double penalty = 0;
            for (int j = 0; j < d; j++)
            {
                double scale = o.Standardization ? 1.0 : (_std[j] != 0 ? 1.0 / (_std[j] * _std[j]) : 0.0);
                penalty += x[j] * x[j] * scale;
                gradient[j] += o.RegParam * x[j] * scale;
            }
            value += 0.5 * o.RegParam * penalty;
        }
        return value;
    }

    /// <summary>Original-space coefficients and intercept from a scaled-space solution.</summary>
    public (double[] Coefficients, double Intercept) ToOriginalSpace(double[] x)
    {
        var coefficients = new double[_featureCount];
        double intercept = _options.FitIntercept ? x[_featureCount] : 0;
        for (int j = 0; j < _featureCount; j++)
        {
            coefficients[j] = _std[j] != 0 ? x[j] / _std[j] : 0.0;
            if (_options.FitIntercept) intercept -= x[j] * _scaledMean[j];
        }
        return (coefficients, intercept);
    }
}
