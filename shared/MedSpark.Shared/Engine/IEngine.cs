namespace MedSpark.Shared.Engine;

/// <summary>
/// What an engine does: run a function over each partition of a dataset, in parallel where it can.
/// Job logic (row functions, partition aggregates, keys) lives in shared code and never depends on which
/// engine runs it; <see cref="LocalEngine"/> runs partitions on the cores of this machine, a Spark host
/// runs the same functions on executors.
/// </summary>
public interface IEngine
{
    /// <summary>How many partitions the engine runs at once (the default partition count for new datasets).</summary>
    int Parallelism { get; }

    /// <summary>
    /// Applies <paramref name="work"/> to every partition (index, rows) and returns the results in partition
    /// order. <paramref name="progress"/>, when given, is told each partition that finishes (thread-safe).
    /// </summary>
    TOut[] RunPartitions<TIn, TOut>(Partitioned<TIn> input, Func<int, IReadOnlyList<TIn>, TOut> work, Action<int>? progress = null);
}
