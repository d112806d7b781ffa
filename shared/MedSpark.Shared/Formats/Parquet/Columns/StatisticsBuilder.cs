using MedSpark.Shared.Formats.Parquet.Metadata;

namespace MedSpark.Shared.Formats.Parquet.Columns;

/// <summary>
/// Column-chunk statistics as parquet.thrift asks for min_value/max_value: signed order for integers,
/// IEEE order for floats with NaN skipped (and -0.0 as min / +0.0 as max of a zero, so filters stay
/// correct), false &lt; true for booleans, unsigned byte-wise order for byte arrays, signed order for
/// fixed-length DECIMAL bytes.
/// </summary>
internal static class StatisticsBuilder
{
    public static Statistics Build(PhysicalColumn column)
    {
        var stats = new Statistics { NullCount = column.NullCount };
        int n = column.ValueCount;
        if (n == 0) return stats;
        switch (column.Type)
        {
            case PhysicalType.Boolean:
                {
                    var v = column.Bools.AsSpan(0, n);
                    bool anyTrue = v.Contains(true), anyFalse = v.Contains(false);
                    stats.MinValue = [anyFalse ? (byte)0 : (byte)1];
                    stats.MaxValue = [anyTrue ? (byte)1 : (byte)0];
                    break;
                }
            case PhysicalType.Int32:
                {
                    var v = column.Ints.AsSpan(0, n);
                    int min = v[0], max = v[0];
                    foreach (int x in v)
                    {
                        if (x < min) min = x;
                        if (x > max) max = x;
                    }
                    stats.MinValue = BitConverter.GetBytes(min);
                    stats.MaxValue = BitConverter.GetBytes(max);
                    break;
                }
            case PhysicalType.Int64:
                {
                    var v = column.Longs.AsSpan(0, n);
                    long min = v[0], max = v[0];
                    foreach (long x in v)
                    {
                        if (x < min) min = x;
                        if (x > max) max = x;
                    }
                    stats.MinValue = BitConverter.GetBytes(min);
                    stats.MaxValue = BitConverter.GetBytes(max);
                    break;
                }
            case PhysicalType.Float:
                {
                    float min = float.PositiveInfinity, max = float.NegativeInfinity;
                    bool any = false;
                    foreach (float x in column.Floats.AsSpan(0, n))
                    {
                        if (float.IsNaN(x)) continue;
                        any = true;
                        if (x < min) min = x;
                        if (x > max) max = x;
                    }
                    if (!any) break;
                    if (min == 0) min = -0.0f;
                    if (max == 0) max = 0.0f;
                    stats.MinValue = BitConverter.GetBytes(min);
                    stats.MaxValue = BitConverter.GetBytes(max);
                    break;
                }
            case PhysicalType.Double:
                {
                    double min = double.PositiveInfinity, max = double.NegativeInfinity;
                    bool any = false;
                    foreach (double x in column.Doubles.AsSpan(0, n))
                    {
                        if (double.IsNaN(x)) continue;
                        any = true;
                        if (x < min) min = x;
                        if (x > max) max = x;
                    }
                    if (!any) break;
                    if (min == 0) min = -0.0;
                    if (max == 0) max = 0.0;
                    stats.MinValue = BitConverter.GetBytes(min);
                    stats.MaxValue = BitConverter.GetBytes(max);
                    break;
                }
            case PhysicalType.ByteArray:
                {
                    var v = column.Bytes!;
                    byte[] min = v[0], max = v[0];
                    for (int i = 1; i < n; i++)
                    {
                        // Span comparison of bytes is unsigned, which is the order parquet.thrift specifies.
                        if (v[i].AsSpan().SequenceCompareTo(min) < 0) min = v[i];
                        if (v[i].AsSpan().SequenceCompareTo(max) > 0) max = v[i];
                    }
                    stats.MinValue = min;
                    stats.MaxValue = max;
                    break;
                }
            case PhysicalType.FixedLenByteArray:
                {
                    // MedSpark writes FIXED_LEN_BYTE_ARRAY only for DECIMAL, whose order is signed (two's complement).
                    var v = column.Bytes!;
                    byte[] min = v[0], max = v[0];
                    for (int i = 1; i < n; i++)
                    {
                        if (DecimalCodec.CompareBigEndian(v[i], min) < 0) min = v[i];
                        if (DecimalCodec.CompareBigEndian(v[i], max) > 0) max = v[i];
                    }
                    stats.MinValue = min;
                    stats.MaxValue = max;
                    break;
                }
        }
        return stats;
    }
}
