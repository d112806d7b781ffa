namespace MedSpark.Udfs.Radiomics;

/// <summary>Status codes of the native medfeat library (<c>medfeat_status</c> in medfeat.h).</summary>
public enum MedFeatStatus
{
    /// <summary>Success.</summary>
    Ok = 0,

    /// <summary>Null pointer, invalid setting or spacing, output too small, or non-integer grey levels without discretisation.</summary>
    Argument = 1,

    /// <summary>A dimension &lt;= 0, or an array length other than nx * ny * nz.</summary>
    Shape = 2,

    /// <summary>A NaN or infinite intensity inside the mask.</summary>
    NonFinite = 3,

    /// <summary>The mask selects no voxel.</summary>
    EmptyMask = 4,

    /// <summary>Too many voxels or grey levels for the library limits.</summary>
    TooLarge = 5,

    /// <summary>A native allocation failed.</summary>
    NoMemory = 6,

    /// <summary>A bug in medfeat.</summary>
    Internal = 7,
}
