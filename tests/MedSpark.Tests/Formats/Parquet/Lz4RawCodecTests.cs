using System.Diagnostics;
using MedSpark.Shared.Formats.Parquet;
using MedSpark.Shared.Formats.Parquet.Compression;
using MedSpark.Shared.Formats.Parquet.Metadata;
using MedSpark.Shared.Schemas;
using MedSpark.Tests.Tools;
using Xunit;

namespace MedSpark.Tests.Formats.Parquet;

/// <summary>
/// LZ4_RAW against a block built by hand from the LZ4 block format spec, against liblz4 (Debian python3-lz4,
/// the reference implementation) in both directions, against DuckDB's Parquet files in both directions,
/// and against damaged input.
/// </summary>
public sealed class Lz4RawCodecTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("medspark-lz4-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Decompress_HandEncodedBlock_FollowsTheSpec()
    {
        var block = new List<byte>
        {
            // 3 literals, then a match at offset 3 of 5 + 4 = 9 bytes: it overlaps the bytes it produces.
            0x35, (byte)'a', (byte)'b', (byte)'c', 0x03, 0x00,
            // 15 + 255 + 30 = 300 literals, then a match at offset 1 of 15 + 255 + 10 + 4 = 284 bytes.
            0xFF, 255, 30,
        };
        block.AddRange(Enumerable.Range(0, 300).Select(i => (byte)('0' + i % 10)));
        block.AddRange([0x01, 0x00, 255, 10]);
        // The last sequence: 5 literals, no match.
        block.AddRange([0x50, (byte)'h', (byte)'e', (byte)'l', (byte)'l', (byte)'o']);

        string expected = "abcabcabcabc" + string.Concat(Enumerable.Range(0, 300).Select(i => (char)('0' + i % 10))) + new string('9', 284) + "hello";
        var output = new byte[expected.Length];
        Lz4RawCodec.Decompress(block.ToArray(), output);
        Assert.Equal(expected, System.Text.Encoding.ASCII.GetString(output));
        // The reference decoder agrees that the hand-made block means this.
        Assert.Equal(expected, System.Text.Encoding.ASCII.GetString(Lz4Reference("decompress", block.ToArray(), expected.Length)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(12)]
    [InlineData(13)]
    [InlineData(1000)]
    [InlineData(300_000)]
    public void Compress_ReferenceLibraryDecodes_AndWeDecodeReferenceBlocks(int length)
    {
        var data = SampleData(length, seed: length);
        var ours = Lz4RawCodec.Compress(data);
        Assert.Equal(data, Lz4Reference("decompress", ours, length));
        foreach (string mode in new[] { "compress", "compress_hc" })
        {
            var theirs = Lz4Reference(mode, data, length);
            // Greedy matching costs some ratio, within reason of liblz4's fast mode.
            if (mode == "compress" && length > 1000)
                Assert.True(ours.Length <= theirs.Length * 1.25, $"{length} bytes: ours {ours.Length} bytes, liblz4 {theirs.Length} bytes.");
            var decoded = new byte[length];
            Lz4RawCodec.Decompress(theirs, decoded);
            Assert.True(data.AsSpan().SequenceEqual(decoded), $"liblz4 {mode} block of {length} bytes decodes differently.");
        }
    }

    [Fact]
    public void Decompress_DamagedBlocks_ThrowsFormatErrorOnly()
    {
        // Every corruption must end in the codec's InvalidDataException (or decode when the damage happens to be
        // valid LZ4): never another exception, never an access out of bounds. Pages turn it into a ParquetFormatException.
        var random = new Random(1234);
        int rejected = 0;
        for (int trial = 0; trial < 20_000; trial++)
        {
            var data = SampleData(random.Next(0, 2000), seed: trial);
            var block = Lz4RawCodec.Compress(data).ToList();
            switch (random.Next(5))
            {
                case 0: if (block.Count > 0) block[random.Next(block.Count)] ^= (byte)(1 << random.Next(8)); break;
                case 1: block = block.Take(random.Next(block.Count + 1)).ToList(); break;
                case 2: block.Insert(random.Next(block.Count + 1), (byte)random.Next(256)); break;
                case 3: block = Enumerable.Range(0, random.Next(0, 64)).Select(_ => (byte)random.Next(256)).ToList(); break;
                default: break;
            }
            // Also lie about the size, as a corrupt page header would.
            int size = random.Next(4) == 0 ? random.Next(0, 4000) : data.Length;
            // The codec itself, not through PageCompression, which would also wrap an IndexOutOfRangeException.
            try
            {
                Lz4RawCodec.Decompress(block.ToArray(), new byte[size]);
            }
            catch (InvalidDataException e)
            {
                Assert.Contains("LZ4", e.Message);
                rejected++;
            }
        }
        Assert.True(rejected > 5_000, $"only {rejected} of 20000 damaged blocks were rejected");
        var page = Assert.Throws<ParquetFormatException>(() => PageCompression.Decompress(CompressionCodec.Lz4Raw, [0x10], 1, "page 3 of column 'x'"));
        Assert.Contains("page 3 of column 'x'", page.Message);
    }

    [Theory]
    [InlineData("lz4_raw", "v1")]
    [InlineData("lz4", "v2")]
    public void Read_DuckDbLz4File_MatchesDuckDbValues(string compression, string version)
    {
        // DuckDB writes codec 7 (LZ4_RAW) for both names; the test checks that it did.
        string path = Path.Combine(_directory, $"duck_{compression}.parquet");
        DuckDb.Query($"copy (select i::bigint as id, case when i % 7 = 0 then null else 'study_' || (i % 100)::varchar end as s, i / 3.0 as x from range(0, 20000) t(i)) to {DuckDb.Literal(path)} (format parquet, compression {compression}, parquet_version {version})");
        var codecs = DuckDb.Query($"select distinct compression from parquet_metadata({DuckDb.Literal(path)})").Select(r => r["compression"].GetString()).ToList();
        Assert.Equal(["LZ4_RAW"], codecs);
        using var stream = File.OpenRead(path);
        var batch = ColumnBatch.Concat(ParquetFile.ReadMetadata(stream).Schema, ParquetFile.Read(stream).ToList());
        Assert.Equal(20000, batch.RowCount);
        for (int i = 0; i < 20000; i++)
        {
            Assert.Equal(i, batch.Column<long?>("id")[i]);
            Assert.Equal(i % 7 == 0 ? null : "study_" + i % 100, batch.Column<string>("s")[i]);
            Assert.Equal(i / 3.0, batch.Column<double?>("x")[i]);
        }
    }

    [Fact]
    public void DuckDbReads_OurLz4RawFile_SeesIdenticalValuesAndCodec()
    {
        var batch = ParquetTestData.Edges(randomRows: 5000);
        string path = Path.Combine(_directory, "ours_lz4.parquet");
        using (var stream = File.Create(path)) ParquetFile.Write(stream, batch.Schema, [batch], new ParquetWriteOptions { Compression = ParquetCompression.Lz4Raw, PageBytes = 10_000 });
        var codecs = DuckDb.Query($"select distinct compression from parquet_metadata({DuckDb.Literal(path)})").Select(r => r["compression"].GetString()).ToList();
        Assert.Equal(["LZ4_RAW"], codecs);
        var sums = DuckDb.Query($"select count(*)::varchar as n, sum(i64)::varchar as total, string_agg(s, '|' order by file_row_number) as strings from read_parquet({DuckDb.Literal(path)}, file_row_number = true)").Single();
        Assert.Equal(batch.RowCount.ToString(System.Globalization.CultureInfo.InvariantCulture), sums["n"].GetString());
        var longs = batch.Column<long?>("i64").Where(v => v is not null).Select(v => (System.Numerics.BigInteger)v!.Value);
        Assert.Equal(longs.Aggregate(System.Numerics.BigInteger.Zero, (a, b) => a + b).ToString(), sums["total"].GetString());
        Assert.Equal(string.Join('|', batch.Column<string>("s").Where(s => s is not null)), sums["strings"].GetString());
    }

    /// <summary>Random literal runs and copies of earlier bytes (offsets up to 70000, beyond LZ4's 65535; lengths 4..300, overlapping too).</summary>
    private static byte[] SampleData(int length, int seed)
    {
        var random = new Random(seed);
        var data = new byte[length];
        for (int i = 0; i < length;)
        {
            if (i < 16 || random.Next(3) == 0)
            {
                for (int n = random.Next(1, 20); n > 0 && i < length; n--) data[i++] = (byte)random.Next(256);
                continue;
            }
            int from = i - random.Next(1, Math.Min(i, 70_000) + 1);
            for (int n = random.Next(4, 300); n > 0 && i < length; n--) data[i++] = data[from++];
        }
        return data;
    }

    /// <summary>Runs liblz4's block API (python3-lz4) on <paramref name="input"/>: "compress", "compress_hc" or "decompress".</summary>
    private static byte[] Lz4Reference(string mode, byte[] input, int length)
    {
        string call = mode switch
        {
            "compress" => "lz4.block.compress(data, store_size=False)",
            "compress_hc" => "lz4.block.compress(data, mode='high_compression', compression=12, store_size=False)",
            _ => $"lz4.block.decompress(data, uncompressed_size={length})",
        };
        Assert.True(File.Exists("/usr/bin/python3"), "/usr/bin/python3 is missing: apt-get install python3-lz4 (./medspark.sh test does).");
        var info = new ProcessStartInfo("/usr/bin/python3", ["-c", $"import sys, lz4.block; data = sys.stdin.buffer.read(); sys.stdout.buffer.write({call})"])
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        using var process = Process.Start(info)!;
        var stdout = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(stdout);
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.BaseStream.Write(input);
        process.StandardInput.Close();
        copy.Wait();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"python3-lz4 {mode} failed: {stderr.Result}");
        return stdout.ToArray();
    }
}
