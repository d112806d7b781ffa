using MedSpark.Shared.Engine;

namespace MedSpark.Shared.Learning;

/// <summary>
/// Trains a linear support vector classifier the way Spark MLlib's LinearSVC does, on any <see cref="IEngine"/>.
/// </summary>
/// <remarks>
/// Objective, with labels y ∈ {0, 1}, y′ = 2y − 1, instance weights v (times the class weight), W = Σv,
/// margin m(x) = w·x + b and λ = RegParam:
/// <code>
///   min_{w,b}  (1/W)·Σᵢ vᵢ·max(0, 1 − y′ᵢ·m(xᵢ))[²]  +  ½λ·Σⱼ (wⱼ·σⱼ)²    (Standardization = true)
///   min_{w,b}  (1/W)·Σᵢ vᵢ·max(0, 1 − y′ᵢ·m(xᵢ))[²]  +  ½λ·Σⱼ wⱼ²         (Standardization = false)
/// </code>
/// (σⱼ the feature's standard deviation; the square for <see cref="SvmLoss.SquaredHinge"/>; b unpenalised).
/// As in MLlib (org.apache.spark.ml.classification.LinearSVC with HingeBlockAggregator and RDDLossFunction):
/// one pass computes the summary statistics; the problem is then solved by quasi-Newton in the space of
/// std-scaled, virtually centred features (constant features get coefficient 0) from the zero vector, each
/// objective evaluation being one pass over the partitions merged by TreeAggregate with AggregationDepth; the
/// solution is mapped back to the original space. MLlib runs Breeze's OWLQN with a zero L1 weight; here
/// <see cref="Lbfgs"/> (m = 10, strong-Wolfe line search) with Breeze's convergence test on Tol.
/// With Standardization = false, FitIntercept = false and λ = 1/(n·C) on unit weights this is
/// LIBLINEAR's L2-regularised L1-loss (-s 3) or L2-loss (-s 1/-s 2) SVC objective divided by n·C
/// (Fan, Chang, Hsieh, Wang, Lin, "LIBLINEAR: A library for large linear classification", JMLR 9, 2008).
/// </remarks>
public static class LinearSvc
{
    /// <summary>Fits a model; <paramref name="onIteration"/> hears every accepted optimiser step.</summary>
    /// <exception cref="LearningException">Empty data, one class only, a label other than 0/1, a negative or
    /// non-finite weight, a NaN/∞ feature (row and feature index given) or rows of different lengths.</exception>
    public static LinearSvcModel Fit(IEngine engine, Partitioned<LabeledPoint> data, SvmOptions options,
        Action<SvmIteration>? onIteration = null) =>
        Fit(engine, data, options, onIteration, vectorised: true);

    /// <summary>Fits with MLlib's default options.</summary>
    public static LinearSvcModel Fit(IEngine engine, Partitioned<LabeledPoint> data, Action<SvmIteration>? onIteration = null) =>
        Fit(engine, data, new SvmOptions(), onIteration);

    internal static LinearSvcModel Fit(IEngine engine, Partitioned<LabeledPoint> data, SvmOptions options,
        Action<SvmIteration>? onIteration, bool vectorised)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);

        var summary = Summarize(engine, data, options);
        var objective = new SvmObjective(engine, data, options, summary.Mean, summary.Std(), vectorised);
        var lbfgs = new Lbfgs(options.MaxIter, options.Tol);
        var result = lbfgs.Minimize(objective.Evaluate, new double[objective.Dimension], onIteration);
        var (coefficients, intercept) = objective.ToOriginalSpace(result.X);
        var training = new SvmTrainingSummary(result.ObjectiveHistory, result.Iterations, result.Convergence,
            summary.RowCount, summary.WeightSum);
        return new LinearSvcModel(coefficients, intercept, options, training);
    }

    /// <summary>The validating statistics pass; throws on the first invalid row.</summary>
    internal static FeatureSummary Summarize(IEngine engine, Partitioned<LabeledPoint> data, SvmOptions options)
    {
        var summary = engine.TreeAggregate(data,
            () => new FeatureSummary(options.NegativeClassWeight, options.PositiveClassWeight),
            (acc, rows) => acc.Add(rows),
            FeatureSummary.Merge,
            options.AggregationDepth);

        if (summary.Error is not null)
        {
            string where = summary.ErrorFeature is int f ? $"row {summary.ErrorRow}, feature {f}" : $"row {summary.ErrorRow}";
            throw new LearningException($"Invalid training data at {where}: {summary.Error}", summary.ErrorRow, summary.ErrorFeature);
        }
        if (summary.RowCount == 0) throw new LearningException("Training data is empty.");
        if (summary.ClassWeight[0] == 0 || summary.ClassWeight[1] == 0)
        {
            throw new LearningException(
                $"Training data must contain both classes with positive weight; label 0 has {summary.ClassCount[0]} rows " +
                $"(weight {summary.ClassWeight[0]}), label 1 has {summary.ClassCount[1]} rows (weight {summary.ClassWeight[1]}).");
        }
        return summary;
    }
}
