using MedSpark.Shared.Engine;
using MedSpark.Shared.Lake;
using MedSpark.Shared.Schemas;
using MedSpark.Udfs.Featurization;
using MedSpark.Udfs.Radiomics;

namespace MedSpark.Jobs;

/// <summary>silver/tensors → features/radiomics through the native library; tensors that fail → quarantine/featurize.</summary>
public sealed class FeaturizeJob : IJob
{
    /// <summary>Tensors per engine partition: small enough to balance two cores, large enough to amortise the call.</summary>
    private const int TensorsPerPartition = 32;

    public string Name => "featurize";

    public string Description => "Extract IBSI radiomics features from every silver tensor with the native medfeat library.";

    public StageSummary Run(JobContext context)
    {
        var summary = new StageSummary(Name);
        var (tensors, _) = LakeIo.Read(context, LakeTables.SilverTensors);
        var settings = context.Settings.FeatureSettings;
        var chunks = Enumerable.Range(0, (tensors.RowCount + TensorsPerPartition - 1) / TensorsPerPartition)
            .Select(i => (Start: i * TensorsPerPartition, Batch: tensors.Slice(i * TensorsPerPartition, Math.Min(TensorsPerPartition, tensors.RowCount - i * TensorsPerPartition))))
            .ToList();
        var progress = context.Progress.Start("featurize: tensors", tensors.RowCount);
        var results = context.Engine.RunPartitions(
            new Partitioned<(int Start, ColumnBatch Batch)>(chunks.Select(c => (IReadOnlyList<(int, ColumnBatch)>)new[] { c }).ToList()),
            (_, part) => TensorFeaturizer.Run(part[0].Batch, LakeTables.SilverTensors, part[0].Start, settings),
            p => progress.Increment(chunks[p].Batch.RowCount));
        progress.Complete();

        var schema = TensorFeaturizer.OutputSchema(RadiomicsExtractor.Features);
        var features = ColumnBatch.Concat(schema, results.Select(r => r.Features).ToList());
        var quarantine = results.SelectMany(r => r.Quarantine).ToList();
        summary.Counts.Add(new TableCounts("tensors", tensors.RowCount, features.RowCount, quarantine.Count));
        summary.Facts.Add(("features per tensor", RadiomicsExtractor.Features.Count.ToString()));
        summary.Facts.Add(("feature values extracted", $"{(long)features.RowCount * RadiomicsExtractor.Features.Count:N0}"));
        summary.Facts.Add(("native library", $"medfeat {RadiomicsExtractor.NativeVersion}"));
        LakeIo.Overwrite(context, summary, LakeTables.Features, features);
        LakeIo.WriteQuarantine(context, summary, Name, quarantine);
        return summary;
    }
}
