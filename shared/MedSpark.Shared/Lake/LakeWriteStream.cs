namespace MedSpark.Shared.Lake;

/// <summary>
/// A write-only stream that publishes its object on <see cref="Stream.Dispose()"/> unless <see cref="Abort"/>
/// was called first; an aborted or failed write leaves nothing visible.
/// </summary>
public abstract class LakeWriteStream : Stream
{
    /// <summary>Discards what was written; the later Dispose publishes nothing.</summary>
    public abstract void Abort();

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
