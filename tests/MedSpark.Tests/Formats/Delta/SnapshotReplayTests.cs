using MedSpark.Shared.Formats.Delta;
using MedSpark.Shared.Schemas;
using Xunit;

namespace MedSpark.Tests.Formats.Delta;

/// <summary>Log replay over hand-written commit files, as another engine would have left them.</summary>
public sealed class SnapshotReplayTests
{
    private const string Table = "gold/t";
    private const string Protocol = """{"protocol":{"minReaderVersion":1,"minWriterVersion":2}}""";
    private const string MetaData = """{"metaData":{"id":"x","format":{"provider":"parquet","options":{}},"schemaString":"{\"type\":\"struct\",\"fields\":[{\"name\":\"a\",\"type\":\"long\",\"nullable\":true,\"metadata\":{}}]}","partitionColumns":[],"configuration":{},"createdTime":1}}""";

    private static string Add(string path) => $$$"""{"add":{"path":"{{{path}}}","partitionValues":{},"size":10,"modificationTime":1,"dataChange":true}}""";

    private static string Remove(string path) => $$$"""{"remove":{"path":"{{{path}}}","deletionTimestamp":2,"dataChange":true}}""";

    private static void Commit(TempLake lake, long version, params string[] lines) =>
        Assert.True(lake.Store.TryCreate($"{Table}/_delta_log/{version:D20}.json", System.Text.Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n")));

    [Fact]
    public void Files_AddRemoveSequence_ActiveSetPerVersion()
    {
        using var lake = new TempLake();
        Commit(lake, 0, Protocol, MetaData, Add("f1"), Add("f2"));
        Commit(lake, 1, Remove("f1"), Add("f3"));
        Commit(lake, 2, Add("f1"), """{"txn":{"appId":"app","version":5,"lastUpdated":3}}""", """{"cdc":{"path":"c","partitionValues":{},"size":1,"dataChange":false}}""");
        Commit(lake, 3, Remove("f2"), Remove("f3"));

        var table = DeltaTable.Open(lake.Store, Table);

        Assert.Equal(3, table.Version);
        Assert.Equal(new TableSchema(new Field("a", ColumnType.Int64)), table.Schema);
        Assert.Equal(new[] { "f1", "f2" }, table.Files(0).Select(f => f.Path));
        Assert.Equal(new[] { "f2", "f3" }, table.Files(1).Select(f => f.Path));
        Assert.Equal(new[] { "f2", "f3", "f1" }, table.Files(2).Select(f => f.Path));
        Assert.Equal(new[] { "f1" }, table.Files().Select(f => f.Path));
    }

    [Fact]
    public void Files_RemoveWithOtherUriSpelling_ReconcilesByDecodedPath()
    {
        using var lake = new TempLake();
        Commit(lake, 0, Protocol, MetaData, Add("p=a%20b/f1"));
        Commit(lake, 1, Remove("p=a b/f1"));

        Assert.Empty(DeltaTable.Open(lake.Store, Table).Files());
    }

    [Fact]
    public void Open_MalformedLine_DeltaExceptionWithVersionAndLine()
    {
        using var lake = new TempLake();
        Commit(lake, 0, Protocol, MetaData);
        Commit(lake, 1, Add("f1"), """{"add":{"path":"f2",""");

        var e = Assert.Throws<DeltaException>(() => DeltaTable.Open(lake.Store, Table));

        Assert.Equal(1, e.Version);
        Assert.Equal(2, e.Line);
        Assert.Equal(Table, e.TablePath);
        Assert.Equal($"{Table}/_delta_log/00000000000000000001.json", e.LogFile);
        Assert.Contains("line 2", e.Message);
    }

    [Fact]
    public void Open_AddWithoutSize_DeltaExceptionNamesField()
    {
        using var lake = new TempLake();
        Commit(lake, 0, Protocol, MetaData, """{"add":{"path":"f","partitionValues":{},"modificationTime":1,"dataChange":true}}""");

        var e = Assert.Throws<DeltaException>(() => DeltaTable.Open(lake.Store, Table));

        Assert.Equal(3, e.Line);
        Assert.Contains("'size'", e.Message);
    }

    [Fact]
    public void Open_CorruptCheckpoint_DeltaExceptionNamingTheFile()
    {
        using var lake = new TempLake();
        Commit(lake, 0, Protocol, MetaData);
        Commit(lake, 1, Add("f1"));
        Assert.True(lake.Store.TryCreate($"{Table}/_delta_log/00000000000000000001.checkpoint.parquet", new byte[] { 1 }));

        var e = Assert.Throws<DeltaException>(() => DeltaTable.Open(lake.Store, Table));

        Assert.Contains("00000000000000000001.checkpoint.parquet", e.LogFile);
        Assert.Equal(1, e.Version);
    }

    [Fact]
    public void Open_LastCheckpointWithoutCheckpoint_IgnoresTheHint()
    {
        using var lake = new TempLake();
        Commit(lake, 0, Protocol, MetaData, Add("f1"));
        Assert.True(lake.Store.TryCreate($"{Table}/_delta_log/_last_checkpoint", "{\"version\":0,\"size\":3}"u8));

        Assert.Equal(new[] { "f1" }, DeltaTable.Open(lake.Store, Table).Files().Select(f => f.Path));
    }

    [Fact]
    public void Open_ReaderVersion3_NotSupportedNamingFeatures()
    {
        using var lake = new TempLake();
        Commit(lake, 0, """{"protocol":{"minReaderVersion":3,"minWriterVersion":7,"readerFeatures":["deletionVectors"],"writerFeatures":["deletionVectors"]}}""", MetaData);

        var e = Assert.Throws<DeltaFeatureNotSupportedException>(() => DeltaTable.Open(lake.Store, Table));

        Assert.Contains("reader version 3", e.Message);
        Assert.Contains("deletionVectors", e.Message);
    }

    [Fact]
    public void Open_GapInVersions_DeltaExceptionNamesMissingCommit()
    {
        using var lake = new TempLake();
        Commit(lake, 0, Protocol, MetaData);
        Commit(lake, 2, Add("f"));

        var e = Assert.Throws<DeltaException>(() => DeltaTable.Open(lake.Store, Table));

        Assert.Equal(1, e.Version);
        Assert.Contains("00000000000000000001.json", e.Message);
    }

    [Fact]
    public void Open_NoLog_DoesNotExistVersionMinusOne()
    {
        using var lake = new TempLake();

        var table = DeltaTable.Open(lake.Store, Table);

        Assert.False(table.Exists);
        Assert.Equal(-1, table.Version);
        Assert.Null(table.Schema);
        Assert.Empty(table.Files());
        Assert.Empty(table.History());
        Assert.Empty(table.Read());
    }

    [Fact]
    public void Files_VersionBeyondLatest_DeltaException()
    {
        using var lake = new TempLake();
        Commit(lake, 0, Protocol, MetaData);

        var e = Assert.Throws<DeltaException>(() => DeltaTable.Open(lake.Store, Table).Files(5));

        Assert.Equal(5, e.Version);
    }
}
