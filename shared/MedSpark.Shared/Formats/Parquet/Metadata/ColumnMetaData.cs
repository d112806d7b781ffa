using MedSpark.Shared.Formats.Parquet.Thrift;

namespace MedSpark.Shared.Formats.Parquet.Metadata;

/// <summary>parquet.thrift <c>ColumnMetaData</c>.</summary>
internal sealed class ColumnMetaData
{
    public PhysicalType Type { get; set; }
    public List<Encoding> Encodings { get; set; } = new();
    public List<string> PathInSchema { get; set; } = new();
    public CompressionCodec Codec { get; set; }
    public long NumValues { get; set; }
    public long TotalUncompressedSize { get; set; }
    public long TotalCompressedSize { get; set; }
    public long DataPageOffset { get; set; }
    public long? DictionaryPageOffset { get; set; }
    public Statistics? Statistics { get; set; }

    public void Write(CompactWriter w)
    {
        w.BeginStruct();
        w.I32(1, (int)Type);
        w.ListField(2, CompactType.I32, Encodings.Count);
        foreach (var e in Encodings) w.I32Element((int)e);
        w.ListField(3, CompactType.Binary, PathInSchema.Count);
        foreach (var p in PathInSchema) w.StringElement(p);
        w.I32(4, (int)Codec);
        w.I64(5, NumValues);
        w.I64(6, TotalUncompressedSize);
        w.I64(7, TotalCompressedSize);
        w.I64(9, DataPageOffset);
        if (DictionaryPageOffset is { } dictionary) w.I64(11, dictionary);
        if (Statistics is not null)
        {
            w.FieldHeader(12, CompactType.Struct);
            Statistics.Write(w);
        }
        w.EndStruct();
    }

    public static ColumnMetaData Read(CompactReader r)
    {
        var m = new ColumnMetaData();
        r.BeginStruct();
        while (r.NextField(out short id, out var t))
        {
            switch (id)
            {
                case 1 when t == CompactType.I32: m.Type = (PhysicalType)r.ReadI32(); break;
                case 2 when t == CompactType.List:
                    {
                        int n = r.ReadListHeader(out _);
                        for (int i = 0; i < n; i++) m.Encodings.Add((Encoding)r.ReadI32());
                        break;
                    }
                case 3 when t == CompactType.List:
                    {
                        int n = r.ReadListHeader(out _);
                        for (int i = 0; i < n; i++) m.PathInSchema.Add(r.ReadString());
                        break;
                    }
                case 4 when t == CompactType.I32: m.Codec = (CompressionCodec)r.ReadI32(); break;
                case 5 when t == CompactType.I64: m.NumValues = r.ReadI64(); break;
                case 6 when t == CompactType.I64: m.TotalUncompressedSize = r.ReadI64(); break;
                case 7 when t == CompactType.I64: m.TotalCompressedSize = r.ReadI64(); break;
                case 9 when t == CompactType.I64: m.DataPageOffset = r.ReadI64(); break;
                case 11 when t == CompactType.I64: m.DictionaryPageOffset = r.ReadI64(); break;
                case 12 when t == CompactType.Struct: m.Statistics = Statistics.Read(r); break;
                default: r.Skip(t); break;
            }
        }
        r.EndStruct();
        return m;
    }
}
