namespace MedSpark.Shared.Formats.Delta;

/// <summary>
/// Another writer committed a change that invalidates what this transaction read (for example a concurrent
/// append while this transaction overwrote the table). Nothing of this transaction is visible; the caller may
/// retry the whole operation against the new table state.
/// </summary>
public sealed class DeltaConcurrentModificationException : DeltaException
{
    /// <summary>Creates the exception for the winning commit <paramref name="version"/>.</summary>
    public DeltaConcurrentModificationException(string message, string tablePath, long version)
        : base(message, tablePath, version)
    {
    }
}
