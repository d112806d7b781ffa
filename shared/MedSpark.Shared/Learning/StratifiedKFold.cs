namespace MedSpark.Shared.Learning;

/// <summary>Deterministic stratified k-fold assignment: every fold holds (within one row) the same share of each label.</summary>
/// <remarks>
/// Per label (labels in ascending order) the row indices are shuffled by a Fisher–Yates pass seeded with the seed,
/// and the r-th shuffled row goes to fold r mod k, continuing the count from the previous label so fold sizes
/// differ by at most one overall — the layout of scikit-learn's StratifiedKFold(shuffle=True) (Kohavi, "A study of
/// cross-validation and bootstrap for accuracy estimation and model selection", IJCAI 1995, recommends stratified
/// ten-fold CV). The same rows, k and seed always give the same folds.
/// </remarks>
public static class StratifiedKFold
{
    /// <summary>The fold (0 … k−1) of every row.</summary>
    /// <exception cref="ArgumentOutOfRangeException">k &lt; 2 or k greater than the row count.</exception>
    /// <exception cref="ArgumentException">A NaN label, or a label with fewer than k rows (some fold would miss it).</exception>
    public static int[] Assign<T>(IReadOnlyList<T> rows, Func<T, double> label, int k, int seed)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(label);
        if (k < 2 || k > rows.Count)
            throw new ArgumentOutOfRangeException(nameof(k), k, $"Folds must be in [2, {rows.Count}] (the row count).");

        var fold = new int[rows.Count];
        int next = 0;
        foreach (var (y, indices) in LabelGroups.Shuffled(rows, label, seed))
        {
            if (indices.Count < k)
                throw new ArgumentException($"Label {y} has {indices.Count} rows, fewer than the {k} folds.", nameof(rows));
            foreach (int index in indices) fold[index] = next++ % k;
        }
        return fold;
    }
}
