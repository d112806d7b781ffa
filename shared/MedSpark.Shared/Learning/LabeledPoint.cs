namespace MedSpark.Shared.Learning;

/// <summary>One training row: a 0/1 label, dense features and a non-negative instance weight.</summary>
/// <param name="Label">0 (failure) or 1 (success).</param>
/// <param name="Features">Dense feature values; every row of a dataset has the same length.</param>
/// <param name="Weight">Instance weight; weight 2 is equivalent to the row appearing twice.</param>
public sealed record LabeledPoint(double Label, double[] Features, double Weight = 1.0);
