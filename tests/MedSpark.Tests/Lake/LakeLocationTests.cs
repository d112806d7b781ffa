using MedSpark.Shared.Lake;
using Xunit;

namespace MedSpark.Tests.Lake;

public sealed class LakeLocationTests
{
    [Theory]
    [InlineData("abfss://lake@contoso.dfs.core.windows.net/medspark/prod", "contoso", "lake", "medspark/prod", "https://contoso.blob.core.windows.net/")]
    [InlineData("abfss://lake@contoso.dfs.core.windows.net", "contoso", "lake", "", "https://contoso.blob.core.windows.net/")]
    [InlineData("wasbs://lake@contoso.blob.core.windows.net/medspark/", "contoso", "lake", "medspark", "https://contoso.blob.core.windows.net/")]
    [InlineData("abfss://lake@contoso.dfs.core.chinacloudapi.cn/x", "contoso", "lake", "x", "https://contoso.blob.core.chinacloudapi.cn/")]
    [InlineData("https://contoso.blob.core.windows.net/lake/medspark/prod", "contoso", "lake", "medspark/prod", "https://contoso.blob.core.windows.net/")]
    [InlineData("https://contoso.dfs.core.windows.net/lake/a%20b", "contoso", "lake", "a b", "https://contoso.blob.core.windows.net/")]
    [InlineData("http://127.0.0.1:10000/devstoreaccount1/lake/p", "devstoreaccount1", "lake", "p", "http://127.0.0.1:10000/devstoreaccount1")]
    public void Parse_AzureForms_AccountContainerPrefixAndBlobEndpoint(string lake, string account, string container, string prefix, string endpoint)
    {
        var location = LakeLocation.Parse(lake);
        Assert.Equal(LakeLocationKind.AzureBlob, location.Kind);
        Assert.Equal(account, location.Account);
        Assert.Equal(container, location.Container);
        Assert.Equal(prefix, location.Prefix);
        Assert.Equal(endpoint, location.BlobServiceUri!.ToString());
        Assert.Null(location.SasToken);
    }

    [Fact]
    public void Parse_HttpsWithSas_TokenKeptApartAndNeverDisplayed()
    {
        var location = LakeLocation.Parse("https://contoso.blob.core.windows.net/lake/p?sv=2022-11-02&sp=rwdl&sig=SECRETSIG%3D");
        Assert.Equal("sv=2022-11-02&sp=rwdl&sig=SECRETSIG%3D", location.SasToken);
        Assert.Equal("https://contoso.blob.core.windows.net/lake/p", location.Display);
        Assert.DoesNotContain("SECRET", location.ToString());
    }

    [Theory]
    [InlineData("lake")]
    [InlineData("/tmp/medspark/lake")]
    [InlineData("file:///tmp/medspark/lake")]
    public void Parse_LocalForms_LocalFullPath(string lake)
    {
        var location = LakeLocation.Parse(lake);
        Assert.Equal(LakeLocationKind.Local, location.Kind);
        Assert.Equal(Path.GetFullPath(lake.StartsWith("file://", StringComparison.Ordinal) ? "/tmp/medspark/lake" : lake), location.LocalPath);
    }

    [Theory]
    [InlineData("s3://bucket/lake?secret=x")]
    [InlineData("abfss://contoso.dfs.core.windows.net/lake")]
    [InlineData("https://example.com/lake/p?sig=SECRET")]
    public void Parse_Unsupported_FormatExceptionWithoutQuery(string lake)
    {
        var e = Assert.Throws<FormatException>(() => LakeLocation.Parse(lake));
        Assert.DoesNotContain("secret", e.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Open_ConnectionStringForAnotherAccount_RefusedNamingBothAccountsOnly()
    {
        const string key = "c2VjcmV0LWtleS1ub3QtdG8tYmUtcHJpbnRlZA==";
        string connection = $"DefaultEndpointsProtocol=https;AccountName=other;AccountKey={key};EndpointSuffix=core.windows.net";
        var e = Assert.Throws<InvalidOperationException>(() =>
            LakeStores.Open(LakeLocation.Parse("abfss://lake@contoso.dfs.core.windows.net/p"), n => n == LakeStores.ConnectionStringVariable ? connection : null));
        Assert.Contains("'other'", e.Message);
        Assert.Contains("'contoso'", e.Message);
        Assert.DoesNotContain(key, e.Message);
    }
}
