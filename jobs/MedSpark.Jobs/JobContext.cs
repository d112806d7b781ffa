using MedSpark.Shared.Engine;
using MedSpark.Shared.Lake;

namespace MedSpark.Jobs;

/// <summary>Everything a job needs from its surroundings; injected so tests control the clock and the lake.</summary>
/// <param name="Store">The lake the job reads from and writes to.</param>
/// <param name="Engine">The engine that runs partitions.</param>
/// <param name="Progress">Where long work reports progress.</param>
/// <param name="Clock">The clock (model created_at, scored_at, commit timestamps).</param>
/// <param name="Settings">Run settings shared by all jobs.</param>
public sealed record JobContext(
    ILakeStore Store,
    IEngine Engine,
    IProgressReporter Progress,
    Func<DateTimeOffset> Clock,
    PipelineSettings Settings);
