namespace MedSpark.Shared.Engine;

/// <summary>The embedded engine: partitions run on a bounded number of threads of this process.</summary>
public sealed class LocalEngine : IEngine
{
    public LocalEngine(int? parallelism = null)
    {
        Parallelism = parallelism is > 0 ? parallelism.Value : Environment.ProcessorCount;
    }

    public int Parallelism { get; }

    public TOut[] RunPartitions<TIn, TOut>(Partitioned<TIn> input, Func<int, IReadOnlyList<TIn>, TOut> work, Action<int>? progress = null)
    {
        var results = new TOut[input.PartitionCount];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Parallelism };
        Parallel.For(0, input.PartitionCount, options, p =>
        {
            results[p] = work(p, input.Partitions[p]);
            progress?.Invoke(p);
        });
        return results;
    }
}
