using MedSpark.Shared.Learning;
using Xunit;

namespace MedSpark.Tests.Learning;

public sealed class BinaryMetricsTests
{
    [Fact]
    public void Compute_RandomScoresWithTies_MatchesScikitLearn()
    {
        var random = new Random(41);
        int n = 400;
        var labels = new double[n];
        var scores = new double[n];
        for (int i = 0; i < n; i++)
        {
            labels[i] = random.NextDouble() < 0.3 ? 1 : 0;
            // Rounded to one decimal so that many scores tie, across and within classes.
            scores[i] = Math.Round(labels[i] * 0.7 + SvmTestData.Gaussian(random), 1);
        }
        string dir = ExternalTools.TempDirectory();
        try
        {
            string path = Path.Combine(dir, "scores.csv");
            File.WriteAllLines(path, scores.Select((s, i) => $"{ExternalTools.Format(s)},{labels[i]}"));
            string output = ExternalTools.RunPython(
                "import sys, numpy as np\n" +
                "from sklearn.metrics import roc_auc_score, average_precision_score\n" +
                "d = np.loadtxt(sys.argv[1], delimiter=',')\n" +
                "print(repr(roc_auc_score(d[:, 1], d[:, 0])), repr(average_precision_score(d[:, 1], d[:, 0])))\n", path);
            var reference = output.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(ExternalTools.Parse).ToArray();

            var metrics = BinaryMetrics.Compute(scores, labels);

            Assert.True(Math.Abs(metrics.AucRoc - reference[0]) <= 1e-12, $"AUC-ROC ours {metrics.AucRoc:R}, scikit-learn {reference[0]:R}");
            Assert.True(Math.Abs(metrics.AveragePrecision - reference[1]) <= 1e-12,
                $"average precision ours {metrics.AveragePrecision:R}, scikit-learn {reference[1]:R}");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Compute_HandCase_AllMetrics()
    {
        // Scores 0.9(1) 0.4(0) 0.4(1) -0.2(0) -0.5(1); threshold 0 predicts the first three positive.
        // TP 2, FP 1, TN 1, FN 1. ROC pairs (pos > neg): 0.9 beats both, 0.4 ties 0.4 (½) and beats -0.2,
        // -0.5 beats none: (2 + 1.5 + 0)/6. PR points: (1/3, 1), (2/3, 2/3), (2/3, 1/2)... grouped by threshold:
        // t=0.9 (1/3, 1); t=0.4 (2/3, 2/3); t=-0.2 (2/3, 1/2); t=-0.5 (1, 3/5).
        double[] scores = [0.9, 0.4, 0.4, -0.2, -0.5];
        double[] labels = [1, 0, 1, 0, 1];
        double[] probabilities = [0.9, 0.6, 0.6, 0.4, 0.3];

        var m = BinaryMetrics.Compute(scores, labels, probabilities);

        Assert.Equal(5, m.Count);
        Assert.Equal(3, m.Positives);
        Assert.Equal(3.5 / 6, m.AucRoc, 12);
        double trapezoid = (1.0 / 3) * 1 + (1.0 / 3) * (1 + 2.0 / 3) / 2 + 0 + (1.0 / 3) * (0.5 + 0.6) / 2;
        Assert.Equal(trapezoid, m.AucPr, 12);
        Assert.Equal((1.0 / 3) * 1 + (1.0 / 3) * (2.0 / 3) + (1.0 / 3) * 0.6, m.AveragePrecision, 12);
        Assert.Equal(0.6, m.Accuracy, 12);
        Assert.Equal(2.0 / 3, m.Sensitivity, 12);
        Assert.Equal(0.5, m.Specificity, 12);
        Assert.Equal(2.0 / 3, m.Precision, 12);
        Assert.Equal(2.0 / 3, m.F1, 12);
        Assert.Equal((0.01 + 0.36 + 0.16 + 0.16 + 0.49) / 5, m.Brier!.Value, 12);
    }

    [Fact]
    public void Compute_OneClass_RankingMetricsNaN()
    {
        var m = BinaryMetrics.Compute([0.1, 0.2], [1, 1]);

        Assert.True(double.IsNaN(m.AucRoc));
        Assert.True(double.IsNaN(m.Specificity));
        Assert.Null(m.Brier);
    }

    [Fact]
    public void Compute_LengthMismatch_Throws()
    {
        Assert.Throws<ArgumentException>(() => BinaryMetrics.Compute([0.1, 0.2], [1]));
    }
}
