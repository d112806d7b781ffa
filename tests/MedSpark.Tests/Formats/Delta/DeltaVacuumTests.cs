using MedSpark.Shared.Formats.Delta;
using Xunit;

namespace MedSpark.Tests.Formats.Delta;

/// <summary>
/// VACUUM against the retention window. Commit timestamps come from the writers' injected clock; the vacuum
/// clock is placed relative to the files' own modification times, so no test depends on the wall clock.
/// </summary>
public sealed class DeltaVacuumTests
{
    /// <summary>A table whose version 0 (file a1, committed at 2024-01-01) stayed current until now−1 day, when an overwrite replaced it.</summary>
    private static (DeltaTable Table, DateTimeOffset Now, string OldFile) Setup(TempLake lake)
    {
        var table = SiteTable.Open(lake);
        table.Write(SiteTable.Schema, new[] { SiteTable.Batch(("A", "a1", 1)) }, SiteTable.Options());
        string oldFile = Uri.UnescapeDataString(table.Files()[0].Path);
        var now = lake.Store.List(SiteTable.Path + "/").Max(e => e.LastModified).AddDays(30);
        table.Write(SiteTable.Schema, new[] { SiteTable.Batch(("A", "a2", 2)) }, SiteTable.Options(now.AddDays(-1)) with { Mode = DeltaWriteMode.Overwrite });
        return (table, now, oldFile);
    }

    [Fact]
    public void Vacuum_RetentionBelowSevenDays_RefusedUnlessForced()
    {
        using var lake = new TempLake();
        var (table, now, _) = Setup(lake);

        var e = Assert.Throws<DeltaException>(() => table.Vacuum(new DeltaVacuumOptions { RetentionHours = 1, Clock = () => now }));

        Assert.Contains("below the safe minimum of 168 hours", e.Message);
        Assert.Equal(2, lake.DataFilesOnDisk(SiteTable.Path).Count);
    }

    [Fact]
    public void Vacuum_VersionCurrentInsideWindow_KeepsItsFiles()
    {
        using var lake = new TempLake();
        var (table, now, _) = Setup(lake);

        var result = table.Vacuum(new DeltaVacuumOptions { Clock = () => now });

        Assert.Empty(result.Files);
        Assert.Equal(0, result.OldestRetainedVersion);
        Assert.Equal(new[] { "A/a1/1" }, SiteTable.Rows(table.Read(version: 0)));
    }

    [Fact]
    public void Vacuum_DryRunThenRun_DeletesOnlyFilesOfVersionsBeforeWindowAndOldOrphans()
    {
        using var lake = new TempLake();
        var (table, now, oldFile) = Setup(lake);
        File.WriteAllText(Path.Combine(lake.Root, SiteTable.Path, "site=A", "orphan.parquet"), "left by a killed writer");
        File.SetLastWriteTimeUtc(Path.Combine(lake.Root, SiteTable.Path, "site=A", "orphan.parquet"), now.AddDays(-20).UtcDateTime);
        File.WriteAllText(Path.Combine(lake.Root, SiteTable.Path, "site=A", "inflight.parquet"), "a concurrent writer's uncommitted file");
        File.SetLastWriteTimeUtc(Path.Combine(lake.Root, SiteTable.Path, "site=A", "inflight.parquet"), now.AddHours(-1).UtcDateTime);
        var options = new DeltaVacuumOptions { RetentionHours = 12, Force = true, Clock = () => now };

        var dry = table.Vacuum(options with { DryRun = true });
        Assert.Equal(new[] { oldFile, "site=A/orphan.parquet" }.OrderBy(s => s, StringComparer.Ordinal), dry.Files);
        Assert.Equal(4, lake.DataFilesOnDisk(SiteTable.Path).Count);

        var done = table.Vacuum(options);

        Assert.Equal(dry.Files, done.Files);
        Assert.Equal(1, done.OldestRetainedVersion);
        Assert.Equal(new[] { "A/a2/2" }, SiteTable.Rows(table.Read()));
        Assert.Contains("site=A/inflight.parquet", lake.DataFilesOnDisk(SiteTable.Path));
        Assert.Equal(2, lake.DataFilesOnDisk(SiteTable.Path).Count);
    }
}
