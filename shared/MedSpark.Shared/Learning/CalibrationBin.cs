namespace MedSpark.Shared.Learning;

/// <summary>One bin of a reliability diagram.</summary>
/// <param name="Lower">Lower edge of the predicted-probability bin (exclusive, except 0).</param>
/// <param name="Upper">Upper edge (inclusive).</param>
/// <param name="Count">Rows whose probability falls in the bin.</param>
/// <param name="MeanPredicted">Mean predicted probability of those rows.</param>
/// <param name="ObservedRate">Share of those rows with label 1.</param>
public sealed record CalibrationBin(double Lower, double Upper, long Count, double MeanPredicted, double ObservedRate);
