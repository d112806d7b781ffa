using MedSpark.Shared.Modeling;
using MedSpark.Tests.Learning;

namespace MedSpark.Tests.Modeling;

/// <summary>Seeded modelling rows with keys and a site per row, and a small training plan.</summary>
internal static class ModelingTestData
{
    public static AssembledRows Rows(int n, int features, int seed, double noise = 2.0)
    {
        var points = SvmTestData.Generate(n, features, seed, noise);
        var rows = points.Select((p, i) => new TrainingRow($"study-{i:D5}", null, p.Features, p.Label)).ToList();
        return new AssembledRows(Enumerable.Range(1, features).Select(j => $"x{j}").ToList(), rows, []);
    }

    /// <summary>Site A for even rows, B for odd ones, none for every tenth.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string?>> Sites(AssembledRows data) =>
        new Dictionary<string, IReadOnlyDictionary<string, string?>>
        {
            ["site"] = data.Rows.Select((r, i) => (r.Key, Site: i % 10 == 0 ? null : i % 2 == 0 ? "A" : "B"))
                .ToDictionary(x => x.Key, x => x.Site),
        };

    public static TrainingPlan Plan => new() { Folds = 3, RegParams = [0.1, 0.01], BootstrapReplicates = 200 };
}
