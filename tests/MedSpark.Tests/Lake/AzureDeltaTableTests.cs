using MedSpark.Shared.Formats.Delta;
using MedSpark.Shared.Lake;
using MedSpark.Shared.Schemas;
using Xunit;

namespace MedSpark.Tests.Lake;

/// <summary>
/// Delta tables committed to Azure Blob Storage (Azurite) with real Parquet data files: racing committers,
/// a flaky service, and a service that refuses for good.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureDeltaTableTests(AzuriteServer azurite)
{
    private const string Table = "bronze/events";
    private static readonly TableSchema Schema = new(new Field("writer", ColumnType.Int32), new Field("seq", ColumnType.Int32), new Field("note", ColumnType.String));

    [Fact]
    public void Write_TwoConcurrentCommitters_NoLostCommitAndContiguousVersions()
    {
        const int appendsEach = 6;
        string container = azurite.NewContainer();
        var versions = new List<long>[2];
        using var start = new Barrier(2);
        var threads = Enumerable.Range(0, 2).Select(w => new Thread(() =>
        {
            // Separate stores and tables: the writers share nothing but the container, as two clusters would.
            var table = DeltaTable.Open(azurite.Open(container), Table);
            versions[w] = new List<long>();
            start.SignalAndWait();
            for (int i = 0; i < appendsEach; i++) versions[w].Add(table.Write(Schema, [Batch(w, i)], new DeltaWriteOptions()));
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Assert.Equal(Enumerable.Range(0, 2 * appendsEach).Select(v => (long)v), versions.SelectMany(v => v).Order());
        var final = DeltaTable.Open(azurite.Open(container), Table);
        Assert.Equal(2 * appendsEach - 1, final.Version);
        var expected = Enumerable.Range(0, 2).SelectMany(w => Enumerable.Range(0, appendsEach).Select(i => (w, i))).ToHashSet();
        Assert.Equal(expected, Rows(final).Select(r => (r.Writer, r.Seq)).ToHashSet());
        Assert.Equal(2 * appendsEach, Rows(final).Count);
    }

    [Fact]
    public void Write_TransientFaultsOnAFifthOfRequests_SameTableAsWithoutFaults()
    {
        string container = azurite.NewContainer();
        var faults = new FaultInjectionPolicy(rate: 0.2, seed: 20261121);
        var flaky = azurite.Open(container, "lake", AzuriteServer.FastRetries with { PerAttemptPolicies = [faults], BlockSize = 16 << 10 });
        var table = DeltaTable.Open(flaky, Table);
        for (int i = 0; i < 8; i++) Assert.Equal(i, table.Write(Schema, [Batch(i % 2, i, rows: 2_000)], new DeltaWriteOptions()));
        Assert.Equal(8, table.Write(Schema, [Batch(9, 9, rows: 500)], new DeltaWriteOptions { Mode = DeltaWriteMode.Overwrite }));
        var readThroughFaults = Rows(DeltaTable.Open(flaky, Table));

        var clean = DeltaTable.Open(azurite.Open(container), Table);
        Assert.Equal(8, clean.Version);
        var rows = Rows(clean);
        Assert.Equal(Enumerable.Range(0, 500).Select(r => (9, 9, $"row {r} of writer 9")).ToHashSet(), rows.ToHashSet());
        Assert.Equal(500, rows.Count);
        Assert.Equal(rows, readThroughFaults);
        // Every append landed exactly once: version v holds v + 1 batches, none lost and none committed twice.
        for (int v = 0; v < 8; v++) Assert.Equal(2_000 * (v + 1), Rows(clean, v).Count);
        Assert.True(faults.LostResponses > 0 && faults.Busy503 > 0 && faults.Internal500 > 0,
            $"faults injected: {faults.Busy503}×503, {faults.Internal500}×500, {faults.LostResponses} lost responses");
    }

    [Fact]
    public void Write_PermanentFaultOnCommit_ClearErrorAndTableStaysAtPreviousVersion()
    {
        string container = azurite.NewContainer();
        var refuse = new PermanentFaultPolicy(m => m.Request.Method == Azure.Core.RequestMethod.Put && m.Request.Uri.Path.Contains("/_delta_log/", StringComparison.Ordinal));
        var store = azurite.Open(container, "lake", AzuriteServer.FastRetries with { PerAttemptPolicies = [refuse] });
        var table = DeltaTable.Open(store, Table);
        Assert.Equal(0, table.Write(Schema, [Batch(1, 1)], new DeltaWriteOptions()));
        refuse.Armed = true;

        var e = Assert.Throws<LakeStoreException>(() => table.Write(Schema, [Batch(2, 2)], new DeltaWriteOptions()));
        Assert.Equal("create-if-absent", e.Operation);
        Assert.Equal($"{Table}/_delta_log/00000000000000000001.json", e.ObjectPath);
        Assert.Contains("403 AuthorizationPermissionMismatch", e.Message);
        Assert.Contains($"abfss://{container}@{AzuriteServer.Account}.dfs.core.windows.net/lake", e.Message);
        Assert.DoesNotContain(AzuriteServer.AccountKey, e.ToString());

        var after = DeltaTable.Open(azurite.Open(container), Table);
        Assert.Equal(0, after.Version);
        Assert.Equal([(1, 1)], Rows(after).Select(r => (r.Writer, r.Seq)).Order());
        // The refused write's data file was removed again: only version 0's file remains.
        var dataFiles = azurite.Open(container).List(Table + "/").Where(f => !f.Path.Contains("/_delta_log/", StringComparison.Ordinal)).ToList();
        Assert.Single(dataFiles);
    }

    private static ColumnBatch Batch(int writer, int seq, int rows = 1) =>
        ColumnBatch.FromRows(Schema, Enumerable.Range(0, rows).Select(r => new object?[] { writer, seq, $"row {r} of writer {writer}" }).ToList());

    private static List<(int Writer, int Seq, string Note)> Rows(DeltaTable table, long? version = null) =>
        table.Read(null, version).SelectMany(b => Enumerable.Range(0, b.RowCount).Select(r => (b.Column<int?>(0)[r]!.Value, b.Column<int?>(1)[r]!.Value, b.Column<string?>(2)[r]!))).ToList();
}
