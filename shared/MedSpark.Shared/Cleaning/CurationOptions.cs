namespace MedSpark.Shared.Cleaning;

/// <summary>Settings of a curate run, validated at the boundary.</summary>
/// <param name="AsOfDate">
/// The run's business date: dates after it are impossible. Injected rather than read from the clock so a
/// rerun of the same night gives the same silver tables (the sample lake's is in its manifest).
/// </param>
/// <param name="Partitions">Shuffle partitions for dedupe and joins; 0 means the engine's parallelism.</param>
public sealed record CurationOptions(DateOnly AsOfDate, int Partitions = 0)
{
    /// <summary>Earliest acceptable date: anything before is a placeholder (1899-12-31 and friends), not a real date.</summary>
    public static DateOnly MinimumDate { get; } = new(1900, 1, 1);
}
