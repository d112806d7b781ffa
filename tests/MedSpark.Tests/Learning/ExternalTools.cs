using System.Diagnostics;
using System.Globalization;

namespace MedSpark.Tests.Learning;

/// <summary>
/// Runs the independent reference implementations the Learning tests compare against: LIBLINEAR's
/// liblinear-train (Debian liblinear-tools) and scikit-learn under the system Python (Debian python3-sklearn).
/// </summary>
internal static class ExternalTools
{
    public const string LiblinearTrain = "/usr/bin/liblinear-train";

    // The Debian interpreter, where python3-sklearn installs; a python3 earlier on PATH may lack it.
    public const string Python = "/usr/bin/python3";

    public static string Run(string executable, IEnumerable<string> arguments, string? workingDirectory = null)
    {
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException(
                $"{executable} is missing. Install the reference tools: apt-get install -y liblinear-tools python3-sklearn");
        }
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Path.GetTempPath(),
        };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {executable}.");
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{executable} {string.Join(' ', arguments)} exited {process.ExitCode}: {stderr.Result}");
        return stdout;
    }

    /// <summary>Runs a Python snippet with scikit-learn, failing clearly when the package is absent.</summary>
    public static string RunPython(string script, params string[] arguments)
    {
        var args = new List<string> { "-c", script };
        args.AddRange(arguments);
        try
        {
            return Run(Python, args);
        }
        catch (InvalidOperationException e) when (e.Message.Contains("ModuleNotFoundError"))
        {
            throw new InvalidOperationException(
                "scikit-learn is missing from /usr/bin/python3. Install it: apt-get install -y python3-sklearn", e);
        }
    }

    public static string Format(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    public static double Parse(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>A fresh temporary directory for one test's files.</summary>
    public static string TempDirectory()
    {
        string dir = Path.Combine(Path.GetTempPath(), "medspark-learning-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }
}
