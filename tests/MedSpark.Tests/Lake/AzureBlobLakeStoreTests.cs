using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Storage.Sas;
using MedSpark.Shared.Formats.Delta;
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
        Assert.Empty(store.List("bronze/"));
        Assert.False(store.Exists("bronze/x.parquet"));
        var e = Assert.Throws<LakeStoreException>(() => store.ReadAllBytes("bronze/x.parquet"));
        Assert.Equal("read", e.Operation);
        Assert.Contains("ContainerNotFound (the container does not exist)", e.Message);
        Assert.Contains("abfss://no-such-container@devstoreaccount1.dfs.core.windows.net/lake", e.Message);
        Assert.DoesNotContain(AzuriteServer.AccountKey, e.ToString());
        Assert.Equal("read", Assert.Throws<LakeStoreException>(() => store.OpenRead("bronze/x.parquet")).Operation);
    }

    [Fact]
    public void Write_ContainerAbsent_CreatedByTheFirstWriteAndTableReadsBack()
    {
        string container = azurite.NewContainer(create: false);
        var table = DeltaTable.Open(azurite.Open(container, "lake"), "bronze/events");
        Assert.False(table.Exists);
        Assert.False(azurite.ContainerExists(container));

        Assert.Equal(0, table.Write(Schema, [Batch(3)], new DeltaWriteOptions()));

        Assert.True(azurite.ContainerExists(container));
        Assert.Equal([0, 1, 2], DeltaTable.Open(azurite.Open(container, "lake"), "bronze/events").Read().SelectMany(b => b.Column<int?>(0)).Select(v => v!.Value));
    }

    [Fact]
    public void Write_ContainerAbsentAndSasMayNotCreateContainers_ErrorNamesContainerAndOperationWithoutSas()
    {
        string container = azurite.NewContainer(create: false);
        // A SAS for this container alone: it may list and write its blobs, not create it.
        string sas = AzuriteServer.ContainerSas(container, BlobContainerSasPermissions.All);
        var store = LakeStores.Open(LakeLocation.Parse(azurite.PathStyleUrl(container, "lake", sas)), _ => null, AzuriteServer.FastRetries);

        var e = Assert.Throws<LakeStoreException>(() => DeltaTable.Open(store, "bronze/events").Write(Schema, [Batch(3)], new DeltaWriteOptions()));

        Assert.True(e.Operation.StartsWith("write", StringComparison.Ordinal), e.ToString());
        Assert.StartsWith("bronze/events/", e.ObjectPath, StringComparison.Ordinal);
        Assert.Contains($"the container '{container}' does not exist and the credential may not create it (HTTP 403", e.Message);
        Assert.Contains($"{azurite.BlobEndpoint}/{container}/lake", e.Message);
        string signature = Uri.UnescapeDataString(sas.Split('&').Single(p => p.StartsWith("sig=", StringComparison.Ordinal))[4..]);
        Assert.DoesNotContain(signature, e.ToString());
        Assert.DoesNotContain(Uri.EscapeDataString(signature), e.ToString());
        Assert.False(azurite.ContainerExists(container));
    }

    private static readonly TableSchema Schema = new(new Field("n", ColumnType.Int32));

    private static ColumnBatch Batch(int rows) => ColumnBatch.FromRows(Schema, Enumerable.Range(0, rows).Select(r => new object?[] { r }).ToList());

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
