using System.Diagnostics;
using Xunit;

namespace MedSpark.Tests.Udfs;

/// <summary>
/// Runs one of the golden-data scripts in tests/data/skimage with Debian's /usr/bin/python3 and scikit-image
/// (which ./medspark.sh test installs), so a live test checks medfeat against the installed version. Fails, rather
/// than passing vacuously, when python3 or scikit-image is missing.
/// </summary>
internal static class ScikitImageScript
{
    /// <summary>The script's standard output, split into lines.</summary>
    public static async Task<string[]> RunAsync(string scriptName)
    {
        string script = Path.Combine(AppContext.BaseDirectory, "data", "skimage", scriptName);
        Assert.True(File.Exists("/usr/bin/python3"), "/usr/bin/python3 is missing: apt-get install python3-skimage (./medspark.sh test does).");
        var start = new ProcessStartInfo("/usr/bin/python3", [script]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        string stderr = await process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"{scriptName} failed (exit {process.ExitCode}); is python3-skimage installed?\n{stderr}");
        return (await stdout).Split('\n');
    }
}
