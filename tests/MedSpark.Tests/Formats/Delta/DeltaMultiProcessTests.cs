using MedSpark.Shared.Formats.Delta;
using Xunit;

namespace MedSpark.Tests.Formats.Delta;

/// <summary>
/// Writers in separate OS processes (<see cref="DeltaChildProcess"/>). Children write commits without data
/// files (empty batches), so they exercise the commit protocol alone.
/// </summary>
public sealed class DeltaMultiProcessTests
{
    private const int Processes = 2;
    private const int CommitsEach = 10;

    [Fact]
    public async Task Write_TwoProcessesAppending_NoLostCommitAndContiguousVersions()
    {
        using var lake = new TempLake();
        string app = await DeltaChildProcess.AppAsync();

        var children = Enumerable.Range(0, Processes)
            .Select(p => DeltaChildProcess.Start(app, $"append \"{lake.Root}\" {CommitsEach} p{p}"))
            .ToList();
        var stdout = new List<string>();
        foreach (var process in children)
        {
            using (process)
            {
                var (output, error) = await DeltaChildProcess.WaitAsync(process, TimeSpan.FromMinutes(3));
                Assert.True(process.ExitCode == 0, $"writer process failed ({process.ExitCode}): {output}\n{error}");
                stdout.Add(output);
            }
        }

        var table = DeltaTable.Open(lake.Store, "t");
        Assert.Equal(Processes * CommitsEach - 1, table.Version);
        var history = table.History();
        var writes = history.Where(h => h.Extra.ContainsKey("writer")).Select(h => $"{h.Extra["writer"]}/{h.Extra["seq"]}").OrderBy(s => s, StringComparer.Ordinal).ToList();
        var expected = Enumerable.Range(0, Processes).SelectMany(p => Enumerable.Range(0, CommitsEach).Select(i => $"p{p}/{i}")).OrderBy(s => s, StringComparer.Ordinal).ToList();
        Assert.Equal(expected, writes);
        var reported = stdout.SelectMany(o => o.Split('\n', StringSplitOptions.RemoveEmptyEntries)).Select(long.Parse).OrderBy(v => v);
        Assert.Equal(Enumerable.Range(0, Processes * CommitsEach).Select(v => (long)v), reported);
    }
}
