using MedSpark.Shared.Formats.Parquet.Thrift;

namespace MedSpark.Shared.Formats.Parquet.Metadata;

/// <summary>
/// parquet.thrift <c>PageHeader</c> with its <c>DataPageHeader</c>, <c>DictionaryPageHeader</c> and
/// <c>DataPageHeaderV2</c> flattened in: a page carries exactly one of them, chosen by <see cref="Type"/>.
/// </summary>
internal sealed class PageHeader
{
    public PageType Type { get; set; }
    public int UncompressedPageSize { get; set; }
    public int CompressedPageSize { get; set; }
    public int NumValues { get; set; }
    public Encoding Encoding { get; set; }
    public Encoding DefinitionLevelEncoding { get; set; } = Encoding.Rle;
    public Encoding RepetitionLevelEncoding { get; set; } = Encoding.Rle;

    /// <summary>V2 only.</summary>
    public int NumNulls { get; set; }
    public int NumRows { get; set; }
    public int DefinitionLevelsByteLength { get; set; }
    public int RepetitionLevelsByteLength { get; set; }
    public bool IsCompressed { get; set; } = true;

    /// <summary>Whether any of the per-type sub-headers was present (a data page without one is corrupt).</summary>
    public bool HasTypeHeader { get; private set; }

    public void Write(CompactWriter w)
    {
        w.BeginStruct();
        w.I32(1, (int)Type);
        w.I32(2, UncompressedPageSize);
        w.I32(3, CompressedPageSize);
        switch (Type)
        {
            case PageType.DataPage:
                w.StructField(5);
                w.I32(1, NumValues);
                w.I32(2, (int)Encoding);
                w.I32(3, (int)DefinitionLevelEncoding);
                w.I32(4, (int)Encoding.Rle);
                w.EndStruct();
                break;
            case PageType.DataPageV2:
                w.StructField(8);
                w.I32(1, NumValues);
                w.I32(2, NumNulls);
                w.I32(3, NumRows);
                w.I32(4, (int)Encoding);
                w.I32(5, DefinitionLevelsByteLength);
                w.I32(6, RepetitionLevelsByteLength);
                w.Bool(7, IsCompressed);
                w.EndStruct();
                break;
            case PageType.DictionaryPage:
                w.StructField(7);
                w.I32(1, NumValues);
                w.I32(2, (int)Encoding);
                w.EndStruct();
                break;
            default:
                throw new InvalidOperationException($"MedSpark does not write {Type} pages.");
        }
        w.EndStruct();
    }

    public static PageHeader Read(CompactReader r)
    {
        var h = new PageHeader();
        r.BeginStruct();
        while (r.NextField(out short id, out var t))
        {
            switch (id)
            {
                case 1 when t == CompactType.I32: h.Type = (PageType)r.ReadI32(); break;
                case 2 when t == CompactType.I32: h.UncompressedPageSize = r.ReadI32(); break;
                case 3 when t == CompactType.I32: h.CompressedPageSize = r.ReadI32(); break;
                case 5 when t == CompactType.Struct: ReadDataPageHeader(r, h); break;
                case 7 when t == CompactType.Struct: ReadDictionaryPageHeader(r, h); break;
                case 8 when t == CompactType.Struct: ReadDataPageHeaderV2(r, h); break;
                default: r.Skip(t); break;
            }
        }
        r.EndStruct();
        return h;
    }

    private static void ReadDataPageHeader(CompactReader r, PageHeader h)
    {
        h.HasTypeHeader = true;
        r.BeginStruct();
        while (r.NextField(out short id, out var t))
        {
            switch (id)
            {
                case 1 when t == CompactType.I32: h.NumValues = r.ReadI32(); break;
                case 2 when t == CompactType.I32: h.Encoding = (Encoding)r.ReadI32(); break;
                case 3 when t == CompactType.I32: h.DefinitionLevelEncoding = (Encoding)r.ReadI32(); break;
                case 4 when t == CompactType.I32: h.RepetitionLevelEncoding = (Encoding)r.ReadI32(); break;
                default: r.Skip(t); break;
            }
        }
        r.EndStruct();
    }

    private static void ReadDictionaryPageHeader(CompactReader r, PageHeader h)
    {
        h.HasTypeHeader = true;
        r.BeginStruct();
        while (r.NextField(out short id, out var t))
        {
            switch (id)
            {
                case 1 when t == CompactType.I32: h.NumValues = r.ReadI32(); break;
                case 2 when t == CompactType.I32: h.Encoding = (Encoding)r.ReadI32(); break;
                default: r.Skip(t); break;
            }
        }
        r.EndStruct();
    }

    private static void ReadDataPageHeaderV2(CompactReader r, PageHeader h)
    {
        h.HasTypeHeader = true;
        r.BeginStruct();
        while (r.NextField(out short id, out var t))
        {
            switch (id)
            {
                case 1 when t == CompactType.I32: h.NumValues = r.ReadI32(); break;
                case 2 when t == CompactType.I32: h.NumNulls = r.ReadI32(); break;
                case 3 when t == CompactType.I32: h.NumRows = r.ReadI32(); break;
                case 4 when t == CompactType.I32: h.Encoding = (Encoding)r.ReadI32(); break;
                case 5 when t == CompactType.I32: h.DefinitionLevelsByteLength = r.ReadI32(); break;
                case 6 when t == CompactType.I32: h.RepetitionLevelsByteLength = r.ReadI32(); break;
                case 7 when t is CompactType.BooleanTrue or CompactType.BooleanFalse: h.IsCompressed = CompactReader.BoolValue(t); break;
                default: r.Skip(t); break;
            }
        }
        r.EndStruct();
    }
}
