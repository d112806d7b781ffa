using System.Diagnostics;
using System.Text.RegularExpressions;
using Azure.Storage;
using Azure.Storage.Blobs;
using Azure.Storage.Sas;
using MedSpark.Shared.Lake;

namespace MedSpark.Tests.Lake;

/// <summary>
/// Azurite's Blob service (npm <c>azurite</c>, pinned in tests/tools/azurite) on 127.0.0.1 with a port the OS
/// picks, in-memory, started once for the "Azurite" test collection and stopped after it. Each test takes its
/// own container. Missing node or npm fails the tests with a message saying what to install.
/// </summary>
public sealed partial class AzuriteServer : IDisposable
{
    /// <summary>Azurite's well-known development account.</summary>
    public const string Account = "devstoreaccount1";

    /// <summary>Azurite's published development account key: the secret the no-leak tests look for.</summary>
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly Process _process;
    private readonly string _workspace;
    private int _containers;

    public AzuriteServer()
    {
        string tool = Path.Combine(RepositoryRoot(), "tests", "tools", "azurite");
        string main = Path.Combine(tool, "node_modules", "azurite", "dist", "src", "blob", "main.js");
        if (!File.Exists(main)) Install(tool);
        _workspace = Path.Combine(Path.GetTempPath(), "medspark-azurite-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_workspace);
        var info = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _workspace,
        };
        foreach (string a in new[] { main, "--blobHost", "127.0.0.1", "--blobPort", "0", "--inMemoryPersistence", "--extentMemoryLimit", "2048",
                     "--skipApiVersionCheck", "--disableTelemetry", "--silent" })
            info.ArgumentList.Add(a);
        _process = StartNode(info);
        var ready = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            output.Enqueue(e.Data);
            var m = Listening().Match(e.Data);
            if (m.Success) ready.TrySetResult(int.Parse(m.Groups[1].Value));
        };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) output.Enqueue(e.Data); };
        _process.Exited += (_, _) => ready.TrySetException(new InvalidOperationException("Azurite exited:\n" + string.Join('\n', output)));
        _process.EnableRaisingEvents = true;
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        bool started;
        try
        {
            started = ready.Task.Wait(StartTimeout);
        }
        catch (AggregateException e)
        {
            Dispose();
            throw e.InnerException!;
        }
        if (!started)
        {
            Dispose();
            throw new TimeoutException($"Azurite did not report its port within {StartTimeout}:\n{string.Join('\n', output)}");
        }
        Port = ready.Task.Result;
    }

    /// <summary>The loopback port Azurite listens on.</summary>
    public int Port { get; }

    /// <summary>The Blob endpoint, path-style: <c>http://127.0.0.1:port/devstoreaccount1</c>.</summary>
    public string BlobEndpoint => $"http://127.0.0.1:{Port}/{Account}";

    /// <summary>A connection string carrying the account key.</summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={Account};AccountKey={AccountKey};BlobEndpoint={BlobEndpoint};";

    /// <summary>The abfss:// URI a Databricks user would write for <paramref name="container"/>/<paramref name="prefix"/>.</summary>
    public static string Abfss(string container, string prefix) => $"abfss://{container}@{Account}.dfs.core.windows.net/{prefix}";

    /// <summary>Creates a fresh, uniquely named container (or, with <paramref name="create"/> false, only names one).</summary>
    public string NewContainer(bool create = true)
    {
        string name = $"t{Interlocked.Increment(ref _containers):D4}-{Guid.NewGuid():N}"[..30];
        if (create) new BlobServiceClient(ConnectionString).GetBlobContainerClient(name).Create();
        return name;
    }

    /// <summary>Whether the container exists (asked with the account key).</summary>
    public bool ContainerExists(string container) => new BlobServiceClient(ConnectionString).GetBlobContainerClient(container).Exists().Value;

    /// <summary>The path-style emulator URL of <paramref name="container"/>/<paramref name="prefix"/>, with <paramref name="sas"/> as its query if given.</summary>
    public string PathStyleUrl(string container, string prefix, string? sas = null) =>
        $"{BlobEndpoint}/{container}/{prefix}" + (sas is null ? "" : "?" + sas);

    /// <summary>A service SAS for one container signed with the account key, valid for an hour.</summary>
    public static string ContainerSas(string container, BlobContainerSasPermissions permissions)
    {
        var builder = new BlobSasBuilder { BlobContainerName = container, Resource = "c", ExpiresOn = DateTimeOffset.UtcNow.AddHours(1) };
        builder.SetPermissions(permissions);
        return builder.ToSasQueryParameters(new StorageSharedKeyCredential(Account, AccountKey)).ToString();
    }

    /// <summary>Opens a store on <paramref name="container"/>/<paramref name="prefix"/> through the production entry point.</summary>
    public AzureBlobLakeStore Open(string container, string prefix = "lake", AzureBlobLakeOptions? options = null) =>
        (AzureBlobLakeStore)LakeStores.Open(LakeLocation.Parse(Abfss(container, prefix)), Environment(), options ?? FastRetries);

    /// <summary>The environment a job sees: the connection string in MedSpark's variable.</summary>
    public Func<string, string?> Environment() =>
        name => name == LakeStores.ConnectionStringVariable ? ConnectionString : null;

    /// <summary>Production retry counts with millisecond delays, so retried tests stay fast.</summary>
    public static AzureBlobLakeOptions FastRetries { get; } = new()
    {
        RetryDelay = TimeSpan.FromMilliseconds(2),
        MaxRetryDelay = TimeSpan.FromMilliseconds(20),
        NetworkTimeout = TimeSpan.FromSeconds(30),
    };

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        _process.Dispose();
        try
        {
            Directory.Delete(_workspace, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory must not fail the run.
        }
    }

    private static Process StartNode(ProcessStartInfo info)
    {
        try
        {
            return Process.Start(info) ?? throw new InvalidOperationException("Could not start node.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException(
                $"Azure Blob tests need Node.js 20+ on PATH to run Azurite ('node' could not be started: {e.Message}). Install it (e.g. 'apt-get install nodejs npm'), or run ./medspark.sh test, which does.", e);
        }
    }

    private static void Install(string tool)
    {
        var info = new ProcessStartInfo("npm") { WorkingDirectory = tool, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string a in new[] { "install", "--no-audit", "--no-fund", "--no-package-lock" }) info.ArgumentList.Add(a);
        Process npm;
        try
        {
            npm = Process.Start(info) ?? throw new InvalidOperationException("Could not start npm.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException(
                $"Azurite is not installed in {tool} and npm could not be started ({e.Message}). Install Node.js and npm, or run ./medspark.sh test, which installs Azurite.", e);
        }
        using (npm)
        {
            var stdout = npm.StandardOutput.ReadToEndAsync();
            var stderr = npm.StandardError.ReadToEndAsync();
            npm.WaitForExit();
            if (npm.ExitCode != 0)
                throw new InvalidOperationException($"'npm install' of Azurite in {tool} failed (exit {npm.ExitCode}):\n{stdout.Result}\n{stderr.Result}");
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "tests", "tools", "azurite", "package.json"))) return dir.FullName;
        }
        throw new InvalidOperationException($"Cannot find tests/tools/azurite/package.json above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex(@"listens on https?://127\.0\.0\.1:(\d+)")]
    private static partial Regex Listening();
}
