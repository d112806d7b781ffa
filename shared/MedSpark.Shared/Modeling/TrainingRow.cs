namespace MedSpark.Shared.Modeling;

/// <summary>One modelling row: its key, its feature vector (in the model's feature order) and its label when known.</summary>
public sealed record TrainingRow(string Key, string? PatientKey, double[] Features, double? Label);
