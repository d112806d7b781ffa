namespace MedSpark.Shared.Learning;

/// <summary>The per-row loss a <see cref="LinearSvc"/> minimises, on the signed label y' = 2y − 1 and margin m.</summary>
public enum SvmLoss
{
    /// <summary>max(0, 1 − y'm): the L1-loss SVM (MLlib LinearSVC, LIBLINEAR -s 3).</summary>
    Hinge,

    /// <summary>max(0, 1 − y'm)²: the L2-loss SVM (LIBLINEAR -s 1 / -s 2); differentiable everywhere.</summary>
    SquaredHinge,
}
