namespace MedSpark.Shared.Learning;

/// <summary>Row indices grouped by label (in label order), each group shuffled by one seeded generator: the base of stratified splits.</summary>
internal static class LabelGroups
{
    /// <exception cref="ArgumentException">A NaN label.</exception>
    public static SortedDictionary<double, List<int>> Shuffled<T>(IReadOnlyList<T> rows, Func<T, double> label, int seed)
    {
        var byLabel = new SortedDictionary<double, List<int>>();
        for (int i = 0; i < rows.Count; i++)
        {
            double y = label(rows[i]);
            if (double.IsNaN(y)) throw new ArgumentException($"Row {i} has a NaN label.", nameof(rows));
            if (!byLabel.TryGetValue(y, out var list)) byLabel[y] = list = new List<int>();
            list.Add(i);
        }
        // Fisher–Yates per group, groups in label order, so a seed fixes every split.
        var random = new Random(seed);
        foreach (var indices in byLabel.Values)
        {
            for (int i = indices.Count - 1; i > 0; i--)
            {
                int j = random.Next(i + 1);
                (indices[i], indices[j]) = (indices[j], indices[i]);
            }
        }
        return byLabel;
    }
}
