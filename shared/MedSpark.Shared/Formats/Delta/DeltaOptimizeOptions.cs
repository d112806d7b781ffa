using MedSpark.Shared.Formats.Parquet;

namespace MedSpark.Shared.Formats.Delta;

/// <summary>Settings of <see cref="DeltaTable.Optimize"/>.</summary>
public sealed record DeltaOptimizeOptions
{
    /// <summary>Files smaller than this are compacted into files of about this size (Spark's default is 1 GiB; delta-rs 100 MiB).</summary>
    public long TargetFileBytes { get; init; } = 128L * 1024 * 1024;

    /// <summary>Settings of the compacted Parquet files.</summary>
    public ParquetWriteOptions? Parquet { get; init; }

    /// <summary>Free text recorded as commitInfo.userMetadata.</summary>
    public string? Description { get; init; }

    /// <summary>The clock for commit and file timestamps; tests inject a fixed one.</summary>
    public Func<DateTimeOffset> Clock { get; init; } = () => DateTimeOffset.UtcNow;

    /// <summary>Source of data file names; tests inject a deterministic one.</summary>
    public Func<Guid> NewGuid { get; init; } = Guid.NewGuid;
}
