using MedSpark.Shared.Formats.Delta;
using Xunit;

namespace MedSpark.Tests.Formats.Delta;

/// <summary>OPTIMIZE bin-packing: small files of one partition become one, rows unchanged, dataChange=false.</summary>
public sealed class DeltaOptimizeTests
{
    [Fact]
    public void Optimize_SmallFilesPerPartition_CompactedWithDataChangeFalse()
    {
        using var lake = new TempLake();
        var table = SiteTable.Create(lake,
            SiteTable.Batch(("A", "a1", 1), ("B", "b1", 2)),
            SiteTable.Batch(("A", "a2", 3)),
            SiteTable.Batch(("A", "a3", 4)));
        var rowsBefore = SiteTable.Rows(table.Read());
        var bFile = table.Files().Single(f => f.PartitionValues["site"] == "B").Path;

        var result = table.Optimize(new DeltaOptimizeOptions { TargetFileBytes = 1 << 20, Clock = () => SiteTable.T0.AddDays(1) });

        Assert.Equal(new DeltaOptimizeResult(3, FilesRemoved: 3, FilesAdded: 1), result);
        Assert.Equal(rowsBefore, SiteTable.Rows(table.Read()));
        Assert.Equal(2, table.Files().Count);
        Assert.Contains(bFile, table.Files().Select(f => f.Path)); // a lone file is never rewritten
        var lines = lake.CommitLines(SiteTable.Path, 3);
        Assert.All(lines.Where(l => l.StartsWith("{\"add\"", StringComparison.Ordinal) || l.StartsWith("{\"remove\"", StringComparison.Ordinal)),
            l => Assert.Contains("\"dataChange\":false", l));
        Assert.Equal("OPTIMIZE", table.History()[0].Operation);
        Assert.Equal(new DeltaOptimizeResult(3, 0, 0), table.Optimize(new DeltaOptimizeOptions { TargetFileBytes = 1 << 20 }));
    }

    [Fact]
    public void Optimize_FilesAboveTarget_LeftAlone()
    {
        using var lake = new TempLake();
        var table = SiteTable.Create(lake, SiteTable.Batch(("A", "a1", 1)), SiteTable.Batch(("A", "a2", 3)));

        var result = table.Optimize(new DeltaOptimizeOptions { TargetFileBytes = 1 });

        Assert.Equal(new DeltaOptimizeResult(1, 0, 0), result);
    }
}
