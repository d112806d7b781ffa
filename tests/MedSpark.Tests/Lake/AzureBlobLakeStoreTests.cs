using Azure.Core;
using Azure.Core.Pipeline;
using MedSpark.Shared.Formats.Parquet;
using MedSpark.Shared.Lake;
using MedSpark.Shared.Schemas;
using Xunit;
using Xunit.Abstractions;

namespace MedSpark.Tests.Lake;

/// <summary>What only the Blob store does: ranged Parquet reads, idempotent conditional create, error messages.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureBlobLakeStoreTests(AzuriteServer azurite, ITestOutputHelper output)
{
    [Fact]
    public void OpenRead_ParquetTwoOfTenColumns_OpenFooterAndOnlyTheNeededChunksFetched()
    {
        var counter = new RequestCountingPolicy();
        var store = azurite.Open(azurite.NewContainer(), "lake", AzuriteServer.FastRetries with { PerAttemptPolicies = [counter] });
        var schema = new TableSchema(Enumerable.Range(0, 10).Select(c => new Field($"c{c}", ColumnType.Double)));
        var random = new Random(3);
        var rows = Enumerable.Range(0, 40_000).Select(_ => Enumerable.Range(0, 10).Select(_ => (object?)random.NextDouble()).ToArray()).ToList();
        using (var w = store.OpenWrite("wide.parquet"))
            ParquetFile.Write(w, schema, [ColumnBatch.FromRows(schema, rows)], new ParquetWriteOptions { Compression = ParquetCompression.Uncompressed, Dictionary = false, RowGroupBytes = 1 << 20 });
        long size = store.List("wide.parquet")[0].Size;

        counter.Clear();
        double[] read;
        int rowGroups;
        using (var r = store.OpenRead("wide.parquet"))
        {
            rowGroups = ParquetFile.ReadMetadata(r).RowGroups.Count;
            r.Seek(0, SeekOrigin.Begin);
            read = ParquetFile.Read(r, ["c2", "c7"]).SelectMany(b => b.Column<double?>(1).Select(v => v!.Value)).ToArray();
        }
        Assert.Equal(rows.Select(row => (double)row[7]!), read);
        var gets = counter.Requests.Where(q => q.Method == "GET").ToList();
        output.WriteLine($"{size:N0}-byte file, {rowGroups} row groups, 2 of 10 columns: {gets.Count} GETs: {string.Join(", ", gets.Select(g => g.Range))}");
        // One GET opens (first window), one fetches the footer window; then one GET per needed chunk (2 columns × row groups),
        // or fewer when a read-ahead window already holds a chunk. Nothing else.
        Assert.Equal(counter.Requests.Count, gets.Count);
        Assert.InRange(gets.Count, 2 + 1, 2 + 2 * rowGroups);
        Assert.True(rowGroups >= 2, $"the file should span several row groups, has {rowGroups}");
    }

    [Fact]
    public void TryCreate_ResponseLostAfterTheServiceCreated_ReportsTrueNotConflict()
    {
        var lose = new LoseFirstResponse(m => m.Request.Method == RequestMethod.Put);
        var store = azurite.Open(azurite.NewContainer(), "lake", AzuriteServer.FastRetries with { PerAttemptPolicies = [lose] });
        Assert.True(store.TryCreate("t/_delta_log/00000000000000000000.json", "commit"u8));
        Assert.True(lose.Lost);
        Assert.False(store.TryCreate("t/_delta_log/00000000000000000000.json", "other"u8));
    }

    [Fact]
    public void ReadAllBytes_ContainerMissing_ErrorNamesOperationBlobAndNoSecret()
    {
        var store = azurite.Open("no-such-container", "lake");
        var e = Assert.Throws<LakeStoreException>(() => store.List("bronze/"));
        Assert.Equal("list", e.Operation);
        Assert.Contains("ContainerNotFound", e.Message);
        Assert.Contains("abfss://no-such-container@devstoreaccount1.dfs.core.windows.net/lake", e.Message);
        Assert.DoesNotContain(AzuriteServer.AccountKey, e.ToString());
    }

    /// <summary>Lets the first selected request reach the service, then loses its response (an I/O error).</summary>
    private sealed class LoseFirstResponse(Func<HttpMessage, bool> applies) : HttpPipelinePolicy
    {
        public bool Lost { get; private set; }

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            ProcessNext(message, pipeline);
            if (Lost || !applies(message)) return;
            Lost = true;
            throw new IOException("injected: response lost");
        }

        public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            Process(message, pipeline);
            return ValueTask.CompletedTask;
        }
    }
}
