using MedSpark.Shared.Learning;
using Xunit;

namespace MedSpark.Tests.Learning;

public sealed class IsotonicCalibratorTests
{
    /// <summary>Margins rounded to 0.05 so that many tie (the case scikit-learn merges before PAV).</summary>
    private static (double[] Margins, double[] Labels) Margins(int n, int seed)
    {
        var random = new Random(seed);
        var margins = new double[n];
        var labels = new double[n];
        for (int i = 0; i < n; i++)
        {
            labels[i] = random.NextDouble() < 0.4 ? 1 : 0;
            margins[i] = Math.Round(((labels[i] == 1 ? 0.8 : -0.6) + 1.1 * SvmTestData.Gaussian(random)) * 20) / 20;
        }
        return (margins, labels);
    }

    [Fact]
    public void Fit_TiedMargins_MatchesScikitLearnIsotonicRegression()
    {
        var (margins, labels) = Margins(600, seed: 51);
        var (probe, _) = Margins(300, seed: 52);
        probe = [.. probe, -100, 100, margins.Min(), margins.Max()];
        string dir = ExternalTools.TempDirectory();
        try
        {
            string fit = Path.Combine(dir, "fit.csv"), at = Path.Combine(dir, "probe.csv");
            File.WriteAllLines(fit, margins.Select((m, i) => $"{ExternalTools.Format(m)},{labels[i]}"));
            File.WriteAllLines(at, probe.Select(ExternalTools.Format));
            string output = ExternalTools.RunPython(
                "import sys, numpy as np\n" +
                "from sklearn.isotonic import IsotonicRegression\n" +
                "d = np.loadtxt(sys.argv[1], delimiter=',')\n" +
                "p = np.loadtxt(sys.argv[2])\n" +
                "r = IsotonicRegression(out_of_bounds='clip').fit(d[:, 0], d[:, 1])\n" +
                "print(' '.join(repr(float(v)) for v in r.predict(p)))\n", fit, at);
            var expected = output.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(ExternalTools.Parse).ToArray();

            var isotonic = IsotonicCalibrator.Fit(margins, labels);

            Assert.Equal(probe.Length, expected.Length);
            for (int i = 0; i < probe.Length; i++)
            {
                double ours = isotonic.Probability(probe[i]);
                Assert.True(Math.Abs(ours - expected[i]) <= 1e-12, $"margin {probe[i]:R}: ours {ours:R}, scikit-learn {expected[i]:R}");
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Fit_Knots_NonDecreasingAndPreserveTheLabelMean()
    {
        // PAV's solution has the same weighted mean as the data (every block is the mean of its rows).
        var (margins, labels) = Margins(400, seed: 53);
        var isotonic = IsotonicCalibrator.Fit(margins, labels);

        for (int i = 1; i < isotonic.Margins.Count; i++)
        {
            Assert.True(isotonic.Margins[i] > isotonic.Margins[i - 1]);
            Assert.True(isotonic.Probabilities[i] >= isotonic.Probabilities[i - 1]);
        }
        double fittedMean = margins.Select(isotonic.Probability).Average();
        Assert.Equal(labels.Average(), fittedMean, 12);
    }

    [Fact]
    public void Fit_AlreadyMonotone_ReproducesTheLabels()
    {
        var isotonic = IsotonicCalibrator.Fit([-2.0, -1.0, 1.0, 2.0], [0, 0, 1, 1]);
        Assert.Equal(0.0, isotonic.Probability(-1.5));
        Assert.Equal(0.5, isotonic.Probability(0.0));
        Assert.Equal(1.0, isotonic.Probability(3.0));
    }

    [Fact]
    public void FromKnots_Decreasing_Throws()
    {
        Assert.Throws<ArgumentException>(() => IsotonicCalibrator.FromKnots([0.0, 1.0], [0.6, 0.4]));
    }
}
