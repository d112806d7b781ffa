using MedSpark.Shared.Formats.Parquet;
using MedSpark.Shared.Formats.Parquet.Encodings;
using Xunit;

namespace MedSpark.Tests.Formats.Parquet;

/// <summary>The RLE/bit-packed hybrid against hand-computed bytes (Encodings.md) and against itself.</summary>
public class RleBitPackedHybridTests
{
    [Fact]
    public void Encode_ZeroToSevenWidth3_MatchesEncodingsMdBitPackedExample()
    {
        // Encodings.md: values 0..7 at bit width 3 pack LSB-first into 10001000 11000110 11111010;
        // the run header is (1 group << 1) | 1 = 3.
        using var stream = new MemoryStream();
        RleBitPackedHybrid.Encode([0, 1, 2, 3, 4, 5, 6, 7], 3, stream);
        Assert.Equal(new byte[] { 0x03, 0b1000_1000, 0b1100_0110, 0b1111_1010 }, stream.ToArray());
    }

    [Fact]
    public void Decode_EncodingsMdBitPackedExample_YieldsZeroToSeven()
    {
        var output = new int[8];
        int consumed = RleBitPackedHybrid.Decode([0x03, 0x88, 0xC6, 0xFA], 3, output, "test");
        Assert.Equal(new[] { 0, 1, 2, 3, 4, 5, 6, 7 }, output);
        Assert.Equal(4, consumed);
    }

    [Fact]
    public void Encode_TwelveEqualValues_IsOneRleRun()
    {
        // Header = 12 << 1 = 24 (RLE), then the value in ceil(10/8) = 2 little-endian bytes.
        using var stream = new MemoryStream();
        RleBitPackedHybrid.Encode(Enumerable.Repeat(513, 12).ToArray(), 10, stream);
        Assert.Equal(new byte[] { 24, 0x01, 0x02 }, stream.ToArray());
    }

    [Fact]
    public void Encode_MixedRunsThenTail_PadsOnlyTheLastGroup()
    {
        // 8 x 1 is an RLE run (header 8 << 1 = 16, value 1), then 0,1,1 bit-packed LSB-first and padded
        // to one group: header (1 << 1) | 1 = 3, bits 0b00000110.
        using var stream = new MemoryStream();
        RleBitPackedHybrid.Encode([1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1], 1, stream);
        Assert.Equal(new byte[] { 16, 1, 0x03, 0b0000_0110 }, stream.ToArray());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(8)]
    [InlineData(13)]
    [InlineData(20)]
    [InlineData(32)]
    public void EncodeDecode_SeededRandomRuns_RoundTrip(int bitWidth)
    {
        var random = new Random(bitWidth);
        long limit = bitWidth == 32 ? int.MaxValue : 1L << bitWidth;
        var values = new List<int>();
        while (values.Count < 5000)
        {
            int value = (int)random.NextInt64(0, limit);
            values.AddRange(Enumerable.Repeat(value, random.Next(3) == 0 ? random.Next(1, 40) : 1));
        }
        using var stream = new MemoryStream();
        RleBitPackedHybrid.Encode(values.ToArray(), bitWidth, stream);
        var decoded = new int[values.Count];
        RleBitPackedHybrid.Decode(stream.ToArray(), bitWidth, decoded, "test");
        for (int i = 0; i < values.Count; i++)
        {
            if (values[i] != decoded[i]) Assert.Fail($"width {bitWidth}, value {i}: expected {values[i]}, got {decoded[i]}.");
        }
    }

    [Fact]
    public void Decode_TruncatedRun_ThrowsFormatException()
    {
        var output = new int[16];
        Assert.Throws<ParquetFormatException>(() => RleBitPackedHybrid.Decode([0x05, 0xFF], 3, output, "test"));
    }

    [Fact]
    public void Unpack_EveryWidth_MatchesBitPackingRead()
    {
        // Parity of the word-at-a-time unpacker with the bit-by-bit reader, for every width and tail length.
        var random = new Random(5);
        for (int width = 0; width <= 32; width++)
        {
            foreach (int count in new[] { 0, 1, 7, 8, 9, 63, 64, 65, 1000 })
            {
                var packed = new byte[(count * width + 7) / 8];
                random.NextBytes(packed);
                var fast = new int[count];
                MedSpark.Shared.Formats.Parquet.Encodings.RleBitPackedHybrid.Unpack(packed, width, fast);
                for (int i = 0; i < count; i++)
                    Assert.Equal((int)MedSpark.Shared.Formats.Parquet.Encodings.BitPacking.Read(packed, (long)i * width, width), fast[i]);
            }
        }
    }
}
