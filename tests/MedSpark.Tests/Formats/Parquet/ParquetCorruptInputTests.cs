using MedSpark.Shared.Formats.Parquet;
using MedSpark.Shared.Schemas;
using Xunit;

namespace MedSpark.Tests.Formats.Parquet;

/// <summary>Damaged files must fail with <see cref="ParquetFormatException"/>, never hang or index out of range.</summary>
public class ParquetCorruptInputTests
{
    private static byte[] ValidFile()
    {
        var batch = ParquetTestData.Edges(randomRows: 200);
        return ParquetTestData.Write(batch.Schema, [batch], new ParquetWriteOptions { Compression = ParquetCompression.Snappy });
    }

    [Fact]
    public void ReadMetadata_BadMagic_ThrowsFormatException()
    {
        var file = ValidFile();
        file[0] = (byte)'X';
        var e = Assert.Throws<ParquetFormatException>(() => ParquetFile.ReadMetadata(new MemoryStream(file)));
        Assert.Contains("PAR1", e.Message);
    }

    [Fact]
    public void ReadMetadata_TooShort_ThrowsFormatException()
    {
        Assert.Throws<ParquetFormatException>(() => ParquetFile.ReadMetadata(new MemoryStream("PAR1PAR1"u8.ToArray())));
    }

    [Fact]
    public void ReadMetadata_TruncatedFile_ThrowsFormatException()
    {
        var file = ValidFile();
        var truncated = file.AsSpan(0, file.Length - 20).ToArray();
        Assert.Throws<ParquetFormatException>(() => ParquetFile.ReadMetadata(new MemoryStream(truncated)));
    }

    [Fact]
    public void ReadMetadata_FooterLengthTooLarge_ThrowsFormatException()
    {
        var file = ValidFile();
        BitConverter.GetBytes(file.Length).CopyTo(file, file.Length - 8);
        var e = Assert.Throws<ParquetFormatException>(() => ParquetFile.ReadMetadata(new MemoryStream(file)));
        Assert.Contains("footer length", e.Message);
    }

    [Fact]
    public void Read_EveryFooterByteFlipped_ThrowsOnlyFormatExceptionsOrSucceeds()
    {
        // Exhaustive over the footer: each single-byte corruption must either still decode or fail cleanly.
        var file = ValidFile();
        int footerLength = BitConverter.ToInt32(file, file.Length - 8);
        int footerStart = file.Length - 8 - footerLength;
        for (int i = footerStart; i < file.Length - 8; i++)
        {
            var damaged = (byte[])file.Clone();
            damaged[i] ^= 0xFF;
            try
            {
                using var stream = new MemoryStream(damaged);
                foreach (var _ in ParquetFile.Read(stream)) { }
            }
            catch (ParquetFormatException) { }
            catch (ArgumentException) { }
            catch (Exception e)
            {
                Assert.Fail($"Flipping footer byte {i - footerStart} raised {e.GetType().Name}: {e.Message}");
            }
        }
    }

    [Theory]
    [InlineData(ParquetCompression.Uncompressed, 1)]
    [InlineData(ParquetCompression.Snappy, 1)]
    [InlineData(ParquetCompression.Gzip, 2)]
    [InlineData(ParquetCompression.Zstd, 2)]
    public void Read_SeededRandomByteDamageAnywhere_ThrowsOnlyFormatExceptionsOrSucceeds(ParquetCompression compression, int pageVersion)
    {
        var batch = ParquetTestData.Edges(randomRows: 300);
        var file = ParquetTestData.Write(batch.Schema, [batch], new ParquetWriteOptions { Compression = compression, DataPageVersion = pageVersion, PageBytes = 500 });
        var random = new Random(1234);
        for (int trial = 0; trial < 500; trial++)
        {
            var damaged = (byte[])file.Clone();
            int flips = random.Next(1, 4);
            var positions = new List<int>();
            for (int f = 0; f < flips; f++)
            {
                int at = random.Next(4, file.Length - 8);
                positions.Add(at);
                damaged[at] = (byte)random.Next(256);
            }
            try
            {
                using var stream = new MemoryStream(damaged);
                foreach (var _ in ParquetFile.Read(stream)) { }
            }
            catch (ParquetFormatException) { }
            catch (Exception e)
            {
                Assert.Fail($"{compression} v{pageVersion}, trial {trial}, bytes {string.Join(",", positions)} damaged: {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
            }
        }
    }

    [Fact]
    public void Read_CorruptedPageBytes_ThrowsFormatExceptionNamingColumn()
    {
        var schema = new TableSchema(new Field("value", ColumnType.Int64));
        var batch = new ColumnBatch(schema, [Enumerable.Range(0, 100).Select(i => (long?)i).ToArray()], 100);
        var file = ParquetTestData.Write(schema, [batch], new ParquetWriteOptions { Compression = ParquetCompression.Uncompressed });
        // Byte 5 sits in the first page header (after 4 bytes of magic): make its sizes nonsense.
        for (int i = 5; i < 12; i++) file[i] = 0xFF;
        var e = Assert.Throws<ParquetFormatException>(() => ParquetFile.Read(new MemoryStream(file)).ToList());
        Assert.Contains("'value'", e.Message);
    }
}
