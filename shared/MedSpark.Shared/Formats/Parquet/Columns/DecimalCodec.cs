using System.Numerics;

namespace MedSpark.Shared.Formats.Parquet.Columns;

/// <summary>
/// Parquet DECIMAL values (LogicalTypes.md, "DECIMAL"): an unscaled integer u with value u·10^-scale, stored as
/// INT32 (precision ≤ 9), INT64 (≤ 18) or big-endian two's complement in FIXED_LEN_BYTE_ARRAY / BYTE_ARRAY.
/// MedSpark holds decimals as CLR <see cref="decimal"/> (96-bit unscaled value, scale ≤ 28).
/// </summary>
internal static class DecimalCodec
{
    /// <summary>The physical type Spark (and MedSpark) writes for a precision: INT32 up to 9 digits, INT64 up to 18, else FIXED_LEN_BYTE_ARRAY.</summary>
    public static int FixedLength(int precision)
    {
        // The fewest bytes whose signed range holds 10^precision - 1.
        var limit = BigInteger.Pow(10, precision);
        int bytes = 1;
        while (BigInteger.One << (8 * bytes - 1) < limit) bytes++;
        return bytes;
    }

    /// <summary>The unscaled integer of <paramref name="value"/> at <paramref name="scale"/>; throws when digits would be lost or the precision is exceeded.</summary>
    public static BigInteger ToUnscaled(decimal value, int precision, int scale, string context)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var mantissa = new BigInteger((uint)bits[0]) | (new BigInteger((uint)bits[1]) << 32) | (new BigInteger((uint)bits[2]) << 64);
        int valueScale = (bits[3] >> 16) & 0xFF;
        if (bits[3] < 0) mantissa = -mantissa;
        BigInteger unscaled;
        if (valueScale <= scale)
        {
            unscaled = mantissa * BigInteger.Pow(10, scale - valueScale);
        }
        else
        {
            unscaled = BigInteger.DivRem(mantissa, BigInteger.Pow(10, valueScale - scale), out var remainder);
            if (!remainder.IsZero) throw new ArgumentException($"{context}: {value} has more than {scale} digits after the point.");
        }
        if (BigInteger.Abs(unscaled) >= BigInteger.Pow(10, precision))
            throw new ArgumentException($"{context}: {value} does not fit decimal({precision},{scale}).");
        return unscaled;
    }

    /// <summary>
    /// u·10^-scale as a CLR decimal, or null when it does not fit. Trailing zero digits are dropped when the
    /// unscaled value is wider than 96 bits (decimal(38,10) values up to 28 significant digits still fit).
    /// </summary>
    public static decimal? FromUnscaled(BigInteger unscaled, int scale)
    {
        while ((unscaled.GetBitLength() > 96 || scale > 28) && scale > 0 && (unscaled % 10).IsZero)
        {
            unscaled /= 10;
            scale--;
        }
        if (scale is < 0 or > 28) return null;
        bool negative = unscaled.Sign < 0;
        var magnitude = BigInteger.Abs(unscaled);
        if (magnitude.GetBitLength() > 96) return null;
        int lo = (int)(uint)(magnitude & uint.MaxValue);
        int mid = (int)(uint)((magnitude >> 32) & uint.MaxValue);
        int hi = (int)(uint)((magnitude >> 64) & uint.MaxValue);
        return new decimal(lo, mid, hi, negative, (byte)scale);
    }

    /// <summary>A 64-bit unscaled value as a decimal (always fits).</summary>
    public static decimal FromUnscaled(long unscaled, int scale)
    {
        bool negative = unscaled < 0;
        ulong magnitude = negative ? (ulong)-(unscaled + 1) + 1 : (ulong)unscaled;
        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, negative, (byte)scale);
    }

    /// <summary>Big-endian two's complement of <paramref name="unscaled"/>, sign-extended to <paramref name="length"/> bytes.</summary>
    public static byte[] ToBigEndian(BigInteger unscaled, int length)
    {
        var result = new byte[length];
        if (unscaled.Sign < 0) result.AsSpan().Fill(0xFF);
        var minimal = unscaled.ToByteArray(isUnsigned: false, isBigEndian: true);
        minimal.CopyTo(result, length - minimal.Length);
        return result;
    }

    /// <summary>The integer in big-endian two's complement bytes (empty = 0).</summary>
    public static BigInteger FromBigEndian(ReadOnlySpan<byte> bytes) => new(bytes, isUnsigned: false, isBigEndian: true);

    /// <summary>Compares two big-endian two's complement integers of equal length, as DECIMAL statistics order them.</summary>
    public static int CompareBigEndian(byte[] a, byte[] b)
    {
        if (a.Length == 0 || b.Length == 0 || a.Length != b.Length) return FromBigEndian(a).CompareTo(FromBigEndian(b));
        int first = ((sbyte)a[0]).CompareTo((sbyte)b[0]);
        return first != 0 ? first : a.AsSpan(1).SequenceCompareTo(b.AsSpan(1));
    }
}
