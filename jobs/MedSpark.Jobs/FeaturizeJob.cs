using MedSpark.Shared.Engine;
using MedSpark.Shared.Lake;
using MedSpark.Shared.Schemas;
using MedSpark.Udfs.Featurization;
using MedSpark.Udfs.Radiomics;

namespace MedSpark.Jobs;

/// <summary>
/// silver/tensors → features/radiomics through the native library; tensors that fail → quarantine/featurize. The
/// settings (a <c>--feature-settings</c> file with its processing chain, or 32 fixed bins) are recorded in the
/// features commit's commitInfo with their SHA-256, so the table version a model's lineage names also names them.
/// </summary>
public sealed class FeaturizeJob : IJob
{
    /// <summary>Tensors per engine partition: small enough to balance two cores, large enough to amortise the call.</summary>
    private const int TensorsPerPartition = 32;

    /// <summary>commitInfo key of the features table: the settings as <see cref="SettingsFile.ToCanonicalJson"/>.</summary>
    public const string FeatureSettingsKey = "featureSettings";

    /// <summary>commitInfo key: <see cref="SettingsFile.Sha256"/> of the settings.</summary>
    public const string FeatureSettingsHashKey = "featureSettingsSha256";

    /// <summary>commitInfo key: the settings file's name, or "default".</summary>
    public const string FeatureSettingsSourceKey = "featureSettingsSource";

    public string Name => "featurize";

    public string Description => "Extract IBSI radiomics features from every silver tensor with the native medfeat library.";

    public StageSummary Run(JobContext context)
    {
        var summary = new StageSummary(Name);
        var (batch, _) = LakeIo.Read(context, LakeTables.SilverTensors);
        var tensors = RecordMapper<SilverTensor>.Instance.FromBatch(batch);
        var settings = context.Settings.ExtractionSettings;
        var partitions = Partitioned<SilverTensor>.FromList(tensors, Math.Max(1, (tensors.Count + TensorsPerPartition - 1) / TensorsPerPartition));
        var progress = context.Progress.Start("featurize: tensors", tensors.Count);
        var results = context.Engine.RunPartitions(partitions, (_, part) => TensorFeaturizer.Run(part, settings),
            p => progress.Increment(partitions.Partitions[p].Count));
        progress.Complete();

        var schema = TensorFeaturizer.OutputSchema(RadiomicsExtractor.Features);
        var features = ColumnBatch.Concat(schema, results.Select(r => r.Features).ToList());
        var quarantine = results.SelectMany(r => r.Quarantine).ToList();
        summary.Counts.Add(new TableCounts("tensors", tensors.Count, features.RowCount, quarantine.Count));
        summary.Facts.Add(("features per tensor", RadiomicsExtractor.Features.Count.ToString()));
        summary.Facts.Add(("feature values extracted", $"{(long)features.RowCount * RadiomicsExtractor.Features.Count:N0}"));
        summary.Facts.Add(("native library", $"medfeat {RadiomicsExtractor.NativeVersion}"));
        // The settings travel with the table version the models' lineage names: canonical JSON and its hash.
        string hash = SettingsFile.Sha256(settings);
        summary.Facts.Add(("feature settings", $"{context.Settings.FeatureFileName ?? "default (32 fixed bins)"}, sha256 {hash[..12]}"));
        var commitInfo = new Dictionary<string, string>
        {
            [FeatureSettingsKey] = SettingsFile.ToCanonicalJson(settings),
            [FeatureSettingsHashKey] = hash,
            [FeatureSettingsSourceKey] = context.Settings.FeatureFileName ?? "default",
        };
        LakeIo.Overwrite(context, summary, LakeTables.Features, features, commitInfo);
        LakeIo.WriteQuarantine(context, summary, Name, quarantine);
        return summary;
    }
}
