using System.Numerics;
using System.Runtime.CompilerServices;
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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
            case PhysicalType.Int32 when Range(column.Ints.AsSpan(0, n)) is var (min, max):
                stats.MinValue = BitConverter.GetBytes(min);
                stats.MaxValue = BitConverter.GetBytes(max);
                break;
            case PhysicalType.Int64 when Range(column.Longs.AsSpan(0, n)) is var (min, max):
                stats.MinValue = BitConverter.GetBytes(min);
                stats.MaxValue = BitConverter.GetBytes(max);
                break;
            case PhysicalType.Float when Range(column.Floats.AsSpan(0, n)) is var (min, max):
                stats.MinValue = BitConverter.GetBytes(min);
                stats.MaxValue = BitConverter.GetBytes(max);
                break;
            case PhysicalType.Double when Range(column.Doubles.AsSpan(0, n)) is var (min, max):
                stats.MinValue = BitConverter.GetBytes(min);
                stats.MaxValue = BitConverter.GetBytes(max);
                break;
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

    /// <summary>
    /// Min and max in the type's order, NaN skipped; a zero bound is widened to -0 (min) / +0 (max) so that
    /// filters on either zero stay correct. Null when every value is NaN.
    /// </summary>
    private static (T Min, T Max)? Range<T>(ReadOnlySpan<T> values) where T : struct, INumber<T>, ISignedNumber<T>
    {
        bool any = false;
        T min = default, max = default;
        foreach (T x in values)
        {
            if (T.IsNaN(x)) continue;
            if (!any) { min = max = x; any = true; continue; }
            if (x < min) min = x;
            if (x > max) max = x;
        }
        if (!any) return null;
        if (T.IsZero(min)) min = -T.Zero;
        if (T.IsZero(max)) max = T.Zero;
        return (min, max);
    }
}
