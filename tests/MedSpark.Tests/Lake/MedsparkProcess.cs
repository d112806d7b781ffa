using System.Diagnostics;
using MedSpark.Shared.Lake;

namespace MedSpark.Tests.Lake;

/// <summary>Runs the built <c>medspark</c> command in a child process, as a user or a scheduler would.</summary>
public static class MedsparkProcess
{
    /// <summary>
    /// Runs <c>medspark</c> with <paramref name="args"/>; the lake credential variables of the test process are removed,
    /// then <paramref name="environment"/> is added. Returns the exit code and stdout followed by stderr.
    /// </summary>
    public static (int ExitCode, string Output) Run(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "medspark.dll"));
        foreach (string a in args) info.ArgumentList.Add(a);
        foreach (string name in new[] { LakeStores.ConnectionStringVariable, LakeStores.AzureConnectionStringVariable, LakeStores.SasVariable })
            info.Environment.Remove(name);
        foreach (var (name, value) in environment) info.Environment[name] = value;
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + "\n" + stderr.Result);
    }
}
