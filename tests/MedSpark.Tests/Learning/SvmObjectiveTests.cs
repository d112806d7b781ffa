using MedSpark.Shared.Engine;
using MedSpark.Shared.Learning;
using Xunit;

namespace MedSpark.Tests.Learning;

/// <summary>The per-pass aggregate: independent of partitioning and tree shape, and the same on both kernels.</summary>
public sealed class SvmObjectiveTests
{
    private static (double Value, double[] Gradient) Evaluate(IReadOnlyList<LabeledPoint> rows, int partitions, SvmOptions options,
        bool vectorised, double[] point)
    {
        var engine = new LocalEngine(2);
        var data = Partitioned<LabeledPoint>.FromList(rows, partitions);
        var summary = LinearSvc.Summarize(engine, data, options);
        var objective = new SvmObjective(engine, data, options, summary.Mean, summary.Std(), vectorised);
        var gradient = new double[objective.Dimension];
        return (objective.Evaluate(point, gradient), gradient);
    }

    private static double[] Point(int dimension, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, dimension).Select(_ => SvmTestData.Gaussian(random) * 0.3).ToArray();
    }

    private static void AssertClose(double expected, double actual, double relative, string what)
    {
        double scale = Math.Max(Math.Abs(expected), 1e-300);
        Assert.True(Math.Abs(expected - actual) <= relative * scale, $"{what}: expected {expected:R}, actual {actual:R}");
    }

    [Theory]
    [InlineData(SvmLoss.Hinge, true)]
    [InlineData(SvmLoss.SquaredHinge, true)]
    [InlineData(SvmLoss.Hinge, false)]
    public void Evaluate_OneVersusSevenPartitions_SameLossAndGradient(SvmLoss loss, bool fitIntercept)
    {
        var rows = SvmTestData.Generate(1000, 6, seed: 21);
        var options = new SvmOptions { RegParam = 0.1, Loss = loss, FitIntercept = fitIntercept, AggregationDepth = 3 };
        var point = Point(fitIntercept ? 7 : 6, seed: 22);

        var (v1, g1) = Evaluate(rows, 1, options, vectorised: false, point);
        var (v7, g7) = Evaluate(rows, 7, options, vectorised: false, point);

        AssertClose(v1, v7, 1e-12, "objective");
        for (int j = 0; j < g1.Length; j++) AssertClose(g1[j], g7[j], 1e-12, $"gradient[{j}]");
    }

    [Fact]
    public void Evaluate_VectorisedVersusScalar_SameLossAndGradient()
    {
        // 37 features: not a multiple of any vector width, so the kernels' remainder loops are exercised.
        var rows = SvmTestData.Generate(500, 37, seed: 23);
        var options = new SvmOptions { RegParam = 0.1, Loss = SvmLoss.SquaredHinge };
        var point = Point(38, seed: 24);

        var (vs, gs) = Evaluate(rows, 5, options, vectorised: false, point);
        var (vv, gv) = Evaluate(rows, 5, options, vectorised: true, point);

        AssertClose(vs, vv, 1e-12, "objective");
        for (int j = 0; j < gs.Length; j++) AssertClose(gs[j], gv[j], 1e-10, $"gradient[{j}]");
    }

    [Fact]
    public void Evaluate_Gradient_MatchesCentralDifferences()
    {
        // The squared hinge is differentiable, so finite differences check the scaled, centred gradient algebra.
        var rows = SvmTestData.Generate(300, 4, seed: 25);
        var options = new SvmOptions { RegParam = 0.3, Loss = SvmLoss.SquaredHinge, Standardization = false };
        var point = Point(5, seed: 26);
        var (_, gradient) = Evaluate(rows, 3, options, vectorised: true, point);

        for (int j = 0; j < point.Length; j++)
        {
            const double h = 1e-6;
            var up = (double[])point.Clone();
            var down = (double[])point.Clone();
            up[j] += h;
            down[j] -= h;
            double numeric = (Evaluate(rows, 3, options, true, up).Value - Evaluate(rows, 3, options, true, down).Value) / (2 * h);
            Assert.True(Math.Abs(numeric - gradient[j]) <= 1e-6 * Math.Max(1, Math.Abs(numeric)),
                $"gradient[{j}]: analytic {gradient[j]:R}, central difference {numeric:R}");
        }
    }
}
