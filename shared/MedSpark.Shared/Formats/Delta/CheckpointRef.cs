namespace MedSpark.Shared.Formats.Delta;

/// <summary>A complete checkpoint in the log: its version and the store paths of all its parts, in part order.</summary>
/// <param name="Version">The table version whose state the checkpoint holds.</param>
/// <param name="Paths">One path for a classic checkpoint; parts 1..n for a multi-part one.</param>
internal sealed record CheckpointRef(long Version, IReadOnlyList<string> Paths);
