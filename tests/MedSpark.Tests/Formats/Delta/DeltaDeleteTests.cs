using MedSpark.Shared.Formats.Delta;
using MedSpark.Shared.Formats.Delta.Predicates;
using Xunit;

namespace MedSpark.Tests.Formats.Delta;

/// <summary>DELETE WHERE: which files are skipped, removed unread or rewritten, and what the log records.</summary>
public sealed class DeltaDeleteTests
{
    [Fact]
    public void Delete_PartitionPredicate_RemovesFilesUnread()
    {
        using var lake = new TempLake();
        var table = SiteTable.Create(lake, SiteTable.Batch(("A", "a1", 1), ("B", "b1", 2)), SiteTable.Batch(("B", "b2", 3)));

        long version = table.Delete(DeltaPredicate.Parse("site = 'B'"), SiteTable.Options(SiteTable.T0.AddDays(1)));

        Assert.Equal(2, version);
        Assert.Equal(new[] { "A/a1/1" }, SiteTable.Rows(table.Read()));
        var info = table.History()[0];
        Assert.Equal("DELETE", info.Operation);
        Assert.Equal("0", info.OperationMetrics["numFilesScanned"]);
        Assert.Equal("2", info.OperationMetrics["numRemovedFiles"]);
        Assert.Equal("0", info.OperationMetrics["numAddedFiles"]);
        Assert.Equal(new[] { "A/a1/1", "B/b1/2", "B/b2/3" }, SiteTable.Rows(table.Read(version: 1)));
    }

    [Fact]
    public void Delete_DataPredicate_RewritesOnlyFilesWhoseStatsMayMatch()
    {
        using var lake = new TempLake();
        var table = SiteTable.Create(lake, SiteTable.Batch(("A", "a1", 1), ("A", "a2", 2)), SiteTable.Batch(("A", "a3", 10), ("A", "a4", 11)));
        var untouched = table.Files()[0].Path;

        table.Delete(DeltaPredicate.Parse("n >= 11"), SiteTable.Options());

        Assert.Equal(new[] { "A/a1/1", "A/a2/2", "A/a3/10" }, SiteTable.Rows(table.Read()));
        var info = table.History()[0];
        Assert.Equal("1", info.OperationMetrics["numFilesScanned"]);
        Assert.Equal("1", info.OperationMetrics["numDeletedRows"]);
        Assert.Equal("1", info.OperationMetrics["numCopiedRows"]);
        Assert.Contains(untouched, table.Files().Select(f => f.Path));
        Assert.Equal("n >= 11", info.OperationParameters["predicate"]);
    }

    [Fact]
    public void Delete_NothingMatches_NoCommit()
    {
        using var lake = new TempLake();
        var table = SiteTable.Create(lake, SiteTable.Batch(("A", "a1", 1)));

        Assert.Equal(0, table.Delete(DeltaPredicate.Parse("n > 100 OR site = 'Z'")));
        Assert.Equal(0, table.Delete(DeltaPredicate.Parse("n = 5"))); // stats may match? no: 5 outside [1,1]
        Assert.Single(table.History());
    }

    [Fact]
    public void Delete_NullRows_KeptUnlessPredicateIsTrue()
    {
        using var lake = new TempLake();
        var table = SiteTable.Open(lake);
        var batch = MedSpark.Shared.Schemas.ColumnBatch.FromRows(SiteTable.Schema, new[] { new object?[] { "A", "x", null }, new object?[] { "A", "y", 2L }, new object?[] { "A", "z", 3L } });
        table.Write(SiteTable.Schema, new[] { batch }, SiteTable.Options());

        table.Delete(DeltaPredicate.Parse("n <> 3"));

        Assert.Equal(new[] { "A/x/", "A/z/3" }, SiteTable.Rows(table.Read()));
    }

    [Fact]
    public void Delete_MissingTable_DeltaException()
    {
        using var lake = new TempLake();
        var missing = SiteTable.Open(lake);
        var e = Assert.Throws<DeltaException>(() => missing.Delete(DeltaPredicate.Parse("n = 1")));
        Assert.Contains("does not exist", e.Message);
    }
}
