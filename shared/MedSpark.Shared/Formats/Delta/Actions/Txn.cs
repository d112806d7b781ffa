namespace MedSpark.Shared.Formats.Delta.Actions;

/// <summary>The <c>txn</c> action: the last version an application committed, for idempotent writes.</summary>
/// <param name="AppId">The application's stable id.</param>
/// <param name="Version">The application-defined version of this write; only increases.</param>
/// <param name="LastUpdated">When it was written, ms since the Unix epoch.</param>
public sealed record Txn(string AppId, long Version, long? LastUpdated) : DeltaAction;
