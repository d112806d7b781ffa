namespace MedSpark.Shared.Learning;

/// <summary>What a training run did, as MLlib's LinearSVCTrainingSummary reports it.</summary>
/// <param name="ObjectiveHistory">Objective at the start and after every iteration (length = Iterations + 1).</param>
/// <param name="Iterations">Accepted L-BFGS steps.</param>
/// <param name="Convergence">Why the optimiser stopped.</param>
/// <param name="RowCount">Training rows.</param>
/// <param name="WeightSum">Sum of instance weights (after class weights).</param>
public sealed record SvmTrainingSummary(
    IReadOnlyList<double> ObjectiveHistory,
    int Iterations,
    SvmConvergence Convergence,
    long RowCount,
    double WeightSum);
