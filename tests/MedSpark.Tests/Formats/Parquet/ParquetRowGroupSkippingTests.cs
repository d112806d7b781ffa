using MedSpark.Shared.Formats.Parquet;
using MedSpark.Shared.Schemas;
using Xunit;

namespace MedSpark.Tests.Formats.Parquet;

/// <summary>
/// Row-group skipping: <see cref="ParquetFile.Read(Stream, IReadOnlyList{string}?, Func{ParquetRowGroupInfo, bool})"/>
/// sees each group's footer statistics and never fetches or decodes a group the filter rejects.
/// </summary>
public sealed class ParquetRowGroupSkippingTests
{
    internal static readonly TableSchema Schema = new(new Field("id", ColumnType.Int64, Nullable: false), new Field("x", ColumnType.Double));

    /// <summary>Rows 100b .. 100b + 99: id = i, x = i / 2 (null where i % 7 == 0).</summary>
    internal static ColumnBatch Hundred(int b) =>
        ColumnBatch.FromRows(Schema, Enumerable.Range(b * 100, 100).Select(i => new object?[] { (long)i, i % 7 == 0 ? null : i * 0.5 }).ToList());

    /// <summary>1,000 rows, ids 0..999 in order, in row groups of 100 rows (the writer makes one per batch this small).</summary>
    private static byte[] TenGroups() =>
        ParquetTestData.Write(Schema, Enumerable.Range(0, 10).Select(Hundred), new ParquetWriteOptions { Dictionary = false });

    [Fact]
    public void Read_WithFilter_PassesEachGroupsStatisticsAndReturnsOnlyKeptGroups()
    {
        var file = TenGroups();
        var seen = new List<(long Rows, object? Min, object? Max)>();
        using var stream = new MemoryStream(file);

        var batches = ParquetFile.Read(stream, null, group =>
        {
            var id = group.Columns.Single(c => c.Column == "id");
            seen.Add((group.RowCount, id.Min, id.Max));
            return (long)id.Max! >= 750;
        }).ToList();

        // The writer's groups, checked by hand: ids [100g, 100g + 99].
        Assert.Equal(Enumerable.Range(0, 10).Select(g => (100L, (object?)(100L * g), (object?)(100L * g + 99))), seen);
        var ids = batches.SelectMany(b => b.Column<long?>(0)).ToArray();
        Assert.Equal(Enumerable.Range(700, 300).Select(i => (long?)i), ids);
    }

    [Fact]
    public void Read_WithFilter_NeverDecodesASkippedGroup()
    {
        var file = TenGroups();
        ParquetTestData.CorruptRowGroup(file, 0);

        // A full read reaches the damaged group and fails; skipping it by its statistics does not.
        Assert.Throws<ParquetFormatException>(() => ParquetFile.Read(new MemoryStream(file)).ToList());
        var kept = ParquetFile.Read(new MemoryStream(file), ["id"], g => (long)g.Columns[0].Min! >= 100).ToList();

        Assert.Equal(900, kept.Sum(b => b.RowCount));
    }

    [Fact]
    public void Read_FilterRejectingEveryGroup_YieldsNoBatch()
    {
        Assert.Empty(ParquetFile.Read(new MemoryStream(TenGroups()), null, _ => false));
    }

    [Fact]
    public void ReadMetadata_NullCountsPerGroup_AreWhatTheFilterSees()
    {
        using var stream = new MemoryStream(TenGroups());
        var info = ParquetFile.ReadMetadata(stream);

        // x is null where i % 7 == 0: 15 of 0..99, then 14 or 15 per hundred.
        var expected = Enumerable.Range(0, 10).Select(g => (long)Enumerable.Range(g * 100, 100).Count(i => i % 7 == 0));
        Assert.Equal(expected, info.RowGroups.Select(g => g.Columns.Single(c => c.Column == "x").NullCount));
    }
}
