using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using MedSpark.Udfs.Radiomics;
using Xunit;

namespace MedSpark.Tests.Udfs;

/// <summary>
/// Pins every IBSI code medfeat emits to the IBSI's own list (tests/data/ibsi/feature_codes.csv, one row per
/// feature name with its source; see tests/data/ibsi/README.md): a feature's code must be the one listed for its
/// family and name, and a feature without a code must have no listed code. Independently of the phantom's
/// reference table, which has code errata.
/// </summary>
public sealed partial class IbsiFeatureCodeTests
{
    private static readonly Lazy<Dictionary<(string Family, string Feature), string>> s_codes = new(LoadCodes);

    [Fact]
    public void Features_EveryEmittedCode_IsTheIbsiCodeOfItsName()
    {
        int pinned = 0;
        foreach (var f in RadiomicsExtractor.Features)
        {
            bool listed = s_codes.Value.TryGetValue((f.Family, f.Name), out var expected);
            if (f.IbsiCode.Length == 0)
            {
                Assert.False(listed, $"{f.ColumnName} ({f.Family}, \"{f.Name}\") emits no code, IBSI lists {expected}.");
                continue;
            }

            Assert.True(listed, $"{f.ColumnName}: no IBSI code is listed for ({f.Family}, \"{f.Name}\").");
            Assert.True(f.IbsiCode == expected, $"{f.ColumnName} ({f.Family}, \"{f.Name}\"): medfeat emits {f.IbsiCode}, IBSI lists {expected}.");
            pinned++;
        }

        // Everything but the voxel count, which IBSI lists only as a diagnostic.
        Assert.Equal(RadiomicsExtractor.Features.Count - 1, pinned);
    }

    /// <summary>The unverified codes of tests/data/ibsi/README.md, checked one by one against DICOM PS3.16's IBSI table.</summary>
    [Theory]
    [InlineData("intensity_histogram", "10th discretised intensity percentile", "GPMT")]
    [InlineData("intensity_histogram", "90th discretised intensity percentile", "OZ0C")]
    [InlineData("glszm", "Small zone emphasis", "5QRC")]
    public void Features_ReferenceTableErrata_EmitTheIbsiCode(string family, string name, string code)
    {
        var features = RadiomicsExtractor.Features.Where(f => f.Family == family && f.Name == name).ToList();
        Assert.NotEmpty(features);
        Assert.All(features, f => Assert.Equal(code, f.IbsiCode));
        Assert.Equal(code, s_codes.Value[(family, name)]);
    }

    /// <summary>
    /// The managed <see cref="FeatureColumns"/> documents each column's IBSI code in its remarks
    /// (MedSpark.Udfs.xml, built beside the assembly); that code must be the one the native library emits.
    /// </summary>
    [Fact]
    public void FeatureColumns_RemarksCode_EqualsEmittedCode()
    {
        string xmlPath = Path.Combine(Path.GetDirectoryName(typeof(FeatureColumns).Assembly.Location)!, "MedSpark.Udfs.xml");
        var remarks = XDocument.Load(xmlPath).Descendants("member")
            .ToDictionary(m => (string)m.Attribute("name")!, m => (string?)m.Element("remarks") ?? string.Empty);
        var emitted = RadiomicsExtractor.Features.ToDictionary(f => f.ColumnName, f => f.IbsiCode);

        var fields = typeof(FeatureColumns).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).ToList();
        Assert.Equal(emitted.Count, fields.Count);
        foreach (var field in fields)
        {
            string column = (string)field.GetRawConstantValue()!;
            Assert.True(emitted.TryGetValue(column, out var code), $"FeatureColumns.{field.Name} = \"{column}\" is not an emitted column.");
            var documented = CodeInRemarks().Match(remarks.GetValueOrDefault($"F:{typeof(FeatureColumns).FullName}.{field.Name}", string.Empty));
            string documentedCode = documented.Success ? documented.Groups[1].Value : string.Empty;
            Assert.True(documentedCode == code, $"FeatureColumns.{field.Name} ({column}): remarks say IBSI code \"{documentedCode}\", medfeat emits \"{code}\".");
        }
    }

    [GeneratedRegex(@"IBSI code (\w{4})")]
    private static partial Regex CodeInRemarks();

    private static Dictionary<(string Family, string Feature), string> LoadCodes()
    {
        var codes = new Dictionary<(string, string), string>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "data", "ibsi", "feature_codes.csv")).Skip(1))
        {
            // Names hold no commas; a row is family,feature,ibsi_code,source.
            var p = line.Split(',');
            Assert.True(p.Length == 4, $"feature_codes.csv: malformed row \"{line}\"");
            Assert.True(codes.TryAdd((p[0], p[1]), p[2]), $"feature_codes.csv: ({p[0]}, {p[1]}) listed twice");
        }

        Assert.Equal(codes.Count, codes.Values.Distinct().Count());
        return codes;
    }
}
