using MedSpark.Shared.Formats.Parquet;
using MedSpark.Shared.Lake;
using MedSpark.Shared.Schemas;

namespace MedSpark.Shared.Sampling;

/// <summary>
/// Writes a synthetic raw zone that looks like the hospital's nightly exports: imaging metadata from two
/// sites (CSV and Parquet), outcomes, covariates and image volumes, dirty in the ways real exports are, with
/// a ground-truth manifest. Nothing in it is a real patient.
/// </summary>
/// <remarks>
/// Deterministic: one <see cref="Random"/> seeded from <see cref="SampleLakeOptions.Seed"/> drives every
/// choice, dates count back from the fixed <see cref="AnchorDate"/>, and files are written in a fixed order,
/// so one seed gives the same CSV bytes on every machine. The outcome follows a logistic model of a latent
/// risk (drawn into the lesion's mean intensity and heterogeneity), age and comorbidity, so a linear model
/// on image features and covariates separates recoveries well above chance.
/// </remarks>
public static class SampleLakeGenerator
{
    /// <summary>The sample's "today": acquisition dates precede it and it is the as-of date to curate with.</summary>
    public static DateOnly AnchorDate { get; } = new(2025, 6, 30);

    /// <summary>
    /// Generates the lake into <paramref name="store"/> and writes <see cref="SampleManifest.Path"/>.
    /// <paramref name="progress"/> receives ("generate", files written, files total).
    /// </summary>
    /// <exception cref="ArgumentException">An option is invalid.</exception>
    public static SampleManifest Generate(ILakeStore store, SampleLakeOptions options, Action<string, long, long>? progress = null)
    {
        options.Validate();
        return new SampleLakeBuilder(options, (stream, schema, batch) => ParquetFile.Write(stream, schema, [batch])).Write(store, progress);
    }

    /// <summary>As <see cref="Generate(ILakeStore, SampleLakeOptions, Action{string, long, long}?)"/> with the Parquet encoder injected (tests).</summary>
    internal static SampleManifest Generate(ILakeStore store, SampleLakeOptions options, Action<string, long, long>? progress,
        Action<Stream, TableSchema, ColumnBatch> writeParquet)
    {
        options.Validate();
        return new SampleLakeBuilder(options, writeParquet).Write(store, progress);
    }
}
