using System.Runtime.InteropServices;
using MedSpark.Udfs.Interop;

namespace MedSpark.Udfs.Radiomics;

/// <summary>
/// Native working memory reused by the extractions of a batch (medfeat_workspace): the library's buffers stay
/// allocated between images instead of coming back from the system, zero-filled one page fault at a time, for
/// every image (measured: about 8 % of a 64³ extraction; docs/benchmarks-radiomics.md). It holds about what its
/// last image needed, until disposed.
/// </summary>
/// <remarks>
/// Not thread-safe: one workspace per thread (a featurize partition creates its own). Results are bit-for-bit
/// those of an extraction without a workspace.
/// </remarks>
public sealed class RadiomicsWorkspace : SafeHandle
{
    /// <summary>Creates an empty workspace.</summary>
    /// <exception cref="MedFeatException">The library could not allocate it.</exception>
    public RadiomicsWorkspace()
        : base(IntPtr.Zero, ownsHandle: true)
    {
        MedFeatNative.ThrowIfFailed(MedFeatNative.WorkspaceCreate(out nint handle), "radiomics workspace");
        SetHandle(handle);
    }

    /// <inheritdoc />
    public override bool IsInvalid => handle == IntPtr.Zero;

    /// <inheritdoc />
    protected override bool ReleaseHandle()
    {
        MedFeatNative.WorkspaceFree(handle);
        return true;
    }
}
