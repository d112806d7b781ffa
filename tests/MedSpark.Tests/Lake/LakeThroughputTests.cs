using System.Diagnostics;
using MedSpark.Shared.Lake;
using Xunit;
using Xunit.Abstractions;

namespace MedSpark.Tests.Lake;

/// <summary>
/// Write and read throughput of the two stores on this machine (Azurite over loopback vs local disk), printed
/// to the test output; the assertions are about the bytes and the request count, never the time.
/// <c>MEDSPARK_LAKE_BENCH_MB</c> sets the object size (default 16); docs/benchmarks-lake.md records a 256 MB run.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class LakeThroughputTests(AzuriteServer azurite, ITestOutputHelper output)
{
    [Fact]
    public void WriteThenRead_LocalDiskAndAzurite_SameBytesAndThroughputReported()
    {
        int megabytes = int.TryParse(Environment.GetEnvironmentVariable("MEDSPARK_LAKE_BENCH_MB"), out int mb) && mb > 0 ? mb : 16;
        var data = new byte[megabytes << 20];
        new Random(1).NextBytes(data);
        string localRoot = Path.Combine(Path.GetTempPath(), "medspark-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            var counter = new RequestCountingPolicy();
            Measure("local disk", new LocalLakeStore(localRoot), data, null);
            Measure("Azurite (loopback)", azurite.Open(azurite.NewContainer(), "bench", AzuriteServer.FastRetries with { PerAttemptPolicies = [counter] }), data, counter);
        }
        finally
        {
            Directory.Delete(localRoot, recursive: true);
        }
    }

    private void Measure(string name, ILakeStore store, byte[] data, RequestCountingPolicy? counter)
    {
        var watch = Stopwatch.StartNew();
        using (var w = store.OpenWrite("bench/object.bin"))
        {
            for (int at = 0; at < data.Length; at += 1 << 20) w.Write(data, at, Math.Min(1 << 20, data.Length - at));
        }
        double write = watch.Elapsed.TotalSeconds;
        int writeRequests = counter?.Requests.Count ?? 0;
        counter?.Clear();

        watch.Restart();
        using var copy = new MemoryStream(data.Length);
        using (var r = store.OpenRead("bench/object.bin")) r.CopyTo(copy, 1 << 20);
        double streamRead = watch.Elapsed.TotalSeconds;
        int readRequests = counter?.Requests.Count ?? 0;

        watch.Restart();
        var whole = store.ReadAllBytes("bench/object.bin");
        double wholeRead = watch.Elapsed.TotalSeconds;

        Assert.True(data.AsSpan().SequenceEqual(copy.ToArray()), $"{name}: streamed read differs from what was written");
        Assert.True(data.AsSpan().SequenceEqual(whole), $"{name}: whole read differs from what was written");
        double mb = data.Length / 1048576.0;
        output.WriteLine($"{name}: {mb:N0} MiB; write {mb / write:N0} MiB/s ({writeRequests} requests); " +
                         $"streamed read {mb / streamRead:N0} MiB/s ({readRequests} requests); whole read {mb / wholeRead:N0} MiB/s");
        if (counter is not null)
        {
            // 4 MiB blocks plus one commit; sequential reads double their window up to 4 MiB.
            Assert.Equal((data.Length + (4 << 20) - 1) / (4 << 20) + 1, writeRequests);
            Assert.True(readRequests <= data.Length / (4 << 20) + 8, $"{readRequests} GETs for a sequential read of {mb} MiB");
        }
    }
}
