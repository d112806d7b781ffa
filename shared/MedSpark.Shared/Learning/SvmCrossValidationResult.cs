namespace MedSpark.Shared.Learning;

/// <summary>The outcome of a cross-validated grid search.</summary>
/// <param name="Folds">k.</param>
/// <param name="Seed">The seed that fixed the folds.</param>
/// <param name="Candidates">Every candidate in grid order with its fold scores.</param>
/// <param name="BestIndex">Index in <paramref name="Candidates"/> of the chosen one.</param>
public sealed record SvmCrossValidationResult(int Folds, int Seed, IReadOnlyList<SvmCandidateScore> Candidates, int BestIndex)
{
    /// <summary>The chosen candidate.</summary>
    public SvmCandidateScore Best => Candidates[BestIndex];
}
