using System.Text;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace MedSpark.Shared.Lake;

/// <summary>
/// Streams one block blob: every <see cref="AzureBlobLakeOptions.BlockSize"/> bytes become an uncommitted block
/// (Put Block), and dispose commits the block list (Put Block List), which makes the whole object visible at once.
/// An object smaller than one block is a single Put Blob. Memory use is one block, whatever the object's size.
/// Uncommitted blocks are invisible to readers and listings and the service discards them, so an aborted or
/// failed write leaves nothing behind. The first request creates the container if it is missing (<see cref="AzureBlobLakeStore.Write{T}"/>).
/// </summary>
internal sealed class AzureBlobWriteStream : LakeWriteStream
{
    private readonly AzureBlobLakeStore _store;
    private readonly BlockBlobClient _blob;
    private readonly string _path;
    private readonly byte[] _buffer;
    private readonly List<string> _blocks = new();
    private readonly string _blockPrefix = Guid.NewGuid().ToString("N");
    private int _filled;
    private bool _aborted;
    private bool _disposed;

    public AzureBlobWriteStream(AzureBlobLakeStore store, BlockBlobClient blob, string path)
    {
        _store = store;
        _blob = blob;
        _path = path;
        _buffer = new byte[store.Options.BlockSize];
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
                _store.Write("write", _path, () => _blob.Upload(new MemoryStream(_buffer, 0, _filled, writable: false)));
            }
            else
            {
                if (_filled > 0) StageBlock();
                _store.Write("write (commit block list)", _path, () => _blob.CommitBlockList(_blocks));
            }
        }
        base.Dispose(disposing);
    }

    private void StageBlock()
    {
        // Block ids must be base64 of equal length within a blob; the per-stream prefix keeps two writers' blocks apart.
        string id = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{_blockPrefix}-{_blocks.Count:D6}"));
        int length = _filled;
        _store.Write("write (stage block)", _path, () => _blob.StageBlock(id, new MemoryStream(_buffer, 0, length, writable: false)));
        _blocks.Add(id);
        _filled = 0;
    }
}
