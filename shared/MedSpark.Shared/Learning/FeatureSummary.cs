namespace MedSpark.Shared.Learning;

/// <summary>
/// One-pass, mergeable statistics of a labeled dataset: row count, weight sums, per-class weight and count,
/// weighted mean and unbiased weighted variance per feature, and the first invalid row.
/// </summary>
/// <remarks>
/// Mean and M2 use West's weighted update per row and Chan et al.'s pairwise merge; the variance is
/// M2 / (W − ΣW²/W), MLlib Summarizer's unbiased estimate for reliability weights. Rows of weight 0 are
/// validated but, as in MLlib, do not enter the statistics. The row index of an error is relative to the
/// first row the aggregate covers; <see cref="Merge"/> expects its left side to precede its right side,
/// which TreeAggregate guarantees by merging contiguous partitions in index order.
/// </remarks>
internal sealed class FeatureSummary
{
    private readonly double _negativeClassWeight;
    private readonly double _positiveClassWeight;

    public FeatureSummary(double negativeClassWeight, double positiveClassWeight)
    {
        _negativeClassWeight = negativeClassWeight;
        _positiveClassWeight = positiveClassWeight;
    }

    public long RowCount { get; private set; }
    public int FeatureCount { get; private set; } = -1;
    public double WeightSum { get; private set; }
    public double WeightSquareSum { get; private set; }
    public double[] ClassWeight { get; } = new double[2];
    public long[] ClassCount { get; } = new long[2];
    public double[] Mean { get; private set; } = [];
    public double[] M2 { get; private set; } = [];

    public string? Error { get; private set; }
    public long ErrorRow { get; private set; }
    public int? ErrorFeature { get; private set; }

    public double EffectiveWeight(LabeledPoint p) =>
        p.Weight * (p.Label == 1.0 ? _positiveClassWeight : _negativeClassWeight);

    public FeatureSummary Add(IReadOnlyList<LabeledPoint> rows)
    {
        foreach (var row in rows)
        {
            if (Error is not null) break;
            AddRow(row);
            RowCount++;
        }
        return this;
    }

    private void AddRow(LabeledPoint row)
    {
        var x = row.Features;
        if (x is null)
        {
            Fail("Features are null.", null);
            return;
        }
        if (FeatureCount < 0)
        {
            FeatureCount = x.Length;
            Mean = new double[x.Length];
            M2 = new double[x.Length];
        }
        else if (x.Length != FeatureCount)
        {
            Fail($"Row has {x.Length} features, earlier rows have {FeatureCount}.", null);
            return;
        }
        if (row.Label is not (0.0 or 1.0))
        {
            Fail($"Label {row.Label} is not 0 or 1.", null);
            return;
        }
        if (!double.IsFinite(row.Weight) || row.Weight < 0)
        {
            Fail($"Weight {row.Weight} is not finite and >= 0.", null);
            return;
        }
        for (int j = 0; j < x.Length; j++)
        {
            if (!double.IsFinite(x[j]))
            {
                Fail($"Feature value {x[j]} is not finite.", j);
                return;
            }
        }

        int cls = (int)row.Label;
        ClassCount[cls]++;
        double w = EffectiveWeight(row);
        if (w == 0) return;
        ClassWeight[cls] += w;
        WeightSum += w;
        WeightSquareSum += w * w;
        double ratio = w / WeightSum;
        for (int j = 0; j < x.Length; j++)
        {
            double delta = x[j] - Mean[j];
            Mean[j] += delta * ratio;
            M2[j] += w * delta * (x[j] - Mean[j]);
        }
    }

    private void Fail(string message, int? feature)
    {
        Error = message;
        ErrorRow = RowCount;
        ErrorFeature = feature;
    }

    public static FeatureSummary Merge(FeatureSummary left, FeatureSummary right)
    {
        if (left.Error is not null) return left;
        if (left.FeatureCount >= 0 && right.FeatureCount >= 0 && left.FeatureCount != right.FeatureCount)
        {
            // The right side's first row fixed its length, so it is the first row that disagrees.
            left.Error = $"Row has {right.FeatureCount} features, earlier rows have {left.FeatureCount}.";
            left.ErrorRow = left.RowCount;
            left.ErrorFeature = null;
            return left;
        }
        if (right.Error is not null)
        {
            left.Error = right.Error;
            left.ErrorRow = left.RowCount + right.ErrorRow;
            left.ErrorFeature = right.ErrorFeature;
            return left;
        }
        if (right.FeatureCount < 0) return left;
        if (left.FeatureCount < 0)
        {
            right.RowCount += left.RowCount;
            return right;
        }

        double total = left.WeightSum + right.WeightSum;
        if (right.WeightSum > 0)
        {
            for (int j = 0; j < left.FeatureCount; j++)
            {
                double delta = right.Mean[j] - left.Mean[j];
                left.Mean[j] += delta * right.WeightSum / total;
                left.M2[j] += right.M2[j] + delta * delta * left.WeightSum * right.WeightSum / total;
            }
        }
        left.RowCount += right.RowCount;
        left.WeightSum = total;
        left.WeightSquareSum += right.WeightSquareSum;
        for (int c = 0; c < 2; c++)
        {
            left.ClassWeight[c] += right.ClassWeight[c];
            left.ClassCount[c] += right.ClassCount[c];
        }
        return left;
    }

    /// <summary>Unbiased weighted standard deviation per feature (0 for a constant feature or a single row).</summary>
    public double[] Std()
    {
        var std = new double[Math.Max(FeatureCount, 0)];
        double denominator = WeightSum - WeightSquareSum / WeightSum;
        if (!(denominator > 0)) return std;
        for (int j = 0; j < std.Length; j++) std[j] = Math.Sqrt(Math.Max(M2[j] / denominator, 0));
        return std;
    }
}
