using System.CommandLine;
using MedSpark.Shared.Formats;
using MedSpark.Shared.Formats.Delta;
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
        var cat = new Command("cat", "Print the table's rows as JSON lines.") { table, Program.LakeOption, version, ColumnsOption, LimitOption };
        cat.SetAction(parse => Program.Guard(() =>
        {
            var delta = OpenTable(parse.GetValue(Program.LakeOption)!, parse.GetValue(table)!);
            WriteRows(delta.Read(Columns(parse), parse.GetValue(version)), parse.GetValue(LimitOption));
            return Program.ExitOk;
        }));
        return new Command("delta", "Inspect Delta tables.") { history, cat };
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
            foreach (var f in info.Schema.Fields) grid.AddRow(Markup.Escape(f.Name), f.Type.ToString(), f.Nullable ? "yes" : "no");
            AnsiConsole.Write(grid);
            AnsiConsole.MarkupLine($"{info.RowCount:N0} rows in {info.RowGroups.Count} row group(s).");
            return Program.ExitOk;
        }));
        var cat = new Command("cat", "Print the file's rows as JSON lines.") { file, ColumnsOption, LimitOption };
        cat.SetAction(parse => Program.Guard(() =>
        {
            using var stream = OpenFile(parse.GetValue(file)!);
            WriteRows(ParquetFile.Read(stream, Columns(parse)), parse.GetValue(LimitOption));
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
