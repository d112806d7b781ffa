namespace MedSpark.Udfs.Radiomics;

/// <summary>The texture matrices <see cref="RadiomicsExtractor"/> exposes as intermediates (native <c>medfeat_matrix_kind</c>).</summary>
internal enum TextureMatrixKind
{
    /// <summary>Symmetric co-occurrence counts for one offset; Ng x Ng.</summary>
    Glcm = 1,

    /// <summary>Run counts along one direction; Ng x longest run.</summary>
    Glrlm = 2,

    /// <summary>Zone counts by zone size; Ng x largest zone.</summary>
    Glszm = 3,

    /// <summary>Zone counts by distance to the ROI edge; Ng x largest distance.</summary>
    Gldzm = 4,

    /// <summary>Neighbourhood counts by dependence count; Ng x largest count.</summary>
    Ngldm = 5,

    /// <summary>Per grey level: column 1 the summed grey tone difference s_i, column 2 the count n_i; Ng x 2.</summary>
    Ngtdm = 6,
}
