using MedSpark.Shared.Learning;
using Xunit;

namespace MedSpark.Tests.Learning;

public sealed class PlattCalibratorTests
{
    private static (double[] Margins, double[] Labels) Margins(int n, int seed)
    {
        var random = new Random(seed);
        var margins = new double[n];
        var labels = new double[n];
        for (int i = 0; i < n; i++)
        {
            labels[i] = random.NextDouble() < 0.4 ? 1 : 0;
            margins[i] = (labels[i] == 1 ? 0.8 : -0.6) + 1.1 * SvmTestData.Gaussian(random);
        }
        return (margins, labels);
    }

    [Fact]
    public void Fit_RandomMargins_MatchesScikitLearnSigmoidCalibration()
    {
        var (margins, labels) = Margins(500, seed: 31);
        string dir = ExternalTools.TempDirectory();
        try
        {
            string path = Path.Combine(dir, "margins.csv");
            File.WriteAllLines(path, margins.Select((m, i) => $"{ExternalTools.Format(m)},{labels[i]}"));
            // scikit-learn's Platt fit (same smoothed targets, minimised by BFGS) behind CalibratedClassifierCV(method='sigmoid').
            string output = ExternalTools.RunPython(
                "import sys, numpy as np\n" +
                "from sklearn.calibration import _sigmoid_calibration\n" +
                "d = np.loadtxt(sys.argv[1], delimiter=',')\n" +
                "a, b = _sigmoid_calibration(d[:, 0], d[:, 1])\n" +
                "print(repr(float(a)), repr(float(b)))\n", path);
            var ab = output.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(ExternalTools.Parse).ToArray();

            var platt = PlattCalibrator.Fit(margins, labels);

            // BFGS stops at gtol 1e-5, Newton far below it: agree to what BFGS guarantees.
            Assert.True(Math.Abs(platt.A - ab[0]) <= 1e-4 * Math.Abs(ab[0]), $"A: ours {platt.A:R}, scikit-learn {ab[0]:R}");
            Assert.True(Math.Abs(platt.B - ab[1]) <= 1e-4 * Math.Max(1, Math.Abs(ab[1])), $"B: ours {platt.B:R}, scikit-learn {ab[1]:R}");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Fit_Optimum_GradientOfCrossEntropyIsZero()
    {
        // At the minimiser Σ(tᵢ − pᵢ) = 0 and Σ fᵢ(tᵢ − pᵢ) = 0 with Platt's smoothed targets.
        var (margins, labels) = Margins(300, seed: 32);
        var platt = PlattCalibrator.Fit(margins, labels);
        double pos = labels.Count(l => l == 1), neg = labels.Length - pos;
        double g1 = 0, g2 = 0;
        for (int i = 0; i < margins.Length; i++)
        {
            double t = labels[i] == 1 ? (pos + 1) / (pos + 2) : 1 / (neg + 2);
            double d = t - platt.Probability(margins[i]);
            g1 += margins[i] * d;
            g2 += d;
        }
        Assert.True(Math.Abs(g1) < 1e-8 && Math.Abs(g2) < 1e-8, $"gradient ({g1:R}, {g2:R})");
        Assert.True(platt.A < 0, "larger margins must mean higher probability");
    }

    [Fact]
    public void Probability_ExtremeMargins_StaysFiniteAndMonotone()
    {
        var (margins, labels) = Margins(100, seed: 33);
        var platt = PlattCalibrator.Fit(margins, labels);

        Assert.Equal(1.0, platt.Probability(1e6), 12);
        Assert.Equal(0.0, platt.Probability(-1e6), 12);
        Assert.True(platt.Probability(1) > platt.Probability(0));
    }

    [Fact]
    public void Fit_LabelNotBinary_Throws()
    {
        Assert.Throws<ArgumentException>(() => PlattCalibrator.Fit([0.1, 0.2], [0, 2]));
    }
}
