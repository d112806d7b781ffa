using MedSpark.Shared.Formats.Delta;
using MedSpark.Shared.Schemas;

namespace MedSpark.Shared.Modeling;

/// <summary>
/// The rules of the append-only models table, in one place for the nightly jobs and the file-mode commands:
/// which model scores (the newest promoted one, or a chosen version) and what a newly trained model's row is
/// (next version, promotion decided against the champion).
/// </summary>
public static class ModelRegistry
{
    /// <summary>Every model of the table (none when the table does not exist yet).</summary>
    public static IReadOnlyList<ModelRecord> ReadAll(DeltaTable table) =>
        table.Exists
            ? RecordMapper<ModelRecord>.Instance.FromBatch(ColumnBatch.Concat(table.Schema!, table.Read().ToList()))
            : Array.Empty<ModelRecord>();

    /// <summary>The newest promoted model, or null.</summary>
    public static ModelRecord? Champion(IEnumerable<ModelRecord> models) =>
        models.Where(x => x.Promoted).MaxBy(x => x.Version);

    /// <summary>Version <paramref name="version"/> when given, else the champion.</summary>
    /// <exception cref="KeyNotFoundException">The table has no such version (the message lists the versions it has).</exception>
    /// <exception cref="InvalidOperationException">No version was given and no model is promoted.</exception>
    public static ModelRecord Select(IReadOnlyList<ModelRecord> models, long? version, string table) =>
        version is long wanted
            ? models.SingleOrDefault(m => m.Version == wanted)
                ?? throw new KeyNotFoundException($"The models table {table} has no version {wanted} (versions {string.Join(", ", models.Select(m => m.Version).Order())}).")
            : Champion(models)
                ?? throw new InvalidOperationException($"The models table {table} has no promoted model: run 'train' first.");

    /// <summary>The row that registers <paramref name="trained"/> after <paramref name="previous"/>: the next version, promoted or not.</summary>
    public static (ModelRecord Record, PromotionDecision Decision) Next(IReadOnlyList<ModelRecord> previous, TrainedModel trained,
        DateTime createdAt, IReadOnlyDictionary<string, long> lineage)
    {
        var decision = PromotionRule.Decide(trained, Champion(previous));
        long version = previous.Count == 0 ? 1 : previous.Max(p => p.Version) + 1;
        return (RecoveryModelTrainer.ToRecord(trained, version, createdAt, lineage, decision), decision);
    }
}
