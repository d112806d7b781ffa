using MedSpark.Shared.Formats.Delta;
using Xunit;

namespace MedSpark.Tests.Formats.Delta;

/// <summary>Upsert by key: updates in place (copy-on-write of touched files only), inserts, key checks.</summary>
public sealed class DeltaMergeTests
{
    private static readonly string[] Keys = { "site", "uid" };

    [Fact]
    public void Merge_MatchedAndNewKeys_UpdatesInsertsAndRewritesOnlyTouchedFiles()
    {
        using var lake = new TempLake();
        var table = SiteTable.Create(lake,
            SiteTable.Batch(("A", "a1", 1), ("A", "a2", 2), ("B", "b1", 3)),
            SiteTable.Batch(("A", "a9", 90)));
        var filesBefore = table.Files().Select(f => f.Path).ToList();

        var result = table.Merge(SiteTable.Schema, new[] { SiteTable.Batch(("A", "a2", 20), ("C", "c1", 7)) }, Keys, SiteTable.Options());

        Assert.Equal(new DeltaMergeResult(2, RowsUpdated: 1, RowsInserted: 1, FilesRewritten: 1), result);
        Assert.Equal(new[] { "A/a1/1", "A/a2/20", "A/a9/90", "B/b1/3", "C/c1/7" }, SiteTable.Rows(table.Read()));
        var after = table.Files().Select(f => f.Path).ToList();
        Assert.DoesNotContain(filesBefore[0], after); // A file holding a2, rewritten
        Assert.Contains(filesBefore[1], after); // B: pruned by partition range
        Assert.Contains(filesBefore[2], after); // A file with a9: read, no key matched, kept
        Assert.Equal("MERGE", table.History()[0].Operation);
    }

    [Fact]
    public void Merge_DuplicateSourceKey_DeltaExceptionAndNoCommit()
    {
        using var lake = new TempLake();
        var table = SiteTable.Create(lake, SiteTable.Batch(("A", "a1", 1)));

        var e = Assert.Throws<DeltaException>(() => table.Merge(SiteTable.Schema, new[] { SiteTable.Batch(("A", "a2", 1), ("A", "a2", 2)) }, Keys));

        Assert.Contains("more than once", e.Message);
        Assert.Equal(0, DeltaTable.Open(lake.Store, SiteTable.Path).Version);
        Assert.Single(lake.DataFilesOnDisk(SiteTable.Path));
    }

    [Fact]
    public void Merge_SameTxnTwice_AppliedOnce()
    {
        using var lake = new TempLake();
        var table = SiteTable.Create(lake, SiteTable.Batch(("A", "a1", 1)));
        var options = SiteTable.Options() with { TxnAppId = "nightly", TxnVersion = 3 };

        table.Merge(SiteTable.Schema, new[] { SiteTable.Batch(("A", "a2", 2)) }, Keys, options);
        var second = table.Merge(SiteTable.Schema, new[] { SiteTable.Batch(("A", "a2", 2)) }, Keys, options);

        Assert.Equal(new DeltaMergeResult(1, 0, 0, 0), second);
        Assert.Equal(new[] { "A/a1/1", "A/a2/2" }, SiteTable.Rows(table.Read()));
    }
}
