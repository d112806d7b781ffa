using System.Diagnostics;
using System.Text.Json;

namespace MedSpark.Tests.Tools;

/// <summary>
/// Runs SQL in DuckDB (an independent Parquet implementation) through tests/tools/duckdb/duckdb.mjs and
/// returns the rows. Installs the pinned npm package on first use. When node or npm is missing, calls
/// throw with a message saying what to install: interop tests must fail, not pass vacuously.
/// </summary>
public static class DuckDb
{
    private static readonly object InstallLock = new();
    private static readonly TimeSpan QueryTimeout = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);
    private static string? _toolDirectory;

    /// <summary>Runs one statement; each row is a map from column name to its JSON value (DuckDB's getRowObjectsJson).</summary>
    public static IReadOnlyList<Dictionary<string, JsonElement>> Query(string sql)
    {
        string directory = EnsureInstalled();
        var (exitCode, stdout, stderr) = Run("node", [Path.Combine(directory, "duckdb.mjs"), sql], directory, QueryTimeout);
        if (exitCode != 0)
            throw new InvalidOperationException($"DuckDB failed (exit {exitCode}) on: {sql}\n{stderr}");
        return JsonSerializer.Deserialize<List<Dictionary<string, JsonElement>>>(stdout)
            ?? throw new InvalidOperationException($"DuckDB printed no rows for: {sql}\n{stdout}");
    }

    /// <summary>Quotes a path for a SQL string literal.</summary>
    public static string Literal(string value) => "'" + value.Replace("'", "''") + "'";

    private static string EnsureInstalled()
    {
        lock (InstallLock)
        {
            if (_toolDirectory is not null) return _toolDirectory;
            string directory = Path.Combine(RepositoryRoot(), "tests", "tools", "duckdb");
            if (!Directory.Exists(Path.Combine(directory, "node_modules", "@duckdb", "node-api")))
            {
                // package.json pins exact versions; there is no lock file (see .npmrc), so 'npm ci' does not apply.
                var (exitCode, stdout, stderr) = Run("npm", ["install", "--no-audit", "--no-fund"], directory, InstallTimeout);
                if (exitCode != 0)
                    throw new InvalidOperationException($"'npm install' in {directory} failed (exit {exitCode}):\n{stdout}\n{stderr}");
            }
            _toolDirectory = directory;
            return directory;
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "tests", "tools", "duckdb", "duckdb.mjs"))) return dir.FullName;
        }
        throw new InvalidOperationException($"Cannot find tests/tools/duckdb/duckdb.mjs above {AppContext.BaseDirectory}.");
    }

    private static (int ExitCode, string Stdout, string Stderr) Run(string program, IReadOnlyList<string> arguments, string directory, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(program)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in arguments) info.ArgumentList.Add(a);
        Process process;
        try
        {
            process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start '{program}'.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException(
                $"DuckDB interop tests need Node.js 20+ with npm on PATH ('{program}' could not be started: {e.Message}). Install it, e.g. 'apt-get install nodejs npm'.", e);
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"'{program} {string.Join(' ', arguments)}' did not finish within {timeout}.");
            }
            process.WaitForExit();
            return (process.ExitCode, stdout.Result, stderr.Result);
        }
    }
}
