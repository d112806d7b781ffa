namespace MedSpark.Shared.Learning;

/// <summary>Progress of one optimiser iteration, reported to the caller of LinearSvc.Fit.</summary>
/// <param name="Iteration">1 for the first accepted step.</param>
/// <param name="Objective">Regularised objective after the step (MLlib's objectiveHistory entry).</param>
/// <param name="GradientNorm">Euclidean norm of the objective's gradient in the scaled space.</param>
/// <param name="StepSize">Step length the line search accepted along the quasi-Newton direction.</param>
public sealed record SvmIteration(int Iteration, double Objective, double GradientNorm, double StepSize);
