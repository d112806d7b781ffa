using MedSpark.Shared.Cleaning;
using MedSpark.Shared.Sampling;
using MedSpark.Tests.Cleaning;
using Xunit;

namespace MedSpark.Tests.Sampling;

public class SampleLakeGeneratorTests
{
    /// <summary>A lake with no Parquet (all imaging at site A, no tensors): runs before the Parquet writer lands.</summary>
    internal static SampleLakeOptions CsvOnly(int studies = 500, int seed = 7) =>
        new() { Studies = studies, Tensors = 0, SiteBFraction = 0, Seed = seed, RowsPerFile = 200 };

    [Fact]
    public void Generate_SameSeed_SameBytesForEveryFile()
    {
        using var a = new TempLake();
        using var b = new TempLake();
        SampleLakeGenerator.Generate(a.Store, CsvOnly());
        SampleLakeGenerator.Generate(b.Store, CsvOnly());

        var filesA = a.Store.List("raw/");
        Assert.Equal(filesA.Select(f => f.Path), b.Store.List("raw/").Select(f => f.Path));
        foreach (var f in filesA)
            Assert.True(a.Store.ReadAllBytes(f.Path).AsSpan().SequenceEqual(b.Store.ReadAllBytes(f.Path)), $"{f.Path} differs between runs");
    }

    [Fact]
    public void Generate_DifferentSeed_DifferentOutcomes()
    {
        using var a = new TempLake();
        using var b = new TempLake();
        SampleLakeGenerator.Generate(a.Store, CsvOnly(seed: 1));
        SampleLakeGenerator.Generate(b.Store, CsvOnly(seed: 2));
        Assert.False(a.Store.ReadAllBytes("raw/outcomes/outcomes.csv").AsSpan().SequenceEqual(b.Store.ReadAllBytes("raw/outcomes/outcomes.csv")));
    }

    [Fact]
    public void Generate_CsvOnly_LayoutAndManifestRowCountsMatchFiles()
    {
        using var lake = new TempLake();
        var manifest = SampleLakeGenerator.Generate(lake.Store, CsvOnly());

        // The file on disk is the returned manifest, and it parses back to the same JSON.
        Assert.Equal(manifest.ToJson(), lake.Store.ReadAllBytes(SampleManifest.Path));
        Assert.Equal(manifest.ToJson(), SampleManifest.Read(lake.Store).ToJson());
        Assert.Contains(manifest.Files, f => f.Path == "raw/outcomes/outcomes.csv");
        Assert.Contains(manifest.Files, f => f.Path == "raw/covariates/covariates.csv");
        Assert.Contains(manifest.Files, f => f.Path.StartsWith("raw/imaging_metadata/site_a/part-", StringComparison.Ordinal));
        foreach (var f in manifest.Files)
        {
            string text = System.Text.Encoding.UTF8.GetString(lake.Store.ReadAllBytes(f.Path));
            long lines = text.Count(c => c == '\n');
            Assert.True(lines - 1 == f.Rows, $"{f.Path}: manifest says {f.Rows} rows, file has {lines - 1} data lines");
        }
        Assert.Equal(manifest.Table("imaging_metadata").RowsWritten, manifest.Files.Where(f => f.Table == "imaging_metadata").Sum(f => f.Rows));
        Assert.Equal(SampleLakeGenerator.AnchorDate, manifest.AsOfDate);
        Assert.Equal(PseudonymKey.SampleDevelopmentKey.Name, manifest.PseudonymKeyName);
    }

    [Fact]
    public void Generate_SmallLake_EveryCsvDefectKindInjectedAtLeastOnce()
    {
        using var lake = new TempLake();
        var manifest = SampleLakeGenerator.Generate(lake.Store, CsvOnly());
        var kinds = manifest.Defects.Select(d => (d.Table, d.Kind)).ToHashSet();
        foreach (var expected in new[]
        {
            ("imaging_metadata", "exact_duplicate"), ("imaging_metadata", "conflicting_duplicate"), ("imaging_metadata", "patient_id_null"),
            ("imaging_metadata", "slice_thickness_garbage"), ("imaging_metadata", "acquisition_date_future"),
            ("imaging_metadata", "acquisition_date_before_1900"), ("imaging_metadata", "acquisition_date_not_calendar"),
            ("imaging_metadata", "pixel_spacing_out_of_range"), ("imaging_metadata", "wrong_field_count"),
            ("imaging_metadata", "unterminated_quote"), ("imaging_metadata", "stray_quote"),
            ("outcomes", "orphan_outcome"), ("outcomes", "orphan_of_rejected_study"), ("outcomes", "recovery_success_garbage"),
            ("covariates", "age_out_of_range"), ("covariates", "bmi_negative"), ("covariates", "age_garbage"),
            ("covariates", "conflicting_duplicate"), ("covariates", "unterminated_quote"),
        })
            Assert.True(kinds.Contains(expected), $"defect {expected} missing from the manifest");
        Assert.All(manifest.Defects, d => Assert.True(d.Count > 0, $"{d.Table}/{d.Kind} has count {d.Count}"));
        var variants = manifest.Variants.Select(v => v.Kind).ToHashSet();
        Assert.Contains("modality_mixed_case", variants);
        Assert.Contains("slice_thickness_in_cm", variants);
        Assert.Contains("pixel_spacing_in_cm", variants);
        Assert.Contains("patient_id_case_whitespace", variants);
    }

    [Fact]
    public void Generate_InvalidOptions_ThrowsNamingOption()
    {
        using var lake = new TempLake();
        var e = Assert.Throws<ArgumentException>(() => SampleLakeGenerator.Generate(lake.Store, new SampleLakeOptions { DirtyFraction = 2 }));
        Assert.Contains("DirtyFraction", e.Message);
        Assert.Empty(lake.Store.List("raw/"));
    }

    [Fact]
    public void Generate_Progress_ReportsEveryFile()
    {
        using var lake = new TempLake();
        var seen = new List<(string Stage, long Done, long Total)>();
        var manifest = SampleLakeGenerator.Generate(lake.Store, CsvOnly(), (s, d, t) => seen.Add((s, d, t)));
        Assert.Equal(manifest.Files.Count, seen.Count);
        Assert.Equal(("generate", (long)manifest.Files.Count, (long)manifest.Files.Count), seen[^1]);
    }
}
