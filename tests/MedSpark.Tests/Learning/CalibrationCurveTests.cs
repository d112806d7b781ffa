using MedSpark.Shared.Learning;
using Xunit;

namespace MedSpark.Tests.Learning;

public sealed class CalibrationCurveTests
{
    [Fact]
    public void Compute_ProbabilitiesOnEdges_MatchesScikitLearnCalibrationCurve()
    {
        var random = new Random(61);
        var p = Enumerable.Range(0, 500).Select(_ => random.NextDouble()).Concat([0.0, 0.1, 0.2, 0.3, 0.7, 1.0, 0.9999]).ToArray();
        var y = p.Select(v => random.NextDouble() < v ? 1.0 : 0.0).ToArray();
        string dir = ExternalTools.TempDirectory();
        try
        {
            string path = Path.Combine(dir, "p.csv");
            File.WriteAllLines(path, p.Select((v, i) => $"{ExternalTools.Format(v)},{y[i]}"));
            string output = ExternalTools.RunPython(
                "import sys, numpy as np\n" +
                "from sklearn.calibration import calibration_curve\n" +
                "d = np.loadtxt(sys.argv[1], delimiter=',')\n" +
                "t, q = calibration_curve(d[:, 1], d[:, 0], n_bins=10, strategy='uniform')\n" +
                "print(' '.join(repr(float(v)) for v in t))\n" +
                "print(' '.join(repr(float(v)) for v in q))\n", path);
            var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var observed = lines[0].Split(' ').Select(ExternalTools.Parse).ToArray();
            var predicted = lines[1].Split(' ').Select(ExternalTools.Parse).ToArray();

            var bins = CalibrationCurve.Compute(p, y, 10);

            Assert.Equal(observed.Length, bins.Count);
            for (int b = 0; b < bins.Count; b++)
            {
                Assert.True(Math.Abs(bins[b].ObservedRate - observed[b]) < 1e-12, $"bin {b}: observed ours {bins[b].ObservedRate:R}, scikit-learn {observed[b]:R}");
                Assert.True(Math.Abs(bins[b].MeanPredicted - predicted[b]) < 1e-12, $"bin {b}: predicted ours {bins[b].MeanPredicted:R}, scikit-learn {predicted[b]:R}");
            }
            Assert.Equal(p.Length, bins.Sum(b => b.Count));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Compute_ProbabilityAboveOne_Throws()
    {
        Assert.Throws<ArgumentException>(() => CalibrationCurve.Compute([0.5, 1.5], [0, 1]));
    }
}
