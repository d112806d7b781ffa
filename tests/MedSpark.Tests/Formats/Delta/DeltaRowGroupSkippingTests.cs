using MedSpark.Shared.Formats.Delta;
using MedSpark.Shared.Formats.Delta.Predicates;
using MedSpark.Shared.Formats.Parquet;
using MedSpark.Shared.Schemas;
using MedSpark.Tests.Formats.Parquet;
using Xunit;

namespace MedSpark.Tests.Formats.Delta;

/// <summary>
/// Reads with a predicate skip the row groups of a file whose footer statistics rule the predicate out (beyond
/// skipping whole files by the log's stats): proved by damaging a group that must be skipped.
/// </summary>
public sealed class DeltaRowGroupSkippingTests
{
    private static readonly TableSchema Schema = ParquetRowGroupSkippingTests.Schema;

    private static readonly DeltaWriteOptions Options = new()
    {
        // The writer estimates 16 bytes a row (two 8-byte columns): 1,000 rows make ten groups of 100.
        Parquet = new ParquetWriteOptions { RowGroupBytes = 1600, Dictionary = false },
        Clock = () => new DateTimeOffset(2024, 5, 6, 0, 0, 0, TimeSpan.Zero),
    };

    [Fact]
    public void Read_WherePredicate_SkipsRowGroupsTheStatisticsRuleOut()
    {
        using var lake = new TempLake();
        var table = DeltaTable.Open(lake.Store, "silver/t");
        table.Write(Schema, Enumerable.Range(0, 10).Select(ParquetRowGroupSkippingTests.Hundred), Options);
        var file = table.Files().Single();
        string path = Path.Combine(lake.Root, "silver", "t", file.Path);
        var bytes = File.ReadAllBytes(path);
        Assert.Equal(10, ParquetFile.ReadMetadata(new MemoryStream(bytes)).RowGroups.Count);
        ParquetTestData.CorruptRowGroup(bytes, 0);
        File.WriteAllBytes(path, bytes);

        var ids = table.Read(["id"], where: DeltaPredicate.Parse("id >= 750 AND x > 400")).SelectMany(b => b.Column<long?>(0)).ToArray();

        // The file as a whole cannot be skipped (its stats span 0..999), but group 0 (ids 0..99) can.
        Assert.Equal(Enumerable.Range(801, 199).Where(i => i % 7 != 0).Select(i => (long?)i), ids);
        var e = Assert.Throws<DeltaException>(() => table.Read(where: DeltaPredicate.Parse("id < 50")).ToList());
        Assert.Contains(file.Path, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Delete_WherePredicate_StillRewritesEveryRowGroupOfTheFile()
    {
        using var lake = new TempLake();
        var table = DeltaTable.Open(lake.Store, "silver/t");
        table.Write(Schema, Enumerable.Range(0, 10).Select(ParquetRowGroupSkippingTests.Hundred), Options);

        table.Delete(DeltaPredicate.Parse("id >= 950"));

        // Rows of the groups the predicate rules out are kept, not lost with the rewritten file.
        Assert.Equal(950, table.Read().Sum(b => b.RowCount));
    }
}
