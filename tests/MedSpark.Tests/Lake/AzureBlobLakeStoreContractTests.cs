using MedSpark.Shared.Lake;
using Xunit;

namespace MedSpark.Tests.Lake;

/// <summary>The store contract on Azure Blob Storage (Azurite), with 64 KiB blocks so writes span many blocks.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureBlobLakeStoreContractTests(AzuriteServer azurite) : LakeStoreContractTests
{
    protected override ILakeStore NewStore() =>
        azurite.Open(azurite.NewContainer(), "lake/root", AzuriteServer.FastRetries with { BlockSize = 64 << 10 });
}
