using System.Globalization;
using System.Text;
using MedSpark.Shared.Engine;
using MedSpark.Shared.Learning;
using Xunit;
using Xunit.Abstractions;

namespace MedSpark.Tests.Learning;

/// <summary>
/// LIBLINEAR (Debian's liblinear-train) and scikit-learn's LinearSVC as references: like-for-like problems,
/// compared on the primal objective and on test accuracy.
/// </summary>
/// <remarks>
/// LIBLINEAR minimises ½‖w‖² + C·Σᵢ ℓ(yᵢw·xᵢ) without standardising and, with -B, penalising its bias. Ours with
/// Standardization = false, FitIntercept = false minimises (1/n)·Σᵢ ℓ + ½λ‖w‖², which is LIBLINEAR's divided by
/// n·C when λ = 1/(n·C) — the same minimiser. Features are z-scored beforehand so both see a well-scaled problem.
/// Both solutions are judged by the same independently computed objective.
/// </remarks>
public sealed class LinearSvcLiblinearTests
{
    private const double RegParam = 0.01;
    private readonly ITestOutputHelper _output;

    public LinearSvcLiblinearTests(ITestOutputHelper output) => _output = output;

    [Theory]
    [InlineData(SvmLoss.Hinge, 3)]
    [InlineData(SvmLoss.SquaredHinge, 1)]
    public void Fit_GeneratedData_MatchesLiblinearPrimalObjective(SvmLoss loss, int solver)
    {
        var all = SvmTestData.Generate(rows: 4000, features: 10, seed: 20261121);
        var (train, test) = StratifiedSplit.Split(all, r => r.Label, testFraction: 0.5, seed: 7);
        Compare("generated", train, test, loss, "liblinear", (rows, c) => TrainLiblinear(rows, solver, c));
    }

    [Theory]
    [InlineData(SvmLoss.Hinge)]
    [InlineData(SvmLoss.SquaredHinge)]
    public void Fit_GeneratedData_MatchesScikitLearnLinearSvcPrimalObjective(SvmLoss loss)
    {
        var all = SvmTestData.Generate(rows: 4000, features: 10, seed: 11);
        var (train, test) = StratifiedSplit.Split(all, r => r.Label, testFraction: 0.5, seed: 7);
        Compare("generated", train, test, loss, "scikit-learn", (rows, c) => TrainScikitLearn(rows, loss, c));
    }

    [Fact]
    public void Fit_BreastCancer_MatchesLiblinearPrimalObjective()
    {
        string csv = ExternalTools.RunPython(
            "from sklearn.datasets import load_breast_cancer\n" +
            "d = load_breast_cancer()\n" +
            "for x, y in zip(d.data, d.target):\n" +
            "    print(','.join([str(int(y))] + [repr(float(v)) for v in x]))\n");
        var all = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(',').Select(ExternalTools.Parse).ToArray())
            .Select(v => new LabeledPoint(v[0], v[1..]))
            .ToList();
        Assert.Equal(569, all.Count);
        var (train, test) = StratifiedSplit.Split(all, r => r.Label, testFraction: 0.5, seed: 7);
        Compare("breast_cancer", train, test, SvmLoss.Hinge, "liblinear", (rows, c) => TrainLiblinear(rows, solver: 3, c));
        Compare("breast_cancer", train, test, SvmLoss.Hinge, "scikit-learn", (rows, c) => TrainScikitLearn(rows, SvmLoss.Hinge, c));
    }

    /// <summary>Fits ours and the reference (which returns w for C) on the same standardised rows; compares objective and accuracy.</summary>
    private void Compare(string name, IReadOnlyList<LabeledPoint> rawTrain, IReadOnlyList<LabeledPoint> rawTest,
        SvmLoss loss, string tool, Func<IReadOnlyList<LabeledPoint>, double, double[]> trainReference)
    {
        var train = SvmTestData.Standardize(rawTrain, rawTrain);
        var test = SvmTestData.Standardize(rawTest, rawTrain);
        double c = 1.0 / (train.Count * RegParam);

        var referenceW = trainReference(train, c);

        var options = new SvmOptions
        {
            RegParam = RegParam,
            FitIntercept = false,
            Standardization = false,
            Loss = loss,
            MaxIter = 1000,
            Tol = 1e-12,
        };
        var model = LinearSvc.Fit(new LocalEngine(2), Partitioned<LabeledPoint>.FromList(train, 4), options);

        double ours = SvmTestData.PrimalObjective(train, model.Coefficients, 0, RegParam, loss);
        double theirs = SvmTestData.PrimalObjective(train, referenceW, 0, RegParam, loss);
        double relative = (ours - theirs) / theirs;
        double ourAccuracy = SvmTestData.Accuracy(test, model.Coefficients, 0);
        double theirAccuracy = SvmTestData.Accuracy(test, referenceW, 0);
        _output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name} {loss} vs {tool} (C={c:G6}, n={train.Count}): objective ours={ours:R} {tool}={theirs:R} " +
            $"relative={relative:E3}; iterations={model.Summary.Iterations} ({model.Summary.Convergence}); " +
            $"test accuracy ours={ourAccuracy:P2} {tool}={theirAccuracy:P2} (n={test.Count})"));

        Assert.True(Math.Abs(ours - model.Summary.ObjectiveHistory[^1]) <= 1e-9 * Math.Abs(ours),
            $"{name}: recomputed objective {ours:R} differs from the trainer's last objective {model.Summary.ObjectiveHistory[^1]:R}");
        Assert.True(Math.Abs(relative) <= 1e-3,
            $"{name} {loss}: objective ours={ours:R} vs {tool}={theirs:R}, relative difference {relative:E3} > 1e-3");
        Assert.True(Math.Abs(ourAccuracy - theirAccuracy) <= 0.005,
            $"{name} {loss}: test accuracy ours={ourAccuracy:P3} vs {tool}={theirAccuracy:P3} differ by more than 0.5 pp");
    }

    /// <summary>Trains LIBLINEAR without bias on a LIBSVM-format file and returns w oriented to label +1.</summary>
    private static double[] TrainLiblinear(IReadOnlyList<LabeledPoint> train, int solver, double c)
    {
        string dir = ExternalTools.TempDirectory();
        try
        {
            string data = Path.Combine(dir, "train.svm");
            string modelPath = Path.Combine(dir, "train.model");
            var sb = new StringBuilder();
            foreach (var r in train)
            {
                sb.Append(r.Label == 1 ? "+1" : "-1");
                for (int j = 0; j < r.Features.Length; j++)
                    if (r.Features[j] != 0) sb.Append(' ').Append(j + 1).Append(':').Append(ExternalTools.Format(r.Features[j]));
                sb.Append('\n');
            }
            File.WriteAllText(data, sb.ToString());
            ExternalTools.Run(ExternalTools.LiblinearTrain,
                ["-s", solver.ToString(CultureInfo.InvariantCulture), "-c", ExternalTools.Format(c), "-e", "1e-6", "-q", data, modelPath]);
            return ReadLiblinearModel(File.ReadAllLines(modelPath), train[0].Features.Length);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>
    /// Trains scikit-learn's LinearSVC (its own liblinear build, dual coordinate descent) without intercept on the
    /// same rows and returns its coef_, oriented to label 1.
    /// </summary>
    private static double[] TrainScikitLearn(IReadOnlyList<LabeledPoint> train, SvmLoss loss, double c)
    {
        string dir = ExternalTools.TempDirectory();
        try
        {
            string data = Path.Combine(dir, "train.csv");
            File.WriteAllLines(data, train.Select(r => string.Join(',', new[] { r.Label }.Concat(r.Features).Select(ExternalTools.Format))));
            string output = ExternalTools.RunPython(
                "import sys, numpy as np\n" +
                "from sklearn.svm import LinearSVC\n" +
                "d = np.loadtxt(sys.argv[1], delimiter=',')\n" +
                "svc = LinearSVC(loss=sys.argv[2], C=float(sys.argv[3]), fit_intercept=False, dual=True, tol=1e-8, max_iter=1000000)\n" +
                "svc.fit(d[:, 1:], d[:, 0])\n" +
                "print('\\n'.join(repr(float(v)) for v in svc.coef_[0]))\n",
                data, loss == SvmLoss.Hinge ? "hinge" : "squared_hinge", ExternalTools.Format(c));
            return output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => ExternalTools.Parse(l.Trim())).ToArray();
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static double[] ReadLiblinearModel(string[] lines, int features)
    {
        // LIBLINEAR's binary w scores the first label listed on the "label" line.
        var labels = lines.Single(l => l.StartsWith("label ", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        double sign = ExternalTools.Parse(labels[1]) > 0 ? 1 : -1;
        int bias = Array.FindIndex(lines, l => l.StartsWith("bias ", StringComparison.Ordinal));
        Assert.Equal(-1, ExternalTools.Parse(lines[bias].Split(' ')[1]));
        int start = Array.IndexOf(lines, "w") + 1;
        var w = lines.Skip(start).Take(features).Select(l => sign * ExternalTools.Parse(l.Trim())).ToArray();
        Assert.Equal(features, w.Length);
        return w;
    }
}
