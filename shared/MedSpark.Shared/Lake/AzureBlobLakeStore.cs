using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace MedSpark.Shared.Lake;

/// <summary>
/// A lake in an Azure Blob Storage (or ADLS Gen2) container under a path prefix, via Azure.Storage.Blobs.
/// Objects are block blobs; the namespace is flat (listing by prefix, no directories, no renames).
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><see cref="OpenRead"/>: ranged GETs on demand (<see cref="AzureBlobReadStream"/>), pinned to the blob's ETag.</item>
/// <item><see cref="OpenWrite"/>: Put Block per <see cref="AzureBlobLakeOptions.BlockSize"/> bytes and one Put Block List
/// on dispose (<see cref="AzureBlobWriteStream"/>); uncommitted blocks are invisible, so an aborted write leaves nothing.</item>
/// <item><see cref="TryCreate"/>: Put Blob with <c>If-None-Match: *</c>, the put-if-absent Delta commits rely on. Each
/// attempt carries a unique token in the blob's metadata, so a retry after a lost response recognises its own commit
/// instead of reporting a conflict (which would make the Delta writer commit the same data twice).</item>
/// </list>
/// A missing container is created by the first write (Create Container if it does not exist), which needs a credential
/// allowed to create containers; without one the write fails naming the container. Until then the lake reads as empty
/// (<see cref="Exists"/> false, <see cref="List"/> empty), and reading an object says the container does not exist.
/// Retries of transient failures happen inside the SDK pipeline (<see cref="AzureBlobLakeOptions"/>); what still fails
/// becomes a <see cref="LakeStoreException"/> naming the operation and the blob.
/// </remarks>
public sealed class AzureBlobLakeStore : ILakeStore
{
    internal const string CommitTokenKey = "medsparkcommit";
    private const string ContainerNotFound = "ContainerNotFound";

    private readonly BlobContainerClient _container;
    private readonly string _prefix;

    /// <param name="container">The container client (already carrying its credential and pipeline options).</param>
    /// <param name="prefix">Path prefix inside the container ("" for its root).</param>
    /// <param name="display">The root as shown to people (no secret).</param>
    /// <param name="options">Block and read-ahead sizes.</param>
    public AzureBlobLakeStore(BlobContainerClient container, string prefix, string display, AzureBlobLakeOptions? options = null)
    {
        _container = container;
        _prefix = prefix.Trim('/');
        Root = display;
        Options = (options ?? AzureBlobLakeOptions.Default).Validate();
    }

    public string Root { get; }

    /// <summary>The settings in use.</summary>
    public AzureBlobLakeOptions Options { get; }

    public bool Exists(string path) =>
        Run("exists", path, () =>
        {
            try
            {
                Blob(path).GetProperties();
                return true;
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                return false;
            }
        });

    public IReadOnlyList<LakeEntry> List(string prefix) =>
        Run<IReadOnlyList<LakeEntry>>("list", prefix, () =>
        {
            string full = BlobName(prefix.TrimStart('/'), allowEmpty: true);
            int strip = _prefix.Length == 0 ? 0 : _prefix.Length + 1;
            try
            {
                return _container.GetBlobs(BlobTraits.None, BlobStates.None, full.Length == 0 ? null : full)
                    .Select(b => new LakeEntry(b.Name[strip..], b.Properties.ContentLength ?? 0, b.Properties.LastModified ?? DateTimeOffset.MinValue))
                    .OrderBy(e => e.Path, StringComparer.Ordinal)
                    .ToList();
            }
            catch (RequestFailedException e) when (e.ErrorCode == ContainerNotFound)
            {
                // A lake whose container the first write will create holds nothing yet (a Delta writer lists the log first).
                return Array.Empty<LakeEntry>();
            }
        });

    public Stream OpenRead(string path) =>
        Run("read", path, () => AzureBlobReadStream.Open(Blob(path), path, Root, Options));

    public byte[] ReadAllBytes(string path) =>
        Run("read", path, () =>
        {
            try
            {
                return Blob(path).DownloadContent().Value.Content.ToArray();
            }
            catch (RequestFailedException e) when (e.Status == 404 && e.ErrorCode != ContainerNotFound)
            {
                throw NotFound(path, e);
            }
        });

    public LakeWriteStream OpenWrite(string path) => new AzureBlobWriteStream(this, Blob(path), path);

    public bool TryCreate(string path, ReadOnlySpan<byte> content)
    {
        var blob = Blob(path);
        string token = Guid.NewGuid().ToString("N");
        var data = BinaryData.FromBytes(content.ToArray());
        return Write("create-if-absent", path, () =>
        {
            try
            {
                blob.Upload(data.ToStream(), new BlobUploadOptions
                {
                    Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
                    Metadata = new Dictionary<string, string> { [CommitTokenKey] = token },
                });
                return true;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412)
            {
                // Either another writer holds the path, or an earlier attempt of ours succeeded and its response was lost.
                var existing = blob.GetProperties().Value.Metadata;
                return existing.TryGetValue(CommitTokenKey, out string? owner) && owner == token;
            }
        });
    }

    public void Delete(string path) => Run("delete", path, () => Blob(path).DeleteIfExists());

    internal FileNotFoundException NotFound(string path, Exception? inner = null) =>
        new($"Lake object '{path}' does not exist under {Root}.", path, inner);

    internal BlockBlobClient Blob(string path) => _container.GetBlockBlobClient(BlobName(path, allowEmpty: false));

    private string BlobName(string path, bool allowEmpty)
    {
        string rel = path.Replace('\\', '/').TrimStart('/');
        if (rel.Length == 0 && !allowEmpty) throw new ArgumentException("An object path must not be empty.", nameof(path));
        if (rel.Split('/').Any(s => s is "." or ".."))
            throw new ArgumentException($"Path '{path}' escapes the lake root.", nameof(path));
        return _prefix.Length == 0 ? rel : rel.Length == 0 ? _prefix + "/" : _prefix + "/" + rel;
    }

    private T Run<T>(string operation, string path, Func<T> body) => Guard(operation, path, Root, body);

    /// <summary>
    /// Runs a request that creates or changes an object; if the container does not exist, creates it and runs the
    /// request again. <paramref name="body"/> must be safe to repeat (it builds its content stream anew).
    /// </summary>
    internal T Write<T>(string operation, string path, Func<T> body) =>
        Run(operation, path, () =>
        {
            try
            {
                return body();
            }
            catch (RequestFailedException e) when (e.ErrorCode == ContainerNotFound)
            {
                CreateContainer(operation, path);
                return body();
            }
        });

    private void CreateContainer(string operation, string path)
    {
        try
        {
            _container.CreateIfNotExists();
        }
        catch (RequestFailedException e) when (e.Status is 401 or 403)
        {
            throw new LakeStoreException(operation, path, Root,
                $"the container '{_container.Name}' does not exist and the credential may not create it (HTTP {e.Status} {e.ErrorCode}); " +
                "create the container, or use a credential allowed to (e.g. Storage Blob Data Contributor on the account)", e);
        }
    }

    /// <summary>Maps what the SDK throws after its retries into <see cref="LakeStoreException"/>.</summary>
    internal static T Guard<T>(string operation, string path, string root, Func<T> body)
    {
        try
        {
            return body();
        }
        catch (RequestFailedException e)
        {
            throw new LakeStoreException(operation, path, root, Reason(e), e);
        }
        catch (Azure.Identity.AuthenticationFailedException e)
        {
            // DefaultAzureCredential found no usable identity (or its token was refused); its message lists what it tried.
            throw new LakeStoreException(operation, path, root, $"no Azure credential: {e.Message}", e);
        }
        catch (AggregateException e) when (e.InnerExceptions.All(i => i is IOException or RequestFailedException or TaskCanceledException))
        {
            throw new LakeStoreException(operation, path, root, $"gave up after retries: {e.InnerExceptions[^1].GetType().Name}: {e.InnerExceptions[^1].Message}", e);
        }
        catch (IOException e) when (e is not FileNotFoundException and not LakeStoreException)
        {
            throw new LakeStoreException(operation, path, root, $"{e.GetType().Name}: {e.Message}", e);
        }
        catch (OperationCanceledException e)
        {
            throw new LakeStoreException(operation, path, root, "timed out", e);
        }
    }

    private static string Reason(RequestFailedException e)
    {
        // The error code comes from x-ms-error-code; the reason phrase stands in when a proxy answered instead.
        string code = e.ErrorCode ?? e.GetRawResponse()?.ReasonPhrase ?? "";
        return e.Status switch
        {
            0 => "no response from the service",
            403 => $"HTTP 403 {code} (check the credential's role on the container)",
            404 when code == "ContainerNotFound" => "HTTP 404 ContainerNotFound (the container does not exist)",
            _ => $"HTTP {e.Status} {code}".TrimEnd(),
        };
    }
}
