using System.Text.Json;
using System.Text.Json.Nodes;
using MedSpark.Shared.Learning;

namespace MedSpark.Shared.Modeling;

/// <summary>
/// A calibrator as the models table's <c>calibration</c> JSON column: <c>{"method":"platt","a":…,"b":…}</c> or
/// <c>{"method":"isotonic","margins":[…],"probabilities":[…]}</c>. An empty column (models written before the
/// column existed) means Platt with the <c>platt_a</c>/<c>platt_b</c> columns.
/// </summary>
public static class CalibratorCodec
{
    public static string ToJson(IProbabilityCalibrator calibrator) => calibrator switch
    {
        PlattCalibrator p => new JsonObject { ["method"] = "platt", ["a"] = p.A, ["b"] = p.B }.ToJsonString(RecoveryModelTrainer.Json),
        IsotonicCalibrator i => new JsonObject
        {
            ["method"] = "isotonic",
            ["margins"] = new JsonArray(i.Margins.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray()),
            ["probabilities"] = new JsonArray(i.Probabilities.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray()),
        }.ToJsonString(RecoveryModelTrainer.Json),
        _ => throw new ArgumentException($"Unknown calibrator {calibrator.GetType().Name}.", nameof(calibrator)),
    };

    /// <summary>The calibrator of a models-table row.</summary>
    /// <exception cref="InvalidDataException">The column is not one of the forms above (the message names the version).</exception>
    public static IProbabilityCalibrator FromRecord(ModelRecord model)
    {
        if (string.IsNullOrEmpty(model.Calibration)) return PlattCalibrator.FromParameters(model.PlattA, model.PlattB);
        try
        {
            var node = JsonNode.Parse(model.Calibration) as JsonObject ?? throw new InvalidDataException("not a JSON object");
            string method = Required(node, "method").GetValue<string>();
            return method switch
            {
                "platt" => PlattCalibrator.FromParameters(Required(node, "a").GetValue<double>(), Required(node, "b").GetValue<double>()),
                "isotonic" => IsotonicCalibrator.FromKnots(Numbers(node, "margins"), Numbers(node, "probabilities")),
                _ => throw new InvalidDataException($"unknown method '{method}'"),
            };
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException or FormatException)
        {
            throw new InvalidDataException($"Model {model.Version}: calibration column is invalid ({e.Message}).", e);
        }
    }

    private static JsonNode Required(JsonObject node, string name) =>
        node[name] ?? throw new InvalidDataException($"no '{name}'");

    private static double[] Numbers(JsonObject node, string name) =>
        Required(node, name).AsArray().Select(v => (v ?? throw new InvalidDataException($"null in '{name}'")).GetValue<double>()).ToArray();
}
