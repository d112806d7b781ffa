using MedSpark.Shared.Formats.Delta;
using MedSpark.Shared.Formats.Delta.Predicates;
using Xunit;

namespace MedSpark.Tests.Formats.Delta;

/// <summary>The predicate language: parsing, SQL three-valued logic, and file pruning on reads.</summary>
public sealed class DeltaPredicateTests
{
    [Fact]
    public void Parse_AndOrParenthesesAndLiterals_BuildsTree()
    {
        var p = DeltaPredicate.Parse("site = 'O''Brien' AND (n >= 10 OR n IS NULL) or `odd col` <> DATE '2024-02-29'");

        Assert.Equal(
            new Or(
                new And(new Comparison("site", ComparisonOperator.Equal, "O'Brien"),
                    new Or(new Comparison("n", ComparisonOperator.GreaterThanOrEqual, 10L), new Comparison("n", ComparisonOperator.IsNull))),
                new Comparison("odd col", ComparisonOperator.NotEqual, new DateOnly(2024, 2, 29))),
            p);
    }

    [Theory]
    [InlineData("n >", "expected a literal")]
    [InlineData("n = 1 AND", "expected a column name")]
    [InlineData("(n = 1", "expected ')'")]
    [InlineData("n = 'x", "unterminated string")]
    public void Parse_Malformed_FormatExceptionWithPosition(string text, string expected)
    {
        var e = Assert.Throws<FormatException>(() => DeltaPredicate.Parse(text));
        Assert.Contains(expected, e.Message);
        Assert.Contains("position", e.Message);
    }

    [Fact]
    public void Read_WhereOnPartitionAndStats_OpensOnlyFilesThatMayMatchAndFiltersRows()
    {
        using var lake = new TempLake();
        var table = SiteTable.Create(lake,
            SiteTable.Batch(("A", "a1", 1), ("A", "a2", 5), ("B", "b1", 3)),
            SiteTable.Batch(("A", "a3", 20), ("A", "a4", 30)));

        var where = DeltaPredicate.Parse("site = 'A' AND n > 4");

        Assert.Equal(2, table.Files(where).Count); // B pruned by partition; both A files may hold n > 4
        Assert.Single(table.Files(DeltaPredicate.Parse("site = 'A' AND n > 10"))); // first A file has max n = 5
        Assert.Empty(table.Files(DeltaPredicate.Parse("n < 0")));
        Assert.Equal(new[] { "A/a2/5", "A/a3/20", "A/a4/30" }, SiteTable.Rows(table.Read(where: where)));
        Assert.Equal(new[] { "a3" }, table.Read(new[] { "uid" }, where: DeltaPredicate.Parse("n = 20")).SelectMany(b => b.Column<string>(0)));
    }

    [Fact]
    public void Read_ComparisonWithNull_RowIsNotReturned()
    {
        using var lake = new TempLake();
        var table = SiteTable.Open(lake);
        var batch = MedSpark.Shared.Schemas.ColumnBatch.FromRows(SiteTable.Schema, new[] { new object?[] { "A", "x", null }, new object?[] { "A", "y", 2L } });
        table.Write(SiteTable.Schema, new[] { batch }, SiteTable.Options());

        Assert.Equal(new[] { "A/y/2" }, SiteTable.Rows(table.Read(where: DeltaPredicate.Parse("n != 1"))));
        Assert.Equal(new[] { "A/x/" }, SiteTable.Rows(table.Read(where: DeltaPredicate.Parse("n IS NULL"))));
    }

    [Fact]
    public void Read_WhereUnknownColumn_DeltaExceptionNamesColumn()
    {
        using var lake = new TempLake();
        var table = SiteTable.Create(lake, SiteTable.Batch(("A", "a1", 1)));

        var e = Assert.Throws<DeltaException>(() => table.Read(where: DeltaPredicate.Parse("nope = 1")).ToList());

        Assert.Contains("'nope'", e.Message);
        Assert.Equal(0, e.Version);
    }
}
