using System.CommandLine;
using System.CommandLine.Invocation;
using System.Globalization;
using System.Text;
using System.Text.Json;
using MedSpark.Shared.Engine;
using MedSpark.Shared.Formats.Delta;
using MedSpark.Shared.Lake;
using MedSpark.Shared.Learning;
using MedSpark.Shared.Modeling;
using MedSpark.Shared.Schemas;

namespace MedSpark.Jobs;

/// <summary>
/// <c>medspark train --input …</c> and <c>medspark score --input …</c>: the learner on any table (a Delta table
/// directory, a CSV or a LIBSVM file), so it can be checked on public benchmark data. Without <c>--input</c> the
/// same commands run the nightly train/score jobs on the lake. Models go to a Delta models table
/// (<c>--out-model DIR</c>), append-only, with the same promotion rule as the nightly job.
/// </summary>
public static class LearnCommands
{
    /// <summary>The models-table version to score with (default: the champion); also read by the lake score job.</summary>
    public static readonly Option<long?> ModelVersionOption = new("--model-version")
    {
        Description = "Score with this models-table version instead of the promoted champion.",
    };

    private static readonly Option<string?> InputOption = new("--input")
    {
        Description = "Table to read instead of the lake: a Delta table directory, a .csv file (with header) or a LIBSVM file.",
    };

    private static readonly Option<string> FormatOption = new("--format")
    {
        Description = "Input format: auto (Delta if the directory has _delta_log, CSV for *.csv, else LIBSVM), delta, csv, libsvm.",
        DefaultValueFactory = _ => "auto",
    };

    private static readonly Option<string?> LabelOption = new("--label")
    {
        Description = "Label column (two values: 0/1, −1/+1, or any two, the smaller → 0). LIBSVM files: 'label'.",
    };

    private static readonly Option<string?> FeaturesOption = new("--features")
    {
        Description = "Comma-separated feature columns (default: every numeric column but the label).",
    };

    private static readonly Option<int> CvOption = new("--cv")
    {
        Description = "Cross-validation folds over the regParam × class-weight grid (0: no CV; needs one --reg-param).",
        DefaultValueFactory = _ => 5,
    };

    private static readonly Option<string?> RegParamOption = new("--reg-param")
    {
        Description = "regParam, or a comma-separated grid for --cv (default grid 1,0.1,0.01,0.001).",
    };

    private static readonly Option<string> ClassWeightOption = new("--class-weight")
    {
        Description = "unit, balanced (N₋/N₊ on label 1), or both (let CV choose).",
        DefaultValueFactory = _ => "both",
    };

    private static readonly Option<string> CalibrationOption = new("--calibration")
    {
        Description = "platt or isotonic.",
        DefaultValueFactory = _ => "platt",
    };

    private static readonly Option<string?> OutModelOption = new("--out-model")
    {
        Description = "Models Delta table directory to append the model to (created if absent).",
    };

    private static readonly Option<int> SeedOption = new("--seed")
    {
        Description = "Seed of the split, folds and bootstrap.",
        DefaultValueFactory = _ => 20261121,
    };

    private static readonly Option<string?> ModelOption = new("--model")
    {
        Description = "Models Delta table directory to score with.",
    };

    private static readonly Option<string?> OutOption = new("--out")
    {
        Description = "CSV file for the scores (default: standard output).",
    };

    /// <summary>The model version asked for, or null when the command has no such option or it was not given.</summary>
    public static long? ModelVersion(ParseResult parse) =>
        parse.GetResult(ModelVersionOption) is null ? null : parse.GetValue(ModelVersionOption);

    /// <summary>
    /// Gives the <c>train</c> and <c>score</c> job commands their file mode: with <c>--input</c> they run here,
    /// otherwise as before. Other commands are returned unchanged.
    /// </summary>
    public static Command Extend(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.Name is not ("train" or "score")) return command;
        var lakeAction = command.Action as SynchronousCommandLineAction
            ?? throw new InvalidOperationException($"Command '{command.Name}' has no synchronous action to extend.");
        bool train = command.Name == "train";
        Option[] options = train
            ? [InputOption, FormatOption, LabelOption, FeaturesOption, CvOption, RegParamOption, ClassWeightOption, CalibrationOption, OutModelOption, SeedOption]
            : [InputOption, FormatOption, LabelOption, ModelOption, ModelVersionOption, OutOption];
        foreach (var option in options) command.Options.Add(option);
        command.Description += train
            ? " With --input: train on a Delta table, CSV or LIBSVM file instead."
            : " With --input and --model: score a Delta table, CSV or LIBSVM file instead.";
        command.SetAction(parse => parse.GetValue(InputOption) is null
            ? lakeAction.Invoke(parse)
            : Program.Guard(() => train ? Train(parse, Console.Out, Console.Error) : Score(parse, Console.Out, Console.Error)));
        return command;
    }

    internal static int Train(ParseResult parse, TextWriter output, TextWriter log)
    {
        string? label = parse.GetValue(LabelOption) ?? throw new UsageException("train --input needs --label COLUMN.");
        int folds = parse.GetValue(CvOption);
        var regParams = ParseList(parse.GetValue(RegParamOption), "--reg-param");
        if (folds == 1 || folds < 0) throw new UsageException($"--cv {folds}: use 0 (no cross-validation) or at least 2 folds.");
        if (folds == 0 && regParams is { Count: > 1 }) throw new UsageException("--cv 0 fits one model: give one --reg-param.");
        string classWeight = parse.GetValue(ClassWeightOption)!.ToLowerInvariant();
        if (classWeight is not ("unit" or "balanced" or "both")) throw new UsageException($"--class-weight {classWeight}: use unit, balanced or both.");
        var calibration = ParseCalibration(parse.GetValue(CalibrationOption)!);

        var input = LearnInput.Read(parse.GetValue(InputOption)!, parse.GetValue(FormatOption)!);
        var (data, mapping) = input.Assemble(label, ParseNames(parse.GetValue(FeaturesOption)));
        if (mapping is not null) log.WriteLine($"{input.Source}: {mapping}");
        int seed = parse.GetValue(SeedOption);

        var options = new SvmOptions { RegParam = regParams?[0] ?? 0.01 };
        if (classWeight == "balanced")
        {
            double positives = data.Rows.Count(r => r.Label == 1.0);
            options = options with { PositiveClassWeight = (data.Rows.Count - positives) / positives };
        }
        var plan = new TrainingPlan
        {
            Folds = folds,
            RegParams = regParams ?? new TrainingPlan().RegParams,
            TryBalancedClassWeight = classWeight == "both",
            Calibration = calibration,
        };
        var engine = new LocalEngine(Math.Max(1, parse.GetValue(Program.ParallelismOption)));
        var trained = RecoveryModelTrainer.Train(engine, data, options, plan, seed);

        string? outModel = parse.GetValue(OutModelOption);
        PromotionDecision? decision = null;
        long? version = null;
        if (outModel is not null)
            (version, decision) = Register(trained, outModel, input, DateTime.UtcNow);
        WriteReport(output, input, trained, version, decision);
        return Program.ExitOk;
    }

    private static (long Version, PromotionDecision Decision) Register(TrainedModel trained, string outModel, LearnInput input, DateTime createdAt)
    {
        var table = OpenTable(outModel);
        // Plain files have no version: -1 says so; a Delta input records the version read.
        var lineage = new Dictionary<string, long> { [Path.GetFullPath(input.Source)] = input.DeltaVersion ?? -1 };
        var (record, decision) = ModelRegistry.Next(ModelRegistry.ReadAll(table), trained, createdAt, lineage);
        table.Write(RecordMapper<ModelRecord>.Instance.Schema, [RecordMapper<ModelRecord>.Instance.ToBatch([record])],
            new DeltaWriteOptions { Mode = DeltaWriteMode.Append, MergeSchema = true, Operation = "WRITE", Description = "medspark train --input" });
        return (record.Version, decision);
    }

    internal static int Score(ParseResult parse, TextWriter output, TextWriter log)
    {
        string modelPath = parse.GetValue(ModelOption) ?? throw new UsageException("score --input needs --model MODELS_TABLE_DIR.");
        var table = OpenTable(modelPath);
        if (!table.Exists) throw new UsageException($"--model '{modelPath}' is not a Delta models table.");
        ModelRecord model;
        try
        {
            model = ModelRegistry.Select(ModelRegistry.ReadAll(table), parse.GetValue(ModelVersionOption), modelPath);
        }
        catch (KeyNotFoundException e)
        {
            throw new UsageException(e.Message);
        }
        var scorer = new RecoveryScorer(model);

        var input = LearnInput.Read(parse.GetValue(InputOption)!, parse.GetValue(FormatOption)!);
        string? label = parse.GetValue(LabelOption);
        var (data, mapping) = input.Assemble(label, scorer.FeatureNames);
        if (mapping is not null) log.WriteLine($"{input.Source}: {mapping}");
        string lineage = JsonSerializer.Serialize(new SortedDictionary<string, object>
        {
            ["models_table"] = Path.GetFullPath(modelPath),
            ["model_version"] = model.Version,
            ["models_table_version"] = table.Version,
            ["input"] = Path.GetFullPath(input.Source),
            ["input_version"] = input.DeltaVersion ?? -1,
        }, RecoveryModelTrainer.Json);

        string? outPath = parse.GetValue(OutOption);
        using var writer = outPath is null ? null : new StreamWriter(outPath, false, new UTF8Encoding(false));
        var target = (TextWriter?)writer ?? output;
        target.WriteLine("row,margin,probability,predicted,model_version,lineage");
        var margins = new double[data.Rows.Count];
        var probabilities = new double[data.Rows.Count];
        for (int i = 0; i < data.Rows.Count; i++)
        {
            var row = data.Rows[i];
            margins[i] = scorer.Margin(row.Features);
            probabilities[i] = scorer.Probability(margins[i]);
            target.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Csv(row.Key)},{margins[i]:R},{probabilities[i]:R},{(margins[i] > 0 ? 1 : 0)},{model.Version},{Csv(lineage)}"));
        }
        log.WriteLine($"scored {data.Rows.Count:N0} rows of {input.Source} with model version {model.Version}{(outPath is null ? "" : $" into {outPath}")}");
        if (label is not null && data.Rows.Count > 0)
        {
            var m = BinaryMetrics.Compute(margins, data.Rows.Select(r => r.Label!.Value).ToArray(), probabilities);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"AUC-ROC {m.AucRoc:F4}, accuracy {m.Accuracy:F4}, Brier {m.Brier:F4} on {m.Count} labeled rows"));
        }
        return Program.ExitOk;
    }

    private static void WriteReport(TextWriter o, LearnInput input, TrainedModel t, long? version, PromotionDecision? decision)
    {
        var ci = CultureInfo.InvariantCulture;
        o.WriteLine(string.Create(ci, $"input: {input.Source} ({input.Format}), {t.FeatureNames.Count} features; rows train / calibration / test {t.TrainRows} / {t.CalibrationRows} / {t.TestRows}"));
        if (t.CrossValidation is { } cv)
        {
            o.WriteLine(string.Create(ci, $"{cv.Folds}-fold stratified CV (seed {cv.Seed}), mean AUC-ROC ± sd:"));
            for (int c = 0; c < cv.Candidates.Count; c++)
            {
                var s = cv.Candidates[c];
                o.WriteLine(string.Create(ci, $"  {(c == cv.BestIndex ? "*" : " ")} regParam {s.Options.RegParam,-8:G4} positive weight {s.Options.PositiveClassWeight,-8:G4} {s.MeanAucRoc:F4} ± {s.StdAucRoc:F4}"));
            }
        }
        var o2 = t.Model.Options;
        o.WriteLine(string.Create(ci, $"model: regParam {o2.RegParam:G4}, positive class weight {o2.PositiveClassWeight:G4}, {t.Model.Summary.Iterations} L-BFGS iterations ({t.Model.Summary.Convergence}); calibration {t.Calibrator.Method}"));
        var m = t.Metrics;
        var b = t.Bootstrap;
        o.WriteLine(string.Create(ci, $"test (95% bootstrap CI, {b.Replicates} replicates): AUC-ROC {m.AucRoc:F4} [{b.AucRoc.Lower:F4}, {b.AucRoc.Upper:F4}], accuracy {m.Accuracy:F4} [{b.Accuracy.Lower:F4}, {b.Accuracy.Upper:F4}], Brier {m.Brier:F4} [{b.Brier.Lower:F4}, {b.Brier.Upper:F4}]"));
        o.WriteLine(string.Create(ci, $"      AUC-PR {m.AucPr:F4}, sensitivity {m.Sensitivity:F4}, specificity {m.Specificity:F4}, precision {m.Precision:F4}, F1 {m.F1:F4}"));
        o.WriteLine("calibration curve (bin: rows, mean predicted, observed):");
        foreach (var bin in t.CalibrationCurve)
            o.WriteLine(string.Create(ci, $"  ({bin.Lower:F1}, {bin.Upper:F1}]: {bin.Count,6}  {bin.MeanPredicted:F3}  {bin.ObservedRate:F3}"));
        o.WriteLine("standardised coefficients (w·σ, largest first):");
        foreach (var c in ModelReport.Coefficients(t).Take(10))
            o.WriteLine(string.Create(ci, $"  {c.Feature,-24} {c.Standardized,10:F4}   (w = {c.Coefficient:G6})"));
        if (version is long v)
            o.WriteLine($"registered as model version {v}: {(decision!.Promote ? "promoted to champion" : "not promoted")} ({decision.Reason})");
    }

    private static DeltaTable OpenTable(string dir)
    {
        string full = Path.GetFullPath(dir).TrimEnd(Path.DirectorySeparatorChar);
        return DeltaTable.Open(new LocalLakeStore(Path.GetDirectoryName(full)!), Path.GetFileName(full));
    }

    private static IReadOnlyList<double>? ParseList(string? text, string option)
    {
        if (text is null) return null;
        var values = new List<double>();
        foreach (string part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) || !double.IsFinite(v) || v < 0)
                throw new UsageException($"{option} '{part}' is not a finite number >= 0.");
            values.Add(v);
        }
        return values.Count > 0 ? values : throw new UsageException($"{option} is empty.");
    }

    private static IReadOnlyList<string>? ParseNames(string? text) =>
        text?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } names ? names : null;

    private static CalibrationMethod ParseCalibration(string text) => text.ToLowerInvariant() switch
    {
        "platt" => CalibrationMethod.Platt,
        "isotonic" => CalibrationMethod.Isotonic,
        _ => throw new UsageException($"--calibration {text}: use platt or isotonic."),
    };

    private static string Csv(string value) => value.Contains(',') || value.Contains('"') ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
