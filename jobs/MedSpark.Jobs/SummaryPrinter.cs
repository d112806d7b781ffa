using Spectre.Console;

namespace MedSpark.Jobs;

/// <summary>Prints what a run did: per stage, rows read / kept / quarantined, figures, and the tables written.</summary>
public static class SummaryPrinter
{
    public static void Print(IReadOnlyList<StageSummary> stages, string lakeRoot, TimeSpan elapsed)
    {
        var counts = new Table().Title("[bold]Rows per stage[/]")
            .AddColumn("Stage").AddColumn("Table")
            .AddColumn(new TableColumn("Read").RightAligned())
            .AddColumn(new TableColumn("Kept").RightAligned())
            .AddColumn(new TableColumn("Quarantined").RightAligned());
        foreach (var stage in stages)
            foreach (var c in stage.Counts)
                counts.AddRow(stage.Job, c.Table, $"{c.Read:N0}", $"{c.Kept:N0}", $"{c.Quarantined:N0}");
        AnsiConsole.Write(counts);

        var facts = new Table().Title("[bold]Figures[/]").AddColumn("Stage").AddColumn("What").AddColumn("Value");
        foreach (var stage in stages)
            foreach (var (name, value) in stage.Facts)
                facts.AddRow(stage.Job, Markup.Escape(name), Markup.Escape(value));
        if (facts.Rows.Count > 0) AnsiConsole.Write(facts);

        var tables = new Table().Title($"[bold]Delta tables written[/] under {Markup.Escape(lakeRoot)}")
            .AddColumn("Table").AddColumn(new TableColumn("Version").RightAligned()).AddColumn(new TableColumn("Rows").RightAligned());
        foreach (var stage in stages)
            foreach (var (table, version, rows) in stage.Written)
                tables.AddRow(Markup.Escape(table), version.ToString(), $"{rows:N0}");
        AnsiConsole.Write(tables);
        AnsiConsole.MarkupLine($"[green]Done[/] in {elapsed.TotalSeconds:F1} s.");
    }
}
