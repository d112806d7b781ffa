namespace MedSpark.Shared.Learning;

/// <summary>A metric on the evaluated rows and its bootstrap percentile interval.</summary>
/// <param name="Estimate">The metric on the rows as given.</param>
/// <param name="Lower">The α/2 quantile of the bootstrap replicates.</param>
/// <param name="Upper">The 1 − α/2 quantile of the bootstrap replicates.</param>
public sealed record MetricInterval(double Estimate, double Lower, double Upper);
