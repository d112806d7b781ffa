namespace MedSpark.Jobs;

/// <summary>The nightly run: every job in order, each reading what the previous one committed.</summary>
public static class NightlyPipeline
{
    public static IReadOnlyList<IJob> Jobs() => [new IngestJob(), new CurateJob(), new FeaturizeJob(), new TrainJob(), new ScoreJob()];

    public static IReadOnlyList<StageSummary> Run(JobContext context) => Jobs().Select(job => job.Run(context)).ToList();
}
