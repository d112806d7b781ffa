using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using MedSpark.Udfs.Imaging;
using MedSpark.Udfs.Radiomics;

namespace MedSpark.Jobs;

/// <summary>
/// <c>medspark features extract --image IMG.nii.gz --mask MASK.nii.gz [--settings S.json] [--json]</c>: IBSI radiomics
/// features of one NIfTI image and ROI. The settings file's processing chain (resampling, re-segmentation) runs first,
/// then discretisation and feature extraction.
/// </summary>
public static class FeatureCommands
{
    public static Command Features()
    {
        var image = new Option<string>("--image") { Description = "NIfTI-1 image (.nii or .nii.gz).", Required = true };
        var mask = new Option<string>("--mask") { Description = "NIfTI-1 ROI mask of the same grid; nonzero = inside.", Required = true };
        var settings = new Option<string?>("--settings") { Description = "Feature-settings JSON file (default: no processing, no discretisation, GLCM distance 1)." };
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a table." };
        var extract = new Command("extract", "Compute IBSI radiomics features of one image and ROI.") { image, mask, settings, json };
        extract.SetAction(parse => Program.Guard(() =>
            Extract(parse.GetValue(image)!, parse.GetValue(mask)!, parse.GetValue(settings), parse.GetValue(json), Console.Out)));
        return new Command("features", "Radiomics features of NIfTI images.") { extract };
    }

    /// <summary>The body of <c>features extract</c>, writing to <paramref name="output"/>; failures throw as for <see cref="Program.Guard"/>.</summary>
    internal static int Extract(string imagePath, string maskPath, string? settingsPath, bool asJson, TextWriter output)
    {
        foreach (var path in new[] { imagePath, maskPath, settingsPath })
        {
            if (path is not null && !File.Exists(path)) throw new UsageException($"File '{path}' does not exist.");
        }

        ExtractionSettings settings;
        try
        {
            settings = settingsPath is null ? ExtractionSettings.Default : SettingsFile.Load(settingsPath);
        }
        catch (SettingsFileException e)
        {
            throw new UsageException(e.Message);
        }

        var image = NiftiReader.Read(imagePath);
        var mask = NiftiReader.Read(maskPath);
        if (mask.Shape != image.Shape)
        {
            throw new InvalidOperationException($"Mask {maskPath} has {Describe(mask.Shape)} voxels, image {imagePath} has {Describe(image.Shape)}.");
        }

        string context = $"image={Path.GetFileName(imagePath)}";
        var ready = ImagePreprocessor.Run(image.Values, mask.ToMask(), image.Shape, image.SpacingX, image.SpacingY, image.SpacingZ,
            settings.Preprocessing, context);
        var values = RadiomicsExtractor.Extract(ready.Values, ready.Mask, ready.Shape.Nx, ready.Shape.Ny, ready.Shape.Nz,
            ready.SpacingX, ready.SpacingY, ready.SpacingZ, settings.Features, context);
        var features = RadiomicsExtractor.Features;
        if (asJson) WriteJson(output, imagePath, maskPath, ready, features, values);
        else WriteTable(output, features, values);
        return Program.ExitOk;
    }

    private static string Describe(VolumeShape s) => $"{s.Nx} x {s.Ny} x {s.Nz}";

    private static string Format(double v) => double.IsNaN(v) ? "NaN" : v.ToString("G10", CultureInfo.InvariantCulture);

    private static void WriteTable(TextWriter output, IReadOnlyList<FeatureDescriptor> features, double[] values)
    {
        var rows = features.Select((f, i) => (Name: f.Name, Code: f.IbsiCode, Aggregation: f.Aggregation, Value: Format(values[i]))).ToList();
        int name = Math.Max("Feature".Length, rows.Max(r => r.Name.Length));
        int code = Math.Max("IBSI".Length, rows.Max(r => r.Code.Length));
        int aggregation = Math.Max("Aggregation".Length, rows.Max(r => r.Aggregation.Length));
        output.WriteLine($"{"Feature".PadRight(name)}  {"IBSI".PadRight(code)}  {"Aggregation".PadRight(aggregation)}  Value");
        foreach (var r in rows) output.WriteLine($"{r.Name.PadRight(name)}  {r.Code.PadRight(code)}  {r.Aggregation.PadRight(aggregation)}  {r.Value}");
    }

    private static void WriteJson(
        TextWriter output, string imagePath, string maskPath, PreprocessedImage ready, IReadOnlyList<FeatureDescriptor> features, double[] values)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("image", imagePath);
            writer.WriteString("mask", maskPath);
            writer.WriteStartArray("grid");
            foreach (int n in new[] { ready.Shape.Nx, ready.Shape.Ny, ready.Shape.Nz }) writer.WriteNumberValue(n);
            writer.WriteEndArray();
            writer.WriteStartArray("spacing");
            foreach (double s in new[] { ready.SpacingX, ready.SpacingY, ready.SpacingZ }) writer.WriteNumberValue(s);
            writer.WriteEndArray();
            writer.WriteNumber("roiVoxels", ready.Mask.Count(m => m != 0));
            writer.WriteStartArray("features");
            for (int i = 0; i < features.Count; i++)
            {
                writer.WriteStartObject();
                writer.WriteString("name", features[i].Name);
                writer.WriteString("ibsiCode", features[i].IbsiCode);
                writer.WriteString("family", features[i].Family);
                writer.WriteString("aggregation", features[i].Aggregation);
                writer.WriteString("column", features[i].ColumnName);
                // JSON has no NaN: an undefined feature is null.
                if (double.IsFinite(values[i])) writer.WriteNumber("value", values[i]);
                else writer.WriteNull("value");
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
