namespace MedSpark.Jobs;

/// <summary>Progress as plain lines (every 10 %), for logs and redirected output.</summary>
public sealed class LineProgressReporter(TextWriter writer) : IProgressReporter
{
    public IProgressTask Start(string description, long total) => new Task(writer, description, Math.Max(1, total));

    private sealed class Task(TextWriter writer, string description, long total) : IProgressTask
    {
        private long _done;
        private int _lastDecile = -1;

        public void Increment(long amount = 1)
        {
            long done = Interlocked.Add(ref _done, amount);
            int decile = (int)Math.Min(10, done * 10 / total);
            int last = Volatile.Read(ref _lastDecile);
            if (decile > last && Interlocked.CompareExchange(ref _lastDecile, decile, last) == last)
                lock (writer) writer.WriteLine($"  {description}: {decile * 10}% ({done:N0}/{total:N0})");
        }

        public void Complete()
        {
            if (Interlocked.Exchange(ref _lastDecile, 10) < 10)
                lock (writer) writer.WriteLine($"  {description}: done ({Interlocked.Read(ref _done):N0})");
        }
    }
}
