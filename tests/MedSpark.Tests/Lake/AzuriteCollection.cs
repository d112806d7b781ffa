using Xunit;

namespace MedSpark.Tests.Lake;

/// <summary>The test classes that share one <see cref="AzuriteServer"/>.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteServer>
{
    public const string Name = "Azurite";
}
