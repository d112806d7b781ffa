namespace MedSpark.Shared.Lake;

/// <summary>
/// A lake root as a user writes it, parsed: a local path or <c>file://</c> URI, or an Azure Blob / ADLS Gen2
/// location in any of the forms Databricks and HDInsight users paste:
/// <c>abfss://container@account.dfs.core.windows.net/path</c>, <c>wasbs://container@account.blob.core.windows.net/path</c>,
/// <c>https://account.blob.core.windows.net/container/path</c> (a SAS query string is accepted and kept apart),
/// and path-style emulator URLs <c>http://127.0.0.1:10000/account/container/path</c>.
/// </summary>
/// <remarks>
/// ADLS Gen2 accounts serve the same data on their Blob endpoint, so every Azure form maps to the Blob
/// endpoint <c>https://account.blob.&lt;suffix&gt;</c>. <see cref="ToString"/> and <see cref="Display"/> never
/// contain the SAS token.
/// </remarks>
public sealed class LakeLocation
{
    private LakeLocation(LakeLocationKind kind, string display)
    {
        Kind = kind;
        Display = display;
    }

    public LakeLocationKind Kind { get; }

    /// <summary>The location without credentials, safe for logs, summaries and error messages.</summary>
    public string Display { get; }

    /// <summary>Full path of a local lake; null for Azure.</summary>
    public string? LocalPath { get; private init; }

    /// <summary>The storage account name; null for a local lake.</summary>
    public string? Account { get; private init; }

    /// <summary>The container (ADLS Gen2: file system); null for a local lake.</summary>
    public string? Container { get; private init; }

    /// <summary>The path prefix inside the container without leading or trailing '/', "" for the container root.</summary>
    public string Prefix { get; private init; } = "";

    /// <summary>The account's Blob service endpoint, e.g. <c>https://account.blob.core.windows.net</c>.</summary>
    public Uri? BlobServiceUri { get; private init; }

    /// <summary>A SAS token that came in the URL's query string (without '?'); null if none. Never printed.</summary>
    public string? SasToken { get; private init; }

    /// <summary>Parses a lake root. Throws <see cref="FormatException"/> (whose message holds no secret) for an unsupported URI.</summary>
    public static LakeLocation Parse(string lake)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(lake);
        int schemeEnd = lake.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd < 0) return Local(lake);
        string scheme = lake[..schemeEnd].ToLowerInvariant();
        if (scheme == "file") return Local(new Uri(lake).LocalPath);
        if (!Uri.TryCreate(lake, UriKind.Absolute, out var uri))
            throw new FormatException($"Lake '{scheme}://…' is not a valid URI.");
        return scheme switch
        {
            "abfss" or "abfs" => HadoopStyle(uri, scheme, ".dfs."),
            "wasbs" or "wasb" => HadoopStyle(uri, scheme, ".blob."),
            "https" or "http" => HttpStyle(uri, scheme),
            _ => throw new FormatException(
                $"Lake '{scheme}://{uri.Host}/…': unsupported scheme; use a local path, file://, abfss://, wasbs:// or https://."),
        };
    }

    /// <summary>The same container with an empty prefix, so one object can be opened by its full <see cref="Prefix"/>.</summary>
    public LakeLocation ContainerRoot() =>
        Kind == LakeLocationKind.Local || Prefix.Length == 0
            ? this
            : new LakeLocation(Kind, Display[..^Prefix.Length].TrimEnd('/'))
            {
                Account = Account,
                Container = Container,
                BlobServiceUri = BlobServiceUri,
                SasToken = SasToken,
            };

    /// <summary>The display form (no secret).</summary>
    public override string ToString() => Display;

    private static LakeLocation Local(string path) =>
        new(LakeLocationKind.Local, Path.GetFullPath(path)) { LocalPath = Path.GetFullPath(path) };

    /// <summary><c>abfss://container@account.dfs.core.windows.net/path</c>, <c>wasbs://container@account.blob.core.windows.net/path</c>.</summary>
    private static LakeLocation HadoopStyle(Uri uri, string scheme, string service)
    {
        string host = uri.Host.ToLowerInvariant();
        int dot = host.IndexOf(service, StringComparison.Ordinal);
        if (dot <= 0 || string.IsNullOrEmpty(uri.UserInfo))
            throw new FormatException(
                $"Lake '{scheme}://…@{host}/…' must look like {scheme}://container@account{service}core.windows.net/path.");
        string account = host[..dot];
        string suffix = host[(dot + service.Length)..];
        string container = Uri.UnescapeDataString(uri.UserInfo);
        string prefix = CleanPrefix(uri.AbsolutePath);
        return Azure(account, container, prefix, new Uri($"https://{account}.blob.{suffix}"), Sas(uri),
            $"{scheme}://{container}@{host}/{prefix}");
    }

    /// <summary>Virtual-host style <c>https://account.blob.core.windows.net/container/path</c>, or path-style for emulators.</summary>
    private static LakeLocation HttpStyle(Uri uri, string scheme)
    {
        string host = uri.Host.ToLowerInvariant();
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToList();
        bool pathStyle = uri.IsLoopback || System.Net.IPAddress.TryParse(uri.Host, out _);
        string hostPart = uri.IsDefaultPort ? host : $"{host}:{uri.Port}";
        string account;
        Uri service;
        if (pathStyle)
        {
            if (segments.Count < 2)
                throw new FormatException($"Lake '{scheme}://{hostPart}/…' must look like {scheme}://{hostPart}/account/container/path.");
            account = segments[0];
            segments.RemoveAt(0);
            service = new Uri($"{scheme}://{hostPart}/{account}");
        }
        else
        {
            int dot = host.IndexOf('.', StringComparison.Ordinal);
            bool azure = dot > 0 && (host[dot..].StartsWith(".blob.", StringComparison.Ordinal) || host[dot..].StartsWith(".dfs.", StringComparison.Ordinal));
            if (!azure || segments.Count < 1)
                throw new FormatException($"Lake '{scheme}://{hostPart}/…' must look like https://account.blob.core.windows.net/container/path.");
            account = host[..dot];
            string suffix = host[(host.IndexOf('.', dot + 1) + 1)..];
            service = new Uri($"{scheme}://{account}.blob.{suffix}{(uri.IsDefaultPort ? "" : ":" + uri.Port)}");
        }
        string container = segments[0];
        string prefix = string.Join('/', segments.Skip(1));
        return Azure(account, container, prefix, service, Sas(uri), $"{service.AbsoluteUri.TrimEnd('/')}/{container}/{prefix}");
    }

    private static LakeLocation Azure(string account, string container, string prefix, Uri service, string? sas, string display) =>
        new(LakeLocationKind.AzureBlob, display.TrimEnd('/'))
        {
            Account = account,
            Container = container,
            Prefix = prefix,
            BlobServiceUri = service,
            SasToken = sas,
        };

    private static string CleanPrefix(string absolutePath) => Uri.UnescapeDataString(absolutePath).Trim('/');

    private static string? Sas(Uri uri) => uri.Query.Length > 1 ? uri.Query[1..] : null;
}
