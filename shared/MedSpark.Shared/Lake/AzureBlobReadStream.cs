using Azure;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace MedSpark.Shared.Lake;

/// <summary>
/// A seekable read-only view of one blob that fetches byte ranges on demand. Opening fetches the first window
/// (which also tells the length and ETag: a small object is read whole in that one request). A read that misses
/// fetches a window of <see cref="AzureBlobLakeOptions.ReadAhead"/> bytes, moved back to end at the blob's end so
/// a Parquet footer read (8 bytes at the end, then the footer) is one request; a read at least as large as the
/// window (a column chunk) is fetched exactly; consecutive sequential misses double the window.
/// Every range is read with <c>If-Match</c> on the ETag seen at open, so a concurrent overwrite fails the read
/// instead of mixing two versions.
/// </summary>
internal sealed class AzureBlobReadStream : Stream
{
    private readonly BlockBlobClient _blob;
    private readonly string _path;
    private readonly string _root;
    private readonly AzureBlobLakeOptions _options;
    private readonly ETag _etag;
    private readonly long _length;
    private readonly List<(long Start, byte[] Bytes)> _cache = new(2);
    private long _position;
    private long _lastFetchEnd = -1;
    private int _window;

    private AzureBlobReadStream(BlockBlobClient blob, string path, string root, AzureBlobLakeOptions options, ETag etag, long length, byte[] head)
    {
        _blob = blob;
        _path = path;
        _root = root;
        _options = options;
        _etag = etag;
        _length = length;
        _window = options.ReadAhead;
        _cache.Add((0, head));
        _lastFetchEnd = head.Length;
    }

    /// <summary>Opens the blob with one ranged GET of its first window. Throws <see cref="FileNotFoundException"/> if it is absent.</summary>
    public static AzureBlobReadStream Open(BlockBlobClient blob, string path, string root, AzureBlobLakeOptions options)
    {
        try
        {
            var response = blob.DownloadStreaming(new BlobDownloadOptions { Range = new HttpRange(0, options.ReadAhead) }).Value;
            using var content = response.Content;
            var head = ReadFully(content, (int)Math.Min(response.Details.ContentLength, options.ReadAhead));
            return new AzureBlobReadStream(blob, path, root, options, response.Details.ETag, TotalLength(response.Details, head.Length), head);
        }
        catch (RequestFailedException e) when (e.Status == 404 && e.ErrorCode != "ContainerNotFound")
        {
            throw new FileNotFoundException($"Lake object '{path}' does not exist under {root}.", path, e);
        }
        catch (RequestFailedException e) when (e.Status == 416)
        {
            // An empty blob has no byte 0: ranged GETs are refused, the properties tell the (zero) length.
            var properties = blob.GetProperties().Value;
            return new AzureBlobReadStream(blob, path, root, options, properties.ETag, properties.ContentLength, Array.Empty<byte>());
        }
    }

    public override bool CanRead => true;
    public override bool CanSeek => true;
    public override bool CanWrite => false;
    public override long Length => _length;

    public override long Position
    {
        get => _position;
        set => _position = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_position >= _length || buffer.Length == 0) return 0;
        int want = (int)Math.Min(buffer.Length, _length - _position);
        foreach (var (start, bytes) in _cache)
        {
            if (_position >= start && _position < start + bytes.Length)
            {
                int n = (int)Math.Min(want, start + bytes.Length - _position);
                bytes.AsSpan((int)(_position - start), n).CopyTo(buffer);
                _position += n;
                return n;
            }
        }
        bool sequential = _position == _lastFetchEnd;
        if (sequential) _window = Math.Min(_window * 2, _options.MaxReadAhead);
        if (want >= _window)
        {
            // A large read (a column chunk) is fetched exactly, straight into the caller's buffer.
            Fetch(_position, buffer[..want]);
            _lastFetchEnd = _position + want;
            _position += want;
            return want;
        }
        long windowStart = Math.Max(0, Math.Min(_position, _length - _window));
        var window = new byte[(int)Math.Min(_window, _length - windowStart)];
        Fetch(windowStart, window);
        _lastFetchEnd = windowStart + window.Length;
        if (_cache.Count == 2) _cache.RemoveAt(0);
        _cache.Add((windowStart, window));
        return Read(buffer);
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        Position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            SeekOrigin.End => _length + offset,
            _ => throw new ArgumentOutOfRangeException(nameof(origin)),
        };
        return _position;
    }

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private void Fetch(long start, Span<byte> target)
    {
        int length = target.Length;
        AzureBlobLakeStore.Guard("read", _path, _root, () =>
        {
            var response = _blob.DownloadStreaming(new BlobDownloadOptions
            {
                Range = new HttpRange(start, length),
                Conditions = new BlobRequestConditions { IfMatch = _etag },
            }).Value;
            using var content = response.Content;
            return ReadFully(content, length);
        }).CopyTo(target);
    }

    private static byte[] ReadFully(Stream content, int length)
    {
        var bytes = new byte[length];
        content.ReadExactly(bytes);
        return bytes;
    }

    private static long TotalLength(BlobDownloadDetails details, int fetched)
    {
        // Content-Range: "bytes 0-65535/1234567"; without it the whole blob came back.
        string? range = details.ContentRange;
        int slash = range?.LastIndexOf('/') ?? -1;
        return slash >= 0 && long.TryParse(range![(slash + 1)..], out long total) ? total : fetched;
    }
}
