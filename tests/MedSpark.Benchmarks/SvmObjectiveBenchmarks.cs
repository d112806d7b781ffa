using BenchmarkDotNet.Attributes;
using MedSpark.Shared.Engine;
using MedSpark.Shared.Learning;

namespace MedSpark.Benchmarks;

/// <summary>
/// One objective-and-gradient pass (the unit of work of every L-BFGS evaluation): the scalar reference path
/// (baseline) against the vectorised one, on one and two partitions run at once.
/// </summary>
[MemoryDiagnoser]
public class SvmObjectiveBenchmarks
{
    private SvmObjective _scalar = null!;
    private SvmObjective _vectorised = null!;
    private double[] _x = [];
    private double[] _gradient = [];

    [Params(10_000, 100_000)]
    public int Rows { get; set; }

    [Params(100)]
    public int Features { get; set; }

    [Params(1, 2)]
    public int Parallelism { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var rows = DenseProblem.Generate(Rows, Features, seed: 20261121);
        var engine = new LocalEngine(Parallelism);
        var data = Partitioned<LabeledPoint>.FromList(rows, Parallelism);
        var options = new SvmOptions { RegParam = 1e-4 };
        var summary = LinearSvc.Summarize(engine, data, options);
        _scalar = new SvmObjective(engine, data, options, summary.Mean, summary.Std(), vectorised: false);
        _vectorised = new SvmObjective(engine, data, options, summary.Mean, summary.Std(), vectorised: true);
        var random = new Random(7);
        _x = Enumerable.Range(0, _scalar.Dimension).Select(_ => random.NextDouble() - 0.5).ToArray();
        _gradient = new double[_x.Length];

        // Every variant must compute the same thing before any of them is timed.
        var gScalar = new double[_x.Length];
        var gVector = new double[_x.Length];
        double fScalar = _scalar.Evaluate(_x, gScalar);
        double fVector = _vectorised.Evaluate(_x, gVector);
        if (Math.Abs(fScalar - fVector) > 1e-10 * Math.Abs(fScalar))
            throw new InvalidOperationException($"Objective differs: scalar {fScalar:R}, vectorised {fVector:R}.");
        for (int j = 0; j < gScalar.Length; j++)
        {
            if (Math.Abs(gScalar[j] - gVector[j]) > 1e-10 * Math.Max(1, Math.Abs(gScalar[j])))
                throw new InvalidOperationException($"Gradient {j} differs: scalar {gScalar[j]:R}, vectorised {gVector[j]:R}.");
        }
    }

    [Benchmark(Baseline = true)]
    public double Scalar() => _scalar.Evaluate(_x, _gradient);

    [Benchmark]
    public double Vectorised() => _vectorised.Evaluate(_x, _gradient);
}
