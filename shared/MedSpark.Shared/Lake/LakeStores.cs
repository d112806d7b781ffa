using Azure.Core;
using Azure.Identity;
using Azure.Storage.Blobs;

namespace MedSpark.Shared.Lake;

/// <summary>Opens the <see cref="ILakeStore"/> a <see cref="LakeLocation"/> names, with credentials from the environment.</summary>
/// <remarks>
/// Azure credentials, first match wins: a connection string in <see cref="ConnectionStringVariable"/> or
/// <see cref="AzureConnectionStringVariable"/> (development, Azurite); a SAS token in the lake URL's query or in
/// <see cref="SasVariable"/>; otherwise <see cref="DefaultAzureCredential"/> (managed identity, workload identity,
/// Azure CLI, environment). None of them ever appears in a message.
/// </remarks>
public static class LakeStores
{
    /// <summary>MedSpark's own connection-string variable (checked first).</summary>
    public const string ConnectionStringVariable = "MEDSPARK_LAKE_CONNECTION_STRING";

    /// <summary>The Azure tools' conventional connection-string variable.</summary>
    public const string AzureConnectionStringVariable = "AZURE_STORAGE_CONNECTION_STRING";

    /// <summary>A SAS token (with or without the leading '?') for the lake's container.</summary>
    public const string SasVariable = "MEDSPARK_LAKE_SAS";

    /// <summary>
    /// Opens the lake. <paramref name="environment"/> looks up variables (default: the process environment).
    /// <paramref name="tokenCredential"/> is the identity used when neither a connection string nor a SAS is configured
    /// (default: a new <see cref="DefaultAzureCredential"/>); tests pass their own.
    /// Throws <see cref="InvalidOperationException"/> (with no secret in its message) when the credentials do not fit the location.
    /// </summary>
    public static ILakeStore Open(LakeLocation location, Func<string, string?>? environment = null, AzureBlobLakeOptions? options = null,
        TokenCredential? tokenCredential = null)
    {
        if (location.Kind == LakeLocationKind.Local) return new LocalLakeStore(location.LocalPath!);
        environment ??= Environment.GetEnvironmentVariable;
        options = (options ?? AzureBlobLakeOptions.Default).Validate();
        var container = Service(location, environment, options.ToClientOptions(), tokenCredential).GetBlobContainerClient(location.Container);
        return new AzureBlobLakeStore(container, location.Prefix, location.Display, options);
    }

    private static BlobServiceClient Service(LakeLocation location, Func<string, string?> environment, BlobClientOptions clientOptions, TokenCredential? tokenCredential)
    {
        string? connection = NonEmpty(environment(ConnectionStringVariable)) ?? NonEmpty(environment(AzureConnectionStringVariable));
        if (connection is not null)
        {
            BlobServiceClient service;
            try
            {
                service = new BlobServiceClient(connection, clientOptions);
            }
            catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
            {
                // The parser's message may quote the string; ours does not.
                throw new InvalidOperationException(
                    $"The storage connection string in ${ConnectionStringVariable} or ${AzureConnectionStringVariable} is not valid (it must hold AccountName, AccountKey or SharedAccessSignature, and BlobEndpoint or DefaultEndpointsProtocol).");
            }
            if (!string.Equals(service.AccountName, location.Account, StringComparison.OrdinalIgnoreCase))
                throw new InvalidOperationException(
                    $"The storage connection string is for account '{service.AccountName}', but the lake {location.Display} is in account '{location.Account}'.");
            return service;
        }
        string? sas = location.SasToken ?? NonEmpty(environment(SasVariable))?.TrimStart('?');
        if (sas is not null) return new BlobServiceClient(location.BlobServiceUri!, new Azure.AzureSasCredential(sas), clientOptions);
        return new BlobServiceClient(location.BlobServiceUri!, tokenCredential ?? new DefaultAzureCredential(), clientOptions);
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
