using System.Runtime.InteropServices;
using MedSpark.Shared.Schemas;
using MedSpark.Udfs.Radiomics;

namespace MedSpark.Udfs.Featurization;

/// <summary>
/// The featurize partition function: silver tensors in, one feature row per tensor out. A tensor the native
/// library refuses (shape mismatch, empty mask, NaN in the ROI…) becomes a quarantine row with the library's
/// reason, never an exception: a poison row must not kill a nightly run, and Spark would only retry it.
/// The same function runs in the embedded engine and, through a UDF, on Spark executors.
/// </summary>
public static class TensorFeaturizer
{
    /// <summary>Output columns: keys, then one double per feature (column names from the native library).</summary>
    public static TableSchema OutputSchema(IReadOnlyList<FeatureDescriptor> features) => new(
        new[]
        {
            new Field("study_uid", ColumnType.String, Nullable: false),
            new Field("series_uid", ColumnType.String, Nullable: false),
        }.Concat(features.Select(f => new Field(f.ColumnName, ColumnType.Double))));

    /// <summary>Featurizes tensors (pixels float32 little-endian, mask uint8, both x-fastest).</summary>
    public static FeaturizeResult Run(IReadOnlyList<SilverTensor> tensors, FeatureSettings settings)
    {
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("Tensor pixels are little-endian float32.");
        var schema = OutputSchema(RadiomicsExtractor.Features);
        var quarantine = new List<QuarantineRecord>();
        var rows = new List<object?[]>(tensors.Count);
        foreach (var t in tensors)
        {
            var result = t.Pixels.Length % sizeof(float) == 0
                ? RadiomicsUdf.Extract(MemoryMarshal.Cast<byte, float>(t.Pixels), t.Mask, t.SizeX, t.SizeY, t.SizeZ,
                    t.SpacingX, t.SpacingY, t.SpacingZ, settings, context: $"series {t.SeriesUid}")
                : FeatureResult.Failure("invalid_shape", $"column 'pixels' has {t.Pixels.Length} bytes, not a whole number of float32 values");
            if (result.Values is null)
            {
                quarantine.Add(new QuarantineRecord("featurize", "tensors", t.SourceFile, t.SourceRow, t.SeriesUid,
                    "feature_" + result.ErrorCode, result.ErrorMessage ?? "feature extraction failed"));
                continue;
            }
            var output = new object?[schema.Count];
            output[0] = t.StudyUid;
            output[1] = t.SeriesUid;
            for (int f = 0; f < result.Values.Length; f++) output[2 + f] = result.Values[f];
            rows.Add(output);
        }
        return new FeaturizeResult(ColumnBatch.FromRows(schema, rows), quarantine);
    }
}

/// <summary>Feature rows and the tensors refused.</summary>
public sealed record FeaturizeResult(ColumnBatch Features, IReadOnlyList<QuarantineRecord> Quarantine);
