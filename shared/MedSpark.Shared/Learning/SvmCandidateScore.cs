namespace MedSpark.Shared.Learning;

/// <summary>How one candidate setting did in cross-validation.</summary>
/// <param name="Options">The candidate's settings.</param>
/// <param name="FoldAucRoc">Held-out AUC-ROC of each fold, in fold order.</param>
/// <param name="MeanAucRoc">Mean of <paramref name="FoldAucRoc"/> (the selection metric, as MLlib's CrossValidator averages).</param>
/// <param name="StdAucRoc">Sample standard deviation of <paramref name="FoldAucRoc"/> (n − 1).</param>
public sealed record SvmCandidateScore(SvmOptions Options, IReadOnlyList<double> FoldAucRoc, double MeanAucRoc, double StdAucRoc);
