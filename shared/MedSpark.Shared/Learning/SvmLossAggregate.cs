using System.Numerics.Tensors;

namespace MedSpark.Shared.Learning;

/// <summary>
/// Mergeable sum of the SVM loss and its gradient over rows, for fixed coefficients: MLlib's
/// HingeBlockAggregator, evaluated without copying or rescaling the data.
/// </summary>
/// <remarks>
/// The optimiser's coefficients w′ live in the std-scaled space, with the features virtually centred when an
/// intercept is fitted, so the margin of row x is m = Σⱼ w′ⱼ(xⱼ/σⱼ − μⱼ/σⱼ) + b′. Folding 1/σ into the
/// coefficients once per pass (βⱼ = w′ⱼ/σⱼ, offset = b′ − Σⱼ w′ⱼμⱼ/σⱼ) makes m = β·x + offset on the raw row.
/// With y′ = 2y − 1 and instance weight v, the row loss is v·max(0, 1 − y′m) (hinge) or v·max(0, 1 − y′m)²
/// (squared hinge) and its derivative in m is the multiplier c = −v·y′ or −2v·y′(1 − y′m) where the loss is
/// positive, else 0 (the hinge's subgradient at the kink is taken as 0, as MLlib does). Rows accumulate
/// Σ c·x (raw space) and Σ c; <see cref="ScaledGradient"/> turns them into ∂/∂w′ⱼ = (Σ c·xⱼ)/σⱼ − (Σ c)·μⱼ/σⱼ
/// and ∂/∂b′ = Σ c.
/// </remarks>
internal sealed class SvmLossAggregate
{
    public SvmLossAggregate(int featureCount) => RawGradient = new double[featureCount];

    public double LossSum { get; private set; }
    public double WeightSum { get; private set; }
    public double MultiplierSum { get; private set; }

    /// <summary>Σ c·x over the rows, in the original feature space.</summary>
    public double[] RawGradient { get; }

    /// <summary>Adds rows with the vectorised kernels (TensorPrimitives) or the plain scalar loops.</summary>
    public SvmLossAggregate Add(IReadOnlyList<LabeledPoint> rows, double[] beta, double offset, SvmLoss loss,
        double negativeClassWeight, double positiveClassWeight, bool vectorised)
    {
        var gradient = RawGradient;
        double lossSum = 0, weightSum = 0, multiplierSum = 0;
        for (int i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            double weight = row.Weight * (row.Label == 1.0 ? positiveClassWeight : negativeClassWeight);
            weightSum += weight;
            if (weight == 0) continue;

            var x = row.Features;
            double margin = (vectorised ? TensorPrimitives.Dot<double>(x, beta) : ScalarDot(x, beta)) + offset;
            double signedLabel = 2 * row.Label - 1;
            double slack = 1 - signedLabel * margin;
            if (!(slack > 0)) continue;

            double multiplier;
            if (loss == SvmLoss.Hinge)
            {
                lossSum += weight * slack;
                multiplier = -signedLabel * weight;
            }
            else
            {
                lossSum += weight * slack * slack;
                multiplier = -2 * signedLabel * weight * slack;
            }
            multiplierSum += multiplier;
            if (vectorised) TensorPrimitives.MultiplyAdd<double>(x, multiplier, gradient, gradient);
            else ScalarAxpy(multiplier, x, gradient);
        }
        LossSum += lossSum;
        WeightSum += weightSum;
        MultiplierSum += multiplierSum;
        return this;
    }

    public static SvmLossAggregate Merge(SvmLossAggregate left, SvmLossAggregate right)
    {
        left.LossSum += right.LossSum;
        left.WeightSum += right.WeightSum;
        left.MultiplierSum += right.MultiplierSum;
        var g = left.RawGradient;
        var h = right.RawGradient;
        for (int j = 0; j < g.Length; j++) g[j] += h[j];
        return left;
    }

    /// <summary>Writes Σ ∂loss/∂w′ (and ∂/∂b′ last when <paramref name="fitIntercept"/>) into <paramref name="gradient"/>.</summary>
    public void ScaledGradient(double[] inverseStd, double[] scaledMean, bool fitIntercept, double[] gradient)
    {
        int d = RawGradient.Length;
        for (int j = 0; j < d; j++)
        {
            gradient[j] = RawGradient[j] * inverseStd[j];
            if (fitIntercept) gradient[j] -= MultiplierSum * scaledMean[j];
        }
        if (fitIntercept) gradient[d] = MultiplierSum;
    }

    private static double ScalarDot(double[] x, double[] beta)
    {
        double s = 0;
        for (int j = 0; j < x.Length; j++) s += x[j] * beta[j];
        return s;
    }

    private static void ScalarAxpy(double alpha, double[] x, double[] y)
    {
        for (int j = 0; j < x.Length; j++) y[j] += alpha * x[j];
    }
}
