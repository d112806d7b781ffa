using System.Diagnostics;
using MedSpark.Shared.Formats.Delta;
using Xunit;

namespace MedSpark.Tests.Formats.Delta;

/// <summary>
/// Kill tests: a child process overwriting the table with Parquet data in a loop is killed (SIGKILL) at
/// seeded points of its run, several times on one table. After each kill every version must read whole and
/// consistent — the state before the interrupted write or after it, never in between — and every file the
/// log references must exist; the leftovers of the interrupted write must be unreferenced (vacuum removes them).
/// </summary>
public sealed class DeltaCrashSafetyTests
{
    private const int Rows = 20_000;

    [Fact]
    public async Task Write_ChildKilledMidWrite_EveryVersionReadsWholeAndConsistent()
    {
        using var lake = new TempLake();
        string app = await DeltaChildProcess.AppAsync();
        var random = new Random(20240101);

        for (int round = 0; round < 3; round++)
        {
            int commitsBeforeKill = random.Next(1, 4);
            using (var child = DeltaChildProcess.Start(app, $"overwrite \"{lake.Root}\""))
            {
                await KillAfterCommitsAsync(child, commitsBeforeKill);
            }
            AssertEveryVersionConsistent(lake);
        }

        var table = DeltaTable.Open(lake.Store, "t");
        var far = lake.Store.List("t/").Max(e => e.LastModified).AddDays(30);
        table.Vacuum(new DeltaVacuumOptions { RetentionHours = 0, Force = true, Clock = () => far });
        var referenced = table.Files().Select(f => Uri.UnescapeDataString(f.Path)).OrderBy(p => p, StringComparer.Ordinal);
        Assert.Equal(referenced, lake.DataFilesOnDisk("t").Where(p => !p.StartsWith(".medspark-tmp-", StringComparison.Ordinal)).OrderBy(p => p, StringComparer.Ordinal));
        Assert.Equal(Rows, table.Read().Sum(b => b.RowCount));
    }

    /// <summary>Lets the child report <paramref name="commits"/> commits, then kills it wherever its next write is.</summary>
    private static async Task KillAfterCommitsAsync(Process child, int commits)
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        for (int seen = 0; seen < commits;)
        {
            string? line = await child.StandardOutput.ReadLineAsync(cancel.Token);
            if (line is null)
                Assert.Fail($"writer exited ({(child.HasExited ? child.ExitCode : -1)}) before {commits} commits: {await child.StandardError.ReadToEndAsync()}");
            seen++;
        }
        child.Kill(entireProcessTree: true);
        await child.WaitForExitAsync(cancel.Token);
    }

    private static void AssertEveryVersionConsistent(TempLake lake)
    {
        var table = DeltaTable.Open(lake.Store, "t");
        Assert.True(table.Exists);
        var seqOf = table.History().ToDictionary(h => h.Version, h => long.Parse(h.Extra["seq"]));
        for (long v = 0; v <= table.Version; v++)
        {
            foreach (var file in table.Files(v))
                Assert.True(lake.Store.Exists("t/" + Uri.UnescapeDataString(file.Path)), $"version {v} references missing file {file.Path}");
            var batches = table.Read(version: v).ToList();
            var seq = batches.SelectMany(b => b.Column<long?>("seq")).ToList();
            var rows = batches.SelectMany(b => b.Column<long?>("row")).Select(r => r!.Value).OrderBy(r => r);
            Assert.True(seq.Count == Rows, $"version {v} has {seq.Count} rows, expected {Rows}");
            Assert.All(seq, s => Assert.Equal(seqOf[v], s));
            Assert.Equal(Enumerable.Range(0, Rows).Select(r => (long)r), rows);
        }
    }
}
