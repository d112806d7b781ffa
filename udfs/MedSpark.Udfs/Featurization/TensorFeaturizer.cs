using System.Runtime.InteropServices;
using MedSpark.Shared.Schemas;
using MedSpark.Udfs.Imaging;
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

    /// <summary>Featurizes tensors (pixels float32 little-endian, mask uint8, both x-fastest) without processing them first.</summary>
    public static FeaturizeResult Run(IReadOnlyList<SilverTensor> tensors, FeatureSettings settings) =>
        Run(tensors, new ExtractionSettings(PreprocessingSettings.None, settings));

    /// <summary>
    /// Featurizes tensors after the settings' processing chain (interpolation, re-segmentation; skipped when it is the
    /// identity). A tensor the chain refuses (e.g. re-segmentation empties its ROI) is quarantined like any other.
    /// </summary>
    public static FeaturizeResult Run(IReadOnlyList<SilverTensor> tensors, ExtractionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("Tensor pixels are little-endian float32.");
        var schema = OutputSchema(RadiomicsExtractor.Features);
        var quarantine = new List<QuarantineRecord>();
        var rows = new List<object?[]>(tensors.Count);
        // One native workspace for the partition: its images reuse the library's working memory.
        using var workspace = new RadiomicsWorkspace();
        foreach (var t in tensors)
        {
            var result = t.Pixels.Length % sizeof(float) == 0
                ? Extract(t, settings, workspace)
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

    private static FeatureResult Extract(SilverTensor t, ExtractionSettings settings, RadiomicsWorkspace workspace)
    {
        string context = $"series {t.SeriesUid}";
        var pixels = MemoryMarshal.Cast<byte, float>(t.Pixels);
        if (settings.Preprocessing.IsIdentity)
        {
            return RadiomicsUdf.Extract(pixels, t.Mask, t.SizeX, t.SizeY, t.SizeZ, t.SpacingX, t.SpacingY, t.SpacingZ, settings.Features, context, workspace);
        }

        PreprocessedImage ready;
        try
        {
            ready = ImagePreprocessor.Run(pixels, t.Mask, new VolumeShape(t.SizeX, t.SizeY, t.SizeZ), t.SpacingX, t.SpacingY, t.SpacingZ,
                settings.Preprocessing, context);
        }
        catch (MedFeatException e) when (e.Status != MedFeatStatus.NoMemory)
        {
            return FeatureResult.Failure(e.ErrorCode, e.Message);
        }

        return RadiomicsUdf.Extract(ready.Values, ready.Mask, ready.Shape.Nx, ready.Shape.Ny, ready.Shape.Nz,
            ready.SpacingX, ready.SpacingY, ready.SpacingZ, settings.Features, context, workspace);
    }
}

/// <summary>Feature rows and the tensors refused.</summary>
public sealed record FeaturizeResult(ColumnBatch Features, IReadOnlyList<QuarantineRecord> Quarantine);
