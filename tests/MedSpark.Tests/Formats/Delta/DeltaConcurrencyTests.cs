using MedSpark.Shared.Formats.Delta;
using MedSpark.Shared.Formats.Delta.Actions;
using MedSpark.Shared.Schemas;
using Xunit;

namespace MedSpark.Tests.Formats.Delta;

/// <summary>
/// Writers on separate threads with separate <see cref="DeltaTable"/> instances share nothing but the store,
/// as separate processes would; the store's put-if-absent (link(2)) is the only arbiter.
/// </summary>
public sealed class DeltaConcurrencyTests
{
    private const string Table = "bronze/events";
    private static readonly TableSchema Schema = new(new Field("writer", ColumnType.Int32), new Field("seq", ColumnType.Int32));

    [Fact]
    public void Write_ConcurrentAppendersCreatingTable_NoLostCommitAndContiguousVersions()
    {
        const int writers = 4;
        const int appendsEach = 8;
        using var lake = new TempLake();
        var versions = new List<long>[writers];
        using var start = new Barrier(writers);

        var threads = Enumerable.Range(0, writers).Select(w => new Thread(() =>
        {
            versions[w] = new List<long>();
            var table = DeltaTable.Open(lake.Store, Table, FakeDataFiles.Codec);
            start.SignalAndWait();
            for (int i = 0; i < appendsEach; i++)
            {
                var batch = ColumnBatch.FromRows(Schema, new[] { new object?[] { w, i } });
                versions[w].Add(table.Write(Schema, new[] { batch }, new DeltaWriteOptions()));
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        var all = versions.SelectMany(v => v).OrderBy(v => v).ToList();
        Assert.Equal(Enumerable.Range(0, writers * appendsEach).Select(v => (long)v), all);
        var final = DeltaTable.Open(lake.Store, Table, FakeDataFiles.Codec);
        Assert.Equal(writers * appendsEach - 1, final.Version);
        var rows = final.Read().SelectMany(b => Enumerable.Range(0, b.RowCount).Select(r => (b.Column<int?>(0)[r], b.Column<int?>(1)[r]))).ToHashSet();
        Assert.Equal(writers * appendsEach, rows.Count);
        Assert.Equal(writers * appendsEach, lake.DataFilesOnDisk(Table).Count);
        // Exactly one commit created the table; racing creators became plain appends.
        int metadataCommits = Enumerable.Range(0, writers * appendsEach)
            .Count(v => lake.CommitLines(Table, v).Any(l => l.StartsWith("{\"metaData\"", StringComparison.Ordinal)));
        Assert.Equal(1, metadataCommits);
    }

    [Fact]
    public void Write_ConcurrentSameTxn_ExactlyOneCommitted()
    {
        const int writers = 4;
        using var lake = new TempLake();
        DeltaTable.Open(lake.Store, Table, FakeDataFiles.Codec).Write(Schema, [], new DeltaWriteOptions());
        using var start = new Barrier(writers);
        var results = new long[writers];

        var threads = Enumerable.Range(0, writers).Select(w => new Thread(() =>
        {
            var table = DeltaTable.Open(lake.Store, Table, FakeDataFiles.Codec);
            start.SignalAndWait();
            var batch = ColumnBatch.FromRows(Schema, new[] { new object?[] { w, 0 } });
            results[w] = table.Write(Schema, new[] { batch }, new DeltaWriteOptions { TxnAppId = "job", TxnVersion = 1 });
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        var final = DeltaTable.Open(lake.Store, Table, FakeDataFiles.Codec);
        Assert.Equal(1, final.Version);
        Assert.All(results, r => Assert.Equal(1, r));
        Assert.Equal(1, final.Read().Sum(b => b.RowCount));
        Assert.Single(lake.DataFilesOnDisk(Table));
    }
}
