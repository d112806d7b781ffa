using MedSpark.Shared.Formats.Delta;
using MedSpark.Shared.Formats.Delta.Actions;
using MedSpark.Shared.Schemas;
using Xunit;

namespace MedSpark.Tests.Formats.Delta;

/// <summary>Write semantics on the log, with data files through <see cref="FakeDataFiles"/>.</summary>
public sealed class DeltaTableWriteTests
{
    private const string Table = "silver/studies";

    private static readonly TableSchema Schema = new(new Field("study_uid", ColumnType.String), new Field("slices", ColumnType.Int64));

    private static ColumnBatch Batch(params (string Uid, long Slices)[] rows) =>
        ColumnBatch.FromRows(Schema, rows.Select(r => new object?[] { r.Uid, r.Slices }).ToList());

    private static List<string> Uids(DeltaTable table, long? version = null) =>
        table.Read(version: version).SelectMany(b => b.Column<string>("study_uid")).Select(u => u!).OrderBy(u => u, StringComparer.Ordinal).ToList();

    private static readonly DeltaWriteOptions Append = new() { Clock = () => new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero) };

    [Fact]
    public void Write_AppendTwice_VersionsAndRowsAccumulate()
    {
        using var lake = new TempLake();
        var table = DeltaTable.Open(lake.Store, Table, FakeDataFiles.Codec);

        Assert.Equal(0, table.Write(Schema, new[] { Batch(("a", 1)) }, Append));
        Assert.Equal(1, table.Write(Schema, new[] { Batch(("b", 2), ("c", 3)) }, Append));

        Assert.Equal(1, table.Version);
        Assert.Equal(new[] { "a", "b", "c" }, Uids(table));
        Assert.Equal(new[] { "a" }, Uids(table, version: 0));
        var history = table.History();
        Assert.Equal(new long[] { 1, 0 }, history.Select(h => h.Version));
        Assert.Equal(0, history[0].ReadVersion);
        Assert.All(history, h => Assert.Equal("WRITE", h.Operation));
    }

    [Fact]
    public void Write_Overwrite_HidesOldFilesAndLogsRemoves()
    {
        using var lake = new TempLake();
        var table = DeltaTable.Open(lake.Store, Table, FakeDataFiles.Codec);
        table.Write(Schema, new[] { Batch(("a", 1)) }, Append);
        table.Write(Schema, new[] { Batch(("b", 2)) }, Append);
        var before = table.Files().Select(f => f.Path).ToList();

        long version = table.Write(Schema, new[] { Batch(("z", 9)) }, Append with { Mode = DeltaWriteMode.Overwrite });

        Assert.Equal(2, version);
        Assert.Equal(new[] { "z" }, Uids(table));
        Assert.Equal(new[] { "a", "b" }, Uids(table, version: 1));
        var lines = lake.CommitLines(Table, 2);
        foreach (var path in before)
            Assert.Contains(lines, l => l.StartsWith("{\"remove\":{\"path\":\"" + path + "\",\"deletionTimestamp\":1704067200000,\"dataChange\":true", StringComparison.Ordinal));
        Assert.Contains("\"isBlindAppend\":false", lines[0]);
        Assert.Equal(3, lake.DataFilesOnDisk(Table).Count); // old files stay on disk for time travel until a vacuum
    }

    [Fact]
    public void Write_SameTxnTwice_OneCopy()
    {
        using var lake = new TempLake();
        var table = DeltaTable.Open(lake.Store, Table, FakeDataFiles.Codec);
        var options = Append with { TxnAppId = "ingest-2024-01-01", TxnVersion = 7 };

        long first = table.Write(Schema, new[] { Batch(("a", 1)) }, options);
        long second = DeltaTable.Open(lake.Store, Table, FakeDataFiles.Codec).Write(Schema, new[] { Batch(("a", 1)) }, options);
        long older = table.Write(Schema, new[] { Batch(("a", 1)) }, options with { TxnVersion = 6 });
        long newer = table.Write(Schema, new[] { Batch(("b", 2)) }, options with { TxnVersion = 8 });

        Assert.Equal(new long[] { 0, 0, 0, 1 }, new[] { first, second, older, newer });
        Assert.Equal(new[] { "a", "b" }, Uids(table));
        Assert.Equal(2, lake.DataFilesOnDisk(Table).Count);
        Assert.Contains(lake.CommitLines(Table, 1), l => l.StartsWith("{\"txn\":{\"appId\":\"ingest-2024-01-01\",\"version\":8,", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_AppendWithDifferentSchema_FailsNamingColumnsAndKeepsVersion()
    {
        using var lake = new TempLake();
        var table = DeltaTable.Open(lake.Store, Table, FakeDataFiles.Codec);
        table.Write(Schema, new[] { Batch(("a", 1)) }, Append);
        var other = new TableSchema(new Field("study_uid", ColumnType.String), new Field("slices", ColumnType.Int32), new Field("extra", ColumnType.Double));

        var e = Assert.Throws<DeltaException>(() => table.Write(other, new[] { ColumnBatch.Empty(other) }, Append));

        Assert.Contains("'slices' is Int32 but the table has Int64", e.Message);
        Assert.Contains("'extra'", e.Message);
        Assert.Equal(0, e.Version);
        Assert.Equal(0, DeltaTable.Open(lake.Store, Table).Version);
        Assert.Single(lake.DataFilesOnDisk(Table));
    }

    [Fact]
    public void Write_OverwriteSchemaAllowed_WritesNewMetadataKeepingId()
    {
        using var lake = new TempLake();
        var table = DeltaTable.Open(lake.Store, Table, FakeDataFiles.Codec);
        table.Write(Schema, new[] { Batch(("a", 1)) }, Append);
        var other = new TableSchema(new Field("k", ColumnType.Int32));

        Assert.Throws<DeltaException>(() => table.Write(other, Array.Empty<ColumnBatch>(), Append with { Mode = DeltaWriteMode.Overwrite }));
        table.Write(other, Array.Empty<ColumnBatch>(), Append with { Mode = DeltaWriteMode.Overwrite, OverwriteSchema = true });

        Assert.Equal(other, table.Schema);
        Assert.Empty(table.Files());
        var ids = new[] { 0L, 1L }.Select(v => lake.CommitLines(Table, v).Single(l => l.StartsWith("{\"metaData\"", StringComparison.Ordinal))[..60]).ToList();
        Assert.Equal(ids[0], ids[1]);
    }

    [Fact]
    public void Write_NullInNonNullableColumn_FailsNamingColumnAndRow()
    {
        using var lake = new TempLake();
        var schema = new TableSchema(new Field("id", ColumnType.Int64, Nullable: false));
        var table = DeltaTable.Open(lake.Store, Table, FakeDataFiles.Codec);
        var batch = ColumnBatch.FromRows(schema, new[] { new object?[] { 1L }, new object?[] { null } });

        var e = Assert.Throws<DeltaException>(() => table.Write(schema, new[] { batch }, Append));

        Assert.Contains("Column 'id' is not nullable but row 1 of batch 0 is null", e.Message);
        Assert.False(DeltaTable.Open(lake.Store, Table).Exists);
        Assert.Empty(lake.DataFilesOnDisk(Table));
    }

    [Fact]
    public void Write_ErrorIfExistsOnExistingTable_Fails()
    {
        using var lake = new TempLake();
        var table = DeltaTable.Open(lake.Store, Table, FakeDataFiles.Codec);
        table.Write(Schema, new[] { Batch(("a", 1)) }, Append with { Mode = DeltaWriteMode.ErrorIfExists });

        var e = Assert.Throws<DeltaException>(() => table.Write(Schema, new[] { Batch(("b", 1)) }, Append with { Mode = DeltaWriteMode.ErrorIfExists }));

        Assert.Contains("already exists", e.Message);
        Assert.Equal(0, table.Version);
    }

    [Fact]
    public void Write_WriterThrowsMidWrite_NoDataFileLeftAndVersionUnchanged()
    {
        using var lake = new TempLake();
        DeltaTable.Open(lake.Store, Table, FakeDataFiles.Codec).Write(Schema, new[] { Batch(("a", 1)) }, Append);
        int files = 0;
        var failing = FakeDataFiles.With(s =>
        {
            s.Write(new byte[] { 1, 2, 3 });
            if (++files == 2) throw new IOException("disk full");
        });
        var table = DeltaTable.Open(lake.Store, Table, failing);

        var e = Assert.Throws<IOException>(() =>
            table.Write(Schema, new[] { Batch(("b", 1), ("c", 2), ("d", 3)) }, Append with { TargetFileRows = 2 }));

        Assert.Equal("disk full", e.Message);
        Assert.Equal(0, DeltaTable.Open(lake.Store, Table).Version);
        var referenced = DeltaTable.Open(lake.Store, Table).Files().Select(f => f.Path);
        Assert.Equal(referenced, lake.DataFilesOnDisk(Table));
        Assert.Empty(Directory.GetFiles(Path.Combine(lake.Root, Table), ".medspark-tmp-*", SearchOption.AllDirectories));
    }

    [Fact]
    public void Write_InputThrowsAfterFirstFile_FirstFileDeletedAndVersionUnchanged()
    {
        using var lake = new TempLake();
        var table = DeltaTable.Open(lake.Store, Table, FakeDataFiles.Codec);
        table.Write(Schema, new[] { Batch(("a", 1)) }, Append);

        IEnumerable<ColumnBatch> Input()
        {
            yield return Batch(("b", 1), ("c", 2));
            throw new InvalidOperationException("source broke");
        }

        Assert.Throws<InvalidOperationException>(() => table.Write(Schema, Input(), Append with { TargetFileRows = 1 }));

        Assert.Equal(0, table.Version);
        Assert.Single(lake.DataFilesOnDisk(Table));
    }

    [Fact]
    public void Write_TargetFileRows_SplitsIntoFiles()
    {
        using var lake = new TempLake();
        var table = DeltaTable.Open(lake.Store, Table, FakeDataFiles.Codec);

        table.Write(Schema, new[] { Batch(("a", 1), ("b", 2)), Batch(("c", 3), ("d", 4), ("e", 5)) }, Append with { TargetFileRows = 2 });

        var files = table.Files();
        Assert.Equal(3, files.Count);
        Assert.Equal(new[] { "part-00000-", "part-00001-", "part-00002-" }, files.Select(f => f.Path[..11]));
        Assert.Equal(new[] { "a", "b", "c", "d", "e" }, Uids(table));
        Assert.Equal("3", table.History()[0].OperationMetrics["numFiles"]);
    }

    [Fact]
    public void Read_PartitionedTable_ReattachesPartitionValues()
    {
        using var lake = new TempLake();
        var schema = new TableSchema(new Field("site", ColumnType.String), new Field("day", ColumnType.Date), new Field("n", ColumnType.Int64));
        var table = DeltaTable.Open(lake.Store, Table, FakeDataFiles.Codec);
        table.Write(schema, new[] { ColumnBatch.FromRows(schema, new[]
        {
            new object?[] { "x/y", new DateOnly(2024, 3, 1), 1L },
            new object?[] { null, new DateOnly(2024, 3, 2), 2L },
        }) }, Append with { PartitionBy = new[] { "site", "day" } });

        var rows = table.Read().SelectMany(b => Enumerable.Range(0, b.RowCount).Select(r => (b.Column<string>("site")[r], b.Column<DateOnly?>("day")[r], b.Column<long?>("n")[r]))).OrderBy(r => r.Item3).ToList();
        var onlyDay = table.Read(new[] { "day" }).ToList();

        Assert.Equal(new[] { ("x/y", (DateOnly?)new DateOnly(2024, 3, 1), (long?)1L), (null, new DateOnly(2024, 3, 2), 2L) }, rows);
        Assert.Equal(schema, table.Schema);
        Assert.Equal(new[] { "site", "day" }, table.PartitionColumns);
        Assert.All(onlyDay, b => Assert.Equal(new[] { "day" }, b.Schema.Fields.Select(f => f.Name)));
        Assert.Equal(2, onlyDay.Sum(b => b.RowCount));
    }

    [Fact]
    public void Write_AppendWithOtherPartitioning_Fails()
    {
        using var lake = new TempLake();
        var table = DeltaTable.Open(lake.Store, Table, FakeDataFiles.Codec);
        table.Write(Schema, new[] { Batch(("a", 1)) }, Append with { PartitionBy = new[] { "study_uid" } });

        var e = Assert.Throws<DeltaException>(() => table.Write(Schema, new[] { Batch(("b", 1)) }, Append with { PartitionBy = new[] { "slices" } }));

        Assert.Contains("Partitioning mismatch", e.Message);
    }

    [Fact]
    public void Write_InvalidOptions_ArgumentException()
    {
        using var lake = new TempLake();
        var table = DeltaTable.Open(lake.Store, Table, FakeDataFiles.Codec);

        Assert.Throws<ArgumentException>(() => table.Write(Schema, [], Append with { TxnAppId = "a" }));
        Assert.Throws<ArgumentException>(() => table.Write(Schema, [], Append with { TargetFileRows = 0 }));
        Assert.Throws<ArgumentException>(() => table.Write(Schema, [], Append with { PartitionBy = new[] { "nope" } }));
        Assert.Throws<ArgumentException>(() => table.Write(Schema, [], Append with { CommitInfo = new Dictionary<string, string> { ["operation"] = "x" } }));
        Assert.False(table.Exists);
    }

    [Fact]
    public void Write_OverwriteRacingConcurrentAppend_ConcurrentModificationAndNothingCommitted()
    {
        using var lake = new TempLake();
        DeltaTable.Open(lake.Store, Table, FakeDataFiles.Codec).Write(Schema, new[] { Batch(("a", 1)) }, Append);
        bool injected = false;
        // The concurrent append lands while the overwrite is writing its data file, i.e. after it read version 0.
        var racing = FakeDataFiles.With(_ =>
        {
            if (injected) return;
            injected = true;
            DeltaTable.Open(lake.Store, Table, FakeDataFiles.Codec).Write(Schema, new[] { Batch(("b", 2)) }, Append);
        });
        var table = DeltaTable.Open(lake.Store, Table, racing);

        var e = Assert.Throws<DeltaConcurrentModificationException>(() =>
            table.Write(Schema, new[] { Batch(("z", 9)) }, Append with { Mode = DeltaWriteMode.Overwrite }));

        Assert.Equal(1, e.Version);
        var after = DeltaTable.Open(lake.Store, Table, FakeDataFiles.Codec);
        Assert.Equal(1, after.Version);
        Assert.Equal(new[] { "a", "b" }, Uids(after));
        Assert.Equal(2, lake.DataFilesOnDisk(Table).Count);
    }

    [Fact]
    public void Write_AppendRacingConcurrentAppend_RetriesAtNextVersion()
    {
        using var lake = new TempLake();
        DeltaTable.Open(lake.Store, Table, FakeDataFiles.Codec).Write(Schema, new[] { Batch(("a", 1)) }, Append);
        bool injected = false;
        var racing = FakeDataFiles.With(_ =>
        {
            if (injected) return;
            injected = true;
            DeltaTable.Open(lake.Store, Table, FakeDataFiles.Codec).Write(Schema, new[] { Batch(("b", 2)) }, Append);
        });

        long version = DeltaTable.Open(lake.Store, Table, racing).Write(Schema, new[] { Batch(("c", 3)) }, Append);

        Assert.Equal(2, version);
        Assert.Equal(new[] { "a", "b", "c" }, Uids(DeltaTable.Open(lake.Store, Table, FakeDataFiles.Codec)));
        Assert.Contains("\"readVersion\":0", lake.CommitLines(Table, 2)[0]);
    }

    [Fact]
    public void Write_AppendRacingSchemaChange_ConcurrentModification()
    {
        using var lake = new TempLake();
        DeltaTable.Open(lake.Store, Table, FakeDataFiles.Codec).Write(Schema, new[] { Batch(("a", 1)) }, Append);
        var other = new TableSchema(new Field("k", ColumnType.Int32));
        bool injected = false;
        var racing = FakeDataFiles.With(_ =>
        {
            if (injected) return;
            injected = true;
            DeltaTable.Open(lake.Store, Table, FakeDataFiles.Codec).Write(other, [], Append with { Mode = DeltaWriteMode.Overwrite, OverwriteSchema = true });
        });

        var e = Assert.Throws<DeltaConcurrentModificationException>(() =>
            DeltaTable.Open(lake.Store, Table, racing).Write(Schema, new[] { Batch(("c", 3)) }, Append));

        Assert.Contains("metadata", e.Message);
        Assert.Equal(other, DeltaTable.Open(lake.Store, Table).Schema);
    }
}
