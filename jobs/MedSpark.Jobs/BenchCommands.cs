using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
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
        var repeat = new Option<int>("--repeat") { Description = "Run MedSpark's write and read phases this many times in the process: ratios are given for the first (cold) run and the median of the others (warm).", DefaultValueFactory = _ => 3 };
        var parquet = new Command("parquet", "Write and read a mixed table with MedSpark and with DuckDB; print MB/s, rows/s, CPU time and peak RSS.") { rows, dir, noDuckDb, repeat };
        parquet.SetAction(parse => Program.Guard(() => RunParquet(parse.GetValue(rows), parse.GetValue(dir), !parse.GetValue(noDuckDb), parse.GetValue(repeat))));
        return new Command("bench", "Benchmarks.") { parquet };
    }

    private static int RunParquet(long rows, string? directory, bool withDuckDb, int repeat)
    {
        if (rows <= 0) throw new UsageException("--rows must be positive.");
        if (repeat <= 0) throw new UsageException("--repeat must be positive.");
        bool temporary = directory is null;
        directory ??= Directory.CreateTempSubdirectory("medspark-bench-").FullName;
        Directory.CreateDirectory(directory);
        string ours = Path.Combine(directory, "medspark.parquet");
        string theirs = Path.Combine(directory, "duckdb.parquet");
        string[] columns = ["id", "value", "category", "day", "ts", "maybe"];
        try
        {
            Console.WriteLine($"rows {rows:N0}, {Environment.ProcessorCount} cores, .NET {Environment.Version}; MedSpark encodes and decodes up to {Environment.ProcessorCount} columns at once; load average {LoadAverage()}");

            var generate = Measure(() =>
            {
                long generated = 0;
                foreach (var batch in Generate(rows)) generated += batch.RowCount;
            });
            Report("MedSpark generate (no I/O)", generate, 0, rows);

            var writes = new List<Phase>();
            var reads = new List<Phase>();
            var freshReads = new List<Phase>();
            long size = 0;
            string check = "";
            for (int run = 1; run <= repeat; run++)
            {
                string suffix = repeat > 1 ? $" [run {run}]" : "";
                var write = Measure(() =>
                {
                    using var output = File.Create(ours);
                    ParquetFile.Write(output, Schema, Generate(rows));
                });
                write = write with { Seconds = write.Seconds - generate.Seconds, CpuSeconds = write.CpuSeconds - generate.CpuSeconds };
                writes.Add(write);
                size = new FileInfo(ours).Length;
                Report("MedSpark write (minus generate)" + suffix, write, size, rows);

                reads.Add(Measure(() => check = Checksum(ParquetFile.ReadReusingArrays, ours, columns)));
                Report("MedSpark read, ReadReusingArrays" + suffix, reads[^1], size, rows);
                freshReads.Add(Measure(() => Checksum(ParquetFile.Read, ours, columns)));
                Report("MedSpark read, Read (new arrays per row group)" + suffix, freshReads[^1], size, rows);
            }
            Console.WriteLine($"  check: {check}");

            if (!withDuckDb) return Program.ExitOk;
            var summary = new List<string>();
            foreach (string? threads in new[] { null, "1" })
            {
                var duck = RunDuckDb(rows, theirs, ours, threads);
                long duckSize = new FileInfo(theirs).Length;
                string label = threads is null ? $"DuckDB ({Environment.ProcessorCount} threads)" : "DuckDB (1 thread)";
                double duckWrite = duck.GetProperty("write").GetDouble(), duckRead = duck.GetProperty("readOwn").GetDouble();
                Console.WriteLine($"{label}: generate {duck.GetProperty("generate").GetDouble():F2} s, peak RSS of the run {duck.GetProperty("maxRssKb").GetInt64() / 1024:N0} MB");
                var cpu = duck.GetProperty("cpu");
                Report($"  {label} write", new Phase(duckWrite, cpu.GetProperty("write").GetDouble(), 0), duckSize, rows);
                Report($"  {label} read own file", new Phase(duckRead, cpu.GetProperty("readOwn").GetDouble(), 0), duckSize, rows);
                Report($"  {label} read MedSpark's file", new Phase(duck.GetProperty("readOurs").GetDouble(), cpu.GetProperty("readOurs").GetDouble(), 0), size, rows);
                summary.Add($"  against {label}, first run (cold: JIT, fresh memory): write {duckWrite / writes[0].Seconds:F2}, read {duckRead / reads[0].Seconds:F2} (Read with new arrays {duckRead / freshReads[0].Seconds:F2})");
                if (repeat > 1)
                    summary.Add($"  against {label}, median of runs 2-{repeat} (warm): write {duckWrite / Median(writes[1..]):F2}, read {duckRead / Median(reads[1..]):F2} (Read with new arrays {duckRead / Median(freshReads[1..]):F2})");
            }
            var theirRead = Measure(() => check = Checksum(ParquetFile.ReadReusingArrays, theirs, columns));
            Report("MedSpark read DuckDB's file, ReadReusingArrays", theirRead, new FileInfo(theirs).Length, rows);
            Console.WriteLine($"  check: {check}");

            Console.WriteLine($"Ratio MedSpark/DuckDB, rows/s (goal: at least 0.50 against {Environment.ProcessorCount} threads on write and read):");
            foreach (string line in summary) Console.WriteLine(line);
            Console.WriteLine($"  MedSpark peak RSS: write {writes.Max(p => p.PeakRssMegabytes):N0} MB, read {reads.Max(p => p.PeakRssMegabytes):N0} MB (Read with new arrays {freshReads.Max(p => p.PeakRssMegabytes):N0} MB); load average now {LoadAverage()}");
            return Program.ExitOk;
        }
        finally
        {
            if (temporary) Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>Wall and CPU seconds (all threads, user + system) of one phase, and its peak RSS.</summary>
    private readonly record struct Phase(double Seconds, double CpuSeconds, long PeakRssMegabytes);

    private static Phase Measure(Action phase)
    {
        ResetPeakRss();
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        phase();
        double seconds = clock.Elapsed.TotalSeconds;
        process.Refresh();
        return new Phase(seconds, (process.TotalProcessorTime - cpu).TotalSeconds, PeakRssMegabytes());
    }

    private static double Median(List<Phase> phases)
    {
        var sorted = phases.Select(p => p.Seconds).Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
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

    /// <summary>
    /// Reads every column of every row group and folds the columns DuckDB's scan aggregates into a checksum
    /// (count, sum(id), sum(value), sum(length(category)), count(maybe)), so nothing is skipped.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string Checksum(Func<Stream, IReadOnlyList<string>?, IEnumerable<ColumnBatch>> read, string path, string[] columns)
    {
        long count = 0, sumId = 0, categoryChars = 0, nonNull = 0;
        double sumValue = 0;
        using (var input = File.OpenRead(path))
        {
            foreach (var batch in read(input, columns))
            {
                count += batch.RowCount;
                foreach (var v in batch.Column<long?>(0)) sumId += v.GetValueOrDefault();
                foreach (var v in batch.Column<double?>(1)) sumValue += v.GetValueOrDefault();
                foreach (var v in batch.Column<string>(2)) categoryChars += v?.Length ?? 0;
                foreach (var v in batch.Column<long?>(5)) nonNull += v.HasValue ? 1 : 0;
            }
        }
        return $"rows {count:N0}, sum(id) {sumId}, sum(value) {sumValue:F3}, sum(length(category)) {categoryChars}, count(maybe) {nonNull}";
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

    private static void Report(string label, Phase phase, long bytes, long rows)
    {
        string mb = bytes > 0 ? $", {bytes / 1e6 / phase.Seconds:N1} MB/s of {bytes / 1e6:N1} MB" : "";
        string cpu = phase.CpuSeconds > 0 ? $", CPU {phase.CpuSeconds:F2} s" : "";
        string peak = phase.PeakRssMegabytes > 0 ? $", peak RSS {phase.PeakRssMegabytes:N0} MB" : "";
        Console.WriteLine($"{label}: {phase.Seconds:F2} s, {rows / phase.Seconds / 1e6:N2} M rows/s{mb}{cpu}{peak}");
    }

    private static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
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
