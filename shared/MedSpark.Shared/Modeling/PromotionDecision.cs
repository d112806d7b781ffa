namespace MedSpark.Shared.Modeling;

/// <summary>Whether a new model replaces the champion, with the figures compared on the same held-out rows.</summary>
/// <param name="Promote">True when the new model becomes the champion.</param>
/// <param name="ChampionVersion">The champion compared against, if any.</param>
/// <param name="CandidateAucRoc">The new model's AUC-ROC on its test rows.</param>
/// <param name="CandidateBrier">The new model's Brier score on its test rows.</param>
/// <param name="ChampionAucRoc">The champion's AUC-ROC re-scored on the same rows (null when not compared).</param>
/// <param name="ChampionBrier">The champion's Brier score on the same rows (null when not compared).</param>
/// <param name="Reason">One line saying why.</param>
public sealed record PromotionDecision(
    bool Promote,
    long? ChampionVersion,
    double CandidateAucRoc,
    double CandidateBrier,
    double? ChampionAucRoc,
    double? ChampionBrier,
    string Reason);
