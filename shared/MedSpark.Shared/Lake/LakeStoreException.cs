namespace MedSpark.Shared.Lake;

/// <summary>
/// A storage operation that failed for good (after any retries): names the operation, the object and the
/// lake root, never a credential.
/// </summary>
public sealed class LakeStoreException : IOException
{
    public LakeStoreException(string operation, string path, string root, string reason, Exception? inner = null)
        : base($"Lake {operation} of '{path}' under {root} failed: {reason}", inner)
    {
        Operation = operation;
        ObjectPath = path;
    }

    /// <summary>What was attempted: "read", "list", "write", "create-if-absent", "delete"...</summary>
    public string Operation { get; }

    /// <summary>The object (or prefix) path relative to the lake root.</summary>
    public string ObjectPath { get; }
}
