namespace MedSpark.Shared.Learning;

/// <summary>Deterministic train/test split that keeps each label's share the same in both parts.</summary>
public static class StratifiedSplit
{
    /// <summary>
    /// Puts round(testFraction × count) rows of each label into the test part, chosen by a Fisher–Yates shuffle
    /// seeded with <paramref name="seed"/> (per label, labels in ascending order); both parts keep input order.
    /// The same rows, fraction and seed always give the same split.
    /// </summary>
    public static (IReadOnlyList<T> Train, IReadOnlyList<T> Test) Split<T>(IReadOnlyList<T> rows, Func<T, double> label,
        double testFraction, int seed)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(label);
        if (!(testFraction >= 0 && testFraction <= 1))
            throw new ArgumentOutOfRangeException(nameof(testFraction), testFraction, "Test fraction must be in [0, 1].");

        var inTest = new bool[rows.Count];
        foreach (var indices in LabelGroups.Shuffled(rows, label, seed).Values)
        {
            int take = (int)Math.Round(testFraction * indices.Count, MidpointRounding.AwayFromZero);
            for (int k = 0; k < take; k++) inTest[indices[k]] = true;
        }

        var train = new List<T>();
        var test = new List<T>();
        for (int i = 0; i < rows.Count; i++) (inTest[i] ? test : train).Add(rows[i]);
        return (train, test);
    }
}
