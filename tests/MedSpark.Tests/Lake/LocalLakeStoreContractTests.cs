using MedSpark.Shared.Lake;

namespace MedSpark.Tests.Lake;

/// <summary>The store contract on the local file system.</summary>
public sealed class LocalLakeStoreContractTests : LakeStoreContractTests, IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "medspark-store-" + Guid.NewGuid().ToString("N"));

    protected override ILakeStore NewStore() => new LocalLakeStore(_root);

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
