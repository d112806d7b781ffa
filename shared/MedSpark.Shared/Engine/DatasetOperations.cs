namespace MedSpark.Shared.Engine;

/// <summary>
/// The dataset operations jobs are written with, expressed once on top of <see cref="IEngine.RunPartitions"/>:
/// map, filter, hash shuffle, and MLlib-style tree aggregation.
/// </summary>
public static class DatasetOperations
{
    /// <summary>Applies a partition function that may emit any number of rows per input row.</summary>
    public static Partitioned<TOut> MapPartitions<TIn, TOut>(this IEngine engine, Partitioned<TIn> input,
        Func<IReadOnlyList<TIn>, IEnumerable<TOut>> work, Action<int>? progress = null) =>
        new(engine.RunPartitions(input, (_, rows) => (IReadOnlyList<TOut>)work(rows).ToList(), progress));

    public static Partitioned<TOut> Map<TIn, TOut>(this IEngine engine, Partitioned<TIn> input, Func<TIn, TOut> map) =>
        engine.MapPartitions(input, rows => rows.Select(map));

    public static Partitioned<T> Filter<T>(this IEngine engine, Partitioned<T> input, Func<T, bool> keep) =>
        engine.MapPartitions(input, rows => rows.Where(keep));

    /// <summary>
    /// Hash-partitions rows by key so equal keys land in one partition (the shuffle before a join,
    /// a dedupe or a group-by). The key's hash must be stable across processes: use strings or numbers.
    /// </summary>
    public static Partitioned<T> Shuffle<T, TKey>(this IEngine engine, Partitioned<T> input, Func<T, TKey> key, int partitions)
        where TKey : notnull
    {
        // Each input partition splits its rows into buckets in parallel; buckets are then concatenated.
        var buckets = engine.RunPartitions(input, (_, rows) =>
        {
            var local = new List<T>[partitions];
            for (int b = 0; b < partitions; b++) local[b] = new List<T>();
            foreach (var row in rows) local[Bucket(key(row), partitions)].Add(row);
            return local;
        });
        var result = new IReadOnlyList<T>[partitions];
        for (int b = 0; b < partitions; b++) result[b] = buckets.SelectMany(x => x[b]).ToList();
        return new Partitioned<T>(result);
    }

    /// <summary>
    /// Aggregates every partition with <paramref name="seqOp"/> from a fresh <paramref name="zero"/>, then
    /// merges the partials in a tree of the given depth, as Spark's treeAggregate does (the merge order is
    /// fixed by partition index, so the result is deterministic).
    /// </summary>
    public static TAcc TreeAggregate<T, TAcc>(this IEngine engine, Partitioned<T> input, Func<TAcc> zero,
        Func<TAcc, IReadOnlyList<T>, TAcc> seqOp, Func<TAcc, TAcc, TAcc> combOp, int depth = 2)
    {
        var partials = engine.RunPartitions(input, (_, rows) => seqOp(zero(), rows));
        if (partials.Length == 0) return zero();
        int scale = Math.Max((int)Math.Ceiling(Math.Pow(partials.Length, 1.0 / Math.Max(1, depth))), 2);
        var level = partials;
        while (level.Length > scale)
        {
            int groups = (level.Length + scale - 1) / scale;
            var grouped = Partitioned<TAcc>.FromList(level, groups);
            level = engine.RunPartitions(grouped, (_, accs) => accs.Skip(1).Aggregate(accs[0], combOp));
        }
        return level.Skip(1).Aggregate(level[0], combOp);
    }

    /// <summary>A process-independent bucket for a key (string.GetHashCode is randomised per process).</summary>
    public static int Bucket<TKey>(TKey key, int buckets) where TKey : notnull
    {
        ulong h = key switch
        {
            string s => Fnv1a(s),
            long l => (ulong)l * 0x9E3779B97F4A7C15UL,
            int i => (ulong)i * 0x9E3779B97F4A7C15UL,
            _ => Fnv1a(key.ToString() ?? ""),
        };
        return (int)(h % (ulong)buckets);
    }

    private static ulong Fnv1a(string s)
    {
        ulong h = 14695981039346656037UL;
        foreach (char c in s)
        {
            h ^= c;
            h *= 1099511628211UL;
        }
        return h;
    }
}
