using MedSpark.Shared.Formats.Delta;
using MedSpark.Shared.Formats.Delta.Predicates;
using MedSpark.Shared.Schemas;
using Xunit;

namespace MedSpark.Tests.Formats.Delta;

/// <summary>Overwrite by partition predicate (replaceWhere) and schema evolution (MergeSchema).</summary>
public sealed class DeltaOverwriteAndSchemaTests
{
    [Fact]
    public void Write_OverwriteReplaceWhere_ReplacesOnlySelectedPartitions()
    {
        using var lake = new TempLake();
        var table = SiteTable.Create(lake, SiteTable.Batch(("A", "a1", 1), ("B", "b1", 2), ("C", "c1", 3)));

        table.Write(SiteTable.Schema, new[] { SiteTable.Batch(("B", "b2", 20)) },
            SiteTable.Options() with { Mode = DeltaWriteMode.Overwrite, ReplaceWhere = DeltaPredicate.Parse("site = 'B' OR site = 'C'") });

        Assert.Equal(new[] { "A/a1/1", "B/b2/20" }, SiteTable.Rows(table.Read()));
        Assert.Equal("(site = 'B' OR site = 'C')", table.History()[0].OperationParameters["predicate"]);
    }

    [Fact]
    public void Write_ReplaceWhereRowOutsidePredicate_DeltaExceptionAndNothingWritten()
    {
        using var lake = new TempLake();
        var table = SiteTable.Create(lake, SiteTable.Batch(("A", "a1", 1), ("B", "b1", 2)));

        var e = Assert.Throws<DeltaException>(() => table.Write(SiteTable.Schema, new[] { SiteTable.Batch(("A", "a2", 5)) },
            SiteTable.Options() with { Mode = DeltaWriteMode.Overwrite, ReplaceWhere = DeltaPredicate.Parse("site = 'B'") }));
        var onData = Assert.Throws<DeltaException>(() => table.Write(SiteTable.Schema, new[] { SiteTable.Batch(("B", "b2", 5)) },
            SiteTable.Options() with { Mode = DeltaWriteMode.Overwrite, ReplaceWhere = DeltaPredicate.Parse("n = 5") }));

        Assert.Contains("does not satisfy ReplaceWhere", e.Message);
        Assert.Contains("only use partition columns", onData.Message);
        Assert.Equal(0, DeltaTable.Open(lake.Store, SiteTable.Path).Version);
        Assert.Equal(2, lake.DataFilesOnDisk(SiteTable.Path).Count);
    }

    [Fact]
    public void Write_MergeSchemaAddsNullableColumn_OldRowsReadNull()
    {
        using var lake = new TempLake();
        var table = SiteTable.Create(lake, SiteTable.Batch(("A", "a1", 1)));
        var wider = new TableSchema(SiteTable.Schema.Fields.Append(new Field("score", ColumnType.Double)));
        var batch = ColumnBatch.FromRows(wider, new[] { new object?[] { "A", "a2", 2L, 0.5 } });

        Assert.Throws<DeltaException>(() => table.Write(wider, new[] { batch }, SiteTable.Options()));
        table.Write(wider, new[] { batch }, SiteTable.Options() with { MergeSchema = true });

        Assert.Equal(wider, table.Schema);
        var rows = table.Read(new[] { "uid", "score" }).SelectMany(b => Enumerable.Range(0, b.RowCount).Select(r => $"{b.GetValue(0, r)}={b.GetValue(1, r)}"))
            .OrderBy(s => s, StringComparer.Ordinal);
        Assert.Equal(new[] { "a1=", "a2=0.5" }, rows);
        // An append of the old schema after evolution fills the new column with null.
        table.Write(SiteTable.Schema, new[] { SiteTable.Batch(("A", "a3", 3)) }, SiteTable.Options() with { MergeSchema = true });
        Assert.Equal(3, table.Read().Sum(b => b.RowCount));
    }

    [Fact]
    public void Write_MergeSchemaRequiredNewColumn_DeltaExceptionNamesColumn()
    {
        using var lake = new TempLake();
        var table = SiteTable.Create(lake, SiteTable.Batch(("A", "a1", 1)));
        var wider = new TableSchema(SiteTable.Schema.Fields.Append(new Field("score", ColumnType.Double, Nullable: false)));

        var e = Assert.Throws<DeltaException>(() => table.Write(wider, Array.Empty<ColumnBatch>(), SiteTable.Options() with { MergeSchema = true }));

        Assert.Contains("new column 'score' must be nullable", e.Message);
    }
}
