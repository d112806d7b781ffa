using MedSpark.Shared.Formats.Parquet.Thrift;

namespace MedSpark.Shared.Formats.Parquet.Metadata;

/// <summary>parquet.thrift <c>RowGroup</c>.</summary>
internal sealed class RowGroup
{
    public List<ColumnChunk> Columns { get; set; } = new();
    public long TotalByteSize { get; set; }
    public long NumRows { get; set; }
    public long? FileOffset { get; set; }
    public long? TotalCompressedSize { get; set; }
    public short? Ordinal { get; set; }

    public void Write(CompactWriter w)
    {
        w.BeginStruct();
        w.ListField(1, CompactType.Struct, Columns.Count);
        foreach (var c in Columns) c.Write(w);
        w.I64(2, TotalByteSize);
        w.I64(3, NumRows);
        if (FileOffset is { } offset) w.I64(5, offset);
        if (TotalCompressedSize is { } compressed) w.I64(6, compressed);
        if (Ordinal is { } ordinal)
        {
            w.FieldHeader(7, CompactType.I16);
            w.I32Element(ordinal);
        }
        w.EndStruct();
    }

    public static RowGroup Read(CompactReader r)
    {
        var g = new RowGroup();
        r.BeginStruct();
        while (r.NextField(out short id, out var t))
        {
            switch (id)
            {
                case 1 when t == CompactType.List:
                    {
                        int n = r.ReadListHeader(out _);
                        for (int i = 0; i < n; i++) g.Columns.Add(ColumnChunk.Read(r));
                        break;
                    }
                case 2 when t == CompactType.I64: g.TotalByteSize = r.ReadI64(); break;
                case 3 when t == CompactType.I64: g.NumRows = r.ReadI64(); break;
                case 5 when t == CompactType.I64: g.FileOffset = r.ReadI64(); break;
                case 6 when t == CompactType.I64: g.TotalCompressedSize = r.ReadI64(); break;
                default: r.Skip(t); break;
            }
        }
        r.EndStruct();
        return g;
    }
}
