using MedSpark.Shared.Schemas;

namespace MedSpark.Shared.Modeling;

/// <summary>
/// Turns table rows into feature vectors: numeric columns (integer, float, double, boolean) in a fixed order.
/// A row with a missing or non-finite feature is quarantined (reason <c>missing_feature</c>, naming the column)
/// rather than imputed silently; with a label column, a row without a 0/1 label is quarantined (<c>missing_label</c>).
/// </summary>
public static class FeatureAssembler
{
    /// <summary>The numeric columns of a schema, except those named, in schema order.</summary>
    public static IReadOnlyList<string> NumericColumns(TableSchema schema, IEnumerable<string> except)
    {
        var skip = new HashSet<string>(except, StringComparer.Ordinal);
        return schema.Fields
            .Where(f => !skip.Contains(f.Name) && f.Type is ColumnType.Int32 or ColumnType.Int64 or ColumnType.Float or ColumnType.Double or ColumnType.Boolean)
            .Select(f => f.Name)
            .ToList();
    }

    public static AssembledRows Assemble(ColumnBatch batch, IReadOnlyList<string> featureColumns, string keyColumn,
        string? patientKeyColumn, string? labelColumn, string stage, string sourceTable)
    {
        var features = featureColumns.Select(name => (Name: name, Index: batch.Schema.Require(name))).ToArray();
        foreach (var (name, index) in features)
        {
            if (batch.Schema[index].Type is ColumnType.String or ColumnType.Binary or ColumnType.Date or ColumnType.Timestamp)
                throw new ArgumentException($"Feature column '{name}' of {sourceTable} is {batch.Schema[index].Type}, not numeric.");
        }
        var keys = batch.Column<string>(keyColumn);
        var patients = patientKeyColumn is null ? null : batch.Column<string>(patientKeyColumn);
        int labelIndex = labelColumn is null ? -1 : batch.Schema.Require(labelColumn);
        var rows = new List<TrainingRow>(batch.RowCount);
        var quarantine = new List<QuarantineRecord>();
        for (int r = 0; r < batch.RowCount; r++)
        {
            string key = keys[r] ?? "";
            var vector = new double[features.Length];
            string? missing = null;
            for (int f = 0; f < features.Length && missing is null; f++)
            {
                double? value = ToDouble(batch.GetValue(features[f].Index, r));
                if (value is double v && double.IsFinite(v)) vector[f] = v;
                else missing = features[f].Name;
            }
            if (missing is not null)
            {
                quarantine.Add(new QuarantineRecord(stage, sourceTable, sourceTable, null, key, "missing_feature", $"column '{missing}' is null or not finite"));
                continue;
            }
            double? label = labelIndex < 0 ? null : ToDouble(batch.GetValue(labelIndex, r));
            if (labelIndex >= 0 && label is not (0.0 or 1.0))
            {
                quarantine.Add(new QuarantineRecord(stage, sourceTable, sourceTable, null, key, "missing_label", $"column '{labelColumn}' is {label?.ToString() ?? "null"}, expected 0 or 1"));
                continue;
            }
            rows.Add(new TrainingRow(key, patients?[r], vector, label));
        }
        return new AssembledRows(featureColumns, rows, quarantine);
    }

    private static double? ToDouble(object? value) => value switch
    {
        null => null,
        bool b => b ? 1 : 0,
        int i => i,
        long l => l,
        float f => f,
        double d => d,
        _ => null,
    };
}

/// <summary>Feature vectors ready for the learner, and the rows that could not be used.</summary>
public sealed record AssembledRows(IReadOnlyList<string> FeatureNames, IReadOnlyList<TrainingRow> Rows, IReadOnlyList<QuarantineRecord> Quarantine);
