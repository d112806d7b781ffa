namespace MedSpark.Shared.Lake;

/// <summary>
/// The storage seam under the jobs and the Delta log: a flat namespace of immutable objects addressed by
/// '/'-separated paths relative to the store's root. Implementations: <see cref="LocalLakeStore"/> and
/// <see cref="AzureBlobLakeStore"/>; <see cref="LakeStores.Open"/> picks one from a <see cref="LakeLocation"/>.
/// No operation renames: Delta commits rely on
/// <see cref="TryCreate"/> (put-if-absent) alone.
/// </summary>
public interface ILakeStore
{
    /// <summary>A display form of the root (never contains secrets).</summary>
    string Root { get; }

    bool Exists(string path);

    /// <summary>Objects whose path starts with <paramref name="prefix"/>, in ordinal path order.</summary>
    IReadOnlyList<LakeEntry> List(string prefix);

    /// <summary>A readable, seekable stream over the object.</summary>
    Stream OpenRead(string path);

    byte[] ReadAllBytes(string path);

    /// <summary>
    /// A stream whose content becomes visible at <paramref name="path"/> only when it is disposed after a
    /// successful write (replacing any object there). If the writer fails before dispose, call
    /// <see cref="LakeWriteStream.Abort"/> (or let the exception propagate through <c>using</c>
    /// after calling it) and nothing is left behind.
    /// </summary>
    LakeWriteStream OpenWrite(string path);

    /// <summary>Atomically creates the object if no object exists at the path. Returns false if one exists.</summary>
    bool TryCreate(string path, ReadOnlySpan<byte> content);

    /// <summary>Deletes the object; no error if it is absent.</summary>
    void Delete(string path);
}

/// <summary>One object in a store.</summary>
public sealed record LakeEntry(string Path, long Size, DateTimeOffset LastModified);
