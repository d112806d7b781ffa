namespace MedSpark.Udfs.Imaging;

/// <summary>Which voxels touch: faces only, or faces, edges and corners.</summary>
public enum Connectivity
{
    /// <summary>6-connectivity in 3D (4 within a 2D image): voxels sharing a face.</summary>
    Face = 6,

    /// <summary>26-connectivity in 3D (8 within a 2D image): voxels sharing a face, edge or corner.</summary>
    Full = 26,
}
