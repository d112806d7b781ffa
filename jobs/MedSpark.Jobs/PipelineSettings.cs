namespace MedSpark.Jobs;

/// <summary>Run settings shared by all jobs.</summary>
/// <param name="PseudonymKey">The secret key of the patient-id keyed hash (never logged).</param>
/// <param name="Seed">Seed of every random choice (train/test split).</param>
/// <param name="RegParam">L2 regularisation of the SVM.</param>
public sealed record PipelineSettings(byte[] PseudonymKey, int Seed = 20261121, double RegParam = 0.01);
