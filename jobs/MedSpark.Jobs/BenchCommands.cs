using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using MedSpark.Shared.Formats.Parquet;
using MedSpark.Shared.Schemas;

namespace MedSpark.Jobs;

/// <summary>
/// <c>medspark bench parquet</c>: write and read throughput of MedSpark's Parquet on a mixed table (int64,
/// double, dictionary-friendly string, date, timestamp, nullable int64), side by side with DuckDB doing the
/// same COPY and full scan on the same machine (tests/tools/duckdb/bench.mjs). Reports MB/s of file bytes,
/// rows/s and peak RSS per phase; docs/benchmarks-parquet.md records results and how to rerun.
/// </summary>
public static class BenchCommands
{
    private static readonly TableSchema Schema = new(
        new Field("id", ColumnType.Int64, Nullable: false),
        new Field("value", ColumnType.Double, Nullable: false),
        new Field("category", ColumnType.String, Nullable: false),
        new Field("day", ColumnType.Date, Nullable: false),
        new Field("ts", ColumnType.Timestamp, Nullable: false),
        new Field("maybe", ColumnType.Int64));

    private const int BatchRows = 1 << 20;

    public static Command Command()
    {
        var rows = new Option<long>("--rows") { Description = "Rows in the table.", DefaultValueFactory = _ => 10_000_000 };
        var dir = new Option<string?>("--dir") { Description = "Directory for the files (default: a temp directory, deleted afterwards)." };
        var noDuckDb = new Option<bool>("--no-duckdb") { Description = "Skip the DuckDB comparison." };
        var parquet = new Command("parquet", "Write and read a mixed table with MedSpark and with DuckDB; print MB/s, rows/s and peak RSS.") { rows, dir, noDuckDb };
        parquet.SetAction(parse => Program.Guard(() => RunParquet(parse.GetValue(rows), parse.GetValue(dir), !parse.GetValue(noDuckDb))));
        return new Command("bench", "Benchmarks.") { parquet };
    }

    private static int RunParquet(long rows, string? directory, bool withDuckDb)
    {
        if (rows <= 0) throw new UsageException("--rows must be positive.");
        bool temporary = directory is null;
        directory ??= Directory.CreateTempSubdirectory("medspark-bench-").FullName;
        Directory.CreateDirectory(directory);
        string ours = Path.Combine(directory, "medspark.parquet");
        string theirs = Path.Combine(directory, "duckdb.parquet");
        try
        {
            Console.WriteLine($"rows {rows:N0}, {Environment.ProcessorCount} cores, .NET {Environment.Version}, MedSpark writes on one thread, reads on up to {Environment.ProcessorCount}");

            ResetPeakRss();
            var clock = Stopwatch.StartNew();
            long generated = 0;
            foreach (var batch in Generate(rows)) generated += batch.RowCount;
            double generateSeconds = clock.Elapsed.TotalSeconds;
            Report("MedSpark generate (no I/O)", generateSeconds, 0, generated);

            ResetPeakRss();
            clock.Restart();
            using (var output = File.Create(ours)) ParquetFile.Write(output, Schema, Generate(rows));
            double writeSeconds = clock.Elapsed.TotalSeconds - generateSeconds;
            long size = new FileInfo(ours).Length;
            Report("MedSpark write (minus generate)", writeSeconds, size, rows);

            var (readSeconds, check) = ReadAll(ours);
            Report("MedSpark read (all columns)", readSeconds, size, rows);
            Console.WriteLine($"  check: {check}");

            if (!withDuckDb) return Program.ExitOk;
            foreach (string? threads in new[] { null, "1" })
            {
                var duck = RunDuckDb(rows, theirs, ours, threads);
                long duckSize = new FileInfo(theirs).Length;
                string label = threads is null ? $"DuckDB ({Environment.ProcessorCount} threads)" : "DuckDB (1 thread)";
                Console.WriteLine($"{label}: generate {duck.GetProperty("generate").GetDouble():F2} s, peak RSS of the run {duck.GetProperty("maxRssKb").GetInt64() / 1024:N0} MB");
                Report($"  {label} write", duck.GetProperty("write").GetDouble(), duckSize, rows, rss: false);
                Report($"  {label} read own file", duck.GetProperty("readOwn").GetDouble(), duckSize, rows, rss: false);
                Report($"  {label} read MedSpark's file", duck.GetProperty("readOurs").GetDouble(), size, rows, rss: false);
                Console.WriteLine($"  ratio MedSpark/DuckDB rows/s: write {duck.GetProperty("write").GetDouble() / writeSeconds:F2}, read {duck.GetProperty("readOwn").GetDouble() / readSeconds:F2}");
            }
            var (theirReadSeconds, theirCheck) = ReadAll(theirs);
            Report("MedSpark read DuckDB's file", theirReadSeconds, new FileInfo(theirs).Length, rows);
            Console.WriteLine($"  check: {theirCheck}");
            return Program.ExitOk;
        }
        finally
        {
            if (temporary) Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>The table in batches of 2^20 rows, generated lazily so memory stays bounded.</summary>
    public static IEnumerable<ColumnBatch> Generate(long rows)
    {
        var categories = Enumerable.Range(0, 1000).Select(i => "category_" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        var epochDay = new DateOnly(2000, 1, 1);
        var epoch = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        for (long start = 0; start < rows; start += BatchRows)
        {
            int n = (int)Math.Min(BatchRows, rows - start);
            var id = new long?[n];
            var value = new double?[n];
            var category = new string?[n];
            var day = new DateOnly?[n];
            var ts = new DateTime?[n];
            var maybe = new long?[n];
            for (int k = 0; k < n; k++)
            {
                long i = start + k;
                id[k] = i;
                ulong h = (ulong)i * 0x9E3779B97F4A7C15UL;
                value[k] = (double)((h >> 11) % 1_000_000) / 1000;
                category[k] = categories[i % 1000];
                day[k] = epochDay.AddDays((int)(i % 10000));
                ts[k] = epoch.AddTicks(i * TimeSpan.TicksPerMillisecond);
                maybe[k] = i % 10 == 0 ? null : i * 3;
            }
            yield return new ColumnBatch(Schema, [id, value, category, day, ts, maybe], n);
        }
    }

    /// <summary>Reads every column of every row group and folds them into a checksum (so nothing is skipped).</summary>
    private static (double Seconds, string Check) ReadAll(string path)
    {
        ResetPeakRss();
        var clock = Stopwatch.StartNew();
        long count = 0, sumId = 0, categoryChars = 0, nonNull = 0;
        double sumValue = 0;
        using (var input = File.OpenRead(path))
        {
            foreach (var batch in ParquetFile.Read(input, ["id", "value", "category", "day", "ts", "maybe"]))
            {
                count += batch.RowCount;
                foreach (var v in batch.Column<long?>(0)) sumId += v ?? 0;
                foreach (var v in batch.Column<double?>(1)) sumValue += v ?? 0;
                foreach (var v in batch.Column<string>(2)) categoryChars += v?.Length ?? 0;
                foreach (var v in batch.Column<long?>(5)) nonNull += v is null ? 0 : 1;
            }
        }
        return (clock.Elapsed.TotalSeconds, $"rows {count:N0}, sum(id) {sumId}, sum(value) {sumValue:F3}, sum(length(category)) {categoryChars}, count(maybe) {nonNull}");
    }

    private static JsonElement RunDuckDb(long rows, string duckFile, string ourFile, string? threads)
    {
        string tool = Path.Combine(RepositoryRoot(), "tests", "tools", "duckdb");
        if (!Directory.Exists(Path.Combine(tool, "node_modules", "@duckdb", "node-api")))
            throw new UsageException($"DuckDB is not installed: run 'npm install' in {tool} (or './medspark.sh test' once), or pass --no-duckdb.");
        var info = new ProcessStartInfo("node") { WorkingDirectory = tool, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Path.Combine(tool, "bench.mjs"), rows.ToString(CultureInfo.InvariantCulture), duckFile, ourFile }) info.ArgumentList.Add(a);
        if (threads is not null) info.ArgumentList.Add(threads);
        using var process = Process.Start(info) ?? throw new UsageException("Could not start node.");
        string stdout = process.StandardOutput.ReadToEnd();
        string stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"DuckDB bench failed (exit {process.ExitCode}): {stderr}");
        return JsonDocument.Parse(stdout).RootElement.Clone();
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "tests", "tools", "duckdb", "bench.mjs"))) return dir.FullName;
        }
        throw new UsageException($"Cannot find tests/tools/duckdb/bench.mjs above {AppContext.BaseDirectory}; run from the repository build.");
    }

    private static void Report(string label, double seconds, long bytes, long rows, bool rss = true)
    {
        string mb = bytes > 0 ? $", {bytes / 1e6 / seconds:N1} MB/s of {bytes / 1e6:N1} MB" : "";
        string peak = rss ? $", peak RSS {PeakRssMegabytes():N0} MB" : "";
        Console.WriteLine($"{label}: {seconds:F2} s, {rows / seconds / 1e6:N2} M rows/s{mb}{peak}");
    }

    /// <summary>Linux: resets VmHWM so the next phase's peak is its own (writing 5 to clear_refs); elsewhere a no-op.</summary>
    private static void ResetPeakRss()
    {
        GC.Collect();
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not Linux, or not permitted: the peak then covers the process so far.
        }
    }

    private static long PeakRssMegabytes()
    {
        try
        {
            var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
