using MedSpark.Shared.Formats.Delta;
using MedSpark.Shared.Formats.Parquet;
using MedSpark.Shared.Schemas;
using Xunit;

namespace MedSpark.Tests.Formats.Delta;

public sealed class FileStatisticsTests
{
    private static readonly TableSchema Schema = new(new Field("s", ColumnType.String), new Field("x", ColumnType.Double));

    private static string Stats(params ParquetRowGroupInfo[] groups) =>
        FileStatistics.ToJson(Schema, new ParquetFileInfo(Schema, groups.Sum(g => g.RowCount), groups));

    [Fact]
    public void ToJson_LongStrings_MinTruncatedTo32MaxOmitted()
    {
        string min = new string('a', 40);
        string max = new string('z', 40);

        string json = Stats(new ParquetRowGroupInfo(2, 0, new[]
        {
            new ParquetColumnStatistics("s", 0, min, max),
            new ParquetColumnStatistics("x", 0, 1.0, 2.0),
        }));

        DeltaCommitFormatTests.AssertJsonEqual(
            $$$"""{"numRecords":2,"minValues":{"s":"{{{new string('a', 32)}}}","x":1},"maxValues":{"x":2},"nullCount":{"s":0,"x":0}}""", json);
    }

    [Fact]
    public void ToJson_SeveralRowGroups_CombinesBoundsAndSumsNulls()
    {
        string json = Stats(
            new ParquetRowGroupInfo(3, 0, new[] { new ParquetColumnStatistics("s", 1, "m", "q"), new ParquetColumnStatistics("x", 3, null, null) }),
            new ParquetRowGroupInfo(2, 0, new[] { new ParquetColumnStatistics("s", 0, "b", "n"), new ParquetColumnStatistics("x", 0, -5.5, double.NaN) }));

        // x: the all-null group has no bounds and needs none; the NaN max cannot be written and is omitted.
        DeltaCommitFormatTests.AssertJsonEqual(
            """{"numRecords":5,"minValues":{"s":"b","x":-5.5},"maxValues":{"s":"q"},"nullCount":{"s":1,"x":3}}""", json);
    }

    [Fact]
    public void ToJson_RowGroupWithValuesButNoBounds_OmitsColumnBounds()
    {
        string json = Stats(
            new ParquetRowGroupInfo(1, 0, new[] { new ParquetColumnStatistics("s", 0, "a", "a"), new ParquetColumnStatistics("x", 0, 1.0, 1.0) }),
            new ParquetRowGroupInfo(1, 0, new[] { new ParquetColumnStatistics("s", 0, null, null), new ParquetColumnStatistics("x", 0, 2.0, 2.0) }));

        DeltaCommitFormatTests.AssertJsonEqual(
            """{"numRecords":2,"minValues":{"x":1},"maxValues":{"x":2},"nullCount":{"s":0,"x":0}}""", json);
    }

    [Fact]
    public void ToJson_UnknownNullCount_OmitsTheColumnsNullCount()
    {
        string json = Stats(
            new ParquetRowGroupInfo(2, 0, new[] { new ParquetColumnStatistics("s", -1, "a", "b"), new ParquetColumnStatistics("x", 0, 1.0, 1.0) }));

        DeltaCommitFormatTests.AssertJsonEqual(
            """{"numRecords":2,"minValues":{"s":"a","x":1},"maxValues":{"s":"b","x":1},"nullCount":{"x":0}}""", json);
    }

    [Fact]
    public void ToJson_StructFields_NestedLikeTheSchemaListsAndMapsLeftOut()
    {
        var schema = new TableSchema(
            new Field("id", ColumnType.Int64),
            Field.Struct("dose", [new Field("value", ColumnType.Double), new Field("unit", ColumnType.String), Field.Struct("site", [new Field("n", ColumnType.Int32)])]),
            Field.List("tags", new Field("tag", ColumnType.String)));
        ParquetFieldStatistics F(string[] path, long nulls, object? min, object? max) => new(path, new ParquetColumnStatistics(path[^1], nulls, min, max));
        var groups = new[]
        {
            new ParquetRowGroupInfo(3, 0, new[] { new ParquetColumnStatistics("id", 0, 1L, 3L) })
            {
                StructFields = [F(["dose", "value"], 1, 0.5, 2.5), F(["dose", "unit"], 0, "mg", "ml"), F(["dose", "site", "n"], 3, null, null)],
            },
            new ParquetRowGroupInfo(2, 0, new[] { new ParquetColumnStatistics("id", 0, 4L, 5L) })
            {
                StructFields = [F(["dose", "value"], 0, -1.0, 1.0), F(["dose", "unit"], 0, "g", "mg"), F(["dose", "site", "n"], 1, 7, 7)],
            },
        };

        string json = FileStatistics.ToJson(schema, new ParquetFileInfo(schema, 5, groups));

        DeltaCommitFormatTests.AssertJsonEqual(
            """
            {"numRecords":5,
             "minValues":{"id":1,"dose":{"value":-1,"unit":"g","site":{"n":7}}},
             "maxValues":{"id":5,"dose":{"value":2.5,"unit":"ml","site":{"n":7}}},
             "nullCount":{"id":0,"dose":{"value":1,"unit":0,"site":{"n":4}}}}
            """, json);
    }

    [Fact]
    public void Compare_SupplementaryVersusPrivateUse_OrdersByCodePoint()
    {
        // UTF-16 ordinal order puts U+1F600 (surrogates D83D…) before U+E000; Parquet's byte order does not.
        Assert.True(FileStatistics.Compare("\U0001F600", "\uE000") > 0);
    }
}
