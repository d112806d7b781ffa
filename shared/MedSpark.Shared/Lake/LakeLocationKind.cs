namespace MedSpark.Shared.Lake;

/// <summary>Where a lake lives: which <see cref="ILakeStore"/> implementation opens it.</summary>
public enum LakeLocationKind
{
    /// <summary>A directory on the local (or a mounted) file system: <see cref="LocalLakeStore"/>.</summary>
    Local,

    /// <summary>A container (and path prefix) in Azure Blob Storage or ADLS Gen2: <see cref="AzureBlobLakeStore"/>.</summary>
    AzureBlob,
}
