using System.Text;
using MedSpark.Shared.Lake;

namespace MedSpark.Tests.Cleaning;

/// <summary>A local lake in a fresh temporary folder, deleted on dispose.</summary>
internal sealed class TempLake : IDisposable
{
    public TempLake()
    {
        Folder = Path.Combine(Path.GetTempPath(), "medspark-test-" + Guid.NewGuid().ToString("N"));
        Store = new LocalLakeStore(Folder);
    }

    public string Folder { get; }

    public LocalLakeStore Store { get; }

    public void WriteText(string path, string text)
    {
        using var s = Store.OpenWrite(path);
        s.Write(Encoding.UTF8.GetBytes(text));
    }

    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); }
        catch (IOException) { }
    }
}
