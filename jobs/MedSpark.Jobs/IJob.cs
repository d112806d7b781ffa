namespace MedSpark.Jobs;

/// <summary>One nightly job. Program picks a job by name; <see cref="NightlyPipeline"/> runs them in order.</summary>
public interface IJob
{
    /// <summary>The command name (ingest, curate, featurize, train, score).</summary>
    string Name { get; }

    /// <summary>One line saying what the job reads and writes.</summary>
    string Description { get; }

    StageSummary Run(JobContext context);
}
