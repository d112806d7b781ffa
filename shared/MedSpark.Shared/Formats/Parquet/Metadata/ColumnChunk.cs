using MedSpark.Shared.Formats.Parquet.Thrift;

namespace MedSpark.Shared.Formats.Parquet.Metadata;

/// <summary>parquet.thrift <c>ColumnChunk</c>.</summary>
internal sealed class ColumnChunk
{
    public string? FilePath { get; set; }
    public long FileOffset { get; set; }
    public ColumnMetaData? MetaData { get; set; }

    public void Write(CompactWriter w)
    {
        w.BeginStruct();
        w.I64(2, FileOffset);
        if (MetaData is not null)
        {
            w.FieldHeader(3, CompactType.Struct);
            MetaData.Write(w);
        }
        w.EndStruct();
    }

    public static ColumnChunk Read(CompactReader r)
    {
        var c = new ColumnChunk();
        r.BeginStruct();
        while (r.NextField(out short id, out var t))
        {
            switch (id)
            {
                case 1 when t == CompactType.Binary: c.FilePath = r.ReadString(); break;
                case 2 when t == CompactType.I64: c.FileOffset = r.ReadI64(); break;
                case 3 when t == CompactType.Struct: c.MetaData = ColumnMetaData.Read(r); break;
                default: r.Skip(t); break;
            }
        }
        r.EndStruct();
        return c;
    }
}
