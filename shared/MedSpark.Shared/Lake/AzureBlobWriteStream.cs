using System.Text;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace MedSpark.Shared.Lake;

/// <summary>
/// Streams one block blob: every <see cref="AzureBlobLakeOptions.BlockSize"/> bytes become an uncommitted block
/// (Put Block), and dispose commits the block list (Put Block List), which makes the whole object visible at once.
/// An object smaller than one block is a single Put Blob. Memory use is one block, whatever the object's size.
/// Uncommitted blocks are invisible to readers and listings and the service discards them, so an aborted or
/// failed write leaves nothing behind.
/// </summary>
internal sealed class AzureBlobWriteStream : LakeWriteStream
{
    private readonly BlockBlobClient _blob;
    private readonly string _path;
    private readonly string _root;
    private readonly byte[] _buffer;
    private readonly List<string> _blocks = new();
    private readonly string _blockPrefix = Guid.NewGuid().ToString("N");
    private int _filled;
    private bool _aborted;
    private bool _disposed;

    public AzureBlobWriteStream(BlockBlobClient blob, string path, string root, AzureBlobLakeOptions options)
    {
        _blob = blob;
        _path = path;
        _root = root;
        _buffer = new byte[options.BlockSize];
    }

    public override void Abort() => _aborted = true;

    public override void Flush()
    {
        // Blocks are staged when full; nothing becomes visible before dispose, so there is nothing to flush.
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_aborted) return;
        while (buffer.Length > 0)
        {
            int n = Math.Min(buffer.Length, _buffer.Length - _filled);
            buffer[..n].CopyTo(_buffer.AsSpan(_filled));
            _filled += n;
            buffer = buffer[n..];
            if (_filled == _buffer.Length) StageBlock();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (_disposed || !disposing)
        {
            base.Dispose(disposing);
            return;
        }
        _disposed = true;
        if (!_aborted)
        {
            if (_blocks.Count == 0)
            {
                AzureBlobLakeStore.Guard("write", _path, _root, () => _blob.Upload(new MemoryStream(_buffer, 0, _filled, writable: false)));
            }
            else
            {
                if (_filled > 0) StageBlock();
                AzureBlobLakeStore.Guard("write (commit block list)", _path, _root, () => _blob.CommitBlockList(_blocks));
            }
        }
        base.Dispose(disposing);
    }

    private void StageBlock()
    {
        // Block ids must be base64 of equal length within a blob; the per-stream prefix keeps two writers' blocks apart.
        string id = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{_blockPrefix}-{_blocks.Count:D6}"));
        int length = _filled;
        AzureBlobLakeStore.Guard("write (stage block)", _path, _root, () => _blob.StageBlock(id, new MemoryStream(_buffer, 0, length, writable: false)));
        _blocks.Add(id);
        _filled = 0;
    }
}
