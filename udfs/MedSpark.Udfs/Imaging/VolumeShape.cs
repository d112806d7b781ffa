namespace MedSpark.Udfs.Imaging;

/// <summary>The voxel grid of an image, x fastest, then y, then z; <c>Nz = 1</c> is a 2D image.</summary>
/// <param name="Nx">Voxels along x (columns).</param>
/// <param name="Ny">Voxels along y (rows).</param>
/// <param name="Nz">Voxels along z (slices); 1 for 2D.</param>
public readonly record struct VolumeShape(int Nx, int Ny, int Nz = 1)
{
    /// <summary>Nx * Ny * Nz.</summary>
    public long Count => (long)Nx * Ny * Nz;

    /// <summary>True for a single slice.</summary>
    public bool Is2D => Nz == 1;
}
