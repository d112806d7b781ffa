namespace MedSpark.Shared.Lake;

/// <summary>A lake on the local file system (or any mounted path).</summary>
public sealed class LocalLakeStore : ILakeStore
{
    /// <summary>How the names of temporary files start (written whole there, then moved or linked into place).</summary>
    private const string TempPrefix = ".medspark-tmp-";

    private readonly string _root;

    public LocalLakeStore(string root)
    {
        _root = Path.GetFullPath(root);
        Directory.CreateDirectory(_root);
    }

    public string Root => _root;

    public bool Exists(string path) => File.Exists(Full(path));

    public IReadOnlyList<LakeEntry> List(string prefix) => List(prefix, temporary: false);

    /// <summary>
    /// The temporary files of writes in progress, or left by writers killed before they finished, under
    /// <paramref name="prefix"/>; <see cref="List(string)"/> hides them. For vacuum only.
    /// </summary>
    internal IReadOnlyList<LakeEntry> ListTemporary(string prefix) => List(prefix, temporary: true);

    private IReadOnlyList<LakeEntry> List(string prefix, bool temporary)
    {
        string full = Full(prefix);
        // A plain string prefix, as object stores list: "t" matches "t/a" and "t2/b" alike.
        string dir = prefix.Length == 0 || prefix.EndsWith('/') ? full : Path.GetDirectoryName(full)!;
        if (!Directory.Exists(dir)) return Array.Empty<LakeEntry>();
        return Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f).StartsWith(TempPrefix, StringComparison.Ordinal) == temporary)
            .Select(f => (Rel: Path.GetRelativePath(_root, f).Replace('\\', '/'), Full: f))
            .Where(f => f.Rel.StartsWith(prefix.TrimStart('/'), StringComparison.Ordinal))
            .Select(f =>
            {
                var info = new FileInfo(f.Full);
                return new LakeEntry(f.Rel, info.Length, info.LastWriteTimeUtc);
            })
            .OrderBy(e => e.Path, StringComparer.Ordinal)
            .ToList();
    }

    public Stream OpenRead(string path)
    {
        try
        {
            return new FileStream(Full(path), FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 1 << 16);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new FileNotFoundException($"Lake object '{path}' does not exist under {_root}.", path, e);
        }
    }

    public byte[] ReadAllBytes(string path)
    {
        using var s = OpenRead(path);
        var bytes = new byte[s.Length];
        s.ReadExactly(bytes);
        return bytes;
    }

    public LakeWriteStream OpenWrite(string path) => new LocalWriteStream(Full(path));

    public bool TryCreate(string path, ReadOnlySpan<byte> content)
    {
        string full = Full(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        // Write a temp file completely, then hard-link it into place: link(2) fails if the target exists,
        // so readers never see a partial commit and two writers never both win.
        string tmp = TempPath(full);
        File.WriteAllBytes(tmp, content.ToArray());
        try
        {
            return HardLink.TryCreate(tmp, full);
        }
        finally
        {
            File.Delete(tmp);
        }
    }

    public void Delete(string path)
    {
        string full = Full(path);
        if (File.Exists(full)) File.Delete(full);
    }

    private string Full(string path)
    {
        string rel = path.Replace('\\', '/').TrimStart('/');
        string full = Path.GetFullPath(Path.Combine(_root, rel));
        if (!full.StartsWith(_root, StringComparison.Ordinal))
            throw new ArgumentException($"Path '{path}' escapes the lake root.");
        return full;
    }

    internal static string TempPath(string full) =>
        Path.Combine(Path.GetDirectoryName(full)!, $"{TempPrefix}{Guid.NewGuid():N}-{Path.GetFileName(full)}");

    private sealed class LocalWriteStream : LakeWriteStream
    {
        private readonly string _target;
        private readonly string _temp;
        private readonly FileStream _stream;
        private bool _aborted;
        private bool _disposed;

        public LocalWriteStream(string target)
        {
            _target = target;
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            _temp = TempPath(target);
            _stream = new FileStream(_temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        }

        public override void Abort() => _aborted = true;

        public override void Flush() => _stream.Flush();

        public override void Write(byte[] buffer, int offset, int count) => _stream.Write(buffer, offset, count);

        public override void Write(ReadOnlySpan<byte> buffer) => _stream.Write(buffer);

        protected override void Dispose(bool disposing)
        {
            if (_disposed || !disposing) { base.Dispose(disposing); return; }
            _disposed = true;
            if (_aborted)
            {
                _stream.Dispose();
                File.Delete(_temp);
            }
            else
            {
                _stream.Flush(flushToDisk: true);
                _stream.Dispose();
                File.Move(_temp, _target, overwrite: true);
            }
            base.Dispose(disposing);
        }
    }
}
