using MedSpark.Shared.Learning;

namespace MedSpark.Shared.Modeling;

/// <summary>Test metrics of the rows sharing one value of one attribute (a site, a scanner vendor, a sex).</summary>
/// <param name="Attribute">The attribute (column) name.</param>
/// <param name="Group">Its value; <c>(missing)</c> for null.</param>
/// <param name="Metrics">Metrics on those rows (ranking metrics NaN when one class is absent).</param>
public sealed record SubgroupMetrics(string Attribute, string Group, BinaryMetrics Metrics)
{
    /// <summary>The group name of a null attribute value.</summary>
    public const string Missing = "(missing)";

    /// <summary>Metrics per (attribute, value), attributes and values in ordinal order.</summary>
    /// <param name="keys">Row keys, parallel to the other spans.</param>
    /// <param name="margins">Margins (threshold <paramref name="threshold"/>).</param>
    /// <param name="labels">0/1 labels.</param>
    /// <param name="probabilities">Calibrated probabilities.</param>
    /// <param name="threshold">Decision threshold on the margin.</param>
    /// <param name="groups">attribute → (row key → value); a key absent from the map counts as missing.</param>
    public static IReadOnlyList<SubgroupMetrics> Compute(IReadOnlyList<string> keys, IReadOnlyList<double> margins, IReadOnlyList<double> labels,
        IReadOnlyList<double> probabilities, double threshold, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string?>> groups)
    {
        var result = new List<SubgroupMetrics>();
        foreach (var attribute in groups.Keys.Order(StringComparer.Ordinal))
        {
            var map = groups[attribute];
            var rowsByGroup = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
            for (int i = 0; i < keys.Count; i++)
            {
                string group = map.TryGetValue(keys[i], out var v) && v is not null ? v : Missing;
                if (!rowsByGroup.TryGetValue(group, out var list)) rowsByGroup[group] = list = new List<int>();
                list.Add(i);
            }
            foreach (var (group, rows) in rowsByGroup)
            {
                var m = BinaryMetrics.Compute(rows.Select(i => margins[i]).ToArray(), rows.Select(i => labels[i]).ToArray(),
                    rows.Select(i => probabilities[i]).ToArray(), threshold);
                result.Add(new SubgroupMetrics(attribute, group, m));
            }
        }
        return result;
    }
}
