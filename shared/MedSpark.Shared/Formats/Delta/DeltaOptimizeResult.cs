namespace MedSpark.Shared.Formats.Delta;

/// <summary>The outcome of <see cref="DeltaTable.Optimize"/>.</summary>
/// <param name="Version">The committed version, or the current one when there was nothing to compact.</param>
/// <param name="FilesRemoved">Small files replaced.</param>
/// <param name="FilesAdded">Compacted files written.</param>
public sealed record DeltaOptimizeResult(long Version, int FilesRemoved, int FilesAdded);
