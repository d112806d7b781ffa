using System.Diagnostics;
using MedSpark.Shared.Formats.Delta;
using Xunit;

namespace MedSpark.Tests.Formats.Delta;

/// <summary>
/// Writers in separate OS processes, the way two Spark drivers or two job runs would share a table. The child
/// is a .NET file-based app built once per test run against MedSpark.Shared. Children write commits without
/// data files (empty batches), so they exercise the commit protocol alone and need no Parquet implementation.
/// </summary>
public sealed class DeltaMultiProcessTests
{
    private const int Processes = 2;
    private const int CommitsEach = 10;

    [Fact]
    public async Task Write_TwoProcessesAppending_NoLostCommitAndContiguousVersions()
    {
        using var lake = new TempLake();
        string app = WriteChildApp(lake.Root);
        await RunAsync("build", app, "");

        var children = Enumerable.Range(0, Processes)
            .Select(p => Start("run --no-build", app, $"\"{lake.Root}\" {CommitsEach} p{p}"))
            .ToList();
        var stdout = new List<string>();
        foreach (var process in children)
        {
            using (process)
            {
                var (output, error) = await WaitAsync(process, TimeSpan.FromMinutes(3));
                Assert.True(process.ExitCode == 0, $"writer process failed ({process.ExitCode}): {output}\n{error}");
                stdout.Add(output);
            }
        }

        var table = DeltaTable.Open(lake.Store, "t");
        Assert.Equal(Processes * CommitsEach - 1, table.Version);
        var history = table.History();
        var writes = history.Where(h => h.Extra.ContainsKey("writer")).Select(h => $"{h.Extra["writer"]}/{h.Extra["seq"]}").OrderBy(s => s, StringComparer.Ordinal).ToList();
        var expected = Enumerable.Range(0, Processes).SelectMany(p => Enumerable.Range(0, CommitsEach).Select(i => $"p{p}/{i}")).OrderBy(s => s, StringComparer.Ordinal).ToList();
        Assert.Equal(expected, writes);
        var reported = stdout.SelectMany(o => o.Split('\n', StringSplitOptions.RemoveEmptyEntries)).Select(long.Parse).OrderBy(v => v);
        Assert.Equal(Enumerable.Range(0, Processes * CommitsEach).Select(v => (long)v), reported);
    }

    private static string WriteChildApp(string root)
    {
        string project = FindSharedProject();
        string dir = Path.Combine(root, "child");
        Directory.CreateDirectory(dir);
        string app = Path.Combine(dir, "appender.cs");
        File.WriteAllText(app, $$"""
            #:project {{project}}
            #:property PublishAot=false
            using MedSpark.Shared.Formats.Delta;
            using MedSpark.Shared.Lake;
            using MedSpark.Shared.Schemas;
            var table = DeltaTable.Open(new LocalLakeStore(args[0]), "t");
            var schema = new TableSchema(new Field("n", ColumnType.Int64));
            for (int i = 0; i < int.Parse(args[1]); i++)
            {
                var options = new DeltaWriteOptions { CommitInfo = new Dictionary<string, string> { ["writer"] = args[2], ["seq"] = i.ToString() } };
                Console.WriteLine(table.Write(schema, [], options));
            }
            """);
        return app;
    }

    private static string FindSharedProject()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared", "MedSpark.Shared", "MedSpark.Shared.csproj");
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException($"shared/MedSpark.Shared/MedSpark.Shared.csproj not found above {AppContext.BaseDirectory}.");
    }

    private static async Task RunAsync(string verb, string app, string args)
    {
        using var process = Start(verb, app, args);
        var (output, error) = await WaitAsync(process, TimeSpan.FromMinutes(5));
        Assert.True(process.ExitCode == 0, $"dotnet {verb} {app} failed: {output}\n{error}");
    }

    private static async Task<(string Output, string Error)> WaitAsync(Process process, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        var output = process.StandardOutput.ReadToEndAsync(cancel.Token);
        var error = process.StandardError.ReadToEndAsync(cancel.Token);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{process.StartInfo.Arguments}' did not finish in {timeout}.");
        }
        return (await output, await error);
    }

    private static Process Start(string verb, string app, string args)
    {
        var info = new ProcessStartInfo("dotnet", $"{verb} \"{app}\"{(args.Length > 0 ? " -- " + args : "")}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // The test host's MSBuild variables would point the child build at the test project's settings.
        foreach (var key in new[] { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH" }) info.Environment.Remove(key);
        return Process.Start(info) ?? throw new InvalidOperationException("dotnet could not be started.");
    }
}
