namespace MedSpark.Shared.Sampling;

/// <summary>Settings of the sample lake, validated by <see cref="Validate"/> before anything is written.</summary>
public sealed record SampleLakeOptions
{
    /// <summary>Imaging studies (one series each).</summary>
    public int Studies { get; init; } = 10_000;

    /// <summary>Image volumes written to raw/tensors (capped by the studies that reach the cohort); 0 writes none.</summary>
    public int Tensors { get; init; } = 2_000;

    /// <summary>The only source of randomness: the same seed gives the same lake, byte for byte.</summary>
    public int Seed { get; init; } = 20_250_630;

    /// <summary>In-plane size of each volume (TensorSize × TensorSize × <see cref="TensorDepth"/>).</summary>
    public int TensorSize { get; init; } = 24;

    /// <summary>Slices per volume.</summary>
    public int TensorDepth { get; init; } = 8;

    /// <summary>Share of studies exported by site B as Parquet; 0 writes all imaging metadata as site A CSV.</summary>
    public double SiteBFraction { get; init; } = 0.5;

    /// <summary>Data rows per imaging file (CSV or Parquet) and volumes per tensor file.</summary>
    public int RowsPerFile { get; init; } = 2_500;

    /// <summary>Volumes per tensor Parquet file.</summary>
    public int TensorsPerFile { get; init; } = 500;

    /// <summary>Share of rows (per table) given each in-place defect kind: nulls, garbage, impossible dates, out-of-range values.</summary>
    public double DirtyFraction { get; init; } = 0.005;

    /// <summary>Share of rows (per table) re-sent as exact duplicates, and again as conflicting duplicates.</summary>
    public double DuplicateFraction { get; init; } = 0.01;

    /// <summary>Share of CSV rows (per table) followed by an extra malformed line of each malformation kind.</summary>
    public double MalformedFraction { get; init; } = 0.002;

    /// <summary>Share of outcomes written for studies that never existed.</summary>
    public double OrphanFraction { get; init; } = 0.01;

    /// <summary>Share of volumes given each tensor defect (NaN in mask, empty mask, byte length mismatch).</summary>
    public double TensorDefectFraction { get; init; } = 0.01;

    /// <summary>Share of rows written with harmless variants that curate must normalise (case, units, id spacing).</summary>
    public double VariantFraction { get; init; } = 0.1;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid setting.</summary>
    public void Validate()
    {
        if (Studies < 1) throw new ArgumentException($"Studies must be positive (got {Studies}).");
        if (Tensors < 0) throw new ArgumentException($"Tensors must be non-negative (got {Tensors}).");
        if (TensorSize < 8) throw new ArgumentException($"TensorSize must be at least 8 (got {TensorSize}).");
        if (TensorDepth < 2) throw new ArgumentException($"TensorDepth must be at least 2 (got {TensorDepth}).");
        if (RowsPerFile < 1 || TensorsPerFile < 1) throw new ArgumentException("RowsPerFile and TensorsPerFile must be positive.");
        foreach (var (name, value) in new[]
        {
            (nameof(SiteBFraction), SiteBFraction), (nameof(DirtyFraction), DirtyFraction),
            (nameof(DuplicateFraction), DuplicateFraction), (nameof(MalformedFraction), MalformedFraction),
            (nameof(OrphanFraction), OrphanFraction), (nameof(TensorDefectFraction), TensorDefectFraction),
            (nameof(VariantFraction), VariantFraction),
        })
        {
            if (!(value >= 0 && value <= 1)) throw new ArgumentException($"{name} must be in [0, 1] (got {value}).");
        }
    }
}
