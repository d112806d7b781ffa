using System.Text.Json;
using System.Text.Json.Serialization;
using MedSpark.Shared.Lake;

namespace MedSpark.Shared.Sampling;

/// <summary>
/// The ground truth of a generated lake, written to <c>raw/_manifest.json</c>: what was written, every
/// injected defect with its exact count and expected quarantine reason, and the rows that should survive.
/// </summary>
/// <param name="Seed">The generator seed.</param>
/// <param name="AsOfDate">The business date to curate with (dates after it are impossible).</param>
/// <param name="PseudonymKeyName">Name of the key the sample is meant to be curated with.</param>
/// <param name="Options">The options the lake was generated with.</param>
/// <param name="Files">Every file written, in path order.</param>
/// <param name="Tables">Expected counts per raw table, plus <c>silver_cohort</c>.</param>
/// <param name="Defects">Injected defects, ordered by table then kind.</param>
/// <param name="Variants">Harmless variants that must be normalised, ordered by table then kind.</param>
public sealed record SampleManifest(
    int Seed,
    DateOnly AsOfDate,
    string PseudonymKeyName,
    SampleLakeOptions Options,
    IReadOnlyList<ManifestFile> Files,
    IReadOnlyList<ManifestTable> Tables,
    IReadOnlyList<ManifestDefect> Defects,
    IReadOnlyList<ManifestVariant> Variants)
{
    /// <summary>Lake path of the manifest.</summary>
    public const string Path = "raw/_manifest.json";

    /// <summary>Table name of the joined cohort in <see cref="Tables"/>.</summary>
    public const string CohortTable = "silver_cohort";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>Expected quarantine records per (table, stage, reason), summed over defect kinds.</summary>
    public IReadOnlyDictionary<(string Table, string Stage, string Reason), long> ExpectedQuarantine() =>
        Defects.GroupBy(d => (d.Table, d.Stage, d.ExpectedReason)).ToDictionary(g => g.Key, g => g.Sum(d => d.Count));

    /// <summary>The expected counts of <paramref name="table"/>.</summary>
    public ManifestTable Table(string table) =>
        Tables.FirstOrDefault(t => t.Table == table) ?? throw new KeyNotFoundException($"Manifest has no table '{table}'.");

    /// <summary>The manifest as indented snake_case JSON (UTF-8, LF line ends).</summary>
    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this, Json);

    /// <summary>Parses <see cref="ToJson"/> output.</summary>
    public static SampleManifest FromJson(ReadOnlySpan<byte> json) =>
        JsonSerializer.Deserialize<SampleManifest>(json, Json) ?? throw new InvalidDataException("Manifest JSON is null.");

    /// <summary>Reads <see cref="Path"/> from <paramref name="store"/>.</summary>
    public static SampleManifest Read(ILakeStore store) => FromJson(store.ReadAllBytes(Path));
}
