using System.Text;
using MedSpark.Shared.Formats.Parquet;
using MedSpark.Shared.Schemas;

namespace MedSpark.Tests.Formats.Parquet;

/// <summary>
/// A generated test case for the Parquet properties: a schema, its rows, how they are split into batches
/// (each batch is written with <see cref="ParquetFile.Write"/> as one or more row groups) and the writer
/// options. <see cref="ToString"/> prints all of it, so FsCheck's shrunk counterexample is readable.
/// </summary>
internal sealed record RandomTable(TableSchema Schema, IReadOnlyList<object?[]> Rows, IReadOnlyList<int> BatchSizes, ParquetWriteOptions Options)
{
    public IEnumerable<ColumnBatch> Batches()
    {
        int start = 0;
        foreach (int size in BatchSizes)
        {
            yield return ColumnBatch.FromRows(Schema, Rows.Skip(start).Take(size).ToList());
            start += size;
        }
    }

    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append("schema: ").AppendJoin(", ", Schema.Fields.Select(Describe)).AppendLine();
        text.Append($"options: {Options.Compression}, page v{Options.DataPageVersion}, dictionary {Options.Dictionary}, page {Options.PageBytes} B, row group {Options.RowGroupBytes} B; batches [{string.Join(", ", BatchSizes)}]").AppendLine();
        for (int r = 0; r < Rows.Count; r++) text.Append($"row {r}: ").AppendJoin(" | ", Rows[r].Select(NestedValues.Show)).AppendLine();
        return text.ToString();
    }

    private static string Describe(Field f) => f.Type switch
    {
        ColumnType.Struct => $"{f.Name} struct<{string.Join(", ", f.Children.Select(Describe))}>",
        ColumnType.List => $"{f.Name} list<{Describe(f.Element)}>",
        ColumnType.Map => $"{f.Name} map<{Describe(f.Children[0])}, {Describe(f.Children[1])}>",
        _ => $"{f.Name} {f.TypeName}",
    } + (f.Nullable ? "" : " not null");

    /// <summary>
    /// Smaller cases for FsCheck's shrinking, most drastic first: half the rows, one row fewer, one top-level
    /// column fewer, one batch, default page and row group sizes, no compression, page v1, no dictionary.
    /// </summary>
    public IEnumerable<RandomTable> Shrink()
    {
        if (Rows.Count > 1)
        {
            yield return WithRows(Rows.Take(Rows.Count / 2).ToList());
            yield return WithRows(Rows.Skip(Rows.Count / 2).ToList());
        }
        for (int r = 0; r < Rows.Count && r < 40; r++) yield return WithRows(Rows.Where((_, i) => i != r).ToList());
        if (Schema.Count > 1)
        {
            for (int c = 0; c < Schema.Count; c++)
            {
                int drop = c;
                yield return this with
                {
                    Schema = new TableSchema(Schema.Fields.Where((_, i) => i != drop)),
                    Rows = Rows.Select(row => row.Where((_, i) => i != drop).ToArray()).ToList(),
                };
            }
        }
        if (BatchSizes.Count > 1) yield return this with { BatchSizes = [Rows.Count] };
        var defaults = new ParquetWriteOptions();
        if (Options.PageBytes != defaults.PageBytes) yield return this with { Options = Options with { PageBytes = defaults.PageBytes } };
        if (Options.RowGroupBytes != defaults.RowGroupBytes) yield return this with { Options = Options with { RowGroupBytes = defaults.RowGroupBytes } };
        if (Options.Compression != ParquetCompression.Uncompressed) yield return this with { Options = Options with { Compression = ParquetCompression.Uncompressed } };
        if (Options.DataPageVersion != 1) yield return this with { Options = Options with { DataPageVersion = 1 } };
        if (Options.Dictionary) yield return this with { Options = Options with { Dictionary = false } };
    }

    private RandomTable WithRows(List<object?[]> rows) => this with { Rows = rows, BatchSizes = [rows.Count] };
}
