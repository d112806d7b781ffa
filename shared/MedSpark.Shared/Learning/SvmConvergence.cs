namespace MedSpark.Shared.Learning;

/// <summary>Why the optimiser stopped (the reasons of Breeze's FirstOrderMinimizer default convergence check).</summary>
public enum SvmConvergence
{
    /// <summary>MaxIter steps were taken.</summary>
    MaxIterations,

    /// <summary>The objective improved by at most Tol × |initial objective| over the last 20 iterations.</summary>
    FunctionValuesConverged,

    /// <summary>‖gradient‖₂ ≤ max(Tol × objective, 1e-8).</summary>
    GradientConverged,

    /// <summary>The line search failed twice (the first failure only resets the L-BFGS memory, as in Breeze).</summary>
    SearchFailed,
}
