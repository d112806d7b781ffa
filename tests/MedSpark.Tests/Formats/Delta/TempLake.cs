using MedSpark.Shared.Lake;

namespace MedSpark.Tests.Formats.Delta;

/// <summary>A <see cref="LocalLakeStore"/> in a fresh temp directory, deleted on dispose.</summary>
internal sealed class TempLake : IDisposable
{
    public TempLake()
    {
        Root = Path.Combine(Path.GetTempPath(), "medspark-delta-" + Guid.NewGuid().ToString("N"));
        Store = new LocalLakeStore(Root);
    }

    public string Root { get; }

    public LocalLakeStore Store { get; }

    /// <summary>Data files physically present under the table (any directory), as table-relative paths.</summary>
    public List<string> DataFilesOnDisk(string table) =>
        Store.List(table + "/")
            .Select(e => e.Path[(table.Length + 1)..])
            .Where(p => !p.StartsWith("_delta_log/", StringComparison.Ordinal))
            .ToList();

    public string[] CommitLines(string table, long version) =>
        File.ReadAllText(Path.Combine(Root, table, "_delta_log", version.ToString("D20") + ".json"))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory must not fail the test that produced it.
        }
    }
}
