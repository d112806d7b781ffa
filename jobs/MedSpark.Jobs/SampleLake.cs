using MedSpark.Shared.Lake;
using MedSpark.Shared.Sampling;

namespace MedSpark.Jobs;

/// <summary>The CLI's view of the sample lake generator.</summary>
public static class SampleLake
{
    public static bool Exists(ILakeStore store) => store.Exists(SampleManifest.Path);

    /// <summary>Generates the lake; returns a one-line description.</summary>
    public static string Generate(ILakeStore store, int studies, int tensors, int seed, IProgressReporter reporter)
    {
        var manifest = SampleLakeGenerator.Generate(store, new SampleLakeOptions { Studies = studies, Tensors = tensors, Seed = seed },
            ProgressBridge.For(reporter, "sample"));
        return $"{studies:N0} studies, {tensors:N0} tensors, ground truth in {SampleManifest.Path}";
    }
}
