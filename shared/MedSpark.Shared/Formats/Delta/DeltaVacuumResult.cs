namespace MedSpark.Shared.Formats.Delta;

/// <summary>The outcome of <see cref="DeltaTable.Vacuum"/>.</summary>
/// <param name="Files">Table-relative paths deleted (or, in a dry run, that would be), in path order.</param>
/// <param name="DryRun">True when nothing was deleted.</param>
/// <param name="OldestRetainedVersion">The oldest version still fully readable after the vacuum.</param>
public sealed record DeltaVacuumResult(IReadOnlyList<string> Files, bool DryRun, long OldestRetainedVersion);
