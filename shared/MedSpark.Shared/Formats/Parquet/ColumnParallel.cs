using System.Runtime.ExceptionServices;

namespace MedSpark.Shared.Formats.Parquet;

/// <summary>
/// Runs one piece of work per column of a row group on up to <c>parallelism</c> threads, and fails the way
/// the sequential loop would: with the lowest-numbered column's exception, unwrapped.
/// </summary>
internal static class ColumnParallel
{
    public static void For(int count, int parallelism, Action<int> body)
    {
        parallelism = Math.Min(Math.Max(1, parallelism), count);
        if (parallelism <= 1)
        {
            for (int k = 0; k < count; k++) body(k);
            return;
        }
        var errors = new Exception?[count];
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, k =>
        {
            try
            {
                body(k);
            }
            catch (Exception e)
            {
                errors[k] = e;
            }
        });
        foreach (var error in errors)
        {
            if (error is not null) ExceptionDispatchInfo.Capture(error).Throw();
        }
    }
}
