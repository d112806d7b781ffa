using MedSpark.Shared.Formats.Parquet.Thrift;

namespace MedSpark.Shared.Formats.Parquet.Metadata;

/// <summary>parquet.thrift <c>Statistics</c>: values are PLAIN-encoded without a length prefix.</summary>
internal sealed class Statistics
{
    /// <summary>Legacy max (field 1), ordered signed; only trusted for non-byte-array columns.</summary>
    public byte[]? LegacyMax { get; set; }
    public byte[]? LegacyMin { get; set; }
    public long? NullCount { get; set; }
    public long? DistinctCount { get; set; }
    public byte[]? MaxValue { get; set; }
    public byte[]? MinValue { get; set; }

    public void Write(CompactWriter w)
    {
        w.BeginStruct();
        if (NullCount is { } nulls) w.I64(3, nulls);
        if (DistinctCount is { } distinct) w.I64(4, distinct);
        if (MaxValue is not null) w.Binary(5, MaxValue);
        if (MinValue is not null) w.Binary(6, MinValue);
        w.EndStruct();
    }

    public static Statistics Read(CompactReader r)
    {
        var s = new Statistics();
        r.BeginStruct();
        while (r.NextField(out short id, out var t))
        {
            switch (id)
            {
                case 1 when t == CompactType.Binary: s.LegacyMax = r.ReadBinary(); break;
                case 2 when t == CompactType.Binary: s.LegacyMin = r.ReadBinary(); break;
                case 3 when t == CompactType.I64: s.NullCount = r.ReadI64(); break;
                case 4 when t == CompactType.I64: s.DistinctCount = r.ReadI64(); break;
                case 5 when t == CompactType.Binary: s.MaxValue = r.ReadBinary(); break;
                case 6 when t == CompactType.Binary: s.MinValue = r.ReadBinary(); break;
                default: r.Skip(t); break;
            }
        }
        r.EndStruct();
        return s;
    }
}
