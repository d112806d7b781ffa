using MedSpark.Shared.Formats.Parquet.Compression;
using Xunit;

namespace MedSpark.Tests.Formats.Parquet;

/// <summary>Parity of MedSpark's span Snappy decoder with IronSnappy (the codec the writer uses), and its bounds checks.</summary>
public class SnappyDecoderTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void TryDecode_IronSnappyBlocks_GivesTheOriginalBytes(int seed)
    {
        var random = new Random(seed);
        for (int round = 0; round < 40; round++)
        {
            int length = round == 0 ? 0 : random.Next(1, round < 20 ? 300 : 200_000);
            var data = new byte[length];
            int mode = random.Next(4);
            for (int i = 0; i < length; i++)
            {
                data[i] = mode switch
                {
                    0 => (byte)random.Next(256),                       // incompressible
                    1 => (byte)(i % 7),                               // short period: overlapping copies
                    2 => i > 100 && random.Next(3) > 0 ? data[i - random.Next(1, 100)] : (byte)random.Next(256),
                    _ => (byte)((i / 8) >> (8 * (i % 8))),             // little-endian longs
                };
            }
            var block = IronSnappy.Snappy.Encode(data);
            var output = new byte[length];
            Assert.True(SnappyDecoder.TryDecode(block, output), $"seed {seed} round {round} mode {mode} length {length}");
            Assert.Equal(data, output);
            Assert.Equal(data, IronSnappy.Snappy.Decode(block));
        }
    }

    [Fact]
    public void TryDecode_DamagedBlocks_ReturnFalseOrDecodeWithoutThrowing()
    {
        var random = new Random(3);
        var data = Enumerable.Range(0, 5000).Select(i => (byte)(i % 13 + (i / 500))).ToArray();
        var block = IronSnappy.Snappy.Encode(data);
        var output = new byte[data.Length];
        Assert.False(SnappyDecoder.TryDecode(block, new byte[data.Length + 1]), "wrong declared length");
        Assert.False(SnappyDecoder.TryDecode(block.AsSpan(0, block.Length - 1), output), "truncated");
        for (int trial = 0; trial < 2000; trial++)
        {
            var damaged = (byte[])block.Clone();
            damaged[random.Next(damaged.Length)] = (byte)random.Next(256);
            SnappyDecoder.TryDecode(damaged, output); // must not throw
        }
    }
}
