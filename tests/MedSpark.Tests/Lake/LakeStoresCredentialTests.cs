using Azure.Core;
using Azure.Identity;
using MedSpark.Shared.Lake;
using Xunit;

namespace MedSpark.Tests.Lake;

/// <summary>
/// The DefaultAzureCredential path without the network: a fake <see cref="TokenCredential"/> goes in through
/// <see cref="LakeStores.Open"/>, and a pipeline policy answers in place of the service.
/// </summary>
public sealed class LakeStoresCredentialTests
{
    private const string Lake = "abfss://lake@contoso.dfs.core.windows.net/medspark";
    private const string Token = "eyJfake.bearer.token-that-must-not-leak";

    [Fact]
    public void Open_NoConnectionStringOrSasAndTokenRefused_BearerTokenSentAndErrorNamesAccountOperationBlobWithoutToken()
    {
        var credential = new FakeTokenCredential(Token);
        string? authorization = null;
        var refuse = new PermanentFaultPolicy(m =>
        {
            m.Request.Headers.TryGetValue("Authorization", out authorization);
            return true;
        }) { Armed = true };
        var store = LakeStores.Open(LakeLocation.Parse(Lake), _ => null, AzuriteServer.FastRetries with { PerAttemptPolicies = [refuse] }, credential);

        var e = Assert.Throws<LakeStoreException>(() => store.ReadAllBytes("gold/recovery_scores/_delta_log/00000000000000000000.json"));

        Assert.IsType<AzureBlobLakeStore>(store);
        Assert.Equal($"Bearer {Token}", authorization);
        Assert.Equal(["https://storage.azure.com/.default"], credential.Scopes);
        Assert.Equal("read", e.Operation);
        Assert.Equal(
            $"Lake read of 'gold/recovery_scores/_delta_log/00000000000000000000.json' under {Lake} failed: HTTP 403 AuthorizationPermissionMismatch (check the credential's role on the container)",
            e.Message);
        Assert.DoesNotContain(Token, e.ToString());
    }

    [Fact]
    public void Open_TokenCredentialFindsNoIdentity_ErrorNamesAccountOperationAndBlob()
    {
        var credential = new FakeTokenCredential(null);
        var store = LakeStores.Open(LakeLocation.Parse(Lake), _ => null, AzuriteServer.FastRetries, credential);

        var e = Assert.Throws<LakeStoreException>(() =>
        {
            using var write = store.OpenWrite("bronze/outcomes/part-0.parquet");
            write.Write("data"u8);
        });

        Assert.Equal("write", e.Operation);
        Assert.StartsWith($"Lake write of 'bronze/outcomes/part-0.parquet' under {Lake} failed: no Azure credential: ", e.Message, StringComparison.Ordinal);
        Assert.Contains("contoso", e.Message);
        Assert.Equal(1, credential.Calls);
    }

    [Fact]
    public void Open_ConnectionStringConfigured_TokenCredentialNotUsed()
    {
        var credential = new FakeTokenCredential(Token);
        string connection = "DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey=c2VjcmV0LWtleS1ub3QtdG8tYmUtcHJpbnRlZA==;EndpointSuffix=core.windows.net";
        string? authorization = null;
        var refuse = new PermanentFaultPolicy(m =>
        {
            m.Request.Headers.TryGetValue("Authorization", out authorization);
            return true;
        }) { Armed = true };
        var store = LakeStores.Open(LakeLocation.Parse(Lake), n => n == LakeStores.ConnectionStringVariable ? connection : null,
            AzuriteServer.FastRetries with { PerAttemptPolicies = [refuse] }, credential);

        Assert.Throws<LakeStoreException>(() => store.ReadAllBytes("x"));

        Assert.StartsWith("SharedKey contoso:", authorization, StringComparison.Ordinal);
        Assert.Equal(0, credential.Calls);
    }

    /// <summary>Hands out a fixed token, or fails as DefaultAzureCredential does when no identity is available.</summary>
    private sealed class FakeTokenCredential(string? token) : TokenCredential
    {
        public int Calls { get; private set; }

        public IReadOnlyList<string> Scopes { get; private set; } = [];

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            Calls++;
            Scopes = requestContext.Scopes;
            if (token is null)
            {
                throw new CredentialUnavailableException(
                    "DefaultAzureCredential failed to retrieve a token from the included credentials. EnvironmentCredential authentication unavailable. ManagedIdentityCredential authentication unavailable.");
            }
            return new AccessToken(token, DateTimeOffset.MaxValue);
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            new(GetToken(requestContext, cancellationToken));
    }
}
