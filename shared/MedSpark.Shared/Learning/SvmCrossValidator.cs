using MedSpark.Shared.Engine;

namespace MedSpark.Shared.Learning;

/// <summary>
/// Model selection for <see cref="LinearSvc"/>: stratified k-fold cross-validation over a grid of settings,
/// choosing by mean held-out AUC-ROC.
/// </summary>
/// <remarks>
/// As Spark MLlib's CrossValidator with a BinaryClassificationEvaluator (areaUnderROC): for each candidate θ and
/// fold f, fit on the other k − 1 folds and score fold f; choose argmax_θ (1/k)·Σ_f AUC_f(θ), the first in grid
/// order on a tie (so list a grid from strongest to weakest regularisation to prefer the simpler model).
/// Folds come from <see cref="StratifiedKFold"/>, so the result is a function of the rows, grid, k and seed.
/// Every fit is a full distributed <see cref="LinearSvc.Fit(IEngine, Partitioned{LabeledPoint}, SvmOptions, Action{SvmIteration}?)"/>.
/// </remarks>
public static class SvmCrossValidator
{
    /// <summary>Runs the search.</summary>
    /// <param name="engine">Runs every fit's partitions.</param>
    /// <param name="rows">Labeled rows (0/1).</param>
    /// <param name="candidates">The grid, in preference order for ties.</param>
    /// <param name="k">Folds (≥ 2).</param>
    /// <param name="seed">Fixes the folds.</param>
    /// <exception cref="ArgumentException">An empty grid, or a label with fewer than k rows.</exception>
    /// <exception cref="LearningException">A fold's training part cannot be fitted (see <see cref="LinearSvc"/>).</exception>
    public static SvmCrossValidationResult Run(IEngine engine, IReadOnlyList<LabeledPoint> rows,
        IReadOnlyList<SvmOptions> candidates, int k, int seed)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(candidates);
        if (candidates.Count == 0) throw new ArgumentException("The grid has no candidates.", nameof(candidates));

        var fold = StratifiedKFold.Assign(rows, r => r.Label, k, seed);
        var trainParts = new Partitioned<LabeledPoint>[k];
        var testParts = new List<LabeledPoint>[k];
        for (int f = 0; f < k; f++)
        {
            var train = new List<LabeledPoint>();
            testParts[f] = new List<LabeledPoint>();
            for (int i = 0; i < rows.Count; i++) (fold[i] == f ? testParts[f] : train).Add(rows[i]);
            trainParts[f] = Partitioned<LabeledPoint>.FromList(train, engine.Parallelism);
        }

        var scores = new List<SvmCandidateScore>(candidates.Count);
        foreach (var options in candidates)
        {
            var aucs = new double[k];
            for (int f = 0; f < k; f++)
            {
                var model = LinearSvc.Fit(engine, trainParts[f], options);
                var test = testParts[f];
                var margins = new double[test.Count];
                var labels = new double[test.Count];
                for (int i = 0; i < test.Count; i++)
                {
                    margins[i] = model.Margin(test[i].Features);
                    labels[i] = test[i].Label;
                }
                aucs[f] = BinaryMetrics.Compute(margins, labels, threshold: options.Threshold).AucRoc;
            }
            double mean = aucs.Average();
            double std = Math.Sqrt(aucs.Sum(a => (a - mean) * (a - mean)) / (k - 1));
            scores.Add(new SvmCandidateScore(options, aucs, mean, std));
        }

        int best = 0;
        for (int c = 1; c < scores.Count; c++)
            if (scores[c].MeanAucRoc > scores[best].MeanAucRoc) best = c;
        return new SvmCrossValidationResult(k, seed, scores, best);
    }

    /// <summary>
    /// The grid regParams × positive-class weights on top of <paramref name="baseOptions"/>, regParams outermost
    /// (in the order given), then class weights.
    /// </summary>
    public static IReadOnlyList<SvmOptions> Grid(SvmOptions baseOptions, IEnumerable<double> regParams, IEnumerable<double> positiveClassWeights)
    {
        ArgumentNullException.ThrowIfNull(baseOptions);
        var weights = positiveClassWeights.ToList();
        return regParams.SelectMany(r => weights.Select(w => baseOptions with { RegParam = r, PositiveClassWeight = w })).ToList();
    }
}
