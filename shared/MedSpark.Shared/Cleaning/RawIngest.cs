using System.Globalization;
using System.Text;
using MedSpark.Shared.Engine;
using MedSpark.Shared.Formats.Parquet;
using MedSpark.Shared.Lake;
using MedSpark.Shared.Schemas;

namespace MedSpark.Shared.Cleaning;

/// <summary>
/// Reads the raw zone (CSV and Parquet files under <c>raw/</c>) into bronze batches: the expected columns
/// enforced, values kept as read, each row stamped with its file and row. Whatever cannot be read becomes a
/// quarantine record naming the file and line; nothing is dropped silently and nothing is repaired.
/// </summary>
public static class RawIngest
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Reads every raw file, one file per engine partition. <paramref name="progress"/> receives
    /// ("ingest", files done, files total).
    /// </summary>
    public static IngestOutput Run(IEngine engine, ILakeStore store, Action<string, long, long>? progress = null) =>
        Run(engine, store, progress, stream => ParquetFile.Read(stream));

    /// <summary>As <see cref="Run(IEngine, ILakeStore, Action{string, long, long}?)"/> with the Parquet decoder injected (tests).</summary>
    internal static IngestOutput Run(IEngine engine, ILakeStore store, Action<string, long, long>? progress,
        Func<Stream, IEnumerable<ColumnBatch>> readParquet)
    {
        var jobs = RawTable.All
            .SelectMany(t => store.List(t.Prefix).Select(e => (Table: t, e.Path)))
            .Where(j => !IsHidden(j.Path))
            .ToList();
        long done = 0;
        progress?.Invoke("ingest", 0, jobs.Count);
        // One file per partition: files are the natural unit of parallel reading, as in Spark's file scan.
        var input = new Partitioned<(RawTable Table, string Path)>(jobs.Select(j => (IReadOnlyList<(RawTable, string)>)[j]).ToArray());
        var results = engine.RunPartitions(input, (_, files) => files.Select(f => ReadFile(store, f.Item1, f.Item2, readParquet)).ToList(),
            _ => progress?.Invoke("ingest", Interlocked.Increment(ref done), jobs.Count));
        var all = results.SelectMany(r => r).ToList();

        ColumnBatch Bronze(RawTable t) => ColumnBatch.FromRows(t.BronzeSchema,
            all.Where(r => r.Table == t).SelectMany(r => r.Rows).ToList());
        return new IngestOutput(
            Bronze(RawTable.ImagingMetadata),
            Bronze(RawTable.Outcomes),
            Bronze(RawTable.Covariates),
            Bronze(RawTable.Tensors),
            all.SelectMany(r => r.Quarantine).ToList());
    }

    /// <summary>Reads one CSV text as a file of <paramref name="table"/> (exposed for tests and tools).</summary>
    internal static (List<object?[]> Rows, List<QuarantineRecord> Quarantine) ReadCsv(RawTable table, string path, string text)
    {
        var rows = new List<object?[]>();
        var quarantine = new List<QuarantineRecord>();
        using var lines = CsvText.Parse(text).GetEnumerator();
        if (!lines.MoveNext())
        {
            quarantine.Add(FileError(table, path, QuarantineReasons.UnreadableFile, "file is empty (no header line)"));
            return (rows, quarantine);
        }
        var header = lines.Current;
        if (header.Fields is null)
        {
            quarantine.Add(FileError(table, path, QuarantineReasons.UnreadableFile, $"header line {header.LineNumber}: {header.Error}"));
            return (rows, quarantine);
        }
        var names = header.Fields.Select(h => h.Trim().ToLowerInvariant()).ToList();
        var map = ColumnMap(table, names, path, out var refusal);
        if (refusal is not null)
        {
            quarantine.Add(refusal);
            return (rows, quarantine);
        }
        while (lines.MoveNext())
        {
            var line = lines.Current;
            string? error = line.Error;
            if (error is null && line.Fields!.Count != names.Count)
                error = $"line has {line.Fields.Count} fields, header has {names.Count}";
            if (error is not null)
            {
                // The line text is not quoted back: it may hold a patient id.
                quarantine.Add(new QuarantineRecord(QuarantineReasons.IngestStage, table.Name, path, line.LineNumber, null,
                    QuarantineReasons.MalformedCsv, error));
                continue;
            }
            var row = new object?[table.BronzeSchema.Count];
            for (int c = 0; c < table.DataColumnCount; c++)
                row[c] = map[c] < 0 ? null : line.Fields![map[c]];
            row[^2] = path;
            row[^1] = line.LineNumber;
            rows.Add(row);
        }
        return (rows, quarantine);
    }

    private static bool IsHidden(string path)
    {
        string name = path[(path.LastIndexOf('/') + 1)..];
        return name.StartsWith('_') || name.StartsWith('.');
    }

    private static FileResult ReadFile(ILakeStore store, RawTable table, string path, Func<Stream, IEnumerable<ColumnBatch>> readParquet)
    {
        try
        {
            if (path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            {
                string text = StrictUtf8.GetString(store.ReadAllBytes(path));
                if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
                var (rows, quarantine) = ReadCsv(table, path, text);
                return new FileResult(table, rows, quarantine);
            }
            if (path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase))
                return ReadParquet(store, table, path, readParquet);
            return new FileResult(table, [], [FileError(table, path, QuarantineReasons.UnreadableFile, "unsupported file type (expected .csv or .parquet)")]);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or DecoderFallbackException or NotSupportedException or FormatException or InvalidCastException or OverflowException)
        {
            return new FileResult(table, [], [FileError(table, path, QuarantineReasons.UnreadableFile, $"{e.GetType().Name}: {e.Message}")]);
        }
    }

    private static FileResult ReadParquet(ILakeStore store, RawTable table, string path, Func<Stream, IEnumerable<ColumnBatch>> readParquet)
    {
        var rows = new List<object?[]>();
        using var stream = store.OpenRead(path);
        long rowIndex = 0;
        int[]? map = null;
        foreach (var batch in readParquet(stream))
        {
            if (map is null)
            {
                map = ColumnMap(table, batch.Schema.Fields.Select(f => f.Name.ToLowerInvariant()).ToList(), path, out var refusal);
                if (refusal is not null) return new FileResult(table, [], [refusal]);
            }
            for (int r = 0; r < batch.RowCount; r++, rowIndex++)
            {
                var row = new object?[table.BronzeSchema.Count];
                for (int c = 0; c < table.DataColumnCount; c++)
                    row[c] = map[c] < 0 ? null : Coerce(batch.GetValue(map[c], r), table.BronzeSchema[c]);
                row[^2] = path;
                row[^1] = rowIndex;
                rows.Add(row);
            }
        }
        return new FileResult(table, rows, []);
    }

    /// <summary>For each bronze data column, its position in the file (-1 when an optional column is absent).</summary>
    private static int[] ColumnMap(RawTable table, IReadOnlyList<string> names, string path, out QuarantineRecord? refusal)
    {
        refusal = null;
        var duplicated = names.GroupBy(n => n).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicated.Count > 0)
        {
            refusal = FileError(table, path, QuarantineReasons.UnreadableFile, $"duplicate column(s) in header: {string.Join(", ", duplicated)}");
            return [];
        }
        var missing = table.RequiredColumns.Where(c => !names.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            refusal = FileError(table, path, QuarantineReasons.MissingColumn, $"required column(s) missing: {string.Join(", ", missing)}; file not read");
            return [];
        }
        var map = new int[table.DataColumnCount];
        for (int c = 0; c < map.Length; c++) map[c] = IndexOf(names, table.BronzeSchema[c].Name);
        return map;
    }

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (int i = 0; i < names.Count; i++) if (names[i] == name) return i;
        return -1;
    }

    /// <summary>A Parquet value in the bronze column's type: strings keep the invariant text of typed values.</summary>
    private static object? Coerce(object? value, Field field) => value switch
    {
        null => null,
        _ when field.Type == ColumnType.String => value switch
        {
            string s => s,
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateTime t => t.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture),
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            float f => f.ToString("R", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => throw new InvalidCastException($"column '{field.Name}' holds {value.GetType().Name}, expected text"),
        },
        _ when field.Type == ColumnType.Int32 => Convert.ToInt32(value, CultureInfo.InvariantCulture),
        _ when field.Type == ColumnType.Double => Convert.ToDouble(value, CultureInfo.InvariantCulture),
        byte[] b when field.Type == ColumnType.Binary => b,
        _ => throw new InvalidCastException($"column '{field.Name}' holds {value.GetType().Name}, expected {field.Type}"),
    };

    private static QuarantineRecord FileError(RawTable table, string path, string reason, string detail) =>
        new(QuarantineReasons.IngestStage, table.Name, path, null, null, reason, detail);

    private sealed record FileResult(RawTable Table, List<object?[]> Rows, List<QuarantineRecord> Quarantine);
}
