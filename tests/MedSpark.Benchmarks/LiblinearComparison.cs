using System.Diagnostics;
using System.Globalization;
using MedSpark.Shared.Engine;
using MedSpark.Shared.Learning;

namespace MedSpark.Benchmarks;

/// <summary>
/// Trains on one generated dense problem with LIBLINEAR (<c>liblinear-train -s 3</c>, L2-regularised hinge loss,
/// dual coordinate descent, no bias) and with <see cref="LinearSvc"/> on 1 and 2 cores, each in its own process
/// under <c>/usr/bin/time</c>, and prints a Markdown table: wall time, time for ours to reach LIBLINEAR's final
/// primal objective, both objectives, iterations and peak RSS.
/// </summary>
/// <remarks>
/// Same problem: <see cref="DenseProblem"/> data is standardised already; LinearSvc runs with
/// Standardization = false and FitIntercept = false and λ, LIBLINEAR with -B -1 and C = 1/(n·λ), so both minimise
/// (1/n)·Σ max(0, 1 − y′·w·x) + ½λ‖w‖² (LIBLINEAR's objective divided by n·C), evaluated here by
/// <see cref="DenseProblem.PrimalObjective"/> for both solutions. LIBLINEAR's wall time includes parsing its
/// text input; a <c>liblinear-predict</c> run over the same file measures that parse (+ one cheap pass) so
/// training alone can be estimated. Ours generates the identical doubles in memory (values have 4 decimals, so
/// the text parses back exactly); generation is excluded from its fit time but not from its process's RSS.
/// </remarks>
public static class LiblinearComparison
{
    public const string FitCommand = "fit-child";

    public static int Run(string[] args)
    {
        var a = Arguments(args);
        int rows = int.Parse(a.GetValueOrDefault("rows", "1000000"), CultureInfo.InvariantCulture);
        int features = int.Parse(a.GetValueOrDefault("features", "100"), CultureInfo.InvariantCulture);
        int seed = int.Parse(a.GetValueOrDefault("seed", "20261121"), CultureInfo.InvariantCulture);
        double regParam = double.Parse(a.GetValueOrDefault("reg-param", "1e-4"), CultureInfo.InvariantCulture);
        string work = a.GetValueOrDefault("work", Path.Combine(Path.GetTempPath(), "medspark-bench"));
        string liblinear = a.GetValueOrDefault("liblinear", "/usr/bin/liblinear-train");
        Directory.CreateDirectory(work);
        double c = 1.0 / (rows * regParam);

        Console.Error.WriteLine($"generating {rows:N0} × {features} (seed {seed})…");
        var problem = DenseProblem.Generate(rows, features, seed);
        string data = Path.Combine(work, $"dense-{rows}x{features}-{seed}.libsvm");
        if (!File.Exists(data))
        {
            Console.Error.WriteLine($"writing {data}…");
            DenseProblem.WriteLibsvm(problem, data + ".tmp");
            File.Move(data + ".tmp", data);
        }

        string model = Path.Combine(work, "liblinear.model");
        Console.Error.WriteLine($"liblinear-train -s 3 -c {c:R} -B -1 …");
        var lib = Timed(liblinear, ["-s", "3", "-c", c.ToString("R", CultureInfo.InvariantCulture), "-B", "-1", "-q", data, model], work);
        var parse = Timed(Path.Combine(Path.GetDirectoryName(liblinear)!, "liblinear-predict"), [data, model, Path.Combine(work, "predictions")], work);
        var w = ReadLiblinearWeights(model, features);
        double libObjective = DenseProblem.PrimalObjective(problem, w, regParam);
        problem = null!;
        GC.Collect();

        var ours = new List<(int Threads, TimedRun Run, Dictionary<string, string> Result)>();
        foreach (int threads in new[] { 1, 2 })
        {
            Console.Error.WriteLine($"LinearSvc on {threads} core(s)…");
            var (exe, prefix) = Self();
            var run = Timed(exe, [.. prefix, FitCommand, $"--rows={rows}", $"--features={features}", $"--seed={seed}",
                $"--reg-param={regParam.ToString("R", CultureInfo.InvariantCulture)}", $"--threads={threads}",
                $"--target={libObjective.ToString("R", CultureInfo.InvariantCulture)}"], work);
            ours.Add((threads, run, Arguments(run.Stdout.Trim().Split(' '))));
        }

        var ci = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(ci, $"Problem: {rows:N0} × {features} dense, seed {seed}, λ = {regParam:G4} (LIBLINEAR C = {c:G6}); {Environment.ProcessorCount} cores; {DateTime.UtcNow:yyyy-MM-dd}"));
        Console.WriteLine();
        Console.WriteLine("| run | wall (s) | training only (s) | time to LIBLINEAR's objective (s) | final primal objective | rel. to LIBLINEAR | iterations | peak RSS (MB) |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        Console.WriteLine(string.Create(ci,
            $"| liblinear-train -s 3 -B -1 | {lib.WallSeconds:F1} | ≈ {lib.WallSeconds - parse.WallSeconds:F1} (wall − liblinear-predict's {parse.WallSeconds:F1}) | {lib.WallSeconds:F1} | {libObjective:G10} | 0 | – | {lib.PeakRssMb:F0} |"));
        foreach (var (threads, run, r) in ours)
        {
            double objective = double.Parse(r["objective"], ci);
            Console.WriteLine(string.Create(ci,
                $"| LinearSvc, {threads} core{(threads > 1 ? "s" : "")} | {run.WallSeconds:F1} | {double.Parse(r["fit"], ci):F1} | {r["to_target"]} | {objective:G10} | {(objective - libObjective) / libObjective:E2} | {r["iterations"]} ({r["convergence"]}) | {run.PeakRssMb:F0} |"));
        }
        return 0;
    }

    /// <summary>The child process: generate, fit, report "key=value" on one line.</summary>
    public static int Fit(string[] args)
    {
        var a = Arguments(args);
        var ci = CultureInfo.InvariantCulture;
        int rows = int.Parse(a["rows"], ci), features = int.Parse(a["features"], ci), seed = int.Parse(a["seed"], ci);
        int threads = int.Parse(a["threads"], ci);
        double regParam = double.Parse(a["reg-param"], ci), target = double.Parse(a["target"], ci);
        var problem = DenseProblem.Generate(rows, features, seed);
        var engine = new LocalEngine(threads);
        var data = Partitioned<LabeledPoint>.FromList(problem, threads);
        var options = new SvmOptions { RegParam = regParam, Standardization = false, FitIntercept = false, MaxIter = 1000 };
        double? toTarget = null;
        var watch = Stopwatch.StartNew();
        var model = LinearSvc.Fit(engine, data, options, it =>
        {
            if (toTarget is null && it.Objective <= target) toTarget = watch.Elapsed.TotalSeconds;
        });
        double fit = watch.Elapsed.TotalSeconds;
        double objective = DenseProblem.PrimalObjective(problem, model.Coefficients, regParam);
        Console.WriteLine(string.Create(ci,
            $"fit={fit:R} to_target={(toTarget is double t ? t.ToString("F1", ci) : "not reached")} objective={objective:R} iterations={model.Summary.Iterations} convergence={model.Summary.Convergence}"));
        return 0;
    }

    private sealed record TimedRun(double WallSeconds, double PeakRssMb, string Stdout);

    /// <summary>Runs a program under GNU time, returning wall seconds, peak RSS and its standard output.</summary>
    private static TimedRun Timed(string executable, IEnumerable<string> arguments, string work)
    {
        string timeFile = Path.Combine(work, "time.txt");
        var start = new ProcessStartInfo("/usr/bin/time") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var s in new[] { "-f", "%e %M", "-o", timeFile, executable }.Concat(arguments)) start.ArgumentList.Add(s);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {executable}.");
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{executable} exited {process.ExitCode}.");
        var parts = File.ReadAllLines(timeFile).Last().Split(' ');
        return new TimedRun(double.Parse(parts[0], CultureInfo.InvariantCulture), double.Parse(parts[1], CultureInfo.InvariantCulture) / 1024, stdout);
    }

    private static (string Executable, string[] Prefix) Self()
    {
        string process = Environment.ProcessPath ?? "dotnet";
        return Path.GetFileNameWithoutExtension(process) == "dotnet"
            ? (process, [typeof(LiblinearComparison).Assembly.Location])
            : (process, []);
    }

    /// <summary>The weights of a LIBLINEAR model file (the lines after "w").</summary>
    private static double[] ReadLiblinearWeights(string path, int features)
    {
        var lines = File.ReadAllLines(path);
        int start = Array.IndexOf(lines, "w") + 1;
        if (start == 0) throw new InvalidDataException($"{path}: no 'w' line.");
        var w = lines.Skip(start).Where(l => l.Trim().Length > 0).Select(l => double.Parse(l.Trim(), CultureInfo.InvariantCulture)).ToArray();
        return w.Length == features ? w : throw new InvalidDataException($"{path}: {w.Length} weights, expected {features}.");
    }

    private static Dictionary<string, string> Arguments(IEnumerable<string> args)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string arg in args)
        {
            var kv = arg.TrimStart('-').Split('=', 2);
            if (kv.Length == 2) result[kv[0]] = kv[1];
        }
        return result;
    }
}
