namespace MedSpark.Jobs;

/// <summary>What one job did: counts per table it read and wrote, and the tables it committed.</summary>
public sealed class StageSummary
{
    public StageSummary(string job) => Job = job;

    public string Job { get; }

    /// <summary>Rows read, kept and quarantined per source table, in the order the job met them.</summary>
    public List<TableCounts> Counts { get; } = new();

    /// <summary>Delta tables the job committed: lake path and the version it wrote.</summary>
    public List<(string Table, long Version, long Rows)> Written { get; } = new();

    /// <summary>Named figures worth printing (features extracted, AUC, model version...).</summary>
    public List<(string Name, string Value)> Facts { get; } = new();
}

/// <summary>Rows read from a table, kept by a stage and quarantined by it.</summary>
public sealed record TableCounts(string Table, long Read, long Kept, long Quarantined);
