namespace MedSpark.Shared.Formats.Delta.Actions;

/// <summary>One line of a Delta commit file: a single change to the table state (PROTOCOL.md, "Actions").</summary>
public abstract record DeltaAction;
