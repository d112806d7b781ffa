namespace MedSpark.Shared.Formats.Delta;

/// <summary>Settings of <see cref="DeltaTable.Vacuum"/>.</summary>
public sealed record DeltaVacuumOptions
{
    /// <summary>Spark's default and minimum safe retention (delta.deletedFileRetentionDuration = 7 days).</summary>
    public const double DefaultRetentionHours = 168;

    /// <summary>Versions committed within this many hours stay readable (time travel and running readers).</summary>
    public double RetentionHours { get; init; } = DefaultRetentionHours;

    /// <summary>List what would be deleted without deleting.</summary>
    public bool DryRun { get; init; }

    /// <summary>
    /// Allow a retention below <see cref="DefaultRetentionHours"/> (Spark's retentionDurationCheck=false): it can
    /// delete files a long-running reader or a concurrent writer still needs.
    /// </summary>
    public bool Force { get; init; }

    /// <summary>The clock the retention window is measured from; tests inject a fixed one.</summary>
    public Func<DateTimeOffset> Clock { get; init; } = () => DateTimeOffset.UtcNow;
}
