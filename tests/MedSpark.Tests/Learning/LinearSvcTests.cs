using MedSpark.Shared.Engine;
using MedSpark.Shared.Learning;
using Xunit;

namespace MedSpark.Tests.Learning;

public sealed class LinearSvcTests
{
    private static readonly LocalEngine Engine = new(2);

    private static LinearSvcModel Fit(IReadOnlyList<LabeledPoint> rows, SvmOptions options, int partitions = 3) =>
        LinearSvc.Fit(Engine, Partitioned<LabeledPoint>.FromList(rows, partitions), options);

    private static List<LabeledPoint> Symmetric1D() =>
    [
        new(0, [-2.0]), new(0, [-1.0]), new(1, [1.0]), new(1, [2.0]),
    ];

    [Fact]
    public void Fit_SeparableOneDimensionalNoStandardization_KnownSolution()
    {
        // For w in [0.5, 1] only x = ±1 have slack 1 − w, so F(w, 0) = (1 − w)/2 + ½λw², minimised at w = 1/(2λ);
        // λ = 0.8 gives w = 0.625, and b = 0 by symmetry (the slacks' b-derivatives cancel).
        var model = Fit(Symmetric1D(), new SvmOptions { RegParam = 0.8, Standardization = false, Tol = 1e-12, MaxIter = 200 });
        Assert.Equal(0.625, model.Coefficients[0], 6);
        Assert.Equal(0.0, model.Intercept, 6);
        Assert.Equal(0.34375, model.Summary.ObjectiveHistory[^1], 8);
        Assert.Equal(1.0, model.Predict([0.1]));
        Assert.Equal(0.0, model.Predict([-0.1]));
    }

    [Fact]
    public void Fit_SeparableOneDimensionalStandardized_PenaltyOnScaledCoefficient()
    {
        // σ² = (4 + 1 + 1 + 4)/3 = 10/3; the penalty is ½λσ²w², so w = 1/(2λσ²) = 0.625 for λ = 0.24.
        var model = Fit(Symmetric1D(), new SvmOptions { RegParam = 0.24, Tol = 1e-12, MaxIter = 200 });
        Assert.Equal(0.625, model.Coefficients[0], 6);
        Assert.Equal(0.0, model.Intercept, 6);
    }

    [Fact]
    public void Fit_ConstantColumn_CoefficientZeroAndOthersUnchanged()
    {
        var rows = SvmTestData.Generate(300, 3, seed: 11);
        var withConstant = rows.Select(r => r with { Features = [r.Features[0], 5.0, r.Features[1], r.Features[2]] }).ToList();
        var options = new SvmOptions { RegParam = 0.05, Loss = SvmLoss.SquaredHinge, Tol = 1e-12, MaxIter = 300 };

        var plain = Fit(rows, options);
        var model = Fit(withConstant, options);

        Assert.Equal(0.0, model.Coefficients[1]);
        Assert.Equal(plain.Coefficients[0], model.Coefficients[0], 6);
        Assert.Equal(plain.Coefficients[1], model.Coefficients[2], 6);
        Assert.Equal(plain.Coefficients[2], model.Coefficients[3], 6);
        Assert.Equal(plain.Intercept, model.Intercept, 6);
    }

    [Fact]
    public void Fit_DuplicateColumns_ShareCoefficientEquallyAsHalfRegularisation()
    {
        // Splitting w between two copies of a column minimises the L2 penalty at w₁ = w₂ = w/2, whose penalty
        // ½λσ²(w²/4 + w²/4) is that of the single column under λ/2; so duplicating every column under λ gives
        // the single-column model under λ/2, with each coefficient halved.
        var rows = SvmTestData.Generate(300, 2, seed: 12);
        var duplicated = rows.Select(r => r with { Features = [r.Features[0], r.Features[0], r.Features[1], r.Features[1]] }).ToList();
        var single = Fit(rows, new SvmOptions { RegParam = 0.05, Loss = SvmLoss.SquaredHinge, Tol = 1e-12, MaxIter = 300 });
        var model = Fit(duplicated, new SvmOptions { RegParam = 0.1, Loss = SvmLoss.SquaredHinge, Tol = 1e-12, MaxIter = 300 });

        Assert.Equal(model.Coefficients[0], model.Coefficients[1], 6);
        Assert.Equal(model.Coefficients[2], model.Coefficients[3], 6);
        Assert.Equal(single.Coefficients[0], model.Coefficients[0] + model.Coefficients[1], 6);
        Assert.Equal(single.Coefficients[1], model.Coefficients[2] + model.Coefficients[3], 6);
        Assert.Equal(single.Intercept, model.Intercept, 6);
    }

    [Theory]
    [InlineData(SvmLoss.Hinge)]
    [InlineData(SvmLoss.SquaredHinge)]
    public void Fit_WeightTwo_SameObjectiveAsDuplicatedRow(SvmLoss loss)
    {
        // With Standardization = false the objective is the same function of (w, b) for both datasets; the
        // std used internally for scaling differs (unbiased weighted variance), so compare optima, not paths.
        var rows = SvmTestData.Generate(200, 3, seed: 13);
        var weighted = rows.Select((r, i) => i % 5 == 0 ? r with { Weight = 2 } : r).ToList();
        var duplicated = rows.SelectMany((r, i) => i % 5 == 0 ? new[] { r, r } : new[] { r }).ToList();
        var options = new SvmOptions { RegParam = 0.02, Standardization = false, Loss = loss, Tol = 1e-12, MaxIter = 500 };

        var a = Fit(weighted, options);
        var b = Fit(duplicated, options);

        double fa = SvmTestData.PrimalObjective(duplicated, a.Coefficients, a.Intercept, 0.02, loss);
        double fb = SvmTestData.PrimalObjective(duplicated, b.Coefficients, b.Intercept, 0.02, loss);
        Assert.True(Math.Abs(fa - fb) <= 1e-4 * fb, $"objective weighted={fa:R} duplicated={fb:R}");
        Assert.Equal(a.Summary.WeightSum, b.Summary.WeightSum, 12);
    }

    [Fact]
    public void Fit_ClassWeight_EqualsInstanceWeightOnThatClass()
    {
        var rows = SvmTestData.Generate(200, 3, seed: 14);
        var weighted = rows.Select(r => r.Label == 1 ? r with { Weight = 3 } : r).ToList();
        var options = new SvmOptions { RegParam = 0.02, Loss = SvmLoss.SquaredHinge, Tol = 1e-12, MaxIter = 300 };

        var byClass = Fit(rows, options with { PositiveClassWeight = 3 });
        var byRow = Fit(weighted, options);

        for (int j = 0; j < 3; j++) Assert.Equal(byRow.Coefficients[j], byClass.Coefficients[j], 10);
        Assert.Equal(byRow.Intercept, byClass.Intercept, 10);
    }

    [Fact]
    public void Fit_NaNFeature_ThrowsNamingRowAndFeature()
    {
        var rows = SvmTestData.Generate(40, 4, seed: 15);
        rows[23] = rows[23] with { Features = [1, 2, double.NaN, 4] };

        var e = Assert.Throws<LearningException>(() => Fit(rows, new SvmOptions(), partitions: 7));

        Assert.Equal(23, e.RowIndex);
        Assert.Equal(2, e.FeatureIndex);
        Assert.Contains("row 23, feature 2", e.Message);
    }

    [Fact]
    public void Fit_InfiniteFeature_ThrowsNamingRowAndFeature()
    {
        var rows = SvmTestData.Generate(40, 4, seed: 15);
        rows[0] = rows[0] with { Features = [double.PositiveInfinity, 2, 3, 4] };

        var e = Assert.Throws<LearningException>(() => Fit(rows, new SvmOptions(), partitions: 7));

        Assert.Equal(0, e.RowIndex);
        Assert.Equal(0, e.FeatureIndex);
    }

    [Fact]
    public void Fit_MismatchedFeatureLength_ThrowsNamingRow()
    {
        var rows = SvmTestData.Generate(40, 4, seed: 16);
        rows[35] = rows[35] with { Features = [1, 2, 3] };

        var e = Assert.Throws<LearningException>(() => Fit(rows, new SvmOptions(), partitions: 7));

        Assert.Equal(35, e.RowIndex);
        Assert.Contains("3 features", e.Message);
    }

    [Fact]
    public void Fit_OneClassOnly_Throws()
    {
        var rows = SvmTestData.Generate(40, 2, seed: 17).Select(r => r with { Label = 1 }).ToList();

        var e = Assert.Throws<LearningException>(() => Fit(rows, new SvmOptions()));

        Assert.Contains("both classes", e.Message);
    }

    [Fact]
    public void Fit_EmptyData_Throws()
    {
        var e = Assert.Throws<LearningException>(() => Fit([], new SvmOptions()));

        Assert.Contains("empty", e.Message);
    }

    [Fact]
    public void Fit_LabelNotBinary_ThrowsNamingRow()
    {
        var rows = SvmTestData.Generate(10, 2, seed: 18);
        rows[4] = rows[4] with { Label = 2 };

        var e = Assert.Throws<LearningException>(() => Fit(rows, new SvmOptions()));

        Assert.Equal(4, e.RowIndex);
    }

    [Fact]
    public void Fit_OnIteration_ReportsEveryStepAndHistoryIsMonotone()
    {
        var rows = SvmTestData.Generate(300, 3, seed: 19);
        var seen = new List<SvmIteration>();

        var model = LinearSvc.Fit(Engine, Partitioned<LabeledPoint>.FromList(rows, 3), new SvmOptions { RegParam = 0.01 }, seen.Add);

        Assert.Equal(model.Summary.Iterations, seen.Count);
        Assert.Equal(model.Summary.Iterations + 1, model.Summary.ObjectiveHistory.Count);
        Assert.Equal(1.0, model.Summary.ObjectiveHistory[0], 12);   // all-zero start: every hinge loss is 1
        for (int i = 1; i < model.Summary.ObjectiveHistory.Count; i++)
            Assert.True(model.Summary.ObjectiveHistory[i] <= model.Summary.ObjectiveHistory[i - 1], $"objective rose at iteration {i}");
        Assert.Equal(300, model.Summary.RowCount);
    }

    [Fact]
    public void Fit_VectorisedAndScalarPaths_SameModel()
    {
        var rows = SvmTestData.Generate(500, 9, seed: 20);
        var data = Partitioned<LabeledPoint>.FromList(rows, 4);
        var options = new SvmOptions { RegParam = 0.01, Loss = SvmLoss.SquaredHinge, Tol = 1e-12 };

        var fast = LinearSvc.Fit(Engine, data, options, null, vectorised: true);
        var slow = LinearSvc.Fit(Engine, data, options, null, vectorised: false);

        for (int j = 0; j < 9; j++) Assert.Equal(slow.Coefficients[j], fast.Coefficients[j], 8);
        Assert.Equal(slow.Intercept, fast.Intercept, 8);
    }

    [Fact]
    public void Margin_WrongFeatureCount_Throws()
    {
        var model = Fit(Symmetric1D(), new SvmOptions { RegParam = 0.8 });

        Assert.Throws<ArgumentException>(() => model.Margin([1.0, 2.0]));
    }
}
