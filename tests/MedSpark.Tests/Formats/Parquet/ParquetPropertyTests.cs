using FsCheck;
using FsCheck.Fluent;
using MedSpark.Shared.Formats.Parquet;
using MedSpark.Shared.Formats.Parquet.Columns;
using MedSpark.Shared.Schemas;
using Microsoft.FSharp.Core;
using Xunit;

namespace MedSpark.Tests.Formats.Parquet;

/// <summary>
/// Properties over random tables (<see cref="RandomTableGenerator"/>): what we write reads back exactly,
/// through both decoding paths, and the footer's statistics agree with the data. A failure prints the
/// case FsCheck shrank it to (fewest rows, columns and options that still fail).
/// </summary>
public class ParquetPropertyTests
{
    // A fixed replay seed: tests never depend on luck. Change it locally to explore other cases.
    private static readonly Config Fixed = Config.QuickThrowOnFailure
        .WithMaxTest(300)
        .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(20261121UL, 1442695040888963407UL), FSharpOption<int>.None)));

    [Fact]
    public void WriteRead_RandomTables_RoundTripExactly()
    {
        Check.One(Fixed, Prop.ForAll(RandomTableGenerator.Arbitrary(), table =>
        {
            var file = Write(table);
            var expected = ColumnBatch.FromRows(table.Schema, table.Rows);
            AssertSameRows(expected, ReadAll(file, fastPaths: true), "read");
            AssertSameRows(expected, ReadAll(file, fastPaths: false), "read without fast paths");
        }));
    }

    [Fact]
    public void Write_RandomTables_StatisticsBoundEveryValueAndCountNulls()
    {
        Check.One(Fixed, Prop.ForAll(RandomTableGenerator.Arbitrary(), table =>
        {
            using var stream = new MemoryStream(Write(table));
            var reader = new ParquetReader(stream);
            var leaves = table.Schema.Fields.SelectMany(NestedValues.Leaves).ToList();
            Assert.Equal(leaves.Count, reader.Columns.Count);
            Assert.Equal(table.Rows.Count, reader.Metadata.NumRows);
            int firstRow = 0;
            foreach (var group in reader.Metadata.RowGroups)
            {
                var rows = table.Rows.Skip(firstRow).Take((int)group.NumRows).ToList();
                int column = 0;
                for (int c = 0; c < table.Schema.Count; c++)
                {
                    foreach (var leaf in NestedValues.Leaves(table.Schema[c]))
                    {
                        var stats = StatisticsDecoder.Decode(reader.Columns[column], group.Columns[column].MetaData!.Statistics);
                        var slots = rows.SelectMany(row => leaf.Slots(row[c])).ToList();
                        AssertStatistics(leaf, slots, stats, $"row group at row {firstRow}");
                        column++;
                    }
                }
                firstRow += (int)group.NumRows;
            }
            Assert.Equal(table.Rows.Count, firstRow);
        }));
    }

    [Fact]
    public void Write_SchemaWithoutColumns_ThrowsArgumentException()
    {
        // Parquet cannot store rows without columns (the row count lives in column chunks' levels), so the
        // zero-column edge case is refused up front rather than written as a file no engine reads alike.
        var e = Assert.Throws<ArgumentException>(() => ParquetTestData.Write(new TableSchema(), [ColumnBatch.Empty(new TableSchema())]));
        Assert.Contains("at least one column", e.Message);
    }

    internal static byte[] Write(RandomTable table)
    {
        using var stream = new MemoryStream();
        ParquetFile.Write(stream, table.Schema, table.Batches(), table.Options);
        return stream.ToArray();
    }

    private static ColumnBatch ReadAll(byte[] file, bool fastPaths)
    {
        using var stream = new MemoryStream(file);
        var reader = new ParquetReader(stream) { FastPaths = fastPaths, Parallelism = 1 };
        return ColumnBatch.Concat(reader.Schema, reader.Read(null).ToList());
    }

    private static void AssertSameRows(ColumnBatch expected, ColumnBatch actual, string how)
    {
        Assert.Equal(expected.Schema, actual.Schema);
        Assert.Equal(expected.RowCount, actual.RowCount);
        for (int c = 0; c < expected.Schema.Count; c++)
        {
            var field = expected.Schema[c];
            for (int r = 0; r < expected.RowCount; r++)
            {
                object? e = expected.GetValue(c, r), a = actual.GetValue(c, r);
                if (NestedValues.FirstDifference(field, e, a, field.Name) is { } path)
                    Assert.Fail($"{how}: row {r} differs at {path}: wrote {NestedValues.Show(e)}, read {NestedValues.Show(a)}.");
            }
        }
    }

    /// <summary>parquet.thrift: null_count counts the leaf's null slots; min/max bound every non-NaN value, are attained, are never NaN, and a zero min/max is -0.0/+0.0.</summary>
    private static void AssertStatistics(NestedValues.Leaf leaf, List<object?> slots, ParquetColumnStatistics stats, string where)
    {
        var type = leaf.Field.Type;
        string context = $"{leaf.Path} ({leaf.Field.TypeName}), {where}";
        Assert.True(slots.Count(v => v is null) == stats.NullCount, $"{context}: null_count {stats.NullCount}, expected {slots.Count(v => v is null)}.");
        var values = slots.Where(v => v is not null && !NestedValues.IsNaN(v)).Select(v => v!).ToList();
        if (values.Count == 0)
        {
            Assert.True(stats.Min is null || !NestedValues.IsNaN(stats.Min), $"{context}: min is NaN.");
            return;
        }
        Assert.True(stats.Min is not null && stats.Max is not null, $"{context}: no min/max for {values.Count} values.");
        var min = values.Aggregate((x, y) => NestedValues.Compare(type, y, x) < 0 ? y : x);
        var max = values.Aggregate((x, y) => NestedValues.Compare(type, y, x) > 0 ? y : x);
        Assert.True(NestedValues.Compare(type, stats.Min!, min) == 0, $"{context}: min {NestedValues.Show(stats.Min)}, smallest value {NestedValues.Show(min)}.");
        Assert.True(NestedValues.Compare(type, stats.Max!, max) == 0, $"{context}: max {NestedValues.Show(stats.Max)}, largest value {NestedValues.Show(max)}.");
        if (stats.Min is float or double && Convert.ToDouble(stats.Min) == 0)
            Assert.True(double.IsNegative(Convert.ToDouble(stats.Min)), $"{context}: a zero min must be -0.0.");
        if (stats.Max is float or double && Convert.ToDouble(stats.Max) == 0)
            Assert.False(double.IsNegative(Convert.ToDouble(stats.Max)), $"{context}: a zero max must be +0.0.");
    }
}
