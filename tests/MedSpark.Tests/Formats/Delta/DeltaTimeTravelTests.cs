using MedSpark.Shared.Formats.Delta;
using Xunit;

namespace MedSpark.Tests.Formats.Delta;

/// <summary>TIMESTAMP AS OF: commit timestamps from the injected clock.</summary>
public sealed class DeltaTimeTravelTests
{
    [Fact]
    public void VersionAsOf_BetweenAndAtCommits_VersionCurrentThen()
    {
        using var lake = new TempLake();
        var table = SiteTable.Create(lake, SiteTable.Batch(("A", "a1", 1)), SiteTable.Batch(("A", "a2", 2)), SiteTable.Batch(("A", "a3", 3)));

        Assert.Equal(0, table.VersionAsOf(SiteTable.T0));
        Assert.Equal(0, table.VersionAsOf(SiteTable.T0.AddMinutes(59)));
        Assert.Equal(1, table.VersionAsOf(SiteTable.T0.AddHours(1)));
        Assert.Equal(2, table.VersionAsOf(SiteTable.T0.AddYears(5)));
        Assert.Equal(new[] { "A/a1/1", "A/a2/2" }, SiteTable.Rows(table.Read(version: table.VersionAsOf(SiteTable.T0.AddMinutes(90)))));
    }

    [Fact]
    public void VersionAsOf_BeforeFirstCommit_DeltaExceptionNamesFirstCommit()
    {
        using var lake = new TempLake();
        var table = SiteTable.Create(lake, SiteTable.Batch(("A", "a1", 1)));

        var e = Assert.Throws<DeltaException>(() => table.VersionAsOf(SiteTable.T0.AddSeconds(-1)));

        Assert.Contains("before the first commit (2024-01-01T00:00:00.000Z, version 0)", e.Message);
        using var empty = new TempLake();
        Assert.Throws<DeltaException>(() => SiteTable.Open(empty).VersionAsOf(SiteTable.T0));
    }
}
