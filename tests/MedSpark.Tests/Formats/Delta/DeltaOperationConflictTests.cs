using MedSpark.Shared.Formats.Delta;
using MedSpark.Shared.Formats.Delta.Predicates;
using Xunit;

namespace MedSpark.Tests.Formats.Delta;

/// <summary>
/// A concurrent append lands while a delete or merge is writing its files (injected through the data file
/// codec): it commits on top when the append cannot touch the rows decided on, and fails cleanly when it can.
/// </summary>
public sealed class DeltaOperationConflictTests
{
    private static DeltaTable WithConcurrentAppend(TempLake lake, (string Site, string Uid, long N) row)
    {
        bool done = false;
        return DeltaTable.Open(lake.Store, SiteTable.Path, FakeDataFiles.With(_ =>
        {
            if (done) return;
            done = true;
            SiteTable.Open(lake).Write(SiteTable.Schema, new[] { SiteTable.Batch(row) }, SiteTable.Options());
        }));
    }

    [Fact]
    public void Delete_ConcurrentAppendOutsidePredicate_CommitsAfterIt()
    {
        using var lake = new TempLake();
        SiteTable.Create(lake, SiteTable.Batch(("A", "a1", 1), ("A", "a2", 2)));
        var table = WithConcurrentAppend(lake, ("B", "b1", 50));

        long version = table.Delete(DeltaPredicate.Parse("n = 2"));

        Assert.Equal(2, version);
        Assert.Equal(new[] { "A/a1/1", "B/b1/50" }, SiteTable.Rows(table.Read()));
    }

    [Fact]
    public void Delete_ConcurrentAppendMatchingPredicate_ConflictAndNoOrphan()
    {
        using var lake = new TempLake();
        SiteTable.Create(lake, SiteTable.Batch(("A", "a1", 1), ("A", "a2", 2)));
        var table = WithConcurrentAppend(lake, ("B", "b1", 2));

        var e = Assert.Throws<DeltaConcurrentModificationException>(() => table.Delete(DeltaPredicate.Parse("n = 2")));

        Assert.Contains("added rows this operation's predicate may match", e.Message);
        Assert.Equal(1, DeltaTable.Open(lake.Store, SiteTable.Path).Version);
        Assert.Equal(2, lake.DataFilesOnDisk(SiteTable.Path).Count); // the rewritten file was deleted again
    }

    [Fact]
    public void Merge_ConcurrentAppendInKeyRange_Conflict()
    {
        using var lake = new TempLake();
        SiteTable.Create(lake, SiteTable.Batch(("A", "a1", 1)));
        var table = WithConcurrentAppend(lake, ("A", "a1", 9));

        Assert.Throws<DeltaConcurrentModificationException>(() =>
            table.Merge(SiteTable.Schema, new[] { SiteTable.Batch(("A", "a1", 5)) }, new[] { "site", "uid" }));
        Assert.Equal(1, DeltaTable.Open(lake.Store, SiteTable.Path).Version);
    }
}
