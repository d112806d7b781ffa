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

        var byLabel = new SortedDictionary<double, List<int>>();
        for (int i = 0; i < rows.Count; i++)
        {
            double y = label(rows[i]);
            if (double.IsNaN(y)) throw new ArgumentException($"Row {i} has a NaN label.", nameof(rows));
            if (!byLabel.TryGetValue(y, out var list)) byLabel[y] = list = new List<int>();
            list.Add(i);
        }

        var random = new Random(seed);
        var fold = new int[rows.Count];
        int next = 0;
        foreach (var (y, indices) in byLabel)
        {
            if (indices.Count < k)
                throw new ArgumentException($"Label {y} has {indices.Count} rows, fewer than the {k} folds.", nameof(rows));
            for (int i = indices.Count - 1; i > 0; i--)
            {
                int j = random.Next(i + 1);
                (indices[i], indices[j]) = (indices[j], indices[i]);
            }
            foreach (int index in indices) fold[index] = next++ % k;
        }
        return fold;
    }
}
