using MedSpark.Shared.Formats.Delta;
using MedSpark.Shared.Schemas;

namespace MedSpark.Tests.Formats.Delta;

/// <summary>A small table partitioned by site, for operation tests: (site, uid, n).</summary>
internal static class SiteTable
{
    public const string Path = "silver/sites";

    public static readonly TableSchema Schema = new(new Field("site", ColumnType.String), new Field("uid", ColumnType.String), new Field("n", ColumnType.Int64));

    public static readonly DateTimeOffset T0 = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static DeltaWriteOptions Options(DateTimeOffset? at = null) => new() { PartitionBy = new[] { "site" }, Clock = () => at ?? T0 };

    public static ColumnBatch Batch(params (string Site, string Uid, long N)[] rows) =>
        ColumnBatch.FromRows(Schema, rows.Select(r => new object?[] { r.Site, r.Uid, r.N }).ToList());

    public static DeltaTable Open(TempLake lake) => DeltaTable.Open(lake.Store, Path, FakeDataFiles.Codec);

    /// <summary>Rows as "site/uid/n", sorted.</summary>
    public static List<string> Rows(IEnumerable<ColumnBatch> batches) =>
        batches.SelectMany(b => Enumerable.Range(0, b.RowCount).Select(r => $"{b.GetValue(b.Schema.Require("site"), r)}/{b.GetValue(b.Schema.Require("uid"), r)}/{b.GetValue(b.Schema.Require("n"), r)}"))
            .OrderBy(s => s, StringComparer.Ordinal).ToList();

    /// <summary>Appends each batch as its own commit (one file per site per commit).</summary>
    public static DeltaTable Create(TempLake lake, params ColumnBatch[] commits)
    {
        var table = Open(lake);
        for (int i = 0; i < commits.Length; i++) table.Write(Schema, new[] { commits[i] }, Options(T0.AddHours(i)));
        return table;
    }
}
