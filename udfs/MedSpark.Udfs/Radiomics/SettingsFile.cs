using System.Text.Json;
using MedSpark.Udfs.Imaging;

namespace MedSpark.Udfs.Radiomics;

/// <summary>
/// Reads a feature-settings file: one JSON object in the spirit of pyradiomics' parameter files. Every key is
/// optional; an absent key keeps the default (no processing, no discretisation, GLCM distance 1). Unknown keys,
/// wrong types and out-of-range values fail with a <see cref="SettingsFileException"/> naming the key and value.
/// <code>
/// {
///   "discretisation": "fixedBinNumber",   // "none" | "fixedBinNumber" | "fixedBinSize"
///   "binCount": 32,                       // fixedBinNumber: 1..1024
///   "binWidth": 25, "binMin": -1000,      // fixedBinSize: width > 0 and lower edge of bin 1
///   "resampledSpacing": 1.0,              // isotropic voxel size in mm; absent: no interpolation
///   "maskInterpolation": "partialVolume", // "nearest" | "partialVolume" (trilinear, >= 0.5)
///   "roundIntensities": true,             // round interpolated intensities to integers (CT)
///   "resegmentRange": [-1000, 400],       // [min, max]; either may be null for an open bound
///   "resegmentOutliers": 3,               // keep mean +/- k sd of the ROI
///   "glcmDistance": 1,                    // Chebyshev distance, 1..64
///   "exactAutocorrelation": true          // Moran's I / Geary's C over all voxel pairs of any ROI (slower);
///                                         // default false: a fixed-seed sample of 2,048 voxels above that size
/// }
/// </code>
/// </summary>
public static class SettingsFile
{
    private static readonly string[] s_keys =
    [
        "discretisation", "binCount", "binWidth", "binMin", "resampledSpacing", "maskInterpolation", "roundIntensities", "resegmentRange",
        "resegmentOutliers", "glcmDistance", "exactAutocorrelation",
    ];

    /// <summary>
    /// The settings as one compact JSON object in this file format, with every key that applies written out in a
    /// fixed order and numbers in invariant round-trip form: equal settings give equal text, whatever file (comments,
    /// key order, omitted defaults) they came from, and <see cref="Parse"/> reads it back to equal settings.
    /// </summary>
    public static string ToCanonicalJson(ExtractionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var f = settings.Features;
        var p = settings.Preprocessing;
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteString("discretisation", f.Discretisation switch
            {
                Discretisation.FixedBinNumber => "fixedBinNumber",
                Discretisation.FixedBinSize => "fixedBinSize",
                _ => "none",
            });
            if (f.Discretisation == Discretisation.FixedBinNumber) w.WriteNumber("binCount", f.BinNumber);
            if (f.Discretisation == Discretisation.FixedBinSize)
            {
                w.WriteNumber("binWidth", f.BinSize);
                w.WriteNumber("binMin", f.BinMin);
            }

            if (p.Spacing is { } spacing) w.WriteNumber("resampledSpacing", spacing);
            w.WriteString("maskInterpolation", p.MaskInterpolation == MaskInterpolation.Nearest ? "nearest" : "partialVolume");
            w.WriteBoolean("roundIntensities", p.RoundIntensities);
            if (p.RangeMin is not null || p.RangeMax is not null)
            {
                w.WriteStartArray("resegmentRange");
                foreach (var bound in new[] { p.RangeMin, p.RangeMax })
                {
                    if (bound is { } b && double.IsFinite(b)) w.WriteNumberValue(b);
                    else w.WriteNullValue();
                }

                w.WriteEndArray();
            }

            if (p.OutlierSigma is { } sigma) w.WriteNumber("resegmentOutliers", sigma);
            w.WriteNumber("glcmDistance", f.GlcmDistance);
            if (f.ExactAutocorrelation) w.WriteBoolean("exactAutocorrelation", true);  // absent when off: earlier hashes stay
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>SHA-256 of the UTF-8 <see cref="ToCanonicalJson"/> text, lowercase hex: the settings' identity in lineage.</summary>
    public static string Sha256(ExtractionSettings settings) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(ToCanonicalJson(settings)))).ToLowerInvariant();

    /// <summary>Reads and validates the file at <paramref name="path"/>.</summary>
    /// <exception cref="SettingsFileException">The file is not valid settings.</exception>
    public static ExtractionSettings Load(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>Parses and validates settings JSON; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="SettingsFileException">The text is not valid settings.</exception>
    public static ExtractionSettings Parse(string json, string source)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new SettingsFileException(source, null, null, $"not valid JSON ({e.Message})");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new SettingsFileException(source, null, null, "expected one JSON object of settings");
            foreach (var property in root.EnumerateObject())
            {
                if (!s_keys.Contains(property.Name))
                {
                    throw new SettingsFileException(source, property.Name, property.Value.GetRawText(), $"unknown key; known keys: {string.Join(", ", s_keys)}");
                }
            }

            var reader = new Reader(root, source);
            var discretisation = reader.Enum("discretisation", Discretisation.None,
                ("none", Discretisation.None), ("fixedBinNumber", Discretisation.FixedBinNumber), ("fixedBinSize", Discretisation.FixedBinSize));
            int binCount = reader.Int("binCount", 0);
            double? binWidth = reader.Number("binWidth");
            double binMin = reader.Number("binMin") ?? 0;
            int glcmDistance = reader.Int("glcmDistance", 1);
            bool exactAutocorrelation = reader.Bool("exactAutocorrelation");
            reader.Require(discretisation != Discretisation.FixedBinNumber || root.TryGetProperty("binCount", out _), "binCount", "required when discretisation is fixedBinNumber");
            reader.Require(discretisation != Discretisation.FixedBinSize || binWidth is not null, "binWidth", "required when discretisation is fixedBinSize");
            var features = reader.Build(
                () => new FeatureSettings(discretisation, binCount, binWidth ?? 0, binMin, glcmDistance, exactAutocorrelation),
                new Dictionary<string, string> { ["binNumber"] = "binCount", ["binSize"] = "binWidth", ["binMin"] = "binMin", ["glcmDistance"] = "glcmDistance" });

            double? spacing = reader.Number("resampledSpacing");
            var maskInterpolation = reader.Enum("maskInterpolation", MaskInterpolation.PartialVolume,
                ("nearest", MaskInterpolation.Nearest), ("partialVolume", MaskInterpolation.PartialVolume));
            var (rangeMin, rangeMax) = reader.Range("resegmentRange");
            double? outliers = reader.Number("resegmentOutliers");
            bool round = reader.Bool("roundIntensities");
            var preprocessing = reader.Build(
                () => new PreprocessingSettings(spacing, maskInterpolation, rangeMin, rangeMax, outliers, round),
                new Dictionary<string, string>
                {
                    ["spacing"] = "resampledSpacing", ["rangeMin"] = "resegmentRange", ["rangeMax"] = "resegmentRange", ["outlierSigma"] = "resegmentOutliers",
                });
            return new ExtractionSettings(preprocessing, features);
        }
    }

    private readonly struct Reader(JsonElement root, string source)
    {
        public double? Number(string key)
        {
            if (!root.TryGetProperty(key, out var value) || value.ValueKind == JsonValueKind.Null) return null;
            if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out double d)) throw Fail(key, value, "expected a number");
            return d;
        }

        public bool Bool(string key)
        {
            if (!root.TryGetProperty(key, out var value)) return false;
            if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False)) throw Fail(key, value, "expected true or false");
            return value.GetBoolean();
        }

        public int Int(string key, int fallback)
        {
            if (!root.TryGetProperty(key, out var value)) return fallback;
            if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out int i)) throw Fail(key, value, "expected an integer");
            return i;
        }

        public T Enum<T>(string key, T fallback, params (string Name, T Value)[] choices)
        {
            if (!root.TryGetProperty(key, out var value)) return fallback;
            foreach (var (name, choice) in choices)
            {
                if (value.ValueKind == JsonValueKind.String && value.GetString() == name) return choice;
            }

            throw Fail(key, value, $"expected one of {string.Join(", ", choices.Select(c => $"\"{c.Name}\""))}");
        }

        public (double? Min, double? Max) Range(string key)
        {
            if (!root.TryGetProperty(key, out var value) || value.ValueKind == JsonValueKind.Null) return (null, null);
            if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() != 2) throw Fail(key, value, "expected [min, max]");
            foreach (var bound in value.EnumerateArray())
            {
                if (bound.ValueKind is not (JsonValueKind.Null or JsonValueKind.Number)) throw Fail(key, value, "bounds must be numbers or null");
            }

            return (value[0].ValueKind == JsonValueKind.Null ? null : value[0].GetDouble(), value[1].ValueKind == JsonValueKind.Null ? null : value[1].GetDouble());
        }

        public void Require(bool condition, string key, string problem)
        {
            if (!condition) throw new SettingsFileException(source, key, null, problem);
        }

        /// <summary>Runs a validating constructor, naming the file's key for the parameter it rejects.</summary>
        public T Build<T>(Func<T> create, Dictionary<string, string> keyByParameter)
        {
            try
            {
                return create();
            }
            catch (ArgumentOutOfRangeException e)
            {
                string key = e.ParamName is { } p && keyByParameter.TryGetValue(p, out var k) ? k : e.ParamName ?? "?";
                string raw = root.TryGetProperty(key, out var value) ? value.GetRawText() : Convert.ToString(e.ActualValue, System.Globalization.CultureInfo.InvariantCulture) ?? "?";
                string problem = e.Message.Split(" (Parameter", 2)[0].Split(Environment.NewLine)[0];
                throw new SettingsFileException(source, key, raw, problem);
            }
        }

        private SettingsFileException Fail(string key, JsonElement value, string problem) => new(source, key, value.GetRawText(), problem);
    }
}
