namespace MedSpark.Jobs;

/// <summary>Progress of long work: a task with a known total that advances (thread-safe).</summary>
public interface IProgressReporter
{
    /// <summary>Starts (or restarts) a task; returns a handle to advance it.</summary>
    IProgressTask Start(string description, long total);
}

/// <summary>One task of an <see cref="IProgressReporter"/>.</summary>
public interface IProgressTask
{
    void Increment(long amount = 1);

    void Complete();
}

/// <summary>Reports nothing (tests, non-interactive runs that print their own summary).</summary>
public sealed class NullProgressReporter : IProgressReporter
{
    public static NullProgressReporter Instance { get; } = new();

    public IProgressTask Start(string description, long total) => NullTask.Instance;

    private sealed class NullTask : IProgressTask
    {
        public static NullTask Instance { get; } = new();

        public void Increment(long amount = 1) { }

        public void Complete() { }
    }
}
