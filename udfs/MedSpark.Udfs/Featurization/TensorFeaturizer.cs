using System.Runtime.InteropServices;
using MedSpark.Shared.Schemas;
using MedSpark.Udfs.Radiomics;

namespace MedSpark.Udfs.Featurization;

/// <summary>
/// The featurize partition function: tensor rows in, one feature row per tensor out. A tensor that cannot be
/// featurized (wrong byte length, missing column, empty mask, NaN in the ROI) becomes a quarantine row with a
/// reason, never an exception: a poison row must not kill a nightly run, and Spark would only retry it.
/// The same function runs in the embedded engine and, through a UDF, on Spark executors.
/// </summary>
public static class TensorFeaturizer
{
    /// <summary>The tensor table's columns (raw and bronze): pixels are float32 little-endian, mask uint8, both x-fastest.</summary>
    public static TableSchema TensorSchema { get; } = new(
        new Field("study_uid", ColumnType.String),
        new Field("series_uid", ColumnType.String),
        new Field("size_x", ColumnType.Int32),
        new Field("size_y", ColumnType.Int32),
        new Field("size_z", ColumnType.Int32),
        new Field("spacing_x", ColumnType.Double),
        new Field("spacing_y", ColumnType.Double),
        new Field("spacing_z", ColumnType.Double),
        new Field("pixels", ColumnType.Binary),
        new Field("mask", ColumnType.Binary));

    /// <summary>Output columns: keys, then one double per feature (column names from the native library).</summary>
    public static TableSchema OutputSchema(IReadOnlyList<FeatureDescriptor> features) => new(
        new[]
        {
            new Field("study_uid", ColumnType.String, Nullable: false),
            new Field("series_uid", ColumnType.String, Nullable: false),
        }.Concat(features.Select(f => new Field(f.ColumnName, ColumnType.Double))));

    /// <summary>Featurizes one batch of tensor rows.</summary>
    /// <param name="tensors">Rows with at least the <see cref="TensorSchema"/> columns; when the rows carry
    /// <c>source_file</c>/<c>source_row</c> provenance columns, quarantine records name those.</param>
    /// <param name="sourceFile">Where the rows came from, for quarantine records (when they carry no provenance).</param>
    /// <param name="firstRow">Row number of the batch's first row within <paramref name="sourceFile"/>.</param>
    /// <param name="settings">Feature settings.</param>
    public static FeaturizeResult Run(ColumnBatch tensors, string sourceFile, long firstRow, FeatureSettings settings)
    {
        var features = RadiomicsExtractor.Features;
        var schema = OutputSchema(features);
        var quarantine = new List<QuarantineRecord>();
        var rows = new List<object?[]>(tensors.RowCount);
        var missing = TensorSchema.Fields.Where(f => tensors.Schema.IndexOf(f.Name) < 0).Select(f => f.Name).ToList();
        if (missing.Count > 0)
        {
            for (int r = 0; r < tensors.RowCount; r++)
                quarantine.Add(Refuse(sourceFile, firstRow + r, null, "missing_column", $"tensor table lacks column(s) {string.Join(", ", missing)}"));
            return new FeaturizeResult(ColumnBatch.Empty(schema), quarantine);
        }

        var study = tensors.Column<string>("study_uid");
        var series = tensors.Column<string>("series_uid");
        var sx = tensors.Column<int?>("size_x");
        var sy = tensors.Column<int?>("size_y");
        var sz = tensors.Column<int?>("size_z");
        var dx = tensors.Column<double?>("spacing_x");
        var dy = tensors.Column<double?>("spacing_y");
        var dz = tensors.Column<double?>("spacing_z");
        var pixels = tensors.Column<byte[]>("pixels");
        var mask = tensors.Column<byte[]>("mask");
        var files = tensors.Schema.IndexOf("source_file") >= 0 ? tensors.Column<string>("source_file") : null;
        var fileRows = tensors.Schema.IndexOf("source_row") >= 0 ? tensors.Column<long?>("source_row") : null;
        for (int r = 0; r < tensors.RowCount; r++)
        {
            long row = fileRows?[r] ?? firstRow + r;
            string file = files?[r] ?? sourceFile;
            string? key = series[r] ?? study[r];
            if (study[r] is null || series[r] is null)
            {
                quarantine.Add(Refuse(file, row, key, "null_required", "study_uid or series_uid is null"));
                continue;
            }
            if (sx[r] is not int nx || sy[r] is not int ny || sz[r] is not int nz || dx[r] is not double spx
                || dy[r] is not double spy || dz[r] is not double spz || pixels[r] is not byte[] px || mask[r] is not byte[] mk)
            {
                quarantine.Add(Refuse(file, row, key, "null_required", "a size, spacing, pixels or mask value is null"));
                continue;
            }
            long voxels = (long)nx * ny * nz;
            if (nx <= 0 || ny <= 0 || nz <= 0 || px.LongLength != voxels * sizeof(float) || mk.LongLength != voxels)
            {
                quarantine.Add(Refuse(file, row, key, "tensor_shape_mismatch",
                    $"size {nx}x{ny}x{nz} needs {voxels * sizeof(float)} pixel bytes and {voxels} mask bytes; got {px.LongLength} and {mk.LongLength}"));
                continue;
            }
            var values = MemoryMarshal.Cast<byte, float>(px);
            if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("Tensor pixels are little-endian float32.");
            var result = RadiomicsUdf.Extract(values, mk, nx, ny, nz, spx, spy, spz, settings, context: $"series {series[r]}");
            if (result.Values is null)
            {
                quarantine.Add(Refuse(file, row, key, "feature_" + (result.ErrorCode ?? "error"), result.ErrorMessage ?? "feature extraction failed"));
                continue;
            }
            var output = new object?[schema.Count];
            output[0] = study[r];
            output[1] = series[r];
            for (int f = 0; f < result.Values.Length; f++) output[2 + f] = result.Values[f];
            rows.Add(output);
        }
        return new FeaturizeResult(ColumnBatch.FromRows(schema, rows), quarantine);
    }

    private static QuarantineRecord Refuse(string file, long row, string? key, string reason, string detail) =>
        new("featurize", "tensors", file, row, key, reason, detail);
}

/// <summary>Feature rows and the tensors refused.</summary>
public sealed record FeaturizeResult(ColumnBatch Features, IReadOnlyList<QuarantineRecord> Quarantine);
