using Spectre.Console;

namespace MedSpark.Jobs;

/// <summary>Progress bars on the terminal (Spectre.Console); plain lines when output is redirected.</summary>
public sealed class SpectreProgressReporter : IProgressReporter
{
    private readonly ProgressContext _context;

    public SpectreProgressReporter(ProgressContext context) => _context = context;

    public IProgressTask Start(string description, long total) =>
        new Task(_context.AddTask(Markup.Escape(description), maxValue: Math.Max(1, total)));

    /// <summary>Runs <paramref name="work"/> with a live progress display.</summary>
    public static T Run<T>(Func<IProgressReporter, T> work) =>
        AnsiConsole.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(),
                new ElapsedTimeColumn(), new SpinnerColumn())
            .Start(ctx => work(new SpectreProgressReporter(ctx)));

    private sealed class Task : IProgressTask
    {
        private readonly ProgressTask _task;

        public Task(ProgressTask task) => _task = task;

        public void Increment(long amount = 1) => _task.Increment(amount);

        public void Complete()
        {
            _task.Value = _task.MaxValue;
            _task.StopTask();
        }
    }
}
