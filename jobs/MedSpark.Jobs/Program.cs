using System.CommandLine;
using System.Diagnostics;
using MedSpark.Shared.Cleaning;
using MedSpark.Shared.Engine;
using MedSpark.Shared.Lake;
using MedSpark.Shared.Sampling;
using MedSpark.Udfs.Radiomics;
using Spectre.Console;

namespace MedSpark.Jobs;

/// <summary>
/// The <c>medspark</c> command line. Exit codes: 0 success; 1 a job failed (the error names the table, file,
/// row or column); 2 the command line or configuration is wrong.
/// </summary>
public static class Program
{
    public const int ExitOk = 0;
    public const int ExitJobFailed = 1;
    public const int ExitUsage = 2;

    public static int Main(string[] args)
    {
        if (Console.IsOutputRedirected || Environment.GetEnvironmentVariable("NO_COLOR") is { Length: > 0 })
        {
            // Logs and pipes get plain text: no colour codes, no cursor movement.
            AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Ansi = AnsiSupport.No,
                ColorSystem = ColorSystemSupport.NoColors,
                Interactive = InteractionSupport.No,
            });
        }
        var root = new RootCommand("MedSpark: nightly medical-imaging outcome analytics on a data lake (embedded engine).");
        root.Subcommands.Add(SampleCommand());
        root.Subcommands.Add(NightlyCommand());
        foreach (var job in NightlyPipeline.Jobs()) root.Subcommands.Add(LearnCommands.Extend(JobCommand(job)));
        root.Subcommands.Add(TableCommands.Delta());
        root.Subcommands.Add(TableCommands.Parquet());
        root.Subcommands.Add(FeatureCommands.Features());
        root.Subcommands.Add(BenchCommands.Command());
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) Console.Error.WriteLine(error.Message);
            Console.Error.WriteLine("Run 'medspark --help' for usage.");
            return ExitUsage;
        }
        return parse.Invoke();
    }

    internal static readonly Option<string> LakeOption = new("--lake")
    {
        Description = "Lake root: a local directory, file://, abfss://container@account.dfs.core.windows.net/path, wasbs://… or https://account.blob.core.windows.net/container/path.",
        DefaultValueFactory = _ => "lake",
    };

    internal static readonly Option<int> ParallelismOption = new("--parallelism")
    {
        Description = "Partitions run at once (default: all cores).",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    private static readonly Option<string?> KeyFileOption = new("--pseudonym-key-file")
    {
        Description = "File holding the secret key of patient-id pseudonyms (else $MEDSPARK_PSEUDONYM_KEY_FILE or $MEDSPARK_PSEUDONYM_KEY; --sample without them uses a published development key).",
    };

    private static readonly Option<string?> FeatureSettingsOption = new("--feature-settings")
    {
        Description = "Feature-settings JSON file for featurize (as 'features extract --settings'; default: 32 fixed bins, no processing).",
    };

    private static readonly Option<bool> PlainOption = new("--plain")
    {
        Description = "No live progress bars (plain log lines), e.g. for cron logs.",
    };

    private static Command SampleCommand()
    {
        var outOption = new Option<string>("--out") { Description = "Lake root to create.", Required = true };
        var studies = new Option<int>("--studies") { Description = "Imaging studies to generate.", DefaultValueFactory = _ => 10_000 };
        var tensors = new Option<int>("--tensors") { Description = "Image tensors to generate.", DefaultValueFactory = _ => 2_000 };
        var seed = new Option<int>("--seed") { Description = "Random seed (same seed, same lake).", DefaultValueFactory = _ => 42 };
        var command = new Command("sample", "Generate a deterministic, realistically dirty sample lake (raw/ and raw/_manifest.json).")
        {
            outOption, studies, tensors, seed, PlainOption,
        };
        command.SetAction(parse => Guard(() =>
        {
            var store = OpenStore(parse.GetValue(outOption)!);
            var manifest = WithProgress(parse, reporter =>
                SampleLake.Generate(store, parse.GetValue(studies), parse.GetValue(tensors), parse.GetValue(seed), reporter));
            AnsiConsole.MarkupLine($"[green]Sample lake written[/] to {Markup.Escape(store.Root)}: {Markup.Escape(manifest)}");
            return ExitOk;
        }));
        return command;
    }

    private static Command NightlyCommand()
    {
        var sample = new Option<bool>("--sample") { Description = "Generate a sample lake first if the lake has no raw data." };
        var studies = new Option<int>("--studies") { Description = "With --sample: studies to generate.", DefaultValueFactory = _ => 10_000 };
        var tensors = new Option<int>("--tensors") { Description = "With --sample: tensors to generate.", DefaultValueFactory = _ => 2_000 };
        var command = new Command("nightly", "Run the whole pipeline: ingest, curate, featurize, train, score.")
        {
            LakeOption, sample, studies, tensors, ParallelismOption, KeyFileOption, FeatureSettingsOption, PlainOption,
        };
        command.SetAction(parse => Guard(() =>
        {
            var store = OpenStore(parse.GetValue(LakeOption)!);
            bool useSample = parse.GetValue(sample);
            var watch = Stopwatch.StartNew();
            var stages = WithProgress(parse, reporter =>
            {
                if (useSample && !SampleLake.Exists(store))
                {
                    Console.Error.WriteLine($"No raw data under {store.Root}: generating a sample lake.");
                    SampleLake.Generate(store, parse.GetValue(studies), parse.GetValue(tensors), seed: 42, reporter);
                }
                return NightlyPipeline.Run(Context(parse, store, useSample, reporter));
            });
            SummaryPrinter.Print(stages, store.Root, watch.Elapsed);
            return ExitOk;
        }));
        return command;
    }

    private static Command JobCommand(IJob job)
    {
        var command = new Command(job.Name, job.Description) { LakeOption, ParallelismOption, KeyFileOption, PlainOption };
        if (job is FeaturizeJob) command.Options.Add(FeatureSettingsOption);
        var sample = new Option<bool>("--sample") { Description = "Use the sample lake's development pseudonym key." };
        command.Options.Add(sample);
        command.SetAction(parse => Guard(() =>
        {
            var store = OpenStore(parse.GetValue(LakeOption)!);
            var watch = Stopwatch.StartNew();
            var summary = WithProgress(parse, reporter => new[] { job.Run(Context(parse, store, parse.GetValue(sample), reporter)) });
            SummaryPrinter.Print(summary, store.Root, watch.Elapsed);
            return ExitOk;
        }));
        return command;
    }

    /// <summary>Live progress bars on a terminal; plain lines on stderr when asked or when output is redirected.</summary>
    private static T WithProgress<T>(ParseResult parse, Func<IProgressReporter, T> work) =>
        parse.GetValue(PlainOption) || Console.IsOutputRedirected
            ? work(new LineProgressReporter(Console.Error))
            : SpectreProgressReporter.Run(work);

    private static JobContext Context(ParseResult parse, ILakeStore store, bool sample, IProgressReporter reporter)
    {
        var key = ResolveKey(parse.GetValue(KeyFileOption), sample);
        DateOnly? asOf = sample && SampleLake.Exists(store) ? SampleManifest.Read(store).AsOfDate : null;
        string? featureFile = parse.GetResult(FeatureSettingsOption) is null ? null : parse.GetValue(FeatureSettingsOption);
        return new JobContext(store, new LocalEngine(parse.GetValue(ParallelismOption)), reporter,
            () => DateTimeOffset.UtcNow, new PipelineSettings(key, AsOfDate: asOf, ModelVersion: LearnCommands.ModelVersion(parse),
                FeatureFile: LoadFeatureSettings(featureFile), FeatureFileName: featureFile is null ? null : Path.GetFileName(featureFile)));
    }

    /// <summary>The --feature-settings file, validated before any job runs; null when none is given.</summary>
    private static ExtractionSettings? LoadFeatureSettings(string? path)
    {
        if (path is null) return null;
        if (!File.Exists(path)) throw new UsageException($"Feature-settings file '{path}' does not exist.");
        try
        {
            return SettingsFile.Load(path);
        }
        catch (SettingsFileException e)
        {
            throw new UsageException(e.Message);
        }
    }

    /// <summary>The configured pseudonym key; a --sample run without one uses the sample lake's published development key.</summary>
    private static PseudonymKey ResolveKey(string? keyFile, bool sample)
    {
        bool configured = keyFile is not null
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(PseudonymKey.EnvironmentVariable))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(PseudonymKey.FileEnvironmentVariable));
        if (!configured && sample) return PseudonymKey.SampleDevelopmentKey;
        try
        {
            return PseudonymKey.FromEnvironmentOrFile(keyFile);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            throw new UsageException(e.Message);
        }
    }

    internal static ILakeStore OpenStore(string lake)
    {
        try
        {
            return LakeStores.Open(LakeLocation.Parse(lake));
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException)
        {
            throw new UsageException($"Lake '{LakeUri.Redact(lake)}': {e.Message}");
        }
    }

    /// <summary>Runs a command body, mapping failures to messages and exit codes.</summary>
    internal static int Guard(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine($"medspark: {e.Message}");
            return ExitUsage;
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"medspark: failed: {e.Message}");
            if (Environment.GetEnvironmentVariable("MEDSPARK_DEBUG") == "1") Console.Error.WriteLine(e);
            else Console.Error.WriteLine("(set MEDSPARK_DEBUG=1 for the stack trace)");
            return ExitJobFailed;
        }
    }
}

/// <summary>A wrong command line or configuration (exit code 2).</summary>
public sealed class UsageException(string message) : Exception(message);
