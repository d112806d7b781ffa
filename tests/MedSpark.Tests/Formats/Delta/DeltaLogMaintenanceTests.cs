using MedSpark.Shared.Formats.Delta;
using MedSpark.Shared.Formats.Delta.Actions;
using MedSpark.Shared.Lake;
using Xunit;

namespace MedSpark.Tests.Formats.Delta;

/// <summary>
/// What happens around a commit without being part of it: a checkpoint that cannot be written is reported,
/// not fatal; expired log files are cleaned up per PROTOCOL.md "Metadata Cleanup" without losing any
/// version inside the retention window; vacuum removes temporary files a killed writer left behind.
/// Every clock is injected (commit times come from the writers' clocks).
/// </summary>
public sealed class DeltaLogMaintenanceTests
{
    private static string Log(long version, string suffix = ".json") => $"{SiteTable.Path}/_delta_log/{version:D20}{suffix}";

    [Fact]
    public void Write_CheckpointWriteFails_CommitStandsAndWarningNamesVersionAndCause()
    {
        using var lake = new TempLake();
        var store = new CheckpointFailingStore(lake.Store);
        var table = DeltaTable.Open(store, SiteTable.Path, FakeDataFiles.Codec);
        var warnings = new List<string>();
        table.OnWarning = warnings.Add;

        for (int i = 0; i <= 10; i++)
            Assert.Equal(i, table.Write(SiteTable.Schema, [SiteTable.Batch(("s", "u" + i, i))], SiteTable.Options(SiteTable.T0.AddHours(i))));

        Assert.False(lake.Store.Exists(Log(10, ".checkpoint.parquet")));
        var warning = Assert.Single(warnings);
        Assert.Contains("checkpoint of version 10", warning);
        Assert.Contains("disk full (test)", warning);
        Assert.Contains(SiteTable.Path, warning);
        Assert.Equal(11, SiteTable.Rows(SiteTable.Open(lake).Read()).Count);

        // The next interval tries again, and succeeds once the store accepts checkpoints.
        store.Fail = false;
        for (int i = 11; i <= 20; i++) table.Write(SiteTable.Schema, [SiteTable.Batch(("s", "u" + i, i))], SiteTable.Options(SiteTable.T0.AddHours(i)));
        Assert.True(lake.Store.Exists(Log(20, ".checkpoint.parquet")));
        Assert.Single(warnings);
    }

    /// <summary>
    /// 31 commits two days apart (commit v at T0 + 2v days), checkpoints at 10, 20 and 30. After commit 30
    /// (T0 + 60 d) the 30-day window starts at T0 + 30 d: the cut-off commit is 15, the cut-off checkpoint 10.
    /// </summary>
    [Fact]
    public void Write_CheckpointAfterLogRetention_DeletesCommitsBeforeCutOffCheckpointOnly()
    {
        using var lake = new TempLake();
        var table = SiteTable.Open(lake);
        var warnings = new List<string>();
        table.OnWarning = warnings.Add;
        var rowsAt = new List<List<string>>();
        for (int v = 0; v <= 30; v++)
        {
            table.Write(SiteTable.Schema, [SiteTable.Batch(("s" + v % 3, "u" + v, v))], SiteTable.Options(SiteTable.T0.AddDays(2 * v)));
            if (v == 20) Assert.True(lake.Store.Exists(Log(0)), "at version 20 the window (from T0 + 10 d) holds no checkpoint yet: nothing may go");
            rowsAt.Add(SiteTable.Rows(table.Read(version: v)));
        }

        Assert.Empty(warnings);
        for (int v = 0; v < 10; v++) Assert.False(lake.Store.Exists(Log(v)), $"commit {v} is before the cut-off checkpoint 10");
        for (int v = 10; v <= 30; v++) Assert.True(lake.Store.Exists(Log(v)), $"commit {v} must stay");
        foreach (long v in new long[] { 10, 20, 30 }) Assert.True(lake.Store.Exists(Log(v, ".checkpoint.parquet")));

        // Every version from the cut-off checkpoint on reads as it did when it was written; older ones fail clearly.
        var reopened = SiteTable.Open(lake);
        for (int v = 10; v <= 30; v++) Assert.Equal(rowsAt[v], SiteTable.Rows(reopened.Read(version: v)));
        var e = Assert.Throws<DeltaException>(() => reopened.Read(version: 9).ToList());
        Assert.Contains("cleaned up", e.Message);
        // Time travel by timestamp inside the window: at T0 + 31 d, version 15 (committed at T0 + 30 d) was current.
        Assert.Equal(15, reopened.VersionAsOf(SiteTable.T0.AddDays(31)));
        Assert.Equal(rowsAt[15], SiteTable.Rows(reopened.Read(version: reopened.VersionAsOf(SiteTable.T0.AddDays(31)))));
        Assert.Equal(21, reopened.History().Count);
    }

    [Fact]
    public void Vacuum_AfterLogCleanup_KeepsFilesAddedInCleanedUpCommits()
    {
        // Regression: vacuum rebuilt the active files from the JSON commits alone, so files added in commits
        // that log cleanup had removed looked unreferenced and were deleted.
        using var lake = new TempLake();
        var table = SiteTable.Open(lake);
        for (int v = 0; v <= 30; v++) table.Write(SiteTable.Schema, [SiteTable.Batch(("s" + v % 3, "u" + v, v))], SiteTable.Options(SiteTable.T0.AddDays(2 * v)));
        Assert.False(lake.Store.Exists(Log(0)));
        var expected = SiteTable.Rows(table.Read());
        // Every data file is older than the window, so only being referenced keeps it.
        foreach (var f in Directory.GetFiles(Path.Combine(lake.Root, SiteTable.Path), "*.parquet", SearchOption.AllDirectories))
            File.SetLastWriteTimeUtc(f, SiteTable.T0.UtcDateTime);

        var result = table.Vacuum(new DeltaVacuumOptions { Clock = () => SiteTable.T0.AddDays(400) });

        Assert.Empty(result.Files);
        Assert.Equal(31, lake.DataFilesOnDisk(SiteTable.Path).Count);
        Assert.Equal(expected, SiteTable.Rows(SiteTable.Open(lake).Read()));
    }

    /// <summary>Commit v at T0 + v days, checkpoints at 10, 20, 30; the cleanup then runs as of T0 + 30 d.</summary>
    [Theory]
    [InlineData("interval 2 days", null, 20, 21)]   // window from T0 + 28 d: cut-off commit 28, checkpoint 20: commits 0..19 and checkpoint 10 go
    [InlineData("2 days", null, 20, 21)]            // Spark accepts the bare form too
    [InlineData("interval 15 days", null, 10, 10)]  // cut-off commit 15, checkpoint 10: commits 0..9 go
    [InlineData("interval 100 days", null, 0, 0)]   // nothing expired
    [InlineData("interval 2 days", "false", 0, 0)]  // delta.enableExpiredLogCleanup=false
    public void Run_TableRetentionProperties_AreHonoured(string retention, string? enabled, long firstCommitLeft, int deletedFiles)
    {
        using var lake = new TempLake();
        var table = SiteTable.Open(lake);
        table.OnWarning = message => Assert.Fail(message);
        // The default 30 days expire nothing during these writes (the last commit is at T0 + 30 d, the first checkpoint at 10).
        for (int v = 0; v <= 30; v++) table.Write(SiteTable.Schema, [SiteTable.Batch(("s", "u" + v, v))], SiteTable.Options(SiteTable.T0.AddDays(v)));
        var log = new DeltaLogProbe(lake.Store);
        Assert.Equal(0, log.Log.ListVersions()[0]);
        var configuration = new Dictionary<string, string> { [LogCleanup.RetentionProperty] = retention };
        if (enabled is not null) configuration[LogCleanup.EnabledProperty] = enabled;
        var metadata = log.Snapshot().Metadata with { Configuration = configuration };

        var deleted = LogCleanup.Run(log.Log, metadata, SiteTable.T0.AddDays(30).ToUnixTimeMilliseconds());

        Assert.Equal(deletedFiles, deleted.Count);
        Assert.Equal(firstCommitLeft, log.Log.ListVersions()[0]);
        Assert.Equal(31, SiteTable.Rows(SiteTable.Open(lake).Read()).Count);
        Assert.Equal(31 - firstCommitLeft, SiteTable.Open(lake).History().Count);
    }

    [Fact]
    public void Vacuum_TemporaryFilesOfKilledWriter_DeletedOnceOlderThanRetention()
    {
        using var lake = new TempLake();
        var table = SiteTable.Create(lake, SiteTable.Batch(("A", "a1", 1)));
        var now = SiteTable.T0.AddDays(60);
        string dataDir = Path.Combine(lake.Root, SiteTable.Path, "site=A");
        string logDir = Path.Combine(lake.Root, SiteTable.Path, "_delta_log");
        string Plant(string dir, string name, DateTimeOffset modified)
        {
            string path = Path.Combine(dir, name);
            File.WriteAllText(path, "partial bytes of a killed write");
            File.SetLastWriteTimeUtc(path, modified.UtcDateTime);
            return path;
        }
        Plant(dataDir, ".medspark-tmp-0123456789abcdef0123456789abcdef-part-00000.parquet", now.AddDays(-10));
        Plant(logDir, ".medspark-tmp-fedcba9876543210fedcba9876543210-00000000000000000001.json", now.AddDays(-10));
        string live = Plant(dataDir, ".medspark-tmp-00000000000000000000000000000000-part-00001.parquet", now.AddHours(-1));
        // Files the table still uses are old too: only their reference keeps them.
        foreach (var f in Directory.GetFiles(Path.Combine(lake.Root, SiteTable.Path), "*", SearchOption.AllDirectories).Where(f => !f.Contains(".medspark-tmp-")))
            File.SetLastWriteTimeUtc(f, now.AddDays(-30).UtcDateTime);

        var dry = table.Vacuum(new DeltaVacuumOptions { DryRun = true, Clock = () => now });
        Assert.Equal(
            new[] { "_delta_log/.medspark-tmp-fedcba9876543210fedcba9876543210-00000000000000000001.json", "site=A/.medspark-tmp-0123456789abcdef0123456789abcdef-part-00000.parquet" },
            dry.Files);
        Assert.Equal(3, Directory.GetFiles(Path.Combine(lake.Root, SiteTable.Path), ".medspark-tmp-*", SearchOption.AllDirectories).Length);

        var done = table.Vacuum(new DeltaVacuumOptions { Clock = () => now });

        Assert.Equal(dry.Files, done.Files);
        Assert.Equal(new[] { live }, Directory.GetFiles(Path.Combine(lake.Root, SiteTable.Path), ".medspark-tmp-*", SearchOption.AllDirectories));
        Assert.Equal(new[] { "A/a1/1" }, SiteTable.Rows(SiteTable.Open(lake).Read()));
    }

    /// <summary>The table's log and latest snapshot, for calling the cleanup directly.</summary>
    private sealed class DeltaLogProbe(ILakeStore store)
    {
        public DeltaLog Log { get; } = new(store, SiteTable.Path);

        public Snapshot Snapshot() => MedSpark.Shared.Formats.Delta.Snapshot.Load(Log, null)!;
    }

    /// <summary>A local lake whose checkpoint writes fail (as on a full disk) while <see cref="Fail"/> is set.</summary>
    private sealed class CheckpointFailingStore(ILakeStore inner) : ILakeStore
    {
        public bool Fail { get; set; } = true;

        public string Root => inner.Root;

        public bool Exists(string path) => inner.Exists(path);

        public IReadOnlyList<LakeEntry> List(string prefix) => inner.List(prefix);

        public Stream OpenRead(string path) => inner.OpenRead(path);

        public byte[] ReadAllBytes(string path) => inner.ReadAllBytes(path);

        public LakeWriteStream OpenWrite(string path) =>
            Fail && path.Contains(".checkpoint.", StringComparison.Ordinal) ? throw new IOException("disk full (test)") : inner.OpenWrite(path);

        public bool TryCreate(string path, ReadOnlySpan<byte> content) => inner.TryCreate(path, content);

        public void Delete(string path) => inner.Delete(path);
    }
}
