namespace MedSpark.Jobs;

/// <summary>Adapts shared code's progress callbacks (name, done, total) to an <see cref="IProgressReporter"/>.</summary>
public static class ProgressBridge
{
    public static Action<string, long, long> For(IProgressReporter reporter, string prefix)
    {
        var tasks = new Dictionary<string, (IProgressTask Task, long Done)>();
        return (name, done, total) =>
        {
            lock (tasks)
            {
                if (!tasks.TryGetValue(name, out var entry)) entry = (reporter.Start(name == prefix ? name : $"{prefix}: {name}", total), 0);
                if (done > entry.Done) entry.Task.Increment(done - entry.Done);
                tasks[name] = (entry.Task, Math.Max(done, entry.Done));
                if (done >= total) entry.Task.Complete();
            }
        };
    }
}
