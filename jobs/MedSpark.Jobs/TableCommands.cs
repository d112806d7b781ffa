using System.CommandLine;
using System.Globalization;
using MedSpark.Shared.Formats;
using MedSpark.Shared.Formats.Delta;
using MedSpark.Shared.Formats.Delta.Predicates;
using MedSpark.Shared.Formats.Parquet;
using MedSpark.Shared.Lake;
using MedSpark.Shared.Schemas;
using Spectre.Console;

namespace MedSpark.Jobs;

/// <summary><c>medspark delta …</c> and <c>medspark parquet …</c>: look inside what the jobs wrote.</summary>
public static class TableCommands
{
    private static readonly Option<int?> LimitOption = new("--limit") { Description = "At most this many rows." };
    private static readonly Option<string?> ColumnsOption = new("--columns") { Description = "Comma-separated columns to show." };
    private static readonly Option<bool> JsonOption = new("--json") { Description = "Rows as JSON lines (the output format of cat; accepted for clarity in scripts)." };

    public static Command Delta()
    {
        var table = new Argument<string>("table") { Description = "Table path under the lake root, e.g. gold/recovery_scores." };
        var history = new Command("history", "List the table's commits.") { table, Program.LakeOption };
        history.SetAction(parse => Program.Guard(() =>
        {
            var delta = OpenTable(parse.GetValue(Program.LakeOption)!, parse.GetValue(table)!);
            var grid = new Table().AddColumn("Version").AddColumn("Timestamp").AddColumn("Operation").AddColumn("Parameters");
            foreach (var commit in delta.History())
                grid.AddRow(commit.Version.ToString(),
                    commit.Timestamp is long ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms).ToString("u") : "",
                    Markup.Escape(commit.Operation ?? ""),
                    Markup.Escape(string.Join(", ", commit.OperationParameters.Select(p => $"{p.Key}={p.Value}"))));
            AnsiConsole.Write(grid);
            return Program.ExitOk;
        }));

        var version = new Option<long?>("--version") { Description = "Read the table as of this version (time travel)." };
        var timestamp = new Option<string?>("--timestamp") { Description = "Read the table as of this time (ISO-8601, UTC unless an offset is given)." };
        var catWhere = new Option<string?>("--where") { Description = "Only rows where this predicate is true, e.g. \"site = 'A' AND n >= 10\"." };
        var cat = new Command("cat", "Print the table's rows as JSON lines.") { table, Program.LakeOption, version, timestamp, JsonOption, catWhere, ColumnsOption, LimitOption };
        cat.SetAction(parse => Program.Guard(() =>
        {
            var delta = OpenTable(parse.GetValue(Program.LakeOption)!, parse.GetValue(table)!);
            long? asOf = parse.GetValue(version);
            if (parse.GetValue(timestamp) is { } text)
            {
                if (asOf is not null) throw new UsageException("Give --version or --timestamp, not both.");
                asOf = delta.VersionAsOf(ParseTimestamp(text));
            }
            WriteRows(delta.Read(Columns(parse), asOf, Predicate(parse.GetValue(catWhere))), parse.GetValue(LimitOption));
            return Program.ExitOk;
        }));

        var retainHours = new Option<double>("--retain-hours") { Description = "Keep files of versions current within this many hours (default 168; less needs --force).", DefaultValueFactory = _ => DeltaVacuumOptions.DefaultRetentionHours };
        var dryRun = new Option<bool>("--dry-run") { Description = "List the files that would be deleted, delete nothing." };
        var force = new Option<bool>("--force") { Description = "Allow a retention below 168 hours." };
        var vacuum = new Command("vacuum", "Delete data files no retained version references.") { table, Program.LakeOption, retainHours, dryRun, force };
        vacuum.SetAction(parse => Program.Guard(() =>
        {
            var delta = OpenTable(parse.GetValue(Program.LakeOption)!, parse.GetValue(table)!);
            var result = delta.Vacuum(new DeltaVacuumOptions { RetentionHours = parse.GetValue(retainHours), DryRun = parse.GetValue(dryRun), Force = parse.GetValue(force) });
            foreach (var file in result.Files) Console.WriteLine(file);
            Console.Error.WriteLine($"{(result.DryRun ? "would delete" : "deleted")} {result.Files.Count} file(s); versions {result.OldestRetainedVersion}..{delta.Version} stay readable");
            return Program.ExitOk;
        }));

        var targetMb = new Option<long>("--target-mb") { Description = "Compact files smaller than this many MiB into files of about this size (default 128).", DefaultValueFactory = _ => 128 };
        var optimize = new Command("optimize", "Bin-pack small files per partition (rows unchanged).") { table, Program.LakeOption, targetMb };
        optimize.SetAction(parse => Program.Guard(() =>
        {
            var delta = OpenTable(parse.GetValue(Program.LakeOption)!, parse.GetValue(table)!);
            long mb = parse.GetValue(targetMb);
            if (mb <= 0) throw new UsageException("--target-mb must be positive.");
            var result = delta.Optimize(new DeltaOptimizeOptions { TargetFileBytes = mb * 1024 * 1024 });
            Console.WriteLine($"version {result.Version}: {result.FilesRemoved} file(s) compacted into {result.FilesAdded}");
            return Program.ExitOk;
        }));

        var deleteWhere = new Option<string>("--where") { Description = "Delete the rows where this predicate is true.", Required = true };
        var delete = new Command("delete", "Delete rows by predicate (rewrites only files that may match).") { table, Program.LakeOption, deleteWhere };
        delete.SetAction(parse => Program.Guard(() =>
        {
            var delta = OpenTable(parse.GetValue(Program.LakeOption)!, parse.GetValue(table)!);
            long before = delta.Version;
            long after = delta.Delete(Predicate(parse.GetValue(deleteWhere))!);
            Console.WriteLine(after == before ? $"no row matched; version {after} unchanged" : $"version {after}: {delta.History()[0].OperationMetrics.GetValueOrDefault("numDeletedRows", "?")} row(s) deleted");
            return Program.ExitOk;
        }));
        return new Command("delta", "Inspect and maintain Delta tables.") { history, cat, vacuum, optimize, delete };
    }

    public static Command Parquet()
    {
        var file = new Argument<string>("file") { Description = "A Parquet file: a local path, or abfss://, wasbs:// or https:// (read by byte ranges)." };
        var schema = new Command("schema", "Print the file's schema, row groups and statistics.") { file };
        schema.SetAction(parse => Program.Guard(() =>
        {
            using var stream = OpenFile(parse.GetValue(file)!);
            var info = ParquetFile.ReadMetadata(stream);
            var grid = new Table().AddColumn("Column").AddColumn("Type").AddColumn("Nullable");
            foreach (var f in info.Schema.Fields) grid.AddRow(Markup.Escape(f.Name), Markup.Escape(f.TypeName), f.Nullable ? "yes" : "no");
            AnsiConsole.Write(grid);
            AnsiConsole.MarkupLine($"{info.RowCount:N0} rows in {info.RowGroups.Count} row group(s).");
            return Program.ExitOk;
        }));
        var cat = new Command("cat", "Print the file's rows as JSON lines.") { file, JsonOption, ColumnsOption, LimitOption };
        cat.SetAction(parse => Program.Guard(() =>
        {
            using var stream = OpenFile(parse.GetValue(file)!);
            WriteRows(ParquetFile.ReadReusingArrays(stream, Columns(parse)), parse.GetValue(LimitOption));
            return Program.ExitOk;
        }));
        return new Command("parquet", "Inspect Parquet files.") { schema, cat };
    }

    private static IReadOnlyList<string>? Columns(ParseResult parse) =>
        parse.GetValue(ColumnsOption)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static DeltaTable OpenTable(string lake, string path)
    {
        var store = Program.OpenStore(lake);
        var table = DeltaTable.Open(store, path);
        if (!table.Exists) throw new UsageException($"No Delta table at '{path}' under '{store.Root}'.");
        return table;
    }

    private static DeltaPredicate? Predicate(string? text)
    {
        if (text is null) return null;
        try
        {
            return DeltaPredicate.Parse(text);
        }
        catch (FormatException e)
        {
            throw new UsageException(e.Message);
        }
    }

    private static DateTimeOffset ParseTimestamp(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t)
            ? t
            : throw new UsageException($"--timestamp '{text}' is not an ISO-8601 time such as 2024-01-31T12:00:00Z.");

    /// <summary>A local Parquet file, or one object of an Azure lake (abfss://, wasbs://, https://) read by ranges.</summary>
    private static Stream OpenFile(string path)
    {
        LakeLocation location;
        try
        {
            location = LakeLocation.Parse(path);
        }
        catch (FormatException e)
        {
            throw new UsageException($"File '{LakeUri.Redact(path)}': {e.Message}");
        }
        if (location.Kind == LakeLocationKind.Local)
            return File.Exists(location.LocalPath) ? File.OpenRead(location.LocalPath) : throw new UsageException($"File '{path}' does not exist.");
        try
        {
            return LakeStores.Open(location.ContainerRoot()).OpenRead(location.Prefix);
        }
        catch (InvalidOperationException e)
        {
            throw new UsageException($"File '{location.Display}': {e.Message}");
        }
        catch (FileNotFoundException)
        {
            throw new UsageException($"File '{location.Display}' does not exist.");
        }
    }

    private static void WriteRows(IEnumerable<ColumnBatch> batches, int? limit)
    {
        using var stdout = Console.OpenStandardOutput();
        long left = limit ?? long.MaxValue;
        foreach (var batch in batches)
        {
            if (left <= 0) break;
            int take = (int)Math.Min(batch.RowCount, left);
            RowJson.Write(stdout, batch, take);
            left -= take;
        }
    }
}
