using BenchmarkDotNet.Running;

namespace MedSpark.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/MedSpark.Benchmarks -- liblinear [options]</c> runs the side-by-side
/// training comparison with LIBLINEAR (see <see cref="LiblinearComparison"/>); any other arguments go to
/// BenchmarkDotNet (e.g. <c>--filter *SvmObjective*</c>).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "liblinear") return LiblinearComparison.Run(args[1..]);
        if (args.Length > 0 && args[0] == LiblinearComparison.FitCommand) return LiblinearComparison.Fit(args[1..]);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
