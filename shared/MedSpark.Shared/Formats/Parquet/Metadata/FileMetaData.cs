using MedSpark.Shared.Formats.Parquet.Thrift;

namespace MedSpark.Shared.Formats.Parquet.Metadata;

/// <summary>parquet.thrift <c>FileMetaData</c>: the footer.</summary>
internal sealed class FileMetaData
{
    public int Version { get; set; } = 1;
    public List<SchemaElement> Schema { get; set; } = new();
    public long NumRows { get; set; }
    public List<RowGroup> RowGroups { get; set; } = new();
    public string? CreatedBy { get; set; }

    /// <summary>
    /// Whether to declare TYPE_ORDER for every column, which tells readers that min_value/max_value follow
    /// the logical type's order (unsigned byte-wise for strings).
    /// </summary>
    public bool TypeDefinedColumnOrders { get; set; }

    public void Write(CompactWriter w)
    {
        w.BeginStruct();
        w.I32(1, Version);
        w.ListField(2, CompactType.Struct, Schema.Count);
        foreach (var e in Schema) e.Write(w);
        w.I64(3, NumRows);
        w.ListField(4, CompactType.Struct, RowGroups.Count);
        foreach (var g in RowGroups) g.Write(w);
        if (CreatedBy is not null) w.String(6, CreatedBy);
        if (TypeDefinedColumnOrders)
        {
            int leaves = Schema.Count - 1;
            w.ListField(7, CompactType.Struct, leaves);
            for (int i = 0; i < leaves; i++)
            {
                w.BeginStruct();
                w.StructField(1);
                w.EndStruct();
                w.EndStruct();
            }
        }
        w.EndStruct();
    }

    public static FileMetaData Read(CompactReader r)
    {
        var f = new FileMetaData();
        r.BeginStruct();
        while (r.NextField(out short id, out var t))
        {
            switch (id)
            {
                case 1 when t == CompactType.I32: f.Version = r.ReadI32(); break;
                case 2 when t == CompactType.List:
                    {
                        int n = r.ReadListHeader(out _);
                        for (int i = 0; i < n; i++) f.Schema.Add(SchemaElement.Read(r));
                        break;
                    }
                case 3 when t == CompactType.I64: f.NumRows = r.ReadI64(); break;
                case 4 when t == CompactType.List:
                    {
                        int n = r.ReadListHeader(out _);
                        for (int i = 0; i < n; i++) f.RowGroups.Add(RowGroup.Read(r));
                        break;
                    }
                case 6 when t == CompactType.Binary: f.CreatedBy = r.ReadString(); break;
                case 7 when t == CompactType.List:
                    {
                        int n = r.ReadListHeader(out var element);
                        for (int i = 0; i < n; i++) r.Skip(element);
                        f.TypeDefinedColumnOrders = n > 0;
                        break;
                    }
                default: r.Skip(t); break;
            }
        }
        r.EndStruct();
        return f;
    }
}
