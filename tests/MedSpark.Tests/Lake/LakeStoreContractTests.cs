using System.Text;
using MedSpark.Shared.Lake;
using Xunit;

namespace MedSpark.Tests.Lake;

/// <summary>
/// What every <see cref="ILakeStore"/> promises, run against each implementation by a subclass that says how to
/// make a fresh, empty store. The Delta log and the jobs rely on exactly these behaviours.
/// </summary>
public abstract class LakeStoreContractTests
{
    /// <summary>A fresh, empty store whose block size (where there is one) is small enough for multi-block writes here.</summary>
    protected abstract ILakeStore NewStore();

    [Fact]
    public void OpenWrite_Disposed_ObjectVisibleWithContent()
    {
        var store = NewStore();
        using (var w = store.OpenWrite("a/b/one.bin")) w.Write("hello lake"u8);
        Assert.True(store.Exists("a/b/one.bin"));
        Assert.Equal("hello lake", Encoding.UTF8.GetString(store.ReadAllBytes("a/b/one.bin")));
    }

    [Fact]
    public void OpenWrite_BeforeDispose_NothingVisible()
    {
        var store = NewStore();
        using var w = store.OpenWrite("pending.bin");
        w.Write(Bytes(200_000, seed: 1));
        Assert.False(store.Exists("pending.bin"));
        Assert.Empty(store.List(""));
    }

    [Fact]
    public void OpenWrite_Aborted_NothingVisible()
    {
        var store = NewStore();
        using (var w = store.OpenWrite("t/aborted.bin"))
        {
            w.Write(Bytes(300_000, seed: 2));
            w.Abort();
        }
        Assert.False(store.Exists("t/aborted.bin"));
        Assert.Empty(store.List("t/"));
    }

    [Fact]
    public void OpenWrite_ManyBlocksInOddPieces_RoundTripsExactly()
    {
        var store = NewStore();
        var expected = Bytes(1_000_003, seed: 3);
        using (var w = store.OpenWrite("big.bin"))
        {
            for (int at = 0, piece = 1; at < expected.Length; at += piece, piece = piece * 3 % 70_001 + 1)
                w.Write(expected.AsSpan(at, Math.Min(piece, expected.Length - at)));
        }
        Assert.Equal(expected, store.ReadAllBytes("big.bin"));
        Assert.Equal(expected.Length, Assert.Single(store.List("big.bin")).Size);
    }

    [Fact]
    public void OpenWrite_Existing_Replaced()
    {
        var store = NewStore();
        using (var w = store.OpenWrite("x.txt")) w.Write("old content, longer"u8);
        using (var w = store.OpenWrite("x.txt")) w.Write("new"u8);
        Assert.Equal("new", Encoding.UTF8.GetString(store.ReadAllBytes("x.txt")));
    }

    [Fact]
    public void TryCreate_AbsentThenPresent_TrueThenFalseAndFirstContentKept()
    {
        var store = NewStore();
        Assert.True(store.TryCreate("_delta_log/00000000000000000000.json", "first"u8));
        Assert.False(store.TryCreate("_delta_log/00000000000000000000.json", "second"u8));
        Assert.Equal("first", Encoding.UTF8.GetString(store.ReadAllBytes("_delta_log/00000000000000000000.json")));
    }

    [Fact]
    public void TryCreate_EightRacingWriters_ExactlyOneWinsAndItsContentIsThere()
    {
        var store = NewStore();
        var wins = new bool[8];
        using var start = new Barrier(wins.Length);
        var threads = Enumerable.Range(0, wins.Length).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            wins[i] = store.TryCreate("race/commit.json", Encoding.UTF8.GetBytes($"writer {i}"));
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        int winner = Assert.Single(Enumerable.Range(0, wins.Length), i => wins[i]);
        Assert.Equal($"writer {winner}", Encoding.UTF8.GetString(store.ReadAllBytes("race/commit.json")));
    }

    [Fact]
    public void List_Prefix_FlatOrdinalOrderWithSizes()
    {
        var store = NewStore();
        foreach (var (path, size) in new[] { ("t/b/2.bin", 2), ("t/a.bin", 1), ("t/b/10.bin", 10), ("u/x.bin", 3), ("t2/y.bin", 4) })
        {
            using var w = store.OpenWrite(path);
            w.Write(new byte[size]);
        }
        var entries = store.List("t/");
        Assert.Equal(new[] { "t/a.bin", "t/b/10.bin", "t/b/2.bin" }, entries.Select(e => e.Path));
        Assert.Equal(new long[] { 1, 10, 2 }, entries.Select(e => e.Size));
        Assert.Equal(new[] { "t/a.bin", "t/b/10.bin", "t/b/2.bin", "t2/y.bin" }, store.List("t").Select(e => e.Path));
        Assert.Equal(5, store.List("").Count);
    }

    [Fact]
    public void List_NoMatch_Empty()
    {
        var store = NewStore();
        Assert.Empty(store.List("nothing/here/"));
    }

    [Fact]
    public void OpenRead_SeeksAnywhere_ReturnsTheBytesThere()
    {
        var store = NewStore();
        var expected = Bytes(700_000, seed: 4);
        using (var w = store.OpenWrite("seek.bin")) w.Write(expected);
        using var r = store.OpenRead("seek.bin");
        Assert.True(r.CanSeek);
        Assert.Equal(expected.Length, r.Length);
        var random = new Random(5);
        foreach (var (offset, count) in new[] { (expected.Length - 8, 8), (0, 4), (expected.Length - 5000, 4992), (123_456, 200_000), (1, 1), (650_000, 50_000) }
                     .Concat(Enumerable.Range(0, 30).Select(_ => (random.Next(expected.Length - 10), random.Next(1, 10)))))
        {
            r.Seek(offset, SeekOrigin.Begin);
            var got = new byte[count];
            r.ReadExactly(got);
            Assert.True(expected.AsSpan(offset, count).SequenceEqual(got), $"bytes {offset}..{offset + count} differ");
        }
        r.Seek(0, SeekOrigin.End);
        Assert.Equal(0, r.Read(new byte[10]));
    }

    [Fact]
    public void OpenRead_SequentialCopy_EqualsContent()
    {
        var store = NewStore();
        var expected = Bytes(900_001, seed: 6);
        using (var w = store.OpenWrite("seq.bin")) w.Write(expected);
        using var r = store.OpenRead("seq.bin");
        using var copy = new MemoryStream();
        r.CopyTo(copy, 7_000);
        Assert.Equal(expected, copy.ToArray());
    }

    [Fact]
    public void OpenRead_EmptyObject_LengthZero()
    {
        var store = NewStore();
        using (store.OpenWrite("empty.bin")) { }
        using var r = store.OpenRead("empty.bin");
        Assert.Equal(0, r.Length);
        Assert.Equal(0, r.Read(new byte[4]));
    }

    [Fact]
    public void OpenRead_Missing_ThrowsFileNotFoundNamingThePath()
    {
        var store = NewStore();
        var e = Assert.Throws<FileNotFoundException>(() => store.OpenRead("no/such.parquet"));
        Assert.Contains("no/such.parquet", e.Message);
    }

    [Fact]
    public void ReadAllBytes_Missing_ThrowsFileNotFound()
    {
        var store = NewStore();
        Assert.Throws<FileNotFoundException>(() => store.ReadAllBytes("_delta_log/00000000000000000007.json"));
    }

    [Fact]
    public void Delete_ExistingAndAbsent_GoneWithoutError()
    {
        var store = NewStore();
        Assert.True(store.TryCreate("d/1.bin", "x"u8));
        store.Delete("d/1.bin");
        store.Delete("d/1.bin");
        Assert.False(store.Exists("d/1.bin"));
        Assert.Empty(store.List("d/"));
    }

    [Fact]
    public void Exists_PathOutsideRoot_Refused()
    {
        var store = NewStore();
        Assert.Throws<ArgumentException>(() => store.Exists("../elsewhere/x.bin"));
    }

    private static byte[] Bytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}
