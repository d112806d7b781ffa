using System.Globalization;
using MedSpark.Shared.Cleaning;
using MedSpark.Shared.Formats.Delta;
using MedSpark.Shared.Lake;
using MedSpark.Shared.Modeling;
using MedSpark.Shared.Schemas;

namespace MedSpark.Jobs;

/// <summary>
/// A table the <c>train</c>/<c>score</c> commands read outside the lake: a Delta table directory, a CSV file with a
/// header, or a LIBSVM-format file (<c>label index:value …</c>, 1-based ascending indices, absent = 0; columns
/// <c>label</c>, <c>f1</c> … <c>fD</c>). Every value error names the file, the line (or Delta row) and the column.
/// </summary>
/// <param name="Source">The path as given.</param>
/// <param name="Format">delta, csv or libsvm.</param>
/// <param name="Batch">The rows (CSV columns are double when every non-empty value is a number, else string).</param>
/// <param name="RowNames">Per row, where it came from ("line 12", "row 7").</param>
/// <param name="DeltaVersion">The Delta version read, or null for a plain file.</param>
public sealed record LearnInput(string Source, string Format, ColumnBatch Batch, IReadOnlyList<string> RowNames, long? DeltaVersion)
{
    /// <summary>Reads a table; <paramref name="format"/> is auto, delta, csv or libsvm.</summary>
    /// <exception cref="UsageException">The path does not exist, or the format is unknown or cannot be guessed.</exception>
    /// <exception cref="InvalidDataException">A malformed line (file and line named).</exception>
    public static LearnInput Read(string path, string format = "auto")
    {
        string full = Path.GetFullPath(path);
        if (!File.Exists(full) && !Directory.Exists(full)) throw new UsageException($"Input '{path}' does not exist.");
        format = format.ToLowerInvariant() switch
        {
            "auto" => Directory.Exists(Path.Combine(full, "_delta_log")) ? "delta"
                : Directory.Exists(full) ? throw new UsageException($"Input '{path}' is a directory without _delta_log: not a Delta table.")
                : full.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? "csv" : "libsvm",
            "delta" or "csv" or "libsvm" => format.ToLowerInvariant(),
            _ => throw new UsageException($"Unknown input format '{format}' (auto, delta, csv, libsvm)."),
        };
        return format switch
        {
            "delta" => ReadDelta(path, full),
            "csv" => ReadCsv(path, full),
            _ => ReadLibsvm(path, full),
        };
    }

    private static LearnInput ReadDelta(string path, string full)
    {
        string trimmed = full.TrimEnd(Path.DirectorySeparatorChar);
        var table = DeltaTable.Open(new LocalLakeStore(Path.GetDirectoryName(trimmed)!), Path.GetFileName(trimmed));
        if (!table.Exists) throw new UsageException($"Input '{path}' is not a Delta table.");
        long version = table.Version;
        var batches = table.Read(null, version).ToList();
        var batch = batches.Count == 1 ? batches[0] : ColumnBatch.Concat(table.Schema!, batches);
        return new LearnInput(path, "delta", batch, Enumerable.Range(1, batch.RowCount).Select(i => $"row {i}").ToArray(), version);
    }

    private static LearnInput ReadCsv(string path, string full)
    {
        var lines = CsvText.Parse(File.ReadAllText(full)).ToList();
        if (lines.Count == 0) throw new InvalidDataException($"{path}: empty file (a header line is needed).");
        foreach (var bad in lines.Where(l => l.Error is not null))
            throw new InvalidDataException($"{path}, line {bad.LineNumber}: {bad.Error}");
        var header = lines[0].Fields!;
        var rows = lines.Skip(1).ToList();
        foreach (var row in rows.Where(r => r.Fields!.Count != header.Count))
            throw new InvalidDataException($"{path}, line {row.LineNumber}: {row.Fields!.Count} fields, the header has {header.Count}.");

        var fields = new List<Field>();
        var columns = new List<Array>();
        for (int c = 0; c < header.Count; c++)
        {
            var numbers = new double?[rows.Count];
            bool numeric = true;
            for (int r = 0; r < rows.Count && numeric; r++)
            {
                string text = rows[r].Fields![c].Trim();
                if (text.Length == 0) numbers[r] = null;
                else if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v)) numbers[r] = v;
                else numeric = false;
            }
            fields.Add(new Field(header[c], numeric ? ColumnType.Double : ColumnType.String));
            columns.Add(numeric ? numbers : rows.Select(r => r.Fields![c].Length == 0 ? null : r.Fields![c]).ToArray());
        }
        return new LearnInput(path, "csv", new ColumnBatch(new TableSchema(fields), columns, rows.Count),
            rows.Select(r => $"line {r.LineNumber}").ToArray(), null);
    }

    private static LearnInput ReadLibsvm(string path, string full)
    {
        var labels = new List<double>();
        var sparse = new List<(int Index, double Value)[]>();
        var names = new List<string>();
        int width = 0;
        long lineNumber = 0;
        foreach (string raw in File.ReadLines(full))
        {
            lineNumber++;
            string line = raw.Split('#', 2)[0].Trim();
            if (line.Length == 0) continue;
            var tokens = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (!double.TryParse(tokens[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double label))
                throw new InvalidDataException($"{path}, line {lineNumber}: label '{tokens[0]}' is not a number (LIBSVM lines are 'label index:value …').");
            var entries = new (int, double)[tokens.Length - 1];
            int previous = 0;
            for (int t = 1; t < tokens.Length; t++)
            {
                int colon = tokens[t].IndexOf(':');
                if (colon <= 0
                    || !int.TryParse(tokens[t].AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out int index)
                    || !double.TryParse(tokens[t].AsSpan(colon + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
                    throw new InvalidDataException($"{path}, line {lineNumber}: '{tokens[t]}' is not 'index:value'.");
                if (index <= previous)
                    throw new InvalidDataException($"{path}, line {lineNumber}, column f{index}: indices must be ≥ 1 and ascending (after {previous}).");
                entries[t - 1] = (index, value);
                previous = index;
            }
            width = Math.Max(width, previous);
            labels.Add(label);
            sparse.Add(entries);
            names.Add($"line {lineNumber}");
        }
        var fields = new List<Field> { new("label", ColumnType.Double) };
        var columns = new List<Array> { labels.Select(l => (double?)l).ToArray() };
        var dense = new double?[width][];
        for (int j = 0; j < width; j++)
        {
            fields.Add(new Field($"f{j + 1}", ColumnType.Double));
            dense[j] = new double?[labels.Count];
            Array.Fill(dense[j], 0.0);
            columns.Add(dense[j]);
        }
        for (int r = 0; r < sparse.Count; r++)
            foreach (var (index, value) in sparse[r]) dense[index - 1][r] = value;
        return new LearnInput(path, "libsvm", new ColumnBatch(new TableSchema(fields), columns, labels.Count), names, null);
    }

    /// <summary>
    /// The rows as learner input: <paramref name="features"/> (default: every numeric column but the label) and, when
    /// <paramref name="labelColumn"/> is given, its values mapped to 0/1 — kept as they are when already 0/1, −1 → 0
    /// for ±1, otherwise the smaller of exactly two values → 0.
    /// </summary>
    /// <exception cref="UsageException">A named column is absent or not numeric.</exception>
    /// <exception cref="InvalidDataException">A missing or non-finite value (file, line, column named), or a label column
    /// without exactly two values.</exception>
    public (AssembledRows Rows, string? LabelMapping) Assemble(string? labelColumn, IReadOnlyList<string>? features)
    {
        var schema = Batch.Schema;
        int labelIndex = labelColumn is null ? -1 : Require(labelColumn);
        var names = features ?? FeatureAssembler.NumericColumns(schema, labelColumn is null ? [] : [labelColumn]);
        if (names.Count == 0) throw new UsageException($"{Source}: no numeric feature columns (columns: {string.Join(", ", schema.Fields.Select(f => f.Name))}).");
        var indices = names.Select(Require).ToArray();

        double[]? labels = null;
        string? mapping = null;
        if (labelIndex >= 0)
        {
            var raw = new double[Batch.RowCount];
            for (int r = 0; r < raw.Length; r++) raw[r] = Value(labelIndex, r);
            var distinct = raw.Distinct().Order().ToArray();
            if (distinct.Length != 2)
                throw new InvalidDataException($"{Source}, column '{labelColumn}': a binary label needs exactly two values, found {distinct.Length} ({string.Join(", ", distinct.Take(5).Select(v => v.ToString(CultureInfo.InvariantCulture)))}).");
            double low = distinct[0];
            if (!(distinct[0] == 0 && distinct[1] == 1))
                mapping = string.Create(CultureInfo.InvariantCulture, $"label {distinct[0]} → 0, {distinct[1]} → 1");
            labels = raw.Select(v => v == low ? 0.0 : 1.0).ToArray();
        }

        var rows = new List<TrainingRow>(Batch.RowCount);
        for (int r = 0; r < Batch.RowCount; r++)
        {
            var x = new double[indices.Length];
            for (int j = 0; j < indices.Length; j++) x[j] = Value(indices[j], r);
            rows.Add(new TrainingRow(RowNames[r], null, x, labels?[r]));
        }
        return (new AssembledRows(names, rows, []), mapping);
    }

    private int Require(string column)
    {
        int index = Batch.Schema.IndexOf(column);
        if (index < 0)
            throw new UsageException($"{Source} has no column '{column}' (columns: {string.Join(", ", Batch.Schema.Fields.Select(f => f.Name))}).");
        if (Batch.Schema[index].Type is not (ColumnType.Int32 or ColumnType.Int64 or ColumnType.Float or ColumnType.Double or ColumnType.Boolean))
            throw new UsageException($"{Source}: column '{column}' is {Batch.Schema[index].Type}, not numeric.");
        return index;
    }

    private double Value(int column, int row)
    {
        double? v = Batch.GetValue(column, row) switch
        {
            bool b => b ? 1 : 0,
            int i => i,
            long l => l,
            float f => f,
            double d => d,
            _ => null,
        };
        if (v is double d2 && double.IsFinite(d2)) return d2;
        throw new InvalidDataException($"{Source}, {RowNames[row]}, column '{Batch.Schema[column].Name}': value is {(v is null ? "missing" : v.Value.ToString(CultureInfo.InvariantCulture))}, expected a finite number.");
    }
}
