using System.Diagnostics;
using Xunit;

namespace MedSpark.Tests.Formats.Delta;

/// <summary>
/// A .NET file-based app built once per test run against MedSpark.Shared, run as separate OS processes that
/// write to a table (the way two Spark drivers or two job runs would share it). Modes:
/// <c>append ROOT COUNT NAME</c> appends COUNT empty commits tagged writer=NAME and prints each version;
/// <c>overwrite ROOT</c> overwrites the table forever with 20,000 Parquet rows (seq, row) per commit, seq
/// counting versions, and prints each version — it is meant to be killed.
/// </summary>
internal static class DeltaChildProcess
{
    private static readonly Lazy<Task<string>> App = new(BuildAsync);

    /// <summary>The built app's path (built on first use).</summary>
    public static Task<string> AppAsync() => App.Value;

    /// <summary>Starts the app with the given arguments, stdout and stderr redirected.</summary>
    public static Process Start(string app, string args) => StartDotnet("run --no-build", app, args);

    public static async Task<(string Output, string Error)> WaitAsync(Process process, TimeSpan timeout)
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

    private static async Task<string> BuildAsync()
    {
        string dir = Path.Combine(Path.GetTempPath(), $"medspark-delta-child-{Environment.ProcessId}");
        Directory.CreateDirectory(dir);
        string app = Path.Combine(dir, "deltawriter.cs");
        File.WriteAllText(app, $$"""
            #:project {{FindSharedProject()}}
            #:property PublishAot=false
            using MedSpark.Shared.Formats.Delta;
            using MedSpark.Shared.Lake;
            using MedSpark.Shared.Schemas;
            var table = DeltaTable.Open(new LocalLakeStore(args[1]), "t");
            if (args[0] == "append")
            {
                var schema = new TableSchema(new Field("n", ColumnType.Int64));
                for (int i = 0; i < int.Parse(args[2]); i++)
                {
                    var options = new DeltaWriteOptions { CommitInfo = new Dictionary<string, string> { ["writer"] = args[3], ["seq"] = i.ToString() } };
                    Console.WriteLine(table.Write(schema, [], options));
                }
            }
            else
            {
                const int Rows = 20_000;
                var schema = new TableSchema(new Field("seq", ColumnType.Int64), new Field("row", ColumnType.Int64));
                for (long i = table.Exists ? table.Version + 1 : 0; ; i++)
                {
                    var seq = new long?[Rows];
                    var row = new long?[Rows];
                    for (int r = 0; r < Rows; r++) { seq[r] = i; row[r] = r; }
                    var options = new DeltaWriteOptions { Mode = DeltaWriteMode.Overwrite, TargetFileRows = 5_000, CommitInfo = new Dictionary<string, string> { ["seq"] = i.ToString() } };
                    Console.WriteLine(table.Write(schema, [new ColumnBatch(schema, [seq, row], Rows)], options));
                }
            }
            """);
        using var build = StartDotnet("build", app, "");
        var (output, error) = await WaitAsync(build, TimeSpan.FromMinutes(5));
        Assert.True(build.ExitCode == 0, $"dotnet build {app} failed: {output}\n{error}");
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

    private static Process StartDotnet(string verb, string app, string args)
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
