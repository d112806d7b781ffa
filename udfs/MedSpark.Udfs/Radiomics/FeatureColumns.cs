namespace MedSpark.Udfs.Radiomics;

/// <summary>
/// Output column names of <see cref="RadiomicsExtractor"/>, one per feature, in native output order.
/// Each constant documents the feature's IBSI-1 definition (Zwanenburg et al., arXiv:1612.07003); x_k are
/// the N intensities inside the ROI, Px the x-th percentile. Local intensity peaks (<c>loc_</c>) average the raw
/// image around ROI voxels; intensity histogram (<c>ih_</c>) and intensity-volume histogram (<c>ivh_</c>) features
/// use the discretised grey levels X_k, as do the texture families. Texture features use discretised grey levels
/// i = 1..Ng. GLCM: the normalised symmetric co-occurrence matrix p_ij (distance from
/// <see cref="FeatureSettings.GlcmDistance"/>). GLRLM, GLSZM, GLDZM and NGLDM share one set of formulas over a
/// count matrix M_ij of grey level i and a second index j (run length, zone size, zone distance, dependence
/// count), with N its total count and N_v the voxels it describes. NGTDM: s_i the summed absolute difference
/// between level i and its neighbourhood mean, n_i the voxels with a neighbour, N_vc = sum n_i.
/// Aggregations (IBSI 3.6.1): <c>_2d_avg</c> per slice and in-plane direction (4), averaged;
/// <c>_2d_slice_merged</c> the 4 directions of a slice summed, averaged over slices; <c>_25d_dir_merged</c> each
/// direction summed over slices, averaged over directions; <c>_25d_merged</c> one matrix of all slices and
/// directions; <c>_3d_avg</c> per 3D direction (13), averaged; <c>_3d_merged</c> the 13 summed. Families without
/// directions: <c>_2d</c> per slice, averaged; <c>_25d</c> slices merged; <c>_3d</c> one 3D matrix. "Averaged"
/// skips matrices without any count (e.g. z directions of a 2D image) and averages each feature over the
/// matrices that define it (a slice with one grey level has no GLCM correlation).
/// </summary>
public static class FeatureColumns
{
    /// <summary>Mean intensity.</summary>
    /// <remarks>IBSI code Q4LE; intensity statistics, raw intensities. Formula: mu = (1/N) sum_k x_k.</remarks>
    public const string StatMean = "stat_mean";

    /// <summary>Intensity variance.</summary>
    /// <remarks>IBSI code ECT3; intensity statistics, raw intensities. Formula: (1/N) sum_k (x_k - mu)^2 (no bias correction).</remarks>
    public const string StatVariance = "stat_var";

    /// <summary>Intensity skewness.</summary>
    /// <remarks>IBSI code KE2A; intensity statistics, raw intensities. Formula: m3 / m2^(3/2) with central moments m_r = (1/N) sum_k (x_k - mu)^r; 0 for a constant ROI.</remarks>
    public const string StatSkewness = "stat_skew";

    /// <summary>(Excess) intensity kurtosis.</summary>
    /// <remarks>IBSI code IPH6; intensity statistics, raw intensities. Formula: m4 / m2^2 - 3; 0 for a constant ROI.</remarks>
    public const string StatKurtosis = "stat_kurt";

    /// <summary>Median intensity.</summary>
    /// <remarks>IBSI code Y12H; intensity statistics, raw intensities. Formula: the 50th percentile (linear interpolation between order statistics).</remarks>
    public const string StatMedian = "stat_median";

    /// <summary>Minimum intensity.</summary>
    /// <remarks>IBSI code 1GSF; intensity statistics, raw intensities. Formula: min_k x_k.</remarks>
    public const string StatMinimum = "stat_min";

    /// <summary>10th intensity percentile.</summary>
    /// <remarks>IBSI code QG58; intensity statistics, raw intensities. Formula: P10, linear interpolation between order statistics.</remarks>
    public const string StatP10 = "stat_p10";

    /// <summary>90th intensity percentile.</summary>
    /// <remarks>IBSI code 8DWT; intensity statistics, raw intensities. Formula: P90, linear interpolation between order statistics.</remarks>
    public const string StatP90 = "stat_p90";

    /// <summary>Maximum intensity.</summary>
    /// <remarks>IBSI code 84IY; intensity statistics, raw intensities. Formula: max_k x_k.</remarks>
    public const string StatMaximum = "stat_max";

    /// <summary>Intensity interquartile range.</summary>
    /// <remarks>IBSI code SALO; intensity statistics, raw intensities. Formula: P75 - P25.</remarks>
    public const string StatInterquartileRange = "stat_iqr";

    /// <summary>Intensity range.</summary>
    /// <remarks>IBSI code 2OJQ; intensity statistics, raw intensities. Formula: max - min.</remarks>
    public const string StatRange = "stat_range";

    /// <summary>Intensity-based mean absolute deviation.</summary>
    /// <remarks>IBSI code 4FUA; intensity statistics, raw intensities. Formula: (1/N) sum_k |x_k - mu|.</remarks>
    public const string StatMeanAbsoluteDeviation = "stat_mad";

    /// <summary>Intensity-based robust mean absolute deviation.</summary>
    /// <remarks>IBSI code 1128; intensity statistics, raw intensities. Formula: mean |x - mean(x)| over the x with P10 &lt;= x &lt;= P90.</remarks>
    public const string StatRobustMeanAbsoluteDeviation = "stat_rmad";

    /// <summary>Intensity-based median absolute deviation.</summary>
    /// <remarks>IBSI code N72L; intensity statistics, raw intensities. Formula: (1/N) sum_k |x_k - median|.</remarks>
    public const string StatMedianAbsoluteDeviation = "stat_medad";

    /// <summary>Intensity-based coefficient of variation.</summary>
    /// <remarks>IBSI code 7TET; intensity statistics, raw intensities. Formula: sqrt(variance) / mu.</remarks>
    public const string StatCoefficientOfVariation = "stat_cov";

    /// <summary>Intensity-based quartile coefficient of dispersion.</summary>
    /// <remarks>IBSI code 9S40; intensity statistics, raw intensities. Formula: (P75 - P25) / (P75 + P25).</remarks>
    public const string StatQuartileCoefficientOfDispersion = "stat_qcod";

    /// <summary>Intensity-based energy.</summary>
    /// <remarks>IBSI code N8CA; intensity statistics, raw intensities. Formula: sum_k x_k^2.</remarks>
    public const string StatEnergy = "stat_energy";

    /// <summary>Root mean square intensity.</summary>
    /// <remarks>IBSI code 5ZWQ; intensity statistics, raw intensities. Formula: sqrt((1/N) sum_k x_k^2).</remarks>
    public const string StatRootMeanSquare = "stat_rms";

    /// <summary>Volume (voxel counting).</summary>
    /// <remarks>IBSI code YEKZ; morphology. Formula: N_v * sx * sy * sz in mm^3, N_v = voxels in the ROI.</remarks>
    public const string MorphVolumeVoxel = "morph_volume_voxel";

    /// <summary>Number of voxels.</summary>
    /// <remarks>no IBSI code; morphology. Formula: N_v, the voxels in the ROI (an IBSI diagnostic value; no feature code).</remarks>
    public const string MorphVoxelCount = "morph_voxel_count";

    /// <summary>Volume (mesh).</summary>
    /// <remarks>IBSI code RNU0; morphology, mask geometry. Formula: V = |sum_faces a . (b x c) / 6| over the marching cubes mesh (iso-level 0.5) of the mask, in mm^3.</remarks>
    public const string MorphVolumeMesh = "morph_volume";

    /// <summary>Surface area (mesh).</summary>
    /// <remarks>IBSI code C0JK; morphology, mask geometry. Formula: A = sum of the mesh triangle areas, in mm^2.</remarks>
    public const string MorphSurfaceAreaMesh = "morph_area";

    /// <summary>Surface to volume ratio.</summary>
    /// <remarks>IBSI code 2PR5; morphology, mask geometry. Formula: A / V.</remarks>
    public const string MorphSurfaceToVolumeRatio = "morph_av";

    /// <summary>Compactness 1.</summary>
    /// <remarks>IBSI code SKGS; morphology, mask geometry. Formula: V / (pi^(1/2) A^(3/2)).</remarks>
    public const string MorphCompactness1 = "morph_comp_1";

    /// <summary>Compactness 2.</summary>
    /// <remarks>IBSI code BQWJ; morphology, mask geometry. Formula: 36 pi V^2 / A^3.</remarks>
    public const string MorphCompactness2 = "morph_comp_2";

    /// <summary>Spherical disproportion.</summary>
    /// <remarks>IBSI code KRCK; morphology, mask geometry. Formula: A / (36 pi V^2)^(1/3).</remarks>
    public const string MorphSphericalDisproportion = "morph_sph_dispr";

    /// <summary>Sphericity.</summary>
    /// <remarks>IBSI code QCFX; morphology, mask geometry. Formula: (36 pi V^2)^(1/3) / A.</remarks>
    public const string MorphSphericity = "morph_sphericity";

    /// <summary>Asphericity.</summary>
    /// <remarks>IBSI code 25C7; morphology, mask geometry. Formula: (A^3 / (36 pi V^2))^(1/3) - 1.</remarks>
    public const string MorphAsphericity = "morph_asphericity";

    /// <summary>Centre of mass shift.</summary>
    /// <remarks>IBSI code KLMA; morphology, mask geometry and raw intensities. Formula: |mean voxel position - intensity-weighted mean voxel position| in mm.</remarks>
    public const string MorphCentreOfMassShift = "morph_com";

    /// <summary>Maximum 3D diameter.</summary>
    /// <remarks>IBSI code L0JK; morphology, mask geometry. Formula: the largest distance in mm between two vertices of the mesh (found among its convex hull vertices).</remarks>
    public const string MorphMaximum3dDiameter = "morph_diam";

    /// <summary>Major axis length.</summary>
    /// <remarks>IBSI code TDIC; morphology, mask geometry. Formula: 4 sqrt(lambda_1), lambda_1 &gt;= lambda_2 &gt;= lambda_3 the eigenvalues of the (n - 1)-normalised covariance of the voxel positions in mm.</remarks>
    public const string MorphMajorAxisLength = "morph_pca_maj_axis";

    /// <summary>Minor axis length.</summary>
    /// <remarks>IBSI code P9VJ; morphology, mask geometry. Formula: 4 sqrt(lambda_2).</remarks>
    public const string MorphMinorAxisLength = "morph_pca_min_axis";

    /// <summary>Least axis length.</summary>
    /// <remarks>IBSI code 7J51; morphology, mask geometry. Formula: 4 sqrt(lambda_3).</remarks>
    public const string MorphLeastAxisLength = "morph_pca_least_axis";

    /// <summary>Elongation.</summary>
    /// <remarks>IBSI code Q3CK; morphology, mask geometry. Formula: sqrt(lambda_2 / lambda_1).</remarks>
    public const string MorphElongation = "morph_pca_elongation";

    /// <summary>Flatness.</summary>
    /// <remarks>IBSI code N17B; morphology, mask geometry. Formula: sqrt(lambda_3 / lambda_1).</remarks>
    public const string MorphFlatness = "morph_pca_flatness";

    /// <summary>Volume density (axis-aligned bounding box).</summary>
    /// <remarks>IBSI code PBX1; morphology, mask geometry. Formula: V / volume of the axis-aligned bounding box of the mesh vertices.</remarks>
    public const string MorphVolumeDensityAxisAlignedBoundingBox = "morph_v_dens_aabb";

    /// <summary>Area density (axis-aligned bounding box).</summary>
    /// <remarks>IBSI code R59B; morphology, mask geometry. Formula: A / surface of the axis-aligned bounding box of the mesh vertices.</remarks>
    public const string MorphAreaDensityAxisAlignedBoundingBox = "morph_a_dens_aabb";

    /// <summary>Volume density (approximate enclosing ellipsoid).</summary>
    /// <remarks>IBSI code 6BDE; morphology, mask geometry. Formula: V / (4 pi a b c / 3), semi-axes a, b, c = half the major, minor and least axis lengths.</remarks>
    public const string MorphVolumeDensityApproximateEnclosingEllipsoid = "morph_v_dens_aee";

    /// <summary>Area density (approximate enclosing ellipsoid).</summary>
    /// <remarks>IBSI code RDD2; morphology, mask geometry. Formula: A / ellipsoid surface, 4 pi a b sum_(v=0..20) (alpha beta)^v P_v((alpha^2 + beta^2) / (2 alpha beta)) / (1 - 4 v^2), alpha^2 = 1 - b^2/a^2, beta^2 = 1 - c^2/a^2.</remarks>
    public const string MorphAreaDensityApproximateEnclosingEllipsoid = "morph_a_dens_aee";

    /// <summary>Volume density (convex hull).</summary>
    /// <remarks>IBSI code R3ER; morphology, mask geometry. Formula: V / volume of the convex hull of the mesh vertices (Quickhull with exact integer predicates).</remarks>
    public const string MorphVolumeDensityConvexHull = "morph_v_dens_conv_hull";

    /// <summary>Area density (convex hull).</summary>
    /// <remarks>IBSI code 7T7F; morphology, mask geometry. Formula: A / surface area of the convex hull of the mesh vertices.</remarks>
    public const string MorphAreaDensityConvexHull = "morph_a_dens_conv_hull";

    /// <summary>Integrated intensity.</summary>
    /// <remarks>IBSI code 99N0; morphology, mask geometry and raw intensities. Formula: V * mean intensity of the ROI.</remarks>
    public const string MorphIntegratedIntensity = "morph_integ_int";

    /// <summary>Moran's I index.</summary>
    /// <remarks>IBSI code N365; morphology, mask geometry and raw intensities. Formula: N / W * sum_(k != l) w_kl (x_k - mu)(x_l - mu) / sum_k (x_k - mu)^2, w_kl = 1 / |r_k - r_l| (mm), W = sum w_kl. Exact over all pairs up to 2048 ROI voxels; a larger ROI uses a fixed-seed uniform sample of 2048 voxels (a reproducible estimate).</remarks>
    public const string MorphMoransI = "morph_moran_i";

    /// <summary>Geary's C measure.</summary>
    /// <remarks>IBSI code NPT7; morphology, mask geometry and raw intensities. Formula: (N - 1) / (2 W) * sum_(k != l) w_kl (x_k - x_l)^2 / sum_k (x_k - mu)^2, weights as Moran's I (same 2048-voxel cap).</remarks>
    public const string MorphGearysC = "morph_geary_c";

    /// <summary>Local intensity peak.</summary>
    /// <remarks>IBSI code VJGA; local intensity, raw intensities. Formula: the mean raw intensity within a 1 cm^3 sphere (radius 6.2035 mm, voxel centres, the whole image) around the ROI voxel(s) of maximum intensity; the highest such mean.</remarks>
    public const string LocalIntensityPeak = "loc_peak_loc";

    /// <summary>Global intensity peak.</summary>
    /// <remarks>IBSI code 0F91; local intensity, raw intensities. Formula: the highest mean raw intensity within a 1 cm^3 sphere around any ROI voxel.</remarks>
    public const string GlobalIntensityPeak = "loc_peak_glob";

    /// <summary>Mean discretised intensity.</summary>
    /// <remarks>IBSI code X6K6; intensity histogram, discretised grey levels. Formula: mu = (1/N) sum_k X_k over the discretised grey levels X_k.</remarks>
    public const string IhMeanDiscretisedIntensity = "ih_mean";

    /// <summary>Discretised intensity variance.</summary>
    /// <remarks>IBSI code CH89; intensity histogram, discretised grey levels. Formula: (1/N) sum_k (X_k - mu)^2.</remarks>
    public const string IhDiscretisedIntensityVariance = "ih_var";

    /// <summary>Discretised intensity skewness.</summary>
    /// <remarks>IBSI code 88K1; intensity histogram, discretised grey levels. Formula: m3 / m2^(3/2) of the grey levels; 0 for one level.</remarks>
    public const string IhDiscretisedIntensitySkewness = "ih_skew";

    /// <summary>(Excess) discretised intensity kurtosis.</summary>
    /// <remarks>IBSI code C3I7; intensity histogram, discretised grey levels. Formula: m4 / m2^2 - 3 of the grey levels; 0 for one level.</remarks>
    public const string IhExcessDiscretisedIntensityKurtosis = "ih_kurt";

    /// <summary>Median discretised intensity.</summary>
    /// <remarks>IBSI code WIFQ; intensity histogram, discretised grey levels. Formula: the 50th percentile of the grey levels (linear interpolation between order statistics).</remarks>
    public const string IhMedianDiscretisedIntensity = "ih_median";

    /// <summary>Minimum discretised intensity.</summary>
    /// <remarks>IBSI code 1PR8; intensity histogram, discretised grey levels. Formula: min_k X_k.</remarks>
    public const string IhMinimumDiscretisedIntensity = "ih_min";

    /// <summary>10th discretised intensity percentile.</summary>
    /// <remarks>IBSI code GPMT; intensity histogram, discretised grey levels. Formula: P10 of the grey levels.</remarks>
    public const string Ih10thDiscretisedIntensityPercentile = "ih_p10";

    /// <summary>90th discretised intensity percentile.</summary>
    /// <remarks>IBSI code OZ0C; intensity histogram, discretised grey levels. Formula: P90 of the grey levels.</remarks>
    public const string Ih90thDiscretisedIntensityPercentile = "ih_p90";

    /// <summary>Maximum discretised intensity.</summary>
    /// <remarks>IBSI code 3NCY; intensity histogram, discretised grey levels. Formula: max_k X_k.</remarks>
    public const string IhMaximumDiscretisedIntensity = "ih_max";

    /// <summary>Intensity histogram mode.</summary>
    /// <remarks>IBSI code AMMC; intensity histogram, discretised grey levels. Formula: the most frequent grey level; ties go to the level closest to mu, then to the lower one.</remarks>
    public const string IhIntensityHistogramMode = "ih_mode";

    /// <summary>Discretised intensity interquartile range.</summary>
    /// <remarks>IBSI code WR0O; intensity histogram, discretised grey levels. Formula: P75 - P25.</remarks>
    public const string IhDiscretisedIntensityInterquartileRange = "ih_iqr";

    /// <summary>Discretised intensity range.</summary>
    /// <remarks>IBSI code 5Z3W; intensity histogram, discretised grey levels. Formula: max - min.</remarks>
    public const string IhDiscretisedIntensityRange = "ih_range";

    /// <summary>Intensity histogram mean absolute deviation.</summary>
    /// <remarks>IBSI code D2ZX; intensity histogram, discretised grey levels. Formula: (1/N) sum_k |X_k - mu|.</remarks>
    public const string IhIntensityHistogramMeanAbsoluteDeviation = "ih_mad";

    /// <summary>Intensity histogram robust mean absolute deviation.</summary>
    /// <remarks>IBSI code WRZB; intensity histogram, discretised grey levels. Formula: mean |X - mean(X)| over the X with P10 &lt;= X &lt;= P90.</remarks>
    public const string IhIntensityHistogramRobustMeanAbsoluteDeviation = "ih_rmad";

    /// <summary>Intensity histogram median absolute deviation.</summary>
    /// <remarks>IBSI code 4RNL; intensity histogram, discretised grey levels. Formula: (1/N) sum_k |X_k - median|.</remarks>
    public const string IhIntensityHistogramMedianAbsoluteDeviation = "ih_medad";

    /// <summary>Intensity histogram coefficient of variation.</summary>
    /// <remarks>IBSI code CWYJ; intensity histogram, discretised grey levels. Formula: sqrt(variance) / mu.</remarks>
    public const string IhIntensityHistogramCoefficientOfVariation = "ih_cov";

    /// <summary>Intensity histogram quartile coefficient of dispersion.</summary>
    /// <remarks>IBSI code SLWD; intensity histogram, discretised grey levels. Formula: (P75 - P25) / (P75 + P25).</remarks>
    public const string IhIntensityHistogramQuartileCoefficientOfDispersion = "ih_qcod";

    /// <summary>Discretised intensity entropy.</summary>
    /// <remarks>IBSI code TLU2; intensity histogram, discretised grey levels. Formula: -sum_i p_i log2 p_i, p_i = n_i / N over the histogram bins i = 1..Ng.</remarks>
    public const string IhDiscretisedIntensityEntropy = "ih_entropy";

    /// <summary>Discretised intensity uniformity.</summary>
    /// <remarks>IBSI code BJ5W; intensity histogram, discretised grey levels. Formula: sum_i p_i^2.</remarks>
    public const string IhDiscretisedIntensityUniformity = "ih_uniformity";

    /// <summary>Maximum histogram gradient.</summary>
    /// <remarks>IBSI code 12CE; intensity histogram, discretised grey levels. Formula: max_i H'(i), H'(i) = (n_(i+1) - n_(i-1)) / 2 inside, one-sided differences at bins 1 and Ng.</remarks>
    public const string IhMaximumHistogramGradient = "ih_max_grad";

    /// <summary>Maximum histogram gradient intensity.</summary>
    /// <remarks>IBSI code 8E6O; intensity histogram, discretised grey levels. Formula: the bin i of the maximum histogram gradient (the first one on ties).</remarks>
    public const string IhMaximumHistogramGradientIntensity = "ih_max_grad_gl";

    /// <summary>Minimum histogram gradient.</summary>
    /// <remarks>IBSI code VQB3; intensity histogram, discretised grey levels. Formula: min_i H'(i).</remarks>
    public const string IhMinimumHistogramGradient = "ih_min_grad";

    /// <summary>Minimum histogram gradient intensity.</summary>
    /// <remarks>IBSI code RHQZ; intensity histogram, discretised grey levels. Formula: the bin i of the minimum histogram gradient (the first one on ties).</remarks>
    public const string IhMinimumHistogramGradientIntensity = "ih_min_grad_gl";

    /// <summary>Volume at intensity fraction, V10.</summary>
    /// <remarks>IBSI code BC2M; intensity-volume histogram, discretised grey levels. Formula: V10: the volume fraction nu_i of the lowest intensity i with intensity fraction gamma_i &gt;= 0.10; nu_i = fraction of voxels &gt;= i, gamma_i = (i - min G) / (max G - min G).</remarks>
    public const string IvhVolumeAt10PercentIntensity = "ivh_v10";

    /// <summary>Volume at intensity fraction, V90.</summary>
    /// <remarks>IBSI code BC2M; intensity-volume histogram, discretised grey levels. Formula: V90: as V10 with gamma_i &gt;= 0.90.</remarks>
    public const string IvhVolumeAt90PercentIntensity = "ivh_v90";

    /// <summary>Intensity at volume fraction, I10.</summary>
    /// <remarks>IBSI code GBPN; intensity-volume histogram, discretised grey levels. Formula: I10: the lowest intensity i with nu_i &lt;= 0.10 (bin centres for a fixed bin size).</remarks>
    public const string IvhIntensityAt10PercentVolume = "ivh_i10";

    /// <summary>Intensity at volume fraction, I90.</summary>
    /// <remarks>IBSI code GBPN; intensity-volume histogram, discretised grey levels. Formula: I90: the lowest intensity i with nu_i &lt;= 0.90.</remarks>
    public const string IvhIntensityAt90PercentVolume = "ivh_i90";

    /// <summary>Volume fraction difference between intensity fractions.</summary>
    /// <remarks>IBSI code DDTU; intensity-volume histogram, discretised grey levels. Formula: V10 - V90.</remarks>
    public const string IvhVolumeFractionDifferenceBetweenIntensityFractions = "ivh_v10_minus_v90";

    /// <summary>Intensity fraction difference between volume fractions.</summary>
    /// <remarks>IBSI code CNV2; intensity-volume histogram, discretised grey levels. Formula: I10 - I90.</remarks>
    public const string IvhIntensityFractionDifferenceBetweenVolumeFractions = "ivh_i10_minus_i90";

    /// <summary>Joint maximum (2D, averaged).</summary>
    /// <remarks>IBSI code GYBY; GLCM, discretised grey levels. Formula: max_ij p_ij.</remarks>
    public const string GlcmJointMaximum2dAveraged = "glcm_joint_max_2d_avg";

    /// <summary>Joint average (2D, averaged).</summary>
    /// <remarks>IBSI code 60VM; GLCM, discretised grey levels. Formula: mu = sum_ij i p_ij.</remarks>
    public const string GlcmJointAverage2dAveraged = "glcm_joint_avg_2d_avg";

    /// <summary>Joint variance (2D, averaged).</summary>
    /// <remarks>IBSI code UR99; GLCM, discretised grey levels. Formula: sum_ij (i - mu)^2 p_ij.</remarks>
    public const string GlcmJointVariance2dAveraged = "glcm_joint_var_2d_avg";

    /// <summary>Joint entropy (2D, averaged).</summary>
    /// <remarks>IBSI code TU9B; GLCM, discretised grey levels. Formula: -sum_ij p_ij log2 p_ij.</remarks>
    public const string GlcmJointEntropy2dAveraged = "glcm_joint_entr_2d_avg";

    /// <summary>Difference average (2D, averaged).</summary>
    /// <remarks>IBSI code TF7R; GLCM, discretised grey levels. Formula: mu_d = sum_k k p_(i-j)(k), k = |i - j|.</remarks>
    public const string GlcmDifferenceAverage2dAveraged = "glcm_diff_avg_2d_avg";

    /// <summary>Difference variance (2D, averaged).</summary>
    /// <remarks>IBSI code D3YU; GLCM, discretised grey levels. Formula: sum_k (k - mu_d)^2 p_(i-j)(k).</remarks>
    public const string GlcmDifferenceVariance2dAveraged = "glcm_diff_var_2d_avg";

    /// <summary>Difference entropy (2D, averaged).</summary>
    /// <remarks>IBSI code NTRS; GLCM, discretised grey levels. Formula: -sum_k p_(i-j)(k) log2 p_(i-j)(k).</remarks>
    public const string GlcmDifferenceEntropy2dAveraged = "glcm_diff_entr_2d_avg";

    /// <summary>Sum average (2D, averaged).</summary>
    /// <remarks>IBSI code ZGXS; GLCM, discretised grey levels. Formula: mu_s = sum_k k p_(i+j)(k), k = i + j.</remarks>
    public const string GlcmSumAverage2dAveraged = "glcm_sum_avg_2d_avg";

    /// <summary>Sum variance (2D, averaged).</summary>
    /// <remarks>IBSI code OEEB; GLCM, discretised grey levels. Formula: sum_k (k - mu_s)^2 p_(i+j)(k).</remarks>
    public const string GlcmSumVariance2dAveraged = "glcm_sum_var_2d_avg";

    /// <summary>Sum entropy (2D, averaged).</summary>
    /// <remarks>IBSI code P6QZ; GLCM, discretised grey levels. Formula: -sum_k p_(i+j)(k) log2 p_(i+j)(k).</remarks>
    public const string GlcmSumEntropy2dAveraged = "glcm_sum_entr_2d_avg";

    /// <summary>Angular second moment (2D, averaged).</summary>
    /// <remarks>IBSI code 8ZQL; GLCM, discretised grey levels. Formula: sum_ij p_ij^2.</remarks>
    public const string GlcmAngularSecondMoment2dAveraged = "glcm_energy_2d_avg";

    /// <summary>Contrast (2D, averaged).</summary>
    /// <remarks>IBSI code ACUI; GLCM, discretised grey levels. Formula: sum_ij (i - j)^2 p_ij.</remarks>
    public const string GlcmContrast2dAveraged = "glcm_contrast_2d_avg";

    /// <summary>Dissimilarity (2D, averaged).</summary>
    /// <remarks>IBSI code 8S9J; GLCM, discretised grey levels. Formula: sum_ij |i - j| p_ij.</remarks>
    public const string GlcmDissimilarity2dAveraged = "glcm_dissimilarity_2d_avg";

    /// <summary>Inverse difference (2D, averaged).</summary>
    /// <remarks>IBSI code IB1Z; GLCM, discretised grey levels. Formula: sum_ij p_ij / (1 + |i - j|).</remarks>
    public const string GlcmInverseDifference2dAveraged = "glcm_inv_diff_2d_avg";

    /// <summary>Normalised inverse difference (2D, averaged).</summary>
    /// <remarks>IBSI code NDRX; GLCM, discretised grey levels. Formula: sum_ij p_ij / (1 + |i - j| / Ng).</remarks>
    public const string GlcmNormalisedInverseDifference2dAveraged = "glcm_inv_diff_norm_2d_avg";

    /// <summary>Inverse difference moment (2D, averaged).</summary>
    /// <remarks>IBSI code WF0Z; GLCM, discretised grey levels. Formula: sum_ij p_ij / (1 + (i - j)^2).</remarks>
    public const string GlcmInverseDifferenceMoment2dAveraged = "glcm_inv_diff_mom_2d_avg";

    /// <summary>Normalised inverse difference moment (2D, averaged).</summary>
    /// <remarks>IBSI code 1QCO; GLCM, discretised grey levels. Formula: sum_ij p_ij / (1 + (i - j)^2 / Ng^2).</remarks>
    public const string GlcmNormalisedInverseDifferenceMoment2dAveraged = "glcm_inv_diff_mom_norm_2d_avg";

    /// <summary>Inverse variance (2D, averaged).</summary>
    /// <remarks>IBSI code E8JP; GLCM, discretised grey levels. Formula: sum_(k&gt;=1) p_(i-j)(k) / k^2.</remarks>
    public const string GlcmInverseVariance2dAveraged = "glcm_inv_var_2d_avg";

    /// <summary>Correlation (2D, averaged).</summary>
    /// <remarks>IBSI code NI2N; GLCM, discretised grey levels. Formula: sum_ij (i - mu_i.)(j - mu_.j) p_ij / (sigma_i. sigma_.j), from the marginals; NaN for a single grey level.</remarks>
    public const string GlcmCorrelation2dAveraged = "glcm_corr_2d_avg";

    /// <summary>Autocorrelation (2D, averaged).</summary>
    /// <remarks>IBSI code QWB0; GLCM, discretised grey levels. Formula: sum_ij i j p_ij.</remarks>
    public const string GlcmAutocorrelation2dAveraged = "glcm_auto_corr_2d_avg";

    /// <summary>Cluster tendency (2D, averaged).</summary>
    /// <remarks>IBSI code DG8W; GLCM, discretised grey levels. Formula: sum_ij (i + j - mu_i. - mu_.j)^2 p_ij.</remarks>
    public const string GlcmClusterTendency2dAveraged = "glcm_clust_tend_2d_avg";

    /// <summary>Cluster shade (2D, averaged).</summary>
    /// <remarks>IBSI code 7NFM; GLCM, discretised grey levels. Formula: sum_ij (i + j - mu_i. - mu_.j)^3 p_ij.</remarks>
    public const string GlcmClusterShade2dAveraged = "glcm_clust_shade_2d_avg";

    /// <summary>Cluster prominence (2D, averaged).</summary>
    /// <remarks>IBSI code AE86; GLCM, discretised grey levels. Formula: sum_ij (i + j - mu_i. - mu_.j)^4 p_ij.</remarks>
    public const string GlcmClusterProminence2dAveraged = "glcm_clust_prom_2d_avg";

    /// <summary>Information correlation 1 (2D, averaged).</summary>
    /// <remarks>IBSI code R8DG; GLCM, discretised grey levels. Formula: (HXY - HXY1) / HX with HXY the joint entropy, HXY1 = -sum_ij p_ij log2(p_i. p_.j), HX = -sum_i p_i. log2 p_i..</remarks>
    public const string GlcmInformationCorrelation12dAveraged = "glcm_info_corr1_2d_avg";

    /// <summary>Information correlation 2 (2D, averaged).</summary>
    /// <remarks>IBSI code JN9H; GLCM, discretised grey levels. Formula: sqrt(1 - exp(-2 (HXY2 - HXY))), HXY2 = -sum_ij p_i. p_.j log2(p_i. p_.j).</remarks>
    public const string GlcmInformationCorrelation22dAveraged = "glcm_info_corr2_2d_avg";

    /// <summary>Joint maximum (2D, slice-merged).</summary>
    /// <remarks>IBSI code GYBY; GLCM, discretised grey levels. Formula: max_ij p_ij.</remarks>
    public const string GlcmJointMaximum2dSliceMerged = "glcm_joint_max_2d_slice_merged";

    /// <summary>Joint average (2D, slice-merged).</summary>
    /// <remarks>IBSI code 60VM; GLCM, discretised grey levels. Formula: mu = sum_ij i p_ij.</remarks>
    public const string GlcmJointAverage2dSliceMerged = "glcm_joint_avg_2d_slice_merged";

    /// <summary>Joint variance (2D, slice-merged).</summary>
    /// <remarks>IBSI code UR99; GLCM, discretised grey levels. Formula: sum_ij (i - mu)^2 p_ij.</remarks>
    public const string GlcmJointVariance2dSliceMerged = "glcm_joint_var_2d_slice_merged";

    /// <summary>Joint entropy (2D, slice-merged).</summary>
    /// <remarks>IBSI code TU9B; GLCM, discretised grey levels. Formula: -sum_ij p_ij log2 p_ij.</remarks>
    public const string GlcmJointEntropy2dSliceMerged = "glcm_joint_entr_2d_slice_merged";

    /// <summary>Difference average (2D, slice-merged).</summary>
    /// <remarks>IBSI code TF7R; GLCM, discretised grey levels. Formula: mu_d = sum_k k p_(i-j)(k), k = |i - j|.</remarks>
    public const string GlcmDifferenceAverage2dSliceMerged = "glcm_diff_avg_2d_slice_merged";

    /// <summary>Difference variance (2D, slice-merged).</summary>
    /// <remarks>IBSI code D3YU; GLCM, discretised grey levels. Formula: sum_k (k - mu_d)^2 p_(i-j)(k).</remarks>
    public const string GlcmDifferenceVariance2dSliceMerged = "glcm_diff_var_2d_slice_merged";

    /// <summary>Difference entropy (2D, slice-merged).</summary>
    /// <remarks>IBSI code NTRS; GLCM, discretised grey levels. Formula: -sum_k p_(i-j)(k) log2 p_(i-j)(k).</remarks>
    public const string GlcmDifferenceEntropy2dSliceMerged = "glcm_diff_entr_2d_slice_merged";

    /// <summary>Sum average (2D, slice-merged).</summary>
    /// <remarks>IBSI code ZGXS; GLCM, discretised grey levels. Formula: mu_s = sum_k k p_(i+j)(k), k = i + j.</remarks>
    public const string GlcmSumAverage2dSliceMerged = "glcm_sum_avg_2d_slice_merged";

    /// <summary>Sum variance (2D, slice-merged).</summary>
    /// <remarks>IBSI code OEEB; GLCM, discretised grey levels. Formula: sum_k (k - mu_s)^2 p_(i+j)(k).</remarks>
    public const string GlcmSumVariance2dSliceMerged = "glcm_sum_var_2d_slice_merged";

    /// <summary>Sum entropy (2D, slice-merged).</summary>
    /// <remarks>IBSI code P6QZ; GLCM, discretised grey levels. Formula: -sum_k p_(i+j)(k) log2 p_(i+j)(k).</remarks>
    public const string GlcmSumEntropy2dSliceMerged = "glcm_sum_entr_2d_slice_merged";

    /// <summary>Angular second moment (2D, slice-merged).</summary>
    /// <remarks>IBSI code 8ZQL; GLCM, discretised grey levels. Formula: sum_ij p_ij^2.</remarks>
    public const string GlcmAngularSecondMoment2dSliceMerged = "glcm_energy_2d_slice_merged";

    /// <summary>Contrast (2D, slice-merged).</summary>
    /// <remarks>IBSI code ACUI; GLCM, discretised grey levels. Formula: sum_ij (i - j)^2 p_ij.</remarks>
    public const string GlcmContrast2dSliceMerged = "glcm_contrast_2d_slice_merged";

    /// <summary>Dissimilarity (2D, slice-merged).</summary>
    /// <remarks>IBSI code 8S9J; GLCM, discretised grey levels. Formula: sum_ij |i - j| p_ij.</remarks>
    public const string GlcmDissimilarity2dSliceMerged = "glcm_dissimilarity_2d_slice_merged";

    /// <summary>Inverse difference (2D, slice-merged).</summary>
    /// <remarks>IBSI code IB1Z; GLCM, discretised grey levels. Formula: sum_ij p_ij / (1 + |i - j|).</remarks>
    public const string GlcmInverseDifference2dSliceMerged = "glcm_inv_diff_2d_slice_merged";

    /// <summary>Normalised inverse difference (2D, slice-merged).</summary>
    /// <remarks>IBSI code NDRX; GLCM, discretised grey levels. Formula: sum_ij p_ij / (1 + |i - j| / Ng).</remarks>
    public const string GlcmNormalisedInverseDifference2dSliceMerged = "glcm_inv_diff_norm_2d_slice_merged";

    /// <summary>Inverse difference moment (2D, slice-merged).</summary>
    /// <remarks>IBSI code WF0Z; GLCM, discretised grey levels. Formula: sum_ij p_ij / (1 + (i - j)^2).</remarks>
    public const string GlcmInverseDifferenceMoment2dSliceMerged = "glcm_inv_diff_mom_2d_slice_merged";

    /// <summary>Normalised inverse difference moment (2D, slice-merged).</summary>
    /// <remarks>IBSI code 1QCO; GLCM, discretised grey levels. Formula: sum_ij p_ij / (1 + (i - j)^2 / Ng^2).</remarks>
    public const string GlcmNormalisedInverseDifferenceMoment2dSliceMerged = "glcm_inv_diff_mom_norm_2d_slice_merged";

    /// <summary>Inverse variance (2D, slice-merged).</summary>
    /// <remarks>IBSI code E8JP; GLCM, discretised grey levels. Formula: sum_(k&gt;=1) p_(i-j)(k) / k^2.</remarks>
    public const string GlcmInverseVariance2dSliceMerged = "glcm_inv_var_2d_slice_merged";

    /// <summary>Correlation (2D, slice-merged).</summary>
    /// <remarks>IBSI code NI2N; GLCM, discretised grey levels. Formula: sum_ij (i - mu_i.)(j - mu_.j) p_ij / (sigma_i. sigma_.j), from the marginals; NaN for a single grey level.</remarks>
    public const string GlcmCorrelation2dSliceMerged = "glcm_corr_2d_slice_merged";

    /// <summary>Autocorrelation (2D, slice-merged).</summary>
    /// <remarks>IBSI code QWB0; GLCM, discretised grey levels. Formula: sum_ij i j p_ij.</remarks>
    public const string GlcmAutocorrelation2dSliceMerged = "glcm_auto_corr_2d_slice_merged";

    /// <summary>Cluster tendency (2D, slice-merged).</summary>
    /// <remarks>IBSI code DG8W; GLCM, discretised grey levels. Formula: sum_ij (i + j - mu_i. - mu_.j)^2 p_ij.</remarks>
    public const string GlcmClusterTendency2dSliceMerged = "glcm_clust_tend_2d_slice_merged";

    /// <summary>Cluster shade (2D, slice-merged).</summary>
    /// <remarks>IBSI code 7NFM; GLCM, discretised grey levels. Formula: sum_ij (i + j - mu_i. - mu_.j)^3 p_ij.</remarks>
    public const string GlcmClusterShade2dSliceMerged = "glcm_clust_shade_2d_slice_merged";

    /// <summary>Cluster prominence (2D, slice-merged).</summary>
    /// <remarks>IBSI code AE86; GLCM, discretised grey levels. Formula: sum_ij (i + j - mu_i. - mu_.j)^4 p_ij.</remarks>
    public const string GlcmClusterProminence2dSliceMerged = "glcm_clust_prom_2d_slice_merged";

    /// <summary>Information correlation 1 (2D, slice-merged).</summary>
    /// <remarks>IBSI code R8DG; GLCM, discretised grey levels. Formula: (HXY - HXY1) / HX with HXY the joint entropy, HXY1 = -sum_ij p_ij log2(p_i. p_.j), HX = -sum_i p_i. log2 p_i..</remarks>
    public const string GlcmInformationCorrelation12dSliceMerged = "glcm_info_corr1_2d_slice_merged";

    /// <summary>Information correlation 2 (2D, slice-merged).</summary>
    /// <remarks>IBSI code JN9H; GLCM, discretised grey levels. Formula: sqrt(1 - exp(-2 (HXY2 - HXY))), HXY2 = -sum_ij p_i. p_.j log2(p_i. p_.j).</remarks>
    public const string GlcmInformationCorrelation22dSliceMerged = "glcm_info_corr2_2d_slice_merged";

    /// <summary>Joint maximum (2.5D, direction-merged).</summary>
    /// <remarks>IBSI code GYBY; GLCM, discretised grey levels. Formula: max_ij p_ij.</remarks>
    public const string GlcmJointMaximum25dDirectionMerged = "glcm_joint_max_25d_dir_merged";

    /// <summary>Joint average (2.5D, direction-merged).</summary>
    /// <remarks>IBSI code 60VM; GLCM, discretised grey levels. Formula: mu = sum_ij i p_ij.</remarks>
    public const string GlcmJointAverage25dDirectionMerged = "glcm_joint_avg_25d_dir_merged";

    /// <summary>Joint variance (2.5D, direction-merged).</summary>
    /// <remarks>IBSI code UR99; GLCM, discretised grey levels. Formula: sum_ij (i - mu)^2 p_ij.</remarks>
    public const string GlcmJointVariance25dDirectionMerged = "glcm_joint_var_25d_dir_merged";

    /// <summary>Joint entropy (2.5D, direction-merged).</summary>
    /// <remarks>IBSI code TU9B; GLCM, discretised grey levels. Formula: -sum_ij p_ij log2 p_ij.</remarks>
    public const string GlcmJointEntropy25dDirectionMerged = "glcm_joint_entr_25d_dir_merged";

    /// <summary>Difference average (2.5D, direction-merged).</summary>
    /// <remarks>IBSI code TF7R; GLCM, discretised grey levels. Formula: mu_d = sum_k k p_(i-j)(k), k = |i - j|.</remarks>
    public const string GlcmDifferenceAverage25dDirectionMerged = "glcm_diff_avg_25d_dir_merged";

    /// <summary>Difference variance (2.5D, direction-merged).</summary>
    /// <remarks>IBSI code D3YU; GLCM, discretised grey levels. Formula: sum_k (k - mu_d)^2 p_(i-j)(k).</remarks>
    public const string GlcmDifferenceVariance25dDirectionMerged = "glcm_diff_var_25d_dir_merged";

    /// <summary>Difference entropy (2.5D, direction-merged).</summary>
    /// <remarks>IBSI code NTRS; GLCM, discretised grey levels. Formula: -sum_k p_(i-j)(k) log2 p_(i-j)(k).</remarks>
    public const string GlcmDifferenceEntropy25dDirectionMerged = "glcm_diff_entr_25d_dir_merged";

    /// <summary>Sum average (2.5D, direction-merged).</summary>
    /// <remarks>IBSI code ZGXS; GLCM, discretised grey levels. Formula: mu_s = sum_k k p_(i+j)(k), k = i + j.</remarks>
    public const string GlcmSumAverage25dDirectionMerged = "glcm_sum_avg_25d_dir_merged";

    /// <summary>Sum variance (2.5D, direction-merged).</summary>
    /// <remarks>IBSI code OEEB; GLCM, discretised grey levels. Formula: sum_k (k - mu_s)^2 p_(i+j)(k).</remarks>
    public const string GlcmSumVariance25dDirectionMerged = "glcm_sum_var_25d_dir_merged";

    /// <summary>Sum entropy (2.5D, direction-merged).</summary>
    /// <remarks>IBSI code P6QZ; GLCM, discretised grey levels. Formula: -sum_k p_(i+j)(k) log2 p_(i+j)(k).</remarks>
    public const string GlcmSumEntropy25dDirectionMerged = "glcm_sum_entr_25d_dir_merged";

    /// <summary>Angular second moment (2.5D, direction-merged).</summary>
    /// <remarks>IBSI code 8ZQL; GLCM, discretised grey levels. Formula: sum_ij p_ij^2.</remarks>
    public const string GlcmAngularSecondMoment25dDirectionMerged = "glcm_energy_25d_dir_merged";

    /// <summary>Contrast (2.5D, direction-merged).</summary>
    /// <remarks>IBSI code ACUI; GLCM, discretised grey levels. Formula: sum_ij (i - j)^2 p_ij.</remarks>
    public const string GlcmContrast25dDirectionMerged = "glcm_contrast_25d_dir_merged";

    /// <summary>Dissimilarity (2.5D, direction-merged).</summary>
    /// <remarks>IBSI code 8S9J; GLCM, discretised grey levels. Formula: sum_ij |i - j| p_ij.</remarks>
    public const string GlcmDissimilarity25dDirectionMerged = "glcm_dissimilarity_25d_dir_merged";

    /// <summary>Inverse difference (2.5D, direction-merged).</summary>
    /// <remarks>IBSI code IB1Z; GLCM, discretised grey levels. Formula: sum_ij p_ij / (1 + |i - j|).</remarks>
    public const string GlcmInverseDifference25dDirectionMerged = "glcm_inv_diff_25d_dir_merged";

    /// <summary>Normalised inverse difference (2.5D, direction-merged).</summary>
    /// <remarks>IBSI code NDRX; GLCM, discretised grey levels. Formula: sum_ij p_ij / (1 + |i - j| / Ng).</remarks>
    public const string GlcmNormalisedInverseDifference25dDirectionMerged = "glcm_inv_diff_norm_25d_dir_merged";

    /// <summary>Inverse difference moment (2.5D, direction-merged).</summary>
    /// <remarks>IBSI code WF0Z; GLCM, discretised grey levels. Formula: sum_ij p_ij / (1 + (i - j)^2).</remarks>
    public const string GlcmInverseDifferenceMoment25dDirectionMerged = "glcm_inv_diff_mom_25d_dir_merged";

    /// <summary>Normalised inverse difference moment (2.5D, direction-merged).</summary>
    /// <remarks>IBSI code 1QCO; GLCM, discretised grey levels. Formula: sum_ij p_ij / (1 + (i - j)^2 / Ng^2).</remarks>
    public const string GlcmNormalisedInverseDifferenceMoment25dDirectionMerged = "glcm_inv_diff_mom_norm_25d_dir_merged";

    /// <summary>Inverse variance (2.5D, direction-merged).</summary>
    /// <remarks>IBSI code E8JP; GLCM, discretised grey levels. Formula: sum_(k&gt;=1) p_(i-j)(k) / k^2.</remarks>
    public const string GlcmInverseVariance25dDirectionMerged = "glcm_inv_var_25d_dir_merged";

    /// <summary>Correlation (2.5D, direction-merged).</summary>
    /// <remarks>IBSI code NI2N; GLCM, discretised grey levels. Formula: sum_ij (i - mu_i.)(j - mu_.j) p_ij / (sigma_i. sigma_.j), from the marginals; NaN for a single grey level.</remarks>
    public const string GlcmCorrelation25dDirectionMerged = "glcm_corr_25d_dir_merged";

    /// <summary>Autocorrelation (2.5D, direction-merged).</summary>
    /// <remarks>IBSI code QWB0; GLCM, discretised grey levels. Formula: sum_ij i j p_ij.</remarks>
    public const string GlcmAutocorrelation25dDirectionMerged = "glcm_auto_corr_25d_dir_merged";

    /// <summary>Cluster tendency (2.5D, direction-merged).</summary>
    /// <remarks>IBSI code DG8W; GLCM, discretised grey levels. Formula: sum_ij (i + j - mu_i. - mu_.j)^2 p_ij.</remarks>
    public const string GlcmClusterTendency25dDirectionMerged = "glcm_clust_tend_25d_dir_merged";

    /// <summary>Cluster shade (2.5D, direction-merged).</summary>
    /// <remarks>IBSI code 7NFM; GLCM, discretised grey levels. Formula: sum_ij (i + j - mu_i. - mu_.j)^3 p_ij.</remarks>
    public const string GlcmClusterShade25dDirectionMerged = "glcm_clust_shade_25d_dir_merged";

    /// <summary>Cluster prominence (2.5D, direction-merged).</summary>
    /// <remarks>IBSI code AE86; GLCM, discretised grey levels. Formula: sum_ij (i + j - mu_i. - mu_.j)^4 p_ij.</remarks>
    public const string GlcmClusterProminence25dDirectionMerged = "glcm_clust_prom_25d_dir_merged";

    /// <summary>Information correlation 1 (2.5D, direction-merged).</summary>
    /// <remarks>IBSI code R8DG; GLCM, discretised grey levels. Formula: (HXY - HXY1) / HX with HXY the joint entropy, HXY1 = -sum_ij p_ij log2(p_i. p_.j), HX = -sum_i p_i. log2 p_i..</remarks>
    public const string GlcmInformationCorrelation125dDirectionMerged = "glcm_info_corr1_25d_dir_merged";

    /// <summary>Information correlation 2 (2.5D, direction-merged).</summary>
    /// <remarks>IBSI code JN9H; GLCM, discretised grey levels. Formula: sqrt(1 - exp(-2 (HXY2 - HXY))), HXY2 = -sum_ij p_i. p_.j log2(p_i. p_.j).</remarks>
    public const string GlcmInformationCorrelation225dDirectionMerged = "glcm_info_corr2_25d_dir_merged";

    /// <summary>Joint maximum (2.5D, merged).</summary>
    /// <remarks>IBSI code GYBY; GLCM, discretised grey levels. Formula: max_ij p_ij.</remarks>
    public const string GlcmJointMaximum25dMerged = "glcm_joint_max_25d_merged";

    /// <summary>Joint average (2.5D, merged).</summary>
    /// <remarks>IBSI code 60VM; GLCM, discretised grey levels. Formula: mu = sum_ij i p_ij.</remarks>
    public const string GlcmJointAverage25dMerged = "glcm_joint_avg_25d_merged";

    /// <summary>Joint variance (2.5D, merged).</summary>
    /// <remarks>IBSI code UR99; GLCM, discretised grey levels. Formula: sum_ij (i - mu)^2 p_ij.</remarks>
    public const string GlcmJointVariance25dMerged = "glcm_joint_var_25d_merged";

    /// <summary>Joint entropy (2.5D, merged).</summary>
    /// <remarks>IBSI code TU9B; GLCM, discretised grey levels. Formula: -sum_ij p_ij log2 p_ij.</remarks>
    public const string GlcmJointEntropy25dMerged = "glcm_joint_entr_25d_merged";

    /// <summary>Difference average (2.5D, merged).</summary>
    /// <remarks>IBSI code TF7R; GLCM, discretised grey levels. Formula: mu_d = sum_k k p_(i-j)(k), k = |i - j|.</remarks>
    public const string GlcmDifferenceAverage25dMerged = "glcm_diff_avg_25d_merged";

    /// <summary>Difference variance (2.5D, merged).</summary>
    /// <remarks>IBSI code D3YU; GLCM, discretised grey levels. Formula: sum_k (k - mu_d)^2 p_(i-j)(k).</remarks>
    public const string GlcmDifferenceVariance25dMerged = "glcm_diff_var_25d_merged";

    /// <summary>Difference entropy (2.5D, merged).</summary>
    /// <remarks>IBSI code NTRS; GLCM, discretised grey levels. Formula: -sum_k p_(i-j)(k) log2 p_(i-j)(k).</remarks>
    public const string GlcmDifferenceEntropy25dMerged = "glcm_diff_entr_25d_merged";

    /// <summary>Sum average (2.5D, merged).</summary>
    /// <remarks>IBSI code ZGXS; GLCM, discretised grey levels. Formula: mu_s = sum_k k p_(i+j)(k), k = i + j.</remarks>
    public const string GlcmSumAverage25dMerged = "glcm_sum_avg_25d_merged";

    /// <summary>Sum variance (2.5D, merged).</summary>
    /// <remarks>IBSI code OEEB; GLCM, discretised grey levels. Formula: sum_k (k - mu_s)^2 p_(i+j)(k).</remarks>
    public const string GlcmSumVariance25dMerged = "glcm_sum_var_25d_merged";

    /// <summary>Sum entropy (2.5D, merged).</summary>
    /// <remarks>IBSI code P6QZ; GLCM, discretised grey levels. Formula: -sum_k p_(i+j)(k) log2 p_(i+j)(k).</remarks>
    public const string GlcmSumEntropy25dMerged = "glcm_sum_entr_25d_merged";

    /// <summary>Angular second moment (2.5D, merged).</summary>
    /// <remarks>IBSI code 8ZQL; GLCM, discretised grey levels. Formula: sum_ij p_ij^2.</remarks>
    public const string GlcmAngularSecondMoment25dMerged = "glcm_energy_25d_merged";

    /// <summary>Contrast (2.5D, merged).</summary>
    /// <remarks>IBSI code ACUI; GLCM, discretised grey levels. Formula: sum_ij (i - j)^2 p_ij.</remarks>
    public const string GlcmContrast25dMerged = "glcm_contrast_25d_merged";

    /// <summary>Dissimilarity (2.5D, merged).</summary>
    /// <remarks>IBSI code 8S9J; GLCM, discretised grey levels. Formula: sum_ij |i - j| p_ij.</remarks>
    public const string GlcmDissimilarity25dMerged = "glcm_dissimilarity_25d_merged";

    /// <summary>Inverse difference (2.5D, merged).</summary>
    /// <remarks>IBSI code IB1Z; GLCM, discretised grey levels. Formula: sum_ij p_ij / (1 + |i - j|).</remarks>
    public const string GlcmInverseDifference25dMerged = "glcm_inv_diff_25d_merged";

    /// <summary>Normalised inverse difference (2.5D, merged).</summary>
    /// <remarks>IBSI code NDRX; GLCM, discretised grey levels. Formula: sum_ij p_ij / (1 + |i - j| / Ng).</remarks>
    public const string GlcmNormalisedInverseDifference25dMerged = "glcm_inv_diff_norm_25d_merged";

    /// <summary>Inverse difference moment (2.5D, merged).</summary>
    /// <remarks>IBSI code WF0Z; GLCM, discretised grey levels. Formula: sum_ij p_ij / (1 + (i - j)^2).</remarks>
    public const string GlcmInverseDifferenceMoment25dMerged = "glcm_inv_diff_mom_25d_merged";

    /// <summary>Normalised inverse difference moment (2.5D, merged).</summary>
    /// <remarks>IBSI code 1QCO; GLCM, discretised grey levels. Formula: sum_ij p_ij / (1 + (i - j)^2 / Ng^2).</remarks>
    public const string GlcmNormalisedInverseDifferenceMoment25dMerged = "glcm_inv_diff_mom_norm_25d_merged";

    /// <summary>Inverse variance (2.5D, merged).</summary>
    /// <remarks>IBSI code E8JP; GLCM, discretised grey levels. Formula: sum_(k&gt;=1) p_(i-j)(k) / k^2.</remarks>
    public const string GlcmInverseVariance25dMerged = "glcm_inv_var_25d_merged";

    /// <summary>Correlation (2.5D, merged).</summary>
    /// <remarks>IBSI code NI2N; GLCM, discretised grey levels. Formula: sum_ij (i - mu_i.)(j - mu_.j) p_ij / (sigma_i. sigma_.j), from the marginals; NaN for a single grey level.</remarks>
    public const string GlcmCorrelation25dMerged = "glcm_corr_25d_merged";

    /// <summary>Autocorrelation (2.5D, merged).</summary>
    /// <remarks>IBSI code QWB0; GLCM, discretised grey levels. Formula: sum_ij i j p_ij.</remarks>
    public const string GlcmAutocorrelation25dMerged = "glcm_auto_corr_25d_merged";

    /// <summary>Cluster tendency (2.5D, merged).</summary>
    /// <remarks>IBSI code DG8W; GLCM, discretised grey levels. Formula: sum_ij (i + j - mu_i. - mu_.j)^2 p_ij.</remarks>
    public const string GlcmClusterTendency25dMerged = "glcm_clust_tend_25d_merged";

    /// <summary>Cluster shade (2.5D, merged).</summary>
    /// <remarks>IBSI code 7NFM; GLCM, discretised grey levels. Formula: sum_ij (i + j - mu_i. - mu_.j)^3 p_ij.</remarks>
    public const string GlcmClusterShade25dMerged = "glcm_clust_shade_25d_merged";

    /// <summary>Cluster prominence (2.5D, merged).</summary>
    /// <remarks>IBSI code AE86; GLCM, discretised grey levels. Formula: sum_ij (i + j - mu_i. - mu_.j)^4 p_ij.</remarks>
    public const string GlcmClusterProminence25dMerged = "glcm_clust_prom_25d_merged";

    /// <summary>Information correlation 1 (2.5D, merged).</summary>
    /// <remarks>IBSI code R8DG; GLCM, discretised grey levels. Formula: (HXY - HXY1) / HX with HXY the joint entropy, HXY1 = -sum_ij p_ij log2(p_i. p_.j), HX = -sum_i p_i. log2 p_i..</remarks>
    public const string GlcmInformationCorrelation125dMerged = "glcm_info_corr1_25d_merged";

    /// <summary>Information correlation 2 (2.5D, merged).</summary>
    /// <remarks>IBSI code JN9H; GLCM, discretised grey levels. Formula: sqrt(1 - exp(-2 (HXY2 - HXY))), HXY2 = -sum_ij p_i. p_.j log2(p_i. p_.j).</remarks>
    public const string GlcmInformationCorrelation225dMerged = "glcm_info_corr2_25d_merged";

    /// <summary>Joint maximum (3D, averaged).</summary>
    /// <remarks>IBSI code GYBY; GLCM, discretised grey levels. Formula: max_ij p_ij.</remarks>
    public const string GlcmJointMaximum3dAveraged = "glcm_joint_max_3d_avg";

    /// <summary>Joint average (3D, averaged).</summary>
    /// <remarks>IBSI code 60VM; GLCM, discretised grey levels. Formula: mu = sum_ij i p_ij.</remarks>
    public const string GlcmJointAverage3dAveraged = "glcm_joint_avg_3d_avg";

    /// <summary>Joint variance (3D, averaged).</summary>
    /// <remarks>IBSI code UR99; GLCM, discretised grey levels. Formula: sum_ij (i - mu)^2 p_ij.</remarks>
    public const string GlcmJointVariance3dAveraged = "glcm_joint_var_3d_avg";

    /// <summary>Joint entropy (3D, averaged).</summary>
    /// <remarks>IBSI code TU9B; GLCM, discretised grey levels. Formula: -sum_ij p_ij log2 p_ij.</remarks>
    public const string GlcmJointEntropy3dAveraged = "glcm_joint_entr_3d_avg";

    /// <summary>Difference average (3D, averaged).</summary>
    /// <remarks>IBSI code TF7R; GLCM, discretised grey levels. Formula: mu_d = sum_k k p_(i-j)(k), k = |i - j|.</remarks>
    public const string GlcmDifferenceAverage3dAveraged = "glcm_diff_avg_3d_avg";

    /// <summary>Difference variance (3D, averaged).</summary>
    /// <remarks>IBSI code D3YU; GLCM, discretised grey levels. Formula: sum_k (k - mu_d)^2 p_(i-j)(k).</remarks>
    public const string GlcmDifferenceVariance3dAveraged = "glcm_diff_var_3d_avg";

    /// <summary>Difference entropy (3D, averaged).</summary>
    /// <remarks>IBSI code NTRS; GLCM, discretised grey levels. Formula: -sum_k p_(i-j)(k) log2 p_(i-j)(k).</remarks>
    public const string GlcmDifferenceEntropy3dAveraged = "glcm_diff_entr_3d_avg";

    /// <summary>Sum average (3D, averaged).</summary>
    /// <remarks>IBSI code ZGXS; GLCM, discretised grey levels. Formula: mu_s = sum_k k p_(i+j)(k), k = i + j.</remarks>
    public const string GlcmSumAverage3dAveraged = "glcm_sum_avg_3d_avg";

    /// <summary>Sum variance (3D, averaged).</summary>
    /// <remarks>IBSI code OEEB; GLCM, discretised grey levels. Formula: sum_k (k - mu_s)^2 p_(i+j)(k).</remarks>
    public const string GlcmSumVariance3dAveraged = "glcm_sum_var_3d_avg";

    /// <summary>Sum entropy (3D, averaged).</summary>
    /// <remarks>IBSI code P6QZ; GLCM, discretised grey levels. Formula: -sum_k p_(i+j)(k) log2 p_(i+j)(k).</remarks>
    public const string GlcmSumEntropy3dAveraged = "glcm_sum_entr_3d_avg";

    /// <summary>Angular second moment (3D, averaged).</summary>
    /// <remarks>IBSI code 8ZQL; GLCM, discretised grey levels. Formula: sum_ij p_ij^2.</remarks>
    public const string GlcmAngularSecondMoment3dAveraged = "glcm_energy_3d_avg";

    /// <summary>Contrast (3D, averaged).</summary>
    /// <remarks>IBSI code ACUI; GLCM, discretised grey levels. Formula: sum_ij (i - j)^2 p_ij.</remarks>
    public const string GlcmContrast3dAveraged = "glcm_contrast_3d_avg";

    /// <summary>Dissimilarity (3D, averaged).</summary>
    /// <remarks>IBSI code 8S9J; GLCM, discretised grey levels. Formula: sum_ij |i - j| p_ij.</remarks>
    public const string GlcmDissimilarity3dAveraged = "glcm_dissimilarity_3d_avg";

    /// <summary>Inverse difference (3D, averaged).</summary>
    /// <remarks>IBSI code IB1Z; GLCM, discretised grey levels. Formula: sum_ij p_ij / (1 + |i - j|).</remarks>
    public const string GlcmInverseDifference3dAveraged = "glcm_inv_diff_3d_avg";

    /// <summary>Normalised inverse difference (3D, averaged).</summary>
    /// <remarks>IBSI code NDRX; GLCM, discretised grey levels. Formula: sum_ij p_ij / (1 + |i - j| / Ng).</remarks>
    public const string GlcmNormalisedInverseDifference3dAveraged = "glcm_inv_diff_norm_3d_avg";

    /// <summary>Inverse difference moment (3D, averaged).</summary>
    /// <remarks>IBSI code WF0Z; GLCM, discretised grey levels. Formula: sum_ij p_ij / (1 + (i - j)^2).</remarks>
    public const string GlcmInverseDifferenceMoment3dAveraged = "glcm_inv_diff_mom_3d_avg";

    /// <summary>Normalised inverse difference moment (3D, averaged).</summary>
    /// <remarks>IBSI code 1QCO; GLCM, discretised grey levels. Formula: sum_ij p_ij / (1 + (i - j)^2 / Ng^2).</remarks>
    public const string GlcmNormalisedInverseDifferenceMoment3dAveraged = "glcm_inv_diff_mom_norm_3d_avg";

    /// <summary>Inverse variance (3D, averaged).</summary>
    /// <remarks>IBSI code E8JP; GLCM, discretised grey levels. Formula: sum_(k&gt;=1) p_(i-j)(k) / k^2.</remarks>
    public const string GlcmInverseVariance3dAveraged = "glcm_inv_var_3d_avg";

    /// <summary>Correlation (3D, averaged).</summary>
    /// <remarks>IBSI code NI2N; GLCM, discretised grey levels. Formula: sum_ij (i - mu_i.)(j - mu_.j) p_ij / (sigma_i. sigma_.j), from the marginals; NaN for a single grey level.</remarks>
    public const string GlcmCorrelation3dAveraged = "glcm_corr_3d_avg";

    /// <summary>Autocorrelation (3D, averaged).</summary>
    /// <remarks>IBSI code QWB0; GLCM, discretised grey levels. Formula: sum_ij i j p_ij.</remarks>
    public const string GlcmAutocorrelation3dAveraged = "glcm_auto_corr_3d_avg";

    /// <summary>Cluster tendency (3D, averaged).</summary>
    /// <remarks>IBSI code DG8W; GLCM, discretised grey levels. Formula: sum_ij (i + j - mu_i. - mu_.j)^2 p_ij.</remarks>
    public const string GlcmClusterTendency3dAveraged = "glcm_clust_tend_3d_avg";

    /// <summary>Cluster shade (3D, averaged).</summary>
    /// <remarks>IBSI code 7NFM; GLCM, discretised grey levels. Formula: sum_ij (i + j - mu_i. - mu_.j)^3 p_ij.</remarks>
    public const string GlcmClusterShade3dAveraged = "glcm_clust_shade_3d_avg";

    /// <summary>Cluster prominence (3D, averaged).</summary>
    /// <remarks>IBSI code AE86; GLCM, discretised grey levels. Formula: sum_ij (i + j - mu_i. - mu_.j)^4 p_ij.</remarks>
    public const string GlcmClusterProminence3dAveraged = "glcm_clust_prom_3d_avg";

    /// <summary>Information correlation 1 (3D, averaged).</summary>
    /// <remarks>IBSI code R8DG; GLCM, discretised grey levels. Formula: (HXY - HXY1) / HX with HXY the joint entropy, HXY1 = -sum_ij p_ij log2(p_i. p_.j), HX = -sum_i p_i. log2 p_i..</remarks>
    public const string GlcmInformationCorrelation13dAveraged = "glcm_info_corr1_3d_avg";

    /// <summary>Information correlation 2 (3D, averaged).</summary>
    /// <remarks>IBSI code JN9H; GLCM, discretised grey levels. Formula: sqrt(1 - exp(-2 (HXY2 - HXY))), HXY2 = -sum_ij p_i. p_.j log2(p_i. p_.j).</remarks>
    public const string GlcmInformationCorrelation23dAveraged = "glcm_info_corr2_3d_avg";

    /// <summary>Joint maximum (3D, merged).</summary>
    /// <remarks>IBSI code GYBY; GLCM, discretised grey levels. Formula: max_ij p_ij.</remarks>
    public const string GlcmJointMaximum3dMerged = "glcm_joint_max_3d_merged";

    /// <summary>Joint average (3D, merged).</summary>
    /// <remarks>IBSI code 60VM; GLCM, discretised grey levels. Formula: mu = sum_ij i p_ij.</remarks>
    public const string GlcmJointAverage3dMerged = "glcm_joint_avg_3d_merged";

    /// <summary>Joint variance (3D, merged).</summary>
    /// <remarks>IBSI code UR99; GLCM, discretised grey levels. Formula: sum_ij (i - mu)^2 p_ij.</remarks>
    public const string GlcmJointVariance3dMerged = "glcm_joint_var_3d_merged";

    /// <summary>Joint entropy (3D, merged).</summary>
    /// <remarks>IBSI code TU9B; GLCM, discretised grey levels. Formula: -sum_ij p_ij log2 p_ij.</remarks>
    public const string GlcmJointEntropy3dMerged = "glcm_joint_entr_3d_merged";

    /// <summary>Difference average (3D, merged).</summary>
    /// <remarks>IBSI code TF7R; GLCM, discretised grey levels. Formula: mu_d = sum_k k p_(i-j)(k), k = |i - j|.</remarks>
    public const string GlcmDifferenceAverage3dMerged = "glcm_diff_avg_3d_merged";

    /// <summary>Difference variance (3D, merged).</summary>
    /// <remarks>IBSI code D3YU; GLCM, discretised grey levels. Formula: sum_k (k - mu_d)^2 p_(i-j)(k).</remarks>
    public const string GlcmDifferenceVariance3dMerged = "glcm_diff_var_3d_merged";

    /// <summary>Difference entropy (3D, merged).</summary>
    /// <remarks>IBSI code NTRS; GLCM, discretised grey levels. Formula: -sum_k p_(i-j)(k) log2 p_(i-j)(k).</remarks>
    public const string GlcmDifferenceEntropy3dMerged = "glcm_diff_entr_3d_merged";

    /// <summary>Sum average (3D, merged).</summary>
    /// <remarks>IBSI code ZGXS; GLCM, discretised grey levels. Formula: mu_s = sum_k k p_(i+j)(k), k = i + j.</remarks>
    public const string GlcmSumAverage3dMerged = "glcm_sum_avg_3d_merged";

    /// <summary>Sum variance (3D, merged).</summary>
    /// <remarks>IBSI code OEEB; GLCM, discretised grey levels. Formula: sum_k (k - mu_s)^2 p_(i+j)(k).</remarks>
    public const string GlcmSumVariance3dMerged = "glcm_sum_var_3d_merged";

    /// <summary>Sum entropy (3D, merged).</summary>
    /// <remarks>IBSI code P6QZ; GLCM, discretised grey levels. Formula: -sum_k p_(i+j)(k) log2 p_(i+j)(k).</remarks>
    public const string GlcmSumEntropy3dMerged = "glcm_sum_entr_3d_merged";

    /// <summary>Angular second moment (3D, merged).</summary>
    /// <remarks>IBSI code 8ZQL; GLCM, discretised grey levels. Formula: sum_ij p_ij^2.</remarks>
    public const string GlcmAngularSecondMoment3dMerged = "glcm_energy_3d_merged";

    /// <summary>Contrast (3D, merged).</summary>
    /// <remarks>IBSI code ACUI; GLCM, discretised grey levels. Formula: sum_ij (i - j)^2 p_ij.</remarks>
    public const string GlcmContrast3dMerged = "glcm_contrast_3d_merged";

    /// <summary>Dissimilarity (3D, merged).</summary>
    /// <remarks>IBSI code 8S9J; GLCM, discretised grey levels. Formula: sum_ij |i - j| p_ij.</remarks>
    public const string GlcmDissimilarity3dMerged = "glcm_dissimilarity_3d_merged";

    /// <summary>Inverse difference (3D, merged).</summary>
    /// <remarks>IBSI code IB1Z; GLCM, discretised grey levels. Formula: sum_ij p_ij / (1 + |i - j|).</remarks>
    public const string GlcmInverseDifference3dMerged = "glcm_inv_diff_3d_merged";

    /// <summary>Normalised inverse difference (3D, merged).</summary>
    /// <remarks>IBSI code NDRX; GLCM, discretised grey levels. Formula: sum_ij p_ij / (1 + |i - j| / Ng).</remarks>
    public const string GlcmNormalisedInverseDifference3dMerged = "glcm_inv_diff_norm_3d_merged";

    /// <summary>Inverse difference moment (3D, merged).</summary>
    /// <remarks>IBSI code WF0Z; GLCM, discretised grey levels. Formula: sum_ij p_ij / (1 + (i - j)^2).</remarks>
    public const string GlcmInverseDifferenceMoment3dMerged = "glcm_inv_diff_mom_3d_merged";

    /// <summary>Normalised inverse difference moment (3D, merged).</summary>
    /// <remarks>IBSI code 1QCO; GLCM, discretised grey levels. Formula: sum_ij p_ij / (1 + (i - j)^2 / Ng^2).</remarks>
    public const string GlcmNormalisedInverseDifferenceMoment3dMerged = "glcm_inv_diff_mom_norm_3d_merged";

    /// <summary>Inverse variance (3D, merged).</summary>
    /// <remarks>IBSI code E8JP; GLCM, discretised grey levels. Formula: sum_(k&gt;=1) p_(i-j)(k) / k^2.</remarks>
    public const string GlcmInverseVariance3dMerged = "glcm_inv_var_3d_merged";

    /// <summary>Correlation (3D, merged).</summary>
    /// <remarks>IBSI code NI2N; GLCM, discretised grey levels. Formula: sum_ij (i - mu_i.)(j - mu_.j) p_ij / (sigma_i. sigma_.j), from the marginals; NaN for a single grey level.</remarks>
    public const string GlcmCorrelation3dMerged = "glcm_corr_3d_merged";

    /// <summary>Autocorrelation (3D, merged).</summary>
    /// <remarks>IBSI code QWB0; GLCM, discretised grey levels. Formula: sum_ij i j p_ij.</remarks>
    public const string GlcmAutocorrelation3dMerged = "glcm_auto_corr_3d_merged";

    /// <summary>Cluster tendency (3D, merged).</summary>
    /// <remarks>IBSI code DG8W; GLCM, discretised grey levels. Formula: sum_ij (i + j - mu_i. - mu_.j)^2 p_ij.</remarks>
    public const string GlcmClusterTendency3dMerged = "glcm_clust_tend_3d_merged";

    /// <summary>Cluster shade (3D, merged).</summary>
    /// <remarks>IBSI code 7NFM; GLCM, discretised grey levels. Formula: sum_ij (i + j - mu_i. - mu_.j)^3 p_ij.</remarks>
    public const string GlcmClusterShade3dMerged = "glcm_clust_shade_3d_merged";

    /// <summary>Cluster prominence (3D, merged).</summary>
    /// <remarks>IBSI code AE86; GLCM, discretised grey levels. Formula: sum_ij (i + j - mu_i. - mu_.j)^4 p_ij.</remarks>
    public const string GlcmClusterProminence3dMerged = "glcm_clust_prom_3d_merged";

    /// <summary>Information correlation 1 (3D, merged).</summary>
    /// <remarks>IBSI code R8DG; GLCM, discretised grey levels. Formula: (HXY - HXY1) / HX with HXY the joint entropy, HXY1 = -sum_ij p_ij log2(p_i. p_.j), HX = -sum_i p_i. log2 p_i..</remarks>
    public const string GlcmInformationCorrelation13dMerged = "glcm_info_corr1_3d_merged";

    /// <summary>Information correlation 2 (3D, merged).</summary>
    /// <remarks>IBSI code JN9H; GLCM, discretised grey levels. Formula: sqrt(1 - exp(-2 (HXY2 - HXY))), HXY2 = -sum_ij p_i. p_.j log2(p_i. p_.j).</remarks>
    public const string GlcmInformationCorrelation23dMerged = "glcm_info_corr2_3d_merged";

    /// <summary>Short runs emphasis (2D, averaged).</summary>
    /// <remarks>IBSI code 22OV; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N) sum_ij M_ij / j^2.</remarks>
    public const string GlrlmShortRunsEmphasis2dAveraged = "glrlm_sre_2d_avg";

    /// <summary>Long runs emphasis (2D, averaged).</summary>
    /// <remarks>IBSI code W4KF; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N) sum_ij j^2 M_ij.</remarks>
    public const string GlrlmLongRunsEmphasis2dAveraged = "glrlm_lre_2d_avg";

    /// <summary>Low grey level run emphasis (2D, averaged).</summary>
    /// <remarks>IBSI code V3SW; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N) sum_ij M_ij / i^2.</remarks>
    public const string GlrlmLowGreyLevelRunEmphasis2dAveraged = "glrlm_lgre_2d_avg";

    /// <summary>High grey level run emphasis (2D, averaged).</summary>
    /// <remarks>IBSI code G3QZ; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N) sum_ij i^2 M_ij.</remarks>
    public const string GlrlmHighGreyLevelRunEmphasis2dAveraged = "glrlm_hgre_2d_avg";

    /// <summary>Short run low grey level emphasis (2D, averaged).</summary>
    /// <remarks>IBSI code HTZT; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N) sum_ij M_ij / (i^2 j^2).</remarks>
    public const string GlrlmShortRunLowGreyLevelEmphasis2dAveraged = "glrlm_srlge_2d_avg";

    /// <summary>Short run high grey level emphasis (2D, averaged).</summary>
    /// <remarks>IBSI code GD3A; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N) sum_ij i^2 M_ij / j^2.</remarks>
    public const string GlrlmShortRunHighGreyLevelEmphasis2dAveraged = "glrlm_srhge_2d_avg";

    /// <summary>Long run low grey level emphasis (2D, averaged).</summary>
    /// <remarks>IBSI code IVPO; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N) sum_ij j^2 M_ij / i^2.</remarks>
    public const string GlrlmLongRunLowGreyLevelEmphasis2dAveraged = "glrlm_lrlge_2d_avg";

    /// <summary>Long run high grey level emphasis (2D, averaged).</summary>
    /// <remarks>IBSI code 3KUM; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N) sum_ij i^2 j^2 M_ij.</remarks>
    public const string GlrlmLongRunHighGreyLevelEmphasis2dAveraged = "glrlm_lrhge_2d_avg";

    /// <summary>Grey level non-uniformity (2D, averaged).</summary>
    /// <remarks>IBSI code R5YN; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N) sum_i M_i.^2.</remarks>
    public const string GlrlmGreyLevelNonUniformity2dAveraged = "glrlm_glnu_2d_avg";

    /// <summary>Normalised grey level non-uniformity (2D, averaged).</summary>
    /// <remarks>IBSI code OVBL; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N^2) sum_i M_i.^2.</remarks>
    public const string GlrlmNormalisedGreyLevelNonUniformity2dAveraged = "glrlm_glnu_norm_2d_avg";

    /// <summary>Run length non-uniformity (2D, averaged).</summary>
    /// <remarks>IBSI code W92Y; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N) sum_j M_.j^2.</remarks>
    public const string GlrlmRunLengthNonUniformity2dAveraged = "glrlm_rlnu_2d_avg";

    /// <summary>Normalised run length non-uniformity (2D, averaged).</summary>
    /// <remarks>IBSI code IC23; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N^2) sum_j M_.j^2.</remarks>
    public const string GlrlmNormalisedRunLengthNonUniformity2dAveraged = "glrlm_rlnu_norm_2d_avg";

    /// <summary>Run percentage (2D, averaged).</summary>
    /// <remarks>IBSI code 9ZK5; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: N / N_v.</remarks>
    public const string GlrlmRunPercentage2dAveraged = "glrlm_r_perc_2d_avg";

    /// <summary>Grey level variance (2D, averaged).</summary>
    /// <remarks>IBSI code 8CE5; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: sum_ij (i - mu_i)^2 p_ij, p_ij = M_ij / N, mu_i = sum_ij i p_ij.</remarks>
    public const string GlrlmGreyLevelVariance2dAveraged = "glrlm_gl_var_2d_avg";

    /// <summary>Run length variance (2D, averaged).</summary>
    /// <remarks>IBSI code SXLW; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: sum_ij (j - mu_j)^2 p_ij, p_ij = M_ij / N, mu_j = sum_ij j p_ij.</remarks>
    public const string GlrlmRunLengthVariance2dAveraged = "glrlm_rl_var_2d_avg";

    /// <summary>Run entropy (2D, averaged).</summary>
    /// <remarks>IBSI code HJ9O; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: -sum_ij p_ij log2 p_ij, p_ij = M_ij / N.</remarks>
    public const string GlrlmRunEntropy2dAveraged = "glrlm_rl_entr_2d_avg";

    /// <summary>Short runs emphasis (2D, slice-merged).</summary>
    /// <remarks>IBSI code 22OV; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N) sum_ij M_ij / j^2.</remarks>
    public const string GlrlmShortRunsEmphasis2dSliceMerged = "glrlm_sre_2d_slice_merged";

    /// <summary>Long runs emphasis (2D, slice-merged).</summary>
    /// <remarks>IBSI code W4KF; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N) sum_ij j^2 M_ij.</remarks>
    public const string GlrlmLongRunsEmphasis2dSliceMerged = "glrlm_lre_2d_slice_merged";

    /// <summary>Low grey level run emphasis (2D, slice-merged).</summary>
    /// <remarks>IBSI code V3SW; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N) sum_ij M_ij / i^2.</remarks>
    public const string GlrlmLowGreyLevelRunEmphasis2dSliceMerged = "glrlm_lgre_2d_slice_merged";

    /// <summary>High grey level run emphasis (2D, slice-merged).</summary>
    /// <remarks>IBSI code G3QZ; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N) sum_ij i^2 M_ij.</remarks>
    public const string GlrlmHighGreyLevelRunEmphasis2dSliceMerged = "glrlm_hgre_2d_slice_merged";

    /// <summary>Short run low grey level emphasis (2D, slice-merged).</summary>
    /// <remarks>IBSI code HTZT; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N) sum_ij M_ij / (i^2 j^2).</remarks>
    public const string GlrlmShortRunLowGreyLevelEmphasis2dSliceMerged = "glrlm_srlge_2d_slice_merged";

    /// <summary>Short run high grey level emphasis (2D, slice-merged).</summary>
    /// <remarks>IBSI code GD3A; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N) sum_ij i^2 M_ij / j^2.</remarks>
    public const string GlrlmShortRunHighGreyLevelEmphasis2dSliceMerged = "glrlm_srhge_2d_slice_merged";

    /// <summary>Long run low grey level emphasis (2D, slice-merged).</summary>
    /// <remarks>IBSI code IVPO; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N) sum_ij j^2 M_ij / i^2.</remarks>
    public const string GlrlmLongRunLowGreyLevelEmphasis2dSliceMerged = "glrlm_lrlge_2d_slice_merged";

    /// <summary>Long run high grey level emphasis (2D, slice-merged).</summary>
    /// <remarks>IBSI code 3KUM; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N) sum_ij i^2 j^2 M_ij.</remarks>
    public const string GlrlmLongRunHighGreyLevelEmphasis2dSliceMerged = "glrlm_lrhge_2d_slice_merged";

    /// <summary>Grey level non-uniformity (2D, slice-merged).</summary>
    /// <remarks>IBSI code R5YN; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N) sum_i M_i.^2.</remarks>
    public const string GlrlmGreyLevelNonUniformity2dSliceMerged = "glrlm_glnu_2d_slice_merged";

    /// <summary>Normalised grey level non-uniformity (2D, slice-merged).</summary>
    /// <remarks>IBSI code OVBL; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N^2) sum_i M_i.^2.</remarks>
    public const string GlrlmNormalisedGreyLevelNonUniformity2dSliceMerged = "glrlm_glnu_norm_2d_slice_merged";

    /// <summary>Run length non-uniformity (2D, slice-merged).</summary>
    /// <remarks>IBSI code W92Y; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N) sum_j M_.j^2.</remarks>
    public const string GlrlmRunLengthNonUniformity2dSliceMerged = "glrlm_rlnu_2d_slice_merged";

    /// <summary>Normalised run length non-uniformity (2D, slice-merged).</summary>
    /// <remarks>IBSI code IC23; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N^2) sum_j M_.j^2.</remarks>
    public const string GlrlmNormalisedRunLengthNonUniformity2dSliceMerged = "glrlm_rlnu_norm_2d_slice_merged";

    /// <summary>Run percentage (2D, slice-merged).</summary>
    /// <remarks>IBSI code 9ZK5; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: N / N_v.</remarks>
    public const string GlrlmRunPercentage2dSliceMerged = "glrlm_r_perc_2d_slice_merged";

    /// <summary>Grey level variance (2D, slice-merged).</summary>
    /// <remarks>IBSI code 8CE5; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: sum_ij (i - mu_i)^2 p_ij, p_ij = M_ij / N, mu_i = sum_ij i p_ij.</remarks>
    public const string GlrlmGreyLevelVariance2dSliceMerged = "glrlm_gl_var_2d_slice_merged";

    /// <summary>Run length variance (2D, slice-merged).</summary>
    /// <remarks>IBSI code SXLW; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: sum_ij (j - mu_j)^2 p_ij, p_ij = M_ij / N, mu_j = sum_ij j p_ij.</remarks>
    public const string GlrlmRunLengthVariance2dSliceMerged = "glrlm_rl_var_2d_slice_merged";

    /// <summary>Run entropy (2D, slice-merged).</summary>
    /// <remarks>IBSI code HJ9O; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: -sum_ij p_ij log2 p_ij, p_ij = M_ij / N.</remarks>
    public const string GlrlmRunEntropy2dSliceMerged = "glrlm_rl_entr_2d_slice_merged";

    /// <summary>Short runs emphasis (2.5D, direction-merged).</summary>
    /// <remarks>IBSI code 22OV; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N) sum_ij M_ij / j^2.</remarks>
    public const string GlrlmShortRunsEmphasis25dDirectionMerged = "glrlm_sre_25d_dir_merged";

    /// <summary>Long runs emphasis (2.5D, direction-merged).</summary>
    /// <remarks>IBSI code W4KF; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N) sum_ij j^2 M_ij.</remarks>
    public const string GlrlmLongRunsEmphasis25dDirectionMerged = "glrlm_lre_25d_dir_merged";

    /// <summary>Low grey level run emphasis (2.5D, direction-merged).</summary>
    /// <remarks>IBSI code V3SW; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N) sum_ij M_ij / i^2.</remarks>
    public const string GlrlmLowGreyLevelRunEmphasis25dDirectionMerged = "glrlm_lgre_25d_dir_merged";

    /// <summary>High grey level run emphasis (2.5D, direction-merged).</summary>
    /// <remarks>IBSI code G3QZ; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N) sum_ij i^2 M_ij.</remarks>
    public const string GlrlmHighGreyLevelRunEmphasis25dDirectionMerged = "glrlm_hgre_25d_dir_merged";

    /// <summary>Short run low grey level emphasis (2.5D, direction-merged).</summary>
    /// <remarks>IBSI code HTZT; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N) sum_ij M_ij / (i^2 j^2).</remarks>
    public const string GlrlmShortRunLowGreyLevelEmphasis25dDirectionMerged = "glrlm_srlge_25d_dir_merged";

    /// <summary>Short run high grey level emphasis (2.5D, direction-merged).</summary>
    /// <remarks>IBSI code GD3A; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N) sum_ij i^2 M_ij / j^2.</remarks>
    public const string GlrlmShortRunHighGreyLevelEmphasis25dDirectionMerged = "glrlm_srhge_25d_dir_merged";

    /// <summary>Long run low grey level emphasis (2.5D, direction-merged).</summary>
    /// <remarks>IBSI code IVPO; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N) sum_ij j^2 M_ij / i^2.</remarks>
    public const string GlrlmLongRunLowGreyLevelEmphasis25dDirectionMerged = "glrlm_lrlge_25d_dir_merged";

    /// <summary>Long run high grey level emphasis (2.5D, direction-merged).</summary>
    /// <remarks>IBSI code 3KUM; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N) sum_ij i^2 j^2 M_ij.</remarks>
    public const string GlrlmLongRunHighGreyLevelEmphasis25dDirectionMerged = "glrlm_lrhge_25d_dir_merged";

    /// <summary>Grey level non-uniformity (2.5D, direction-merged).</summary>
    /// <remarks>IBSI code R5YN; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N) sum_i M_i.^2.</remarks>
    public const string GlrlmGreyLevelNonUniformity25dDirectionMerged = "glrlm_glnu_25d_dir_merged";

    /// <summary>Normalised grey level non-uniformity (2.5D, direction-merged).</summary>
    /// <remarks>IBSI code OVBL; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N^2) sum_i M_i.^2.</remarks>
    public const string GlrlmNormalisedGreyLevelNonUniformity25dDirectionMerged = "glrlm_glnu_norm_25d_dir_merged";

    /// <summary>Run length non-uniformity (2.5D, direction-merged).</summary>
    /// <remarks>IBSI code W92Y; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N) sum_j M_.j^2.</remarks>
    public const string GlrlmRunLengthNonUniformity25dDirectionMerged = "glrlm_rlnu_25d_dir_merged";

    /// <summary>Normalised run length non-uniformity (2.5D, direction-merged).</summary>
    /// <remarks>IBSI code IC23; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N^2) sum_j M_.j^2.</remarks>
    public const string GlrlmNormalisedRunLengthNonUniformity25dDirectionMerged = "glrlm_rlnu_norm_25d_dir_merged";

    /// <summary>Run percentage (2.5D, direction-merged).</summary>
    /// <remarks>IBSI code 9ZK5; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: N / N_v.</remarks>
    public const string GlrlmRunPercentage25dDirectionMerged = "glrlm_r_perc_25d_dir_merged";

    /// <summary>Grey level variance (2.5D, direction-merged).</summary>
    /// <remarks>IBSI code 8CE5; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: sum_ij (i - mu_i)^2 p_ij, p_ij = M_ij / N, mu_i = sum_ij i p_ij.</remarks>
    public const string GlrlmGreyLevelVariance25dDirectionMerged = "glrlm_gl_var_25d_dir_merged";

    /// <summary>Run length variance (2.5D, direction-merged).</summary>
    /// <remarks>IBSI code SXLW; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: sum_ij (j - mu_j)^2 p_ij, p_ij = M_ij / N, mu_j = sum_ij j p_ij.</remarks>
    public const string GlrlmRunLengthVariance25dDirectionMerged = "glrlm_rl_var_25d_dir_merged";

    /// <summary>Run entropy (2.5D, direction-merged).</summary>
    /// <remarks>IBSI code HJ9O; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: -sum_ij p_ij log2 p_ij, p_ij = M_ij / N.</remarks>
    public const string GlrlmRunEntropy25dDirectionMerged = "glrlm_rl_entr_25d_dir_merged";

    /// <summary>Short runs emphasis (2.5D, merged).</summary>
    /// <remarks>IBSI code 22OV; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N) sum_ij M_ij / j^2.</remarks>
    public const string GlrlmShortRunsEmphasis25dMerged = "glrlm_sre_25d_merged";

    /// <summary>Long runs emphasis (2.5D, merged).</summary>
    /// <remarks>IBSI code W4KF; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N) sum_ij j^2 M_ij.</remarks>
    public const string GlrlmLongRunsEmphasis25dMerged = "glrlm_lre_25d_merged";

    /// <summary>Low grey level run emphasis (2.5D, merged).</summary>
    /// <remarks>IBSI code V3SW; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N) sum_ij M_ij / i^2.</remarks>
    public const string GlrlmLowGreyLevelRunEmphasis25dMerged = "glrlm_lgre_25d_merged";

    /// <summary>High grey level run emphasis (2.5D, merged).</summary>
    /// <remarks>IBSI code G3QZ; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N) sum_ij i^2 M_ij.</remarks>
    public const string GlrlmHighGreyLevelRunEmphasis25dMerged = "glrlm_hgre_25d_merged";

    /// <summary>Short run low grey level emphasis (2.5D, merged).</summary>
    /// <remarks>IBSI code HTZT; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N) sum_ij M_ij / (i^2 j^2).</remarks>
    public const string GlrlmShortRunLowGreyLevelEmphasis25dMerged = "glrlm_srlge_25d_merged";

    /// <summary>Short run high grey level emphasis (2.5D, merged).</summary>
    /// <remarks>IBSI code GD3A; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N) sum_ij i^2 M_ij / j^2.</remarks>
    public const string GlrlmShortRunHighGreyLevelEmphasis25dMerged = "glrlm_srhge_25d_merged";

    /// <summary>Long run low grey level emphasis (2.5D, merged).</summary>
    /// <remarks>IBSI code IVPO; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N) sum_ij j^2 M_ij / i^2.</remarks>
    public const string GlrlmLongRunLowGreyLevelEmphasis25dMerged = "glrlm_lrlge_25d_merged";

    /// <summary>Long run high grey level emphasis (2.5D, merged).</summary>
    /// <remarks>IBSI code 3KUM; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N) sum_ij i^2 j^2 M_ij.</remarks>
    public const string GlrlmLongRunHighGreyLevelEmphasis25dMerged = "glrlm_lrhge_25d_merged";

    /// <summary>Grey level non-uniformity (2.5D, merged).</summary>
    /// <remarks>IBSI code R5YN; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N) sum_i M_i.^2.</remarks>
    public const string GlrlmGreyLevelNonUniformity25dMerged = "glrlm_glnu_25d_merged";

    /// <summary>Normalised grey level non-uniformity (2.5D, merged).</summary>
    /// <remarks>IBSI code OVBL; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N^2) sum_i M_i.^2.</remarks>
    public const string GlrlmNormalisedGreyLevelNonUniformity25dMerged = "glrlm_glnu_norm_25d_merged";

    /// <summary>Run length non-uniformity (2.5D, merged).</summary>
    /// <remarks>IBSI code W92Y; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N) sum_j M_.j^2.</remarks>
    public const string GlrlmRunLengthNonUniformity25dMerged = "glrlm_rlnu_25d_merged";

    /// <summary>Normalised run length non-uniformity (2.5D, merged).</summary>
    /// <remarks>IBSI code IC23; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N^2) sum_j M_.j^2.</remarks>
    public const string GlrlmNormalisedRunLengthNonUniformity25dMerged = "glrlm_rlnu_norm_25d_merged";

    /// <summary>Run percentage (2.5D, merged).</summary>
    /// <remarks>IBSI code 9ZK5; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: N / N_v.</remarks>
    public const string GlrlmRunPercentage25dMerged = "glrlm_r_perc_25d_merged";

    /// <summary>Grey level variance (2.5D, merged).</summary>
    /// <remarks>IBSI code 8CE5; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: sum_ij (i - mu_i)^2 p_ij, p_ij = M_ij / N, mu_i = sum_ij i p_ij.</remarks>
    public const string GlrlmGreyLevelVariance25dMerged = "glrlm_gl_var_25d_merged";

    /// <summary>Run length variance (2.5D, merged).</summary>
    /// <remarks>IBSI code SXLW; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: sum_ij (j - mu_j)^2 p_ij, p_ij = M_ij / N, mu_j = sum_ij j p_ij.</remarks>
    public const string GlrlmRunLengthVariance25dMerged = "glrlm_rl_var_25d_merged";

    /// <summary>Run entropy (2.5D, merged).</summary>
    /// <remarks>IBSI code HJ9O; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: -sum_ij p_ij log2 p_ij, p_ij = M_ij / N.</remarks>
    public const string GlrlmRunEntropy25dMerged = "glrlm_rl_entr_25d_merged";

    /// <summary>Short runs emphasis (3D, averaged).</summary>
    /// <remarks>IBSI code 22OV; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N) sum_ij M_ij / j^2.</remarks>
    public const string GlrlmShortRunsEmphasis3dAveraged = "glrlm_sre_3d_avg";

    /// <summary>Long runs emphasis (3D, averaged).</summary>
    /// <remarks>IBSI code W4KF; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N) sum_ij j^2 M_ij.</remarks>
    public const string GlrlmLongRunsEmphasis3dAveraged = "glrlm_lre_3d_avg";

    /// <summary>Low grey level run emphasis (3D, averaged).</summary>
    /// <remarks>IBSI code V3SW; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N) sum_ij M_ij / i^2.</remarks>
    public const string GlrlmLowGreyLevelRunEmphasis3dAveraged = "glrlm_lgre_3d_avg";

    /// <summary>High grey level run emphasis (3D, averaged).</summary>
    /// <remarks>IBSI code G3QZ; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N) sum_ij i^2 M_ij.</remarks>
    public const string GlrlmHighGreyLevelRunEmphasis3dAveraged = "glrlm_hgre_3d_avg";

    /// <summary>Short run low grey level emphasis (3D, averaged).</summary>
    /// <remarks>IBSI code HTZT; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N) sum_ij M_ij / (i^2 j^2).</remarks>
    public const string GlrlmShortRunLowGreyLevelEmphasis3dAveraged = "glrlm_srlge_3d_avg";

    /// <summary>Short run high grey level emphasis (3D, averaged).</summary>
    /// <remarks>IBSI code GD3A; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N) sum_ij i^2 M_ij / j^2.</remarks>
    public const string GlrlmShortRunHighGreyLevelEmphasis3dAveraged = "glrlm_srhge_3d_avg";

    /// <summary>Long run low grey level emphasis (3D, averaged).</summary>
    /// <remarks>IBSI code IVPO; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N) sum_ij j^2 M_ij / i^2.</remarks>
    public const string GlrlmLongRunLowGreyLevelEmphasis3dAveraged = "glrlm_lrlge_3d_avg";

    /// <summary>Long run high grey level emphasis (3D, averaged).</summary>
    /// <remarks>IBSI code 3KUM; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N) sum_ij i^2 j^2 M_ij.</remarks>
    public const string GlrlmLongRunHighGreyLevelEmphasis3dAveraged = "glrlm_lrhge_3d_avg";

    /// <summary>Grey level non-uniformity (3D, averaged).</summary>
    /// <remarks>IBSI code R5YN; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N) sum_i M_i.^2.</remarks>
    public const string GlrlmGreyLevelNonUniformity3dAveraged = "glrlm_glnu_3d_avg";

    /// <summary>Normalised grey level non-uniformity (3D, averaged).</summary>
    /// <remarks>IBSI code OVBL; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N^2) sum_i M_i.^2.</remarks>
    public const string GlrlmNormalisedGreyLevelNonUniformity3dAveraged = "glrlm_glnu_norm_3d_avg";

    /// <summary>Run length non-uniformity (3D, averaged).</summary>
    /// <remarks>IBSI code W92Y; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N) sum_j M_.j^2.</remarks>
    public const string GlrlmRunLengthNonUniformity3dAveraged = "glrlm_rlnu_3d_avg";

    /// <summary>Normalised run length non-uniformity (3D, averaged).</summary>
    /// <remarks>IBSI code IC23; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N^2) sum_j M_.j^2.</remarks>
    public const string GlrlmNormalisedRunLengthNonUniformity3dAveraged = "glrlm_rlnu_norm_3d_avg";

    /// <summary>Run percentage (3D, averaged).</summary>
    /// <remarks>IBSI code 9ZK5; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: N / N_v.</remarks>
    public const string GlrlmRunPercentage3dAveraged = "glrlm_r_perc_3d_avg";

    /// <summary>Grey level variance (3D, averaged).</summary>
    /// <remarks>IBSI code 8CE5; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: sum_ij (i - mu_i)^2 p_ij, p_ij = M_ij / N, mu_i = sum_ij i p_ij.</remarks>
    public const string GlrlmGreyLevelVariance3dAveraged = "glrlm_gl_var_3d_avg";

    /// <summary>Run length variance (3D, averaged).</summary>
    /// <remarks>IBSI code SXLW; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: sum_ij (j - mu_j)^2 p_ij, p_ij = M_ij / N, mu_j = sum_ij j p_ij.</remarks>
    public const string GlrlmRunLengthVariance3dAveraged = "glrlm_rl_var_3d_avg";

    /// <summary>Run entropy (3D, averaged).</summary>
    /// <remarks>IBSI code HJ9O; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: -sum_ij p_ij log2 p_ij, p_ij = M_ij / N.</remarks>
    public const string GlrlmRunEntropy3dAveraged = "glrlm_rl_entr_3d_avg";

    /// <summary>Short runs emphasis (3D, merged).</summary>
    /// <remarks>IBSI code 22OV; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N) sum_ij M_ij / j^2.</remarks>
    public const string GlrlmShortRunsEmphasis3dMerged = "glrlm_sre_3d_merged";

    /// <summary>Long runs emphasis (3D, merged).</summary>
    /// <remarks>IBSI code W4KF; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N) sum_ij j^2 M_ij.</remarks>
    public const string GlrlmLongRunsEmphasis3dMerged = "glrlm_lre_3d_merged";

    /// <summary>Low grey level run emphasis (3D, merged).</summary>
    /// <remarks>IBSI code V3SW; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N) sum_ij M_ij / i^2.</remarks>
    public const string GlrlmLowGreyLevelRunEmphasis3dMerged = "glrlm_lgre_3d_merged";

    /// <summary>High grey level run emphasis (3D, merged).</summary>
    /// <remarks>IBSI code G3QZ; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N) sum_ij i^2 M_ij.</remarks>
    public const string GlrlmHighGreyLevelRunEmphasis3dMerged = "glrlm_hgre_3d_merged";

    /// <summary>Short run low grey level emphasis (3D, merged).</summary>
    /// <remarks>IBSI code HTZT; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N) sum_ij M_ij / (i^2 j^2).</remarks>
    public const string GlrlmShortRunLowGreyLevelEmphasis3dMerged = "glrlm_srlge_3d_merged";

    /// <summary>Short run high grey level emphasis (3D, merged).</summary>
    /// <remarks>IBSI code GD3A; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N) sum_ij i^2 M_ij / j^2.</remarks>
    public const string GlrlmShortRunHighGreyLevelEmphasis3dMerged = "glrlm_srhge_3d_merged";

    /// <summary>Long run low grey level emphasis (3D, merged).</summary>
    /// <remarks>IBSI code IVPO; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N) sum_ij j^2 M_ij / i^2.</remarks>
    public const string GlrlmLongRunLowGreyLevelEmphasis3dMerged = "glrlm_lrlge_3d_merged";

    /// <summary>Long run high grey level emphasis (3D, merged).</summary>
    /// <remarks>IBSI code 3KUM; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N) sum_ij i^2 j^2 M_ij.</remarks>
    public const string GlrlmLongRunHighGreyLevelEmphasis3dMerged = "glrlm_lrhge_3d_merged";

    /// <summary>Grey level non-uniformity (3D, merged).</summary>
    /// <remarks>IBSI code R5YN; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N) sum_i M_i.^2.</remarks>
    public const string GlrlmGreyLevelNonUniformity3dMerged = "glrlm_glnu_3d_merged";

    /// <summary>Normalised grey level non-uniformity (3D, merged).</summary>
    /// <remarks>IBSI code OVBL; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N^2) sum_i M_i.^2.</remarks>
    public const string GlrlmNormalisedGreyLevelNonUniformity3dMerged = "glrlm_glnu_norm_3d_merged";

    /// <summary>Run length non-uniformity (3D, merged).</summary>
    /// <remarks>IBSI code W92Y; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N) sum_j M_.j^2.</remarks>
    public const string GlrlmRunLengthNonUniformity3dMerged = "glrlm_rlnu_3d_merged";

    /// <summary>Normalised run length non-uniformity (3D, merged).</summary>
    /// <remarks>IBSI code IC23; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: (1/N^2) sum_j M_.j^2.</remarks>
    public const string GlrlmNormalisedRunLengthNonUniformity3dMerged = "glrlm_rlnu_norm_3d_merged";

    /// <summary>Run percentage (3D, merged).</summary>
    /// <remarks>IBSI code 9ZK5; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: N / N_v.</remarks>
    public const string GlrlmRunPercentage3dMerged = "glrlm_r_perc_3d_merged";

    /// <summary>Grey level variance (3D, merged).</summary>
    /// <remarks>IBSI code 8CE5; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: sum_ij (i - mu_i)^2 p_ij, p_ij = M_ij / N, mu_i = sum_ij i p_ij.</remarks>
    public const string GlrlmGreyLevelVariance3dMerged = "glrlm_gl_var_3d_merged";

    /// <summary>Run length variance (3D, merged).</summary>
    /// <remarks>IBSI code SXLW; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: sum_ij (j - mu_j)^2 p_ij, p_ij = M_ij / N, mu_j = sum_ij j p_ij.</remarks>
    public const string GlrlmRunLengthVariance3dMerged = "glrlm_rl_var_3d_merged";

    /// <summary>Run entropy (3D, merged).</summary>
    /// <remarks>IBSI code HJ9O; GLRLM (M = run length matrix, j = run length, N = runs), discretised grey levels. Formula: -sum_ij p_ij log2 p_ij, p_ij = M_ij / N.</remarks>
    public const string GlrlmRunEntropy3dMerged = "glrlm_rl_entr_3d_merged";

    /// <summary>Small zone emphasis (2D).</summary>
    /// <remarks>IBSI code 5QRC; GLSZM (M = size zone matrix, j = zone size, N = zones), discretised grey levels. Formula: (1/N) sum_ij M_ij / j^2.</remarks>
    public const string GlszmSmallZoneEmphasis2d = "glszm_sze_2d";

    /// <summary>Large zone emphasis (2D).</summary>
    /// <remarks>IBSI code 48P8; GLSZM (M = size zone matrix, j = zone size, N = zones), discretised grey levels. Formula: (1/N) sum_ij j^2 M_ij.</remarks>
    public const string GlszmLargeZoneEmphasis2d = "glszm_lze_2d";

    /// <summary>Low grey level zone emphasis (2D).</summary>
    /// <remarks>IBSI code XMSY; GLSZM (M = size zone matrix, j = zone size, N = zones), discretised grey levels. Formula: (1/N) sum_ij M_ij / i^2.</remarks>
    public const string GlszmLowGreyLevelZoneEmphasis2d = "glszm_lgze_2d";

    /// <summary>High grey level zone emphasis (2D).</summary>
    /// <remarks>IBSI code 5GN9; GLSZM (M = size zone matrix, j = zone size, N = zones), discretised grey levels. Formula: (1/N) sum_ij i^2 M_ij.</remarks>
    public const string GlszmHighGreyLevelZoneEmphasis2d = "glszm_hgze_2d";

    /// <summary>Small zone low grey level emphasis (2D).</summary>
    /// <remarks>IBSI code 5RAI; GLSZM (M = size zone matrix, j = zone size, N = zones), discretised grey levels. Formula: (1/N) sum_ij M_ij / (i^2 j^2).</remarks>
    public const string GlszmSmallZoneLowGreyLevelEmphasis2d = "glszm_szlge_2d";

    /// <summary>Small zone high grey level emphasis (2D).</summary>
    /// <remarks>IBSI code HW1V; GLSZM (M = size zone matrix, j = zone size, N = zones), discretised grey levels. Formula: (1/N) sum_ij i^2 M_ij / j^2.</remarks>
    public const string GlszmSmallZoneHighGreyLevelEmphasis2d = "glszm_szhge_2d";

    /// <summary>Large zone low grey level emphasis (2D).</summary>
    /// <remarks>IBSI code YH51; GLSZM (M = size zone matrix, j = zone size, N = zones), discretised grey levels. Formula: (1/N) sum_ij j^2 M_ij / i^2.</remarks>
    public const string GlszmLargeZoneLowGreyLevelEmphasis2d = "glszm_lzlge_2d";

    /// <summary>Large zone high grey level emphasis (2D).</summary>
    /// <remarks>IBSI code J17V; GLSZM (M = size zone matrix, j = zone size, N = zones), discretised grey levels. Formula: (1/N) sum_ij i^2 j^2 M_ij.</remarks>
    public const string GlszmLargeZoneHighGreyLevelEmphasis2d = "glszm_lzhge_2d";

    /// <summary>Grey level non-uniformity (2D).</summary>
    /// <remarks>IBSI code JNSA; GLSZM (M = size zone matrix, j = zone size, N = zones), discretised grey levels. Formula: (1/N) sum_i M_i.^2.</remarks>
    public const string GlszmGreyLevelNonUniformity2d = "glszm_glnu_2d";

    /// <summary>Normalised grey level non-uniformity (2D).</summary>
    /// <remarks>IBSI code Y1RO; GLSZM (M = size zone matrix, j = zone size, N = zones), discretised grey levels. Formula: (1/N^2) sum_i M_i.^2.</remarks>
    public const string GlszmNormalisedGreyLevelNonUniformity2d = "glszm_glnu_norm_2d";

    /// <summary>Zone size non-uniformity (2D).</summary>
    /// <remarks>IBSI code 4JP3; GLSZM (M = size zone matrix, j = zone size, N = zones), discretised grey levels. Formula: (1/N) sum_j M_.j^2.</remarks>
    public const string GlszmZoneSizeNonUniformity2d = "glszm_zsnu_2d";

    /// <summary>Normalised zone size non-uniformity (2D).</summary>
    /// <remarks>IBSI code VB3A; GLSZM (M = size zone matrix, j = zone size, N = zones), discretised grey levels. Formula: (1/N^2) sum_j M_.j^2.</remarks>
    public const string GlszmNormalisedZoneSizeNonUniformity2d = "glszm_zsnu_norm_2d";

    /// <summary>Zone percentage (2D).</summary>
    /// <remarks>IBSI code P30P; GLSZM (M = size zone matrix, j = zone size, N = zones), discretised grey levels. Formula: N / N_v.</remarks>
    public const string GlszmZonePercentage2d = "glszm_z_perc_2d";

    /// <summary>Grey level variance (2D).</summary>
    /// <remarks>IBSI code BYLV; GLSZM (M = size zone matrix, j = zone size, N = zones), discretised grey levels. Formula: sum_ij (i - mu_i)^2 p_ij, p_ij = M_ij / N, mu_i = sum_ij i p_ij.</remarks>
    public const string GlszmGreyLevelVariance2d = "glszm_gl_var_2d";

    /// <summary>Zone size variance (2D).</summary>
    /// <remarks>IBSI code 3NSA; GLSZM (M = size zone matrix, j = zone size, N = zones), discretised grey levels. Formula: sum_ij (j - mu_j)^2 p_ij, p_ij = M_ij / N, mu_j = sum_ij j p_ij.</remarks>
    public const string GlszmZoneSizeVariance2d = "glszm_zs_var_2d";

    /// <summary>Zone size entropy (2D).</summary>
    /// <remarks>IBSI code GU8N; GLSZM (M = size zone matrix, j = zone size, N = zones), discretised grey levels. Formula: -sum_ij p_ij log2 p_ij, p_ij = M_ij / N.</remarks>
    public const string GlszmZoneSizeEntropy2d = "glszm_zs_entr_2d";

    /// <summary>Small zone emphasis (2.5D).</summary>
    /// <remarks>IBSI code 5QRC; GLSZM (M = size zone matrix, j = zone size, N = zones), discretised grey levels. Formula: (1/N) sum_ij M_ij / j^2.</remarks>
    public const string GlszmSmallZoneEmphasis25d = "glszm_sze_25d";

    /// <summary>Large zone emphasis (2.5D).</summary>
    /// <remarks>IBSI code 48P8; GLSZM (M = size zone matrix, j = zone size, N = zones), discretised grey levels. Formula: (1/N) sum_ij j^2 M_ij.</remarks>
    public const string GlszmLargeZoneEmphasis25d = "glszm_lze_25d";

    /// <summary>Low grey level zone emphasis (2.5D).</summary>
    /// <remarks>IBSI code XMSY; GLSZM (M = size zone matrix, j = zone size, N = zones), discretised grey levels. Formula: (1/N) sum_ij M_ij / i^2.</remarks>
    public const string GlszmLowGreyLevelZoneEmphasis25d = "glszm_lgze_25d";

    /// <summary>High grey level zone emphasis (2.5D).</summary>
    /// <remarks>IBSI code 5GN9; GLSZM (M = size zone matrix, j = zone size, N = zones), discretised grey levels. Formula: (1/N) sum_ij i^2 M_ij.</remarks>
    public const string GlszmHighGreyLevelZoneEmphasis25d = "glszm_hgze_25d";

    /// <summary>Small zone low grey level emphasis (2.5D).</summary>
    /// <remarks>IBSI code 5RAI; GLSZM (M = size zone matrix, j = zone size, N = zones), discretised grey levels. Formula: (1/N) sum_ij M_ij / (i^2 j^2).</remarks>
    public const string GlszmSmallZoneLowGreyLevelEmphasis25d = "glszm_szlge_25d";

    /// <summary>Small zone high grey level emphasis (2.5D).</summary>
    /// <remarks>IBSI code HW1V; GLSZM (M = size zone matrix, j = zone size, N = zones), discretised grey levels. Formula: (1/N) sum_ij i^2 M_ij / j^2.</remarks>
    public const string GlszmSmallZoneHighGreyLevelEmphasis25d = "glszm_szhge_25d";

    /// <summary>Large zone low grey level emphasis (2.5D).</summary>
    /// <remarks>IBSI code YH51; GLSZM (M = size zone matrix, j = zone size, N = zones), discretised grey levels. Formula: (1/N) sum_ij j^2 M_ij / i^2.</remarks>
    public const string GlszmLargeZoneLowGreyLevelEmphasis25d = "glszm_lzlge_25d";

    /// <summary>Large zone high grey level emphasis (2.5D).</summary>
    /// <remarks>IBSI code J17V; GLSZM (M = size zone matrix, j = zone size, N = zones), discretised grey levels. Formula: (1/N) sum_ij i^2 j^2 M_ij.</remarks>
    public const string GlszmLargeZoneHighGreyLevelEmphasis25d = "glszm_lzhge_25d";

    /// <summary>Grey level non-uniformity (2.5D).</summary>
    /// <remarks>IBSI code JNSA; GLSZM (M = size zone matrix, j = zone size, N = zones), discretised grey levels. Formula: (1/N) sum_i M_i.^2.</remarks>
    public const string GlszmGreyLevelNonUniformity25d = "glszm_glnu_25d";

    /// <summary>Normalised grey level non-uniformity (2.5D).</summary>
    /// <remarks>IBSI code Y1RO; GLSZM (M = size zone matrix, j = zone size, N = zones), discretised grey levels. Formula: (1/N^2) sum_i M_i.^2.</remarks>
    public const string GlszmNormalisedGreyLevelNonUniformity25d = "glszm_glnu_norm_25d";

    /// <summary>Zone size non-uniformity (2.5D).</summary>
    /// <remarks>IBSI code 4JP3; GLSZM (M = size zone matrix, j = zone size, N = zones), discretised grey levels. Formula: (1/N) sum_j M_.j^2.</remarks>
    public const string GlszmZoneSizeNonUniformity25d = "glszm_zsnu_25d";

    /// <summary>Normalised zone size non-uniformity (2.5D).</summary>
    /// <remarks>IBSI code VB3A; GLSZM (M = size zone matrix, j = zone size, N = zones), discretised grey levels. Formula: (1/N^2) sum_j M_.j^2.</remarks>
    public const string GlszmNormalisedZoneSizeNonUniformity25d = "glszm_zsnu_norm_25d";

    /// <summary>Zone percentage (2.5D).</summary>
    /// <remarks>IBSI code P30P; GLSZM (M = size zone matrix, j = zone size, N = zones), discretised grey levels. Formula: N / N_v.</remarks>
    public const string GlszmZonePercentage25d = "glszm_z_perc_25d";

    /// <summary>Grey level variance (2.5D).</summary>
    /// <remarks>IBSI code BYLV; GLSZM (M = size zone matrix, j = zone size, N = zones), discretised grey levels. Formula: sum_ij (i - mu_i)^2 p_ij, p_ij = M_ij / N, mu_i = sum_ij i p_ij.</remarks>
    public const string GlszmGreyLevelVariance25d = "glszm_gl_var_25d";

    /// <summary>Zone size variance (2.5D).</summary>
    /// <remarks>IBSI code 3NSA; GLSZM (M = size zone matrix, j = zone size, N = zones), discretised grey levels. Formula: sum_ij (j - mu_j)^2 p_ij, p_ij = M_ij / N, mu_j = sum_ij j p_ij.</remarks>
    public const string GlszmZoneSizeVariance25d = "glszm_zs_var_25d";

    /// <summary>Zone size entropy (2.5D).</summary>
    /// <remarks>IBSI code GU8N; GLSZM (M = size zone matrix, j = zone size, N = zones), discretised grey levels. Formula: -sum_ij p_ij log2 p_ij, p_ij = M_ij / N.</remarks>
    public const string GlszmZoneSizeEntropy25d = "glszm_zs_entr_25d";

    /// <summary>Small zone emphasis (3D).</summary>
    /// <remarks>IBSI code 5QRC; GLSZM (M = size zone matrix, j = zone size, N = zones), discretised grey levels. Formula: (1/N) sum_ij M_ij / j^2.</remarks>
    public const string GlszmSmallZoneEmphasis3d = "glszm_sze_3d";

    /// <summary>Large zone emphasis (3D).</summary>
    /// <remarks>IBSI code 48P8; GLSZM (M = size zone matrix, j = zone size, N = zones), discretised grey levels. Formula: (1/N) sum_ij j^2 M_ij.</remarks>
    public const string GlszmLargeZoneEmphasis3d = "glszm_lze_3d";

    /// <summary>Low grey level zone emphasis (3D).</summary>
    /// <remarks>IBSI code XMSY; GLSZM (M = size zone matrix, j = zone size, N = zones), discretised grey levels. Formula: (1/N) sum_ij M_ij / i^2.</remarks>
    public const string GlszmLowGreyLevelZoneEmphasis3d = "glszm_lgze_3d";

    /// <summary>High grey level zone emphasis (3D).</summary>
    /// <remarks>IBSI code 5GN9; GLSZM (M = size zone matrix, j = zone size, N = zones), discretised grey levels. Formula: (1/N) sum_ij i^2 M_ij.</remarks>
    public const string GlszmHighGreyLevelZoneEmphasis3d = "glszm_hgze_3d";

    /// <summary>Small zone low grey level emphasis (3D).</summary>
    /// <remarks>IBSI code 5RAI; GLSZM (M = size zone matrix, j = zone size, N = zones), discretised grey levels. Formula: (1/N) sum_ij M_ij / (i^2 j^2).</remarks>
    public const string GlszmSmallZoneLowGreyLevelEmphasis3d = "glszm_szlge_3d";

    /// <summary>Small zone high grey level emphasis (3D).</summary>
    /// <remarks>IBSI code HW1V; GLSZM (M = size zone matrix, j = zone size, N = zones), discretised grey levels. Formula: (1/N) sum_ij i^2 M_ij / j^2.</remarks>
    public const string GlszmSmallZoneHighGreyLevelEmphasis3d = "glszm_szhge_3d";

    /// <summary>Large zone low grey level emphasis (3D).</summary>
    /// <remarks>IBSI code YH51; GLSZM (M = size zone matrix, j = zone size, N = zones), discretised grey levels. Formula: (1/N) sum_ij j^2 M_ij / i^2.</remarks>
    public const string GlszmLargeZoneLowGreyLevelEmphasis3d = "glszm_lzlge_3d";

    /// <summary>Large zone high grey level emphasis (3D).</summary>
    /// <remarks>IBSI code J17V; GLSZM (M = size zone matrix, j = zone size, N = zones), discretised grey levels. Formula: (1/N) sum_ij i^2 j^2 M_ij.</remarks>
    public const string GlszmLargeZoneHighGreyLevelEmphasis3d = "glszm_lzhge_3d";

    /// <summary>Grey level non-uniformity (3D).</summary>
    /// <remarks>IBSI code JNSA; GLSZM (M = size zone matrix, j = zone size, N = zones), discretised grey levels. Formula: (1/N) sum_i M_i.^2.</remarks>
    public const string GlszmGreyLevelNonUniformity3d = "glszm_glnu_3d";

    /// <summary>Normalised grey level non-uniformity (3D).</summary>
    /// <remarks>IBSI code Y1RO; GLSZM (M = size zone matrix, j = zone size, N = zones), discretised grey levels. Formula: (1/N^2) sum_i M_i.^2.</remarks>
    public const string GlszmNormalisedGreyLevelNonUniformity3d = "glszm_glnu_norm_3d";

    /// <summary>Zone size non-uniformity (3D).</summary>
    /// <remarks>IBSI code 4JP3; GLSZM (M = size zone matrix, j = zone size, N = zones), discretised grey levels. Formula: (1/N) sum_j M_.j^2.</remarks>
    public const string GlszmZoneSizeNonUniformity3d = "glszm_zsnu_3d";

    /// <summary>Normalised zone size non-uniformity (3D).</summary>
    /// <remarks>IBSI code VB3A; GLSZM (M = size zone matrix, j = zone size, N = zones), discretised grey levels. Formula: (1/N^2) sum_j M_.j^2.</remarks>
    public const string GlszmNormalisedZoneSizeNonUniformity3d = "glszm_zsnu_norm_3d";

    /// <summary>Zone percentage (3D).</summary>
    /// <remarks>IBSI code P30P; GLSZM (M = size zone matrix, j = zone size, N = zones), discretised grey levels. Formula: N / N_v.</remarks>
    public const string GlszmZonePercentage3d = "glszm_z_perc_3d";

    /// <summary>Grey level variance (3D).</summary>
    /// <remarks>IBSI code BYLV; GLSZM (M = size zone matrix, j = zone size, N = zones), discretised grey levels. Formula: sum_ij (i - mu_i)^2 p_ij, p_ij = M_ij / N, mu_i = sum_ij i p_ij.</remarks>
    public const string GlszmGreyLevelVariance3d = "glszm_gl_var_3d";

    /// <summary>Zone size variance (3D).</summary>
    /// <remarks>IBSI code 3NSA; GLSZM (M = size zone matrix, j = zone size, N = zones), discretised grey levels. Formula: sum_ij (j - mu_j)^2 p_ij, p_ij = M_ij / N, mu_j = sum_ij j p_ij.</remarks>
    public const string GlszmZoneSizeVariance3d = "glszm_zs_var_3d";

    /// <summary>Zone size entropy (3D).</summary>
    /// <remarks>IBSI code GU8N; GLSZM (M = size zone matrix, j = zone size, N = zones), discretised grey levels. Formula: -sum_ij p_ij log2 p_ij, p_ij = M_ij / N.</remarks>
    public const string GlszmZoneSizeEntropy3d = "glszm_zs_entr_3d";

    /// <summary>Small distance emphasis (2D).</summary>
    /// <remarks>IBSI code 0GBI; GLDZM (M = distance zone matrix, j = zone distance to the ROI edge, N = zones), discretised grey levels. Formula: (1/N) sum_ij M_ij / j^2.</remarks>
    public const string GldzmSmallDistanceEmphasis2d = "gldzm_sde_2d";

    /// <summary>Large distance emphasis (2D).</summary>
    /// <remarks>IBSI code MB4I; GLDZM (M = distance zone matrix, j = zone distance to the ROI edge, N = zones), discretised grey levels. Formula: (1/N) sum_ij j^2 M_ij.</remarks>
    public const string GldzmLargeDistanceEmphasis2d = "gldzm_lde_2d";

    /// <summary>Low grey level zone emphasis (2D).</summary>
    /// <remarks>IBSI code S1RA; GLDZM (M = distance zone matrix, j = zone distance to the ROI edge, N = zones), discretised grey levels. Formula: (1/N) sum_ij M_ij / i^2.</remarks>
    public const string GldzmLowGreyLevelZoneEmphasis2d = "gldzm_lgze_2d";

    /// <summary>High grey level zone emphasis (2D).</summary>
    /// <remarks>IBSI code K26C; GLDZM (M = distance zone matrix, j = zone distance to the ROI edge, N = zones), discretised grey levels. Formula: (1/N) sum_ij i^2 M_ij.</remarks>
    public const string GldzmHighGreyLevelZoneEmphasis2d = "gldzm_hgze_2d";

    /// <summary>Small distance low grey level emphasis (2D).</summary>
    /// <remarks>IBSI code RUVG; GLDZM (M = distance zone matrix, j = zone distance to the ROI edge, N = zones), discretised grey levels. Formula: (1/N) sum_ij M_ij / (i^2 j^2).</remarks>
    public const string GldzmSmallDistanceLowGreyLevelEmphasis2d = "gldzm_sdlge_2d";

    /// <summary>Small distance high grey level emphasis (2D).</summary>
    /// <remarks>IBSI code DKNJ; GLDZM (M = distance zone matrix, j = zone distance to the ROI edge, N = zones), discretised grey levels. Formula: (1/N) sum_ij i^2 M_ij / j^2.</remarks>
    public const string GldzmSmallDistanceHighGreyLevelEmphasis2d = "gldzm_sdhge_2d";

    /// <summary>Large distance low grey level emphasis (2D).</summary>
    /// <remarks>IBSI code A7WM; GLDZM (M = distance zone matrix, j = zone distance to the ROI edge, N = zones), discretised grey levels. Formula: (1/N) sum_ij j^2 M_ij / i^2.</remarks>
    public const string GldzmLargeDistanceLowGreyLevelEmphasis2d = "gldzm_ldlge_2d";

    /// <summary>Large distance high grey level emphasis (2D).</summary>
    /// <remarks>IBSI code KLTH; GLDZM (M = distance zone matrix, j = zone distance to the ROI edge, N = zones), discretised grey levels. Formula: (1/N) sum_ij i^2 j^2 M_ij.</remarks>
    public const string GldzmLargeDistanceHighGreyLevelEmphasis2d = "gldzm_ldhge_2d";

    /// <summary>Grey level non-uniformity (2D).</summary>
    /// <remarks>IBSI code VFT7; GLDZM (M = distance zone matrix, j = zone distance to the ROI edge, N = zones), discretised grey levels. Formula: (1/N) sum_i M_i.^2.</remarks>
    public const string GldzmGreyLevelNonUniformity2d = "gldzm_glnu_2d";

    /// <summary>Normalised grey level non-uniformity (2D).</summary>
    /// <remarks>IBSI code 7HP3; GLDZM (M = distance zone matrix, j = zone distance to the ROI edge, N = zones), discretised grey levels. Formula: (1/N^2) sum_i M_i.^2.</remarks>
    public const string GldzmNormalisedGreyLevelNonUniformity2d = "gldzm_glnu_norm_2d";

    /// <summary>Zone distance non-uniformity (2D).</summary>
    /// <remarks>IBSI code V294; GLDZM (M = distance zone matrix, j = zone distance to the ROI edge, N = zones), discretised grey levels. Formula: (1/N) sum_j M_.j^2.</remarks>
    public const string GldzmZoneDistanceNonUniformity2d = "gldzm_zdnu_2d";

    /// <summary>Normalised zone distance non-uniformity (2D).</summary>
    /// <remarks>IBSI code IATH; GLDZM (M = distance zone matrix, j = zone distance to the ROI edge, N = zones), discretised grey levels. Formula: (1/N^2) sum_j M_.j^2.</remarks>
    public const string GldzmNormalisedZoneDistanceNonUniformity2d = "gldzm_zdnu_norm_2d";

    /// <summary>Zone percentage (2D).</summary>
    /// <remarks>IBSI code VIWW; GLDZM (M = distance zone matrix, j = zone distance to the ROI edge, N = zones), discretised grey levels. Formula: N / N_v.</remarks>
    public const string GldzmZonePercentage2d = "gldzm_z_perc_2d";

    /// <summary>Grey level variance (2D).</summary>
    /// <remarks>IBSI code QK93; GLDZM (M = distance zone matrix, j = zone distance to the ROI edge, N = zones), discretised grey levels. Formula: sum_ij (i - mu_i)^2 p_ij, p_ij = M_ij / N, mu_i = sum_ij i p_ij.</remarks>
    public const string GldzmGreyLevelVariance2d = "gldzm_gl_var_2d";

    /// <summary>Zone distance variance (2D).</summary>
    /// <remarks>IBSI code 7WT1; GLDZM (M = distance zone matrix, j = zone distance to the ROI edge, N = zones), discretised grey levels. Formula: sum_ij (j - mu_j)^2 p_ij, p_ij = M_ij / N, mu_j = sum_ij j p_ij.</remarks>
    public const string GldzmZoneDistanceVariance2d = "gldzm_zd_var_2d";

    /// <summary>Zone distance entropy (2D).</summary>
    /// <remarks>IBSI code GBDU; GLDZM (M = distance zone matrix, j = zone distance to the ROI edge, N = zones), discretised grey levels. Formula: -sum_ij p_ij log2 p_ij, p_ij = M_ij / N.</remarks>
    public const string GldzmZoneDistanceEntropy2d = "gldzm_zd_entr_2d";

    /// <summary>Small distance emphasis (2.5D).</summary>
    /// <remarks>IBSI code 0GBI; GLDZM (M = distance zone matrix, j = zone distance to the ROI edge, N = zones), discretised grey levels. Formula: (1/N) sum_ij M_ij / j^2.</remarks>
    public const string GldzmSmallDistanceEmphasis25d = "gldzm_sde_25d";

    /// <summary>Large distance emphasis (2.5D).</summary>
    /// <remarks>IBSI code MB4I; GLDZM (M = distance zone matrix, j = zone distance to the ROI edge, N = zones), discretised grey levels. Formula: (1/N) sum_ij j^2 M_ij.</remarks>
    public const string GldzmLargeDistanceEmphasis25d = "gldzm_lde_25d";

    /// <summary>Low grey level zone emphasis (2.5D).</summary>
    /// <remarks>IBSI code S1RA; GLDZM (M = distance zone matrix, j = zone distance to the ROI edge, N = zones), discretised grey levels. Formula: (1/N) sum_ij M_ij / i^2.</remarks>
    public const string GldzmLowGreyLevelZoneEmphasis25d = "gldzm_lgze_25d";

    /// <summary>High grey level zone emphasis (2.5D).</summary>
    /// <remarks>IBSI code K26C; GLDZM (M = distance zone matrix, j = zone distance to the ROI edge, N = zones), discretised grey levels. Formula: (1/N) sum_ij i^2 M_ij.</remarks>
    public const string GldzmHighGreyLevelZoneEmphasis25d = "gldzm_hgze_25d";

    /// <summary>Small distance low grey level emphasis (2.5D).</summary>
    /// <remarks>IBSI code RUVG; GLDZM (M = distance zone matrix, j = zone distance to the ROI edge, N = zones), discretised grey levels. Formula: (1/N) sum_ij M_ij / (i^2 j^2).</remarks>
    public const string GldzmSmallDistanceLowGreyLevelEmphasis25d = "gldzm_sdlge_25d";

    /// <summary>Small distance high grey level emphasis (2.5D).</summary>
    /// <remarks>IBSI code DKNJ; GLDZM (M = distance zone matrix, j = zone distance to the ROI edge, N = zones), discretised grey levels. Formula: (1/N) sum_ij i^2 M_ij / j^2.</remarks>
    public const string GldzmSmallDistanceHighGreyLevelEmphasis25d = "gldzm_sdhge_25d";

    /// <summary>Large distance low grey level emphasis (2.5D).</summary>
    /// <remarks>IBSI code A7WM; GLDZM (M = distance zone matrix, j = zone distance to the ROI edge, N = zones), discretised grey levels. Formula: (1/N) sum_ij j^2 M_ij / i^2.</remarks>
    public const string GldzmLargeDistanceLowGreyLevelEmphasis25d = "gldzm_ldlge_25d";

    /// <summary>Large distance high grey level emphasis (2.5D).</summary>
    /// <remarks>IBSI code KLTH; GLDZM (M = distance zone matrix, j = zone distance to the ROI edge, N = zones), discretised grey levels. Formula: (1/N) sum_ij i^2 j^2 M_ij.</remarks>
    public const string GldzmLargeDistanceHighGreyLevelEmphasis25d = "gldzm_ldhge_25d";

    /// <summary>Grey level non-uniformity (2.5D).</summary>
    /// <remarks>IBSI code VFT7; GLDZM (M = distance zone matrix, j = zone distance to the ROI edge, N = zones), discretised grey levels. Formula: (1/N) sum_i M_i.^2.</remarks>
    public const string GldzmGreyLevelNonUniformity25d = "gldzm_glnu_25d";

    /// <summary>Normalised grey level non-uniformity (2.5D).</summary>
    /// <remarks>IBSI code 7HP3; GLDZM (M = distance zone matrix, j = zone distance to the ROI edge, N = zones), discretised grey levels. Formula: (1/N^2) sum_i M_i.^2.</remarks>
    public const string GldzmNormalisedGreyLevelNonUniformity25d = "gldzm_glnu_norm_25d";

    /// <summary>Zone distance non-uniformity (2.5D).</summary>
    /// <remarks>IBSI code V294; GLDZM (M = distance zone matrix, j = zone distance to the ROI edge, N = zones), discretised grey levels. Formula: (1/N) sum_j M_.j^2.</remarks>
    public const string GldzmZoneDistanceNonUniformity25d = "gldzm_zdnu_25d";

    /// <summary>Normalised zone distance non-uniformity (2.5D).</summary>
    /// <remarks>IBSI code IATH; GLDZM (M = distance zone matrix, j = zone distance to the ROI edge, N = zones), discretised grey levels. Formula: (1/N^2) sum_j M_.j^2.</remarks>
    public const string GldzmNormalisedZoneDistanceNonUniformity25d = "gldzm_zdnu_norm_25d";

    /// <summary>Zone percentage (2.5D).</summary>
    /// <remarks>IBSI code VIWW; GLDZM (M = distance zone matrix, j = zone distance to the ROI edge, N = zones), discretised grey levels. Formula: N / N_v.</remarks>
    public const string GldzmZonePercentage25d = "gldzm_z_perc_25d";

    /// <summary>Grey level variance (2.5D).</summary>
    /// <remarks>IBSI code QK93; GLDZM (M = distance zone matrix, j = zone distance to the ROI edge, N = zones), discretised grey levels. Formula: sum_ij (i - mu_i)^2 p_ij, p_ij = M_ij / N, mu_i = sum_ij i p_ij.</remarks>
    public const string GldzmGreyLevelVariance25d = "gldzm_gl_var_25d";

    /// <summary>Zone distance variance (2.5D).</summary>
    /// <remarks>IBSI code 7WT1; GLDZM (M = distance zone matrix, j = zone distance to the ROI edge, N = zones), discretised grey levels. Formula: sum_ij (j - mu_j)^2 p_ij, p_ij = M_ij / N, mu_j = sum_ij j p_ij.</remarks>
    public const string GldzmZoneDistanceVariance25d = "gldzm_zd_var_25d";

    /// <summary>Zone distance entropy (2.5D).</summary>
    /// <remarks>IBSI code GBDU; GLDZM (M = distance zone matrix, j = zone distance to the ROI edge, N = zones), discretised grey levels. Formula: -sum_ij p_ij log2 p_ij, p_ij = M_ij / N.</remarks>
    public const string GldzmZoneDistanceEntropy25d = "gldzm_zd_entr_25d";

    /// <summary>Small distance emphasis (3D).</summary>
    /// <remarks>IBSI code 0GBI; GLDZM (M = distance zone matrix, j = zone distance to the ROI edge, N = zones), discretised grey levels. Formula: (1/N) sum_ij M_ij / j^2.</remarks>
    public const string GldzmSmallDistanceEmphasis3d = "gldzm_sde_3d";

    /// <summary>Large distance emphasis (3D).</summary>
    /// <remarks>IBSI code MB4I; GLDZM (M = distance zone matrix, j = zone distance to the ROI edge, N = zones), discretised grey levels. Formula: (1/N) sum_ij j^2 M_ij.</remarks>
    public const string GldzmLargeDistanceEmphasis3d = "gldzm_lde_3d";

    /// <summary>Low grey level zone emphasis (3D).</summary>
    /// <remarks>IBSI code S1RA; GLDZM (M = distance zone matrix, j = zone distance to the ROI edge, N = zones), discretised grey levels. Formula: (1/N) sum_ij M_ij / i^2.</remarks>
    public const string GldzmLowGreyLevelZoneEmphasis3d = "gldzm_lgze_3d";

    /// <summary>High grey level zone emphasis (3D).</summary>
    /// <remarks>IBSI code K26C; GLDZM (M = distance zone matrix, j = zone distance to the ROI edge, N = zones), discretised grey levels. Formula: (1/N) sum_ij i^2 M_ij.</remarks>
    public const string GldzmHighGreyLevelZoneEmphasis3d = "gldzm_hgze_3d";

    /// <summary>Small distance low grey level emphasis (3D).</summary>
    /// <remarks>IBSI code RUVG; GLDZM (M = distance zone matrix, j = zone distance to the ROI edge, N = zones), discretised grey levels. Formula: (1/N) sum_ij M_ij / (i^2 j^2).</remarks>
    public const string GldzmSmallDistanceLowGreyLevelEmphasis3d = "gldzm_sdlge_3d";

    /// <summary>Small distance high grey level emphasis (3D).</summary>
    /// <remarks>IBSI code DKNJ; GLDZM (M = distance zone matrix, j = zone distance to the ROI edge, N = zones), discretised grey levels. Formula: (1/N) sum_ij i^2 M_ij / j^2.</remarks>
    public const string GldzmSmallDistanceHighGreyLevelEmphasis3d = "gldzm_sdhge_3d";

    /// <summary>Large distance low grey level emphasis (3D).</summary>
    /// <remarks>IBSI code A7WM; GLDZM (M = distance zone matrix, j = zone distance to the ROI edge, N = zones), discretised grey levels. Formula: (1/N) sum_ij j^2 M_ij / i^2.</remarks>
    public const string GldzmLargeDistanceLowGreyLevelEmphasis3d = "gldzm_ldlge_3d";

    /// <summary>Large distance high grey level emphasis (3D).</summary>
    /// <remarks>IBSI code KLTH; GLDZM (M = distance zone matrix, j = zone distance to the ROI edge, N = zones), discretised grey levels. Formula: (1/N) sum_ij i^2 j^2 M_ij.</remarks>
    public const string GldzmLargeDistanceHighGreyLevelEmphasis3d = "gldzm_ldhge_3d";

    /// <summary>Grey level non-uniformity (3D).</summary>
    /// <remarks>IBSI code VFT7; GLDZM (M = distance zone matrix, j = zone distance to the ROI edge, N = zones), discretised grey levels. Formula: (1/N) sum_i M_i.^2.</remarks>
    public const string GldzmGreyLevelNonUniformity3d = "gldzm_glnu_3d";

    /// <summary>Normalised grey level non-uniformity (3D).</summary>
    /// <remarks>IBSI code 7HP3; GLDZM (M = distance zone matrix, j = zone distance to the ROI edge, N = zones), discretised grey levels. Formula: (1/N^2) sum_i M_i.^2.</remarks>
    public const string GldzmNormalisedGreyLevelNonUniformity3d = "gldzm_glnu_norm_3d";

    /// <summary>Zone distance non-uniformity (3D).</summary>
    /// <remarks>IBSI code V294; GLDZM (M = distance zone matrix, j = zone distance to the ROI edge, N = zones), discretised grey levels. Formula: (1/N) sum_j M_.j^2.</remarks>
    public const string GldzmZoneDistanceNonUniformity3d = "gldzm_zdnu_3d";

    /// <summary>Normalised zone distance non-uniformity (3D).</summary>
    /// <remarks>IBSI code IATH; GLDZM (M = distance zone matrix, j = zone distance to the ROI edge, N = zones), discretised grey levels. Formula: (1/N^2) sum_j M_.j^2.</remarks>
    public const string GldzmNormalisedZoneDistanceNonUniformity3d = "gldzm_zdnu_norm_3d";

    /// <summary>Zone percentage (3D).</summary>
    /// <remarks>IBSI code VIWW; GLDZM (M = distance zone matrix, j = zone distance to the ROI edge, N = zones), discretised grey levels. Formula: N / N_v.</remarks>
    public const string GldzmZonePercentage3d = "gldzm_z_perc_3d";

    /// <summary>Grey level variance (3D).</summary>
    /// <remarks>IBSI code QK93; GLDZM (M = distance zone matrix, j = zone distance to the ROI edge, N = zones), discretised grey levels. Formula: sum_ij (i - mu_i)^2 p_ij, p_ij = M_ij / N, mu_i = sum_ij i p_ij.</remarks>
    public const string GldzmGreyLevelVariance3d = "gldzm_gl_var_3d";

    /// <summary>Zone distance variance (3D).</summary>
    /// <remarks>IBSI code 7WT1; GLDZM (M = distance zone matrix, j = zone distance to the ROI edge, N = zones), discretised grey levels. Formula: sum_ij (j - mu_j)^2 p_ij, p_ij = M_ij / N, mu_j = sum_ij j p_ij.</remarks>
    public const string GldzmZoneDistanceVariance3d = "gldzm_zd_var_3d";

    /// <summary>Zone distance entropy (3D).</summary>
    /// <remarks>IBSI code GBDU; GLDZM (M = distance zone matrix, j = zone distance to the ROI edge, N = zones), discretised grey levels. Formula: -sum_ij p_ij log2 p_ij, p_ij = M_ij / N.</remarks>
    public const string GldzmZoneDistanceEntropy3d = "gldzm_zd_entr_3d";

    /// <summary>Coarseness (2D).</summary>
    /// <remarks>IBSI code QCDE; NGTDM (s_i, p_i = n_i / N_vc, Chebyshev distance 1), discretised grey levels. Formula: 1 / sum_i p_i s_i (10^6 when the sum is 0).</remarks>
    public const string NgtdmCoarseness2d = "ngtdm_coarseness_2d";

    /// <summary>Contrast (2D).</summary>
    /// <remarks>IBSI code 65HE; NGTDM (s_i, p_i = n_i / N_vc, Chebyshev distance 1), discretised grey levels. Formula: [sum_i1 sum_i2 p_i1 p_i2 (i1 - i2)^2 / (N_gp (N_gp - 1))] [sum_i s_i / N_vc] (0 when N_gp = 1).</remarks>
    public const string NgtdmContrast2d = "ngtdm_contrast_2d";

    /// <summary>Busyness (2D).</summary>
    /// <remarks>IBSI code NQ30; NGTDM (s_i, p_i = n_i / N_vc, Chebyshev distance 1), discretised grey levels. Formula: sum_i p_i s_i / sum_i1 sum_i2 |i1 p_i1 - i2 p_i2| over levels present (0 when N_gp = 1).</remarks>
    public const string NgtdmBusyness2d = "ngtdm_busyness_2d";

    /// <summary>Complexity (2D).</summary>
    /// <remarks>IBSI code HDEZ; NGTDM (s_i, p_i = n_i / N_vc, Chebyshev distance 1), discretised grey levels. Formula: (1/N_vc) sum_i1 sum_i2 |i1 - i2| (p_i1 s_i1 + p_i2 s_i2) / (p_i1 + p_i2) over levels present.</remarks>
    public const string NgtdmComplexity2d = "ngtdm_complexity_2d";

    /// <summary>Strength (2D).</summary>
    /// <remarks>IBSI code 1X9X; NGTDM (s_i, p_i = n_i / N_vc, Chebyshev distance 1), discretised grey levels. Formula: sum_i1 sum_i2 (p_i1 + p_i2)(i1 - i2)^2 / sum_i s_i over levels present (0 when sum_i s_i = 0).</remarks>
    public const string NgtdmStrength2d = "ngtdm_strength_2d";

    /// <summary>Coarseness (2.5D).</summary>
    /// <remarks>IBSI code QCDE; NGTDM (s_i, p_i = n_i / N_vc, Chebyshev distance 1), discretised grey levels. Formula: 1 / sum_i p_i s_i (10^6 when the sum is 0).</remarks>
    public const string NgtdmCoarseness25d = "ngtdm_coarseness_25d";

    /// <summary>Contrast (2.5D).</summary>
    /// <remarks>IBSI code 65HE; NGTDM (s_i, p_i = n_i / N_vc, Chebyshev distance 1), discretised grey levels. Formula: [sum_i1 sum_i2 p_i1 p_i2 (i1 - i2)^2 / (N_gp (N_gp - 1))] [sum_i s_i / N_vc] (0 when N_gp = 1).</remarks>
    public const string NgtdmContrast25d = "ngtdm_contrast_25d";

    /// <summary>Busyness (2.5D).</summary>
    /// <remarks>IBSI code NQ30; NGTDM (s_i, p_i = n_i / N_vc, Chebyshev distance 1), discretised grey levels. Formula: sum_i p_i s_i / sum_i1 sum_i2 |i1 p_i1 - i2 p_i2| over levels present (0 when N_gp = 1).</remarks>
    public const string NgtdmBusyness25d = "ngtdm_busyness_25d";

    /// <summary>Complexity (2.5D).</summary>
    /// <remarks>IBSI code HDEZ; NGTDM (s_i, p_i = n_i / N_vc, Chebyshev distance 1), discretised grey levels. Formula: (1/N_vc) sum_i1 sum_i2 |i1 - i2| (p_i1 s_i1 + p_i2 s_i2) / (p_i1 + p_i2) over levels present.</remarks>
    public const string NgtdmComplexity25d = "ngtdm_complexity_25d";

    /// <summary>Strength (2.5D).</summary>
    /// <remarks>IBSI code 1X9X; NGTDM (s_i, p_i = n_i / N_vc, Chebyshev distance 1), discretised grey levels. Formula: sum_i1 sum_i2 (p_i1 + p_i2)(i1 - i2)^2 / sum_i s_i over levels present (0 when sum_i s_i = 0).</remarks>
    public const string NgtdmStrength25d = "ngtdm_strength_25d";

    /// <summary>Coarseness (3D).</summary>
    /// <remarks>IBSI code QCDE; NGTDM (s_i, p_i = n_i / N_vc, Chebyshev distance 1), discretised grey levels. Formula: 1 / sum_i p_i s_i (10^6 when the sum is 0).</remarks>
    public const string NgtdmCoarseness3d = "ngtdm_coarseness_3d";

    /// <summary>Contrast (3D).</summary>
    /// <remarks>IBSI code 65HE; NGTDM (s_i, p_i = n_i / N_vc, Chebyshev distance 1), discretised grey levels. Formula: [sum_i1 sum_i2 p_i1 p_i2 (i1 - i2)^2 / (N_gp (N_gp - 1))] [sum_i s_i / N_vc] (0 when N_gp = 1).</remarks>
    public const string NgtdmContrast3d = "ngtdm_contrast_3d";

    /// <summary>Busyness (3D).</summary>
    /// <remarks>IBSI code NQ30; NGTDM (s_i, p_i = n_i / N_vc, Chebyshev distance 1), discretised grey levels. Formula: sum_i p_i s_i / sum_i1 sum_i2 |i1 p_i1 - i2 p_i2| over levels present (0 when N_gp = 1).</remarks>
    public const string NgtdmBusyness3d = "ngtdm_busyness_3d";

    /// <summary>Complexity (3D).</summary>
    /// <remarks>IBSI code HDEZ; NGTDM (s_i, p_i = n_i / N_vc, Chebyshev distance 1), discretised grey levels. Formula: (1/N_vc) sum_i1 sum_i2 |i1 - i2| (p_i1 s_i1 + p_i2 s_i2) / (p_i1 + p_i2) over levels present.</remarks>
    public const string NgtdmComplexity3d = "ngtdm_complexity_3d";

    /// <summary>Strength (3D).</summary>
    /// <remarks>IBSI code 1X9X; NGTDM (s_i, p_i = n_i / N_vc, Chebyshev distance 1), discretised grey levels. Formula: sum_i1 sum_i2 (p_i1 + p_i2)(i1 - i2)^2 / sum_i s_i over levels present (0 when sum_i s_i = 0).</remarks>
    public const string NgtdmStrength3d = "ngtdm_strength_3d";

    /// <summary>Low dependence emphasis (2D).</summary>
    /// <remarks>IBSI code SODN; NGLDM (M = dependence matrix, j = dependence count, N = neighbourhoods; Chebyshev distance 1, alpha 0), discretised grey levels. Formula: (1/N) sum_ij M_ij / j^2.</remarks>
    public const string NgldmLowDependenceEmphasis2d = "ngldm_lde_2d";

    /// <summary>High dependence emphasis (2D).</summary>
    /// <remarks>IBSI code IMOQ; NGLDM (M = dependence matrix, j = dependence count, N = neighbourhoods; Chebyshev distance 1, alpha 0), discretised grey levels. Formula: (1/N) sum_ij j^2 M_ij.</remarks>
    public const string NgldmHighDependenceEmphasis2d = "ngldm_hde_2d";

    /// <summary>Low grey level count emphasis (2D).</summary>
    /// <remarks>IBSI code TL9H; NGLDM (M = dependence matrix, j = dependence count, N = neighbourhoods; Chebyshev distance 1, alpha 0), discretised grey levels. Formula: (1/N) sum_ij M_ij / i^2.</remarks>
    public const string NgldmLowGreyLevelCountEmphasis2d = "ngldm_lgce_2d";

    /// <summary>High grey level count emphasis (2D).</summary>
    /// <remarks>IBSI code OAE7; NGLDM (M = dependence matrix, j = dependence count, N = neighbourhoods; Chebyshev distance 1, alpha 0), discretised grey levels. Formula: (1/N) sum_ij i^2 M_ij.</remarks>
    public const string NgldmHighGreyLevelCountEmphasis2d = "ngldm_hgce_2d";

    /// <summary>Low dependence low grey level emphasis (2D).</summary>
    /// <remarks>IBSI code EQ3F; NGLDM (M = dependence matrix, j = dependence count, N = neighbourhoods; Chebyshev distance 1, alpha 0), discretised grey levels. Formula: (1/N) sum_ij M_ij / (i^2 j^2).</remarks>
    public const string NgldmLowDependenceLowGreyLevelEmphasis2d = "ngldm_ldlge_2d";

    /// <summary>Low dependence high grey level emphasis (2D).</summary>
    /// <remarks>IBSI code JA6D; NGLDM (M = dependence matrix, j = dependence count, N = neighbourhoods; Chebyshev distance 1, alpha 0), discretised grey levels. Formula: (1/N) sum_ij i^2 M_ij / j^2.</remarks>
    public const string NgldmLowDependenceHighGreyLevelEmphasis2d = "ngldm_ldhge_2d";

    /// <summary>High dependence low grey level emphasis (2D).</summary>
    /// <remarks>IBSI code NBZI; NGLDM (M = dependence matrix, j = dependence count, N = neighbourhoods; Chebyshev distance 1, alpha 0), discretised grey levels. Formula: (1/N) sum_ij j^2 M_ij / i^2.</remarks>
    public const string NgldmHighDependenceLowGreyLevelEmphasis2d = "ngldm_hdlge_2d";

    /// <summary>High dependence high grey level emphasis (2D).</summary>
    /// <remarks>IBSI code 9QMG; NGLDM (M = dependence matrix, j = dependence count, N = neighbourhoods; Chebyshev distance 1, alpha 0), discretised grey levels. Formula: (1/N) sum_ij i^2 j^2 M_ij.</remarks>
    public const string NgldmHighDependenceHighGreyLevelEmphasis2d = "ngldm_hdhge_2d";

    /// <summary>Grey level non-uniformity (2D).</summary>
    /// <remarks>IBSI code FP8K; NGLDM (M = dependence matrix, j = dependence count, N = neighbourhoods; Chebyshev distance 1, alpha 0), discretised grey levels. Formula: (1/N) sum_i M_i.^2.</remarks>
    public const string NgldmGreyLevelNonUniformity2d = "ngldm_glnu_2d";

    /// <summary>Normalised grey level non-uniformity (2D).</summary>
    /// <remarks>IBSI code 5SPA; NGLDM (M = dependence matrix, j = dependence count, N = neighbourhoods; Chebyshev distance 1, alpha 0), discretised grey levels. Formula: (1/N^2) sum_i M_i.^2.</remarks>
    public const string NgldmNormalisedGreyLevelNonUniformity2d = "ngldm_glnu_norm_2d";

    /// <summary>Dependence count non-uniformity (2D).</summary>
    /// <remarks>IBSI code Z87G; NGLDM (M = dependence matrix, j = dependence count, N = neighbourhoods; Chebyshev distance 1, alpha 0), discretised grey levels. Formula: (1/N) sum_j M_.j^2.</remarks>
    public const string NgldmDependenceCountNonUniformity2d = "ngldm_dcnu_2d";

    /// <summary>Normalised dependence count non-uniformity (2D).</summary>
    /// <remarks>IBSI code OKJI; NGLDM (M = dependence matrix, j = dependence count, N = neighbourhoods; Chebyshev distance 1, alpha 0), discretised grey levels. Formula: (1/N^2) sum_j M_.j^2.</remarks>
    public const string NgldmNormalisedDependenceCountNonUniformity2d = "ngldm_dcnu_norm_2d";

    /// <summary>Dependence count percentage (2D).</summary>
    /// <remarks>IBSI code 6XV8; NGLDM (M = dependence matrix, j = dependence count, N = neighbourhoods; Chebyshev distance 1, alpha 0), discretised grey levels. Formula: N / N_v.</remarks>
    public const string NgldmDependenceCountPercentage2d = "ngldm_dc_perc_2d";

    /// <summary>Grey level variance (2D).</summary>
    /// <remarks>IBSI code 1PFV; NGLDM (M = dependence matrix, j = dependence count, N = neighbourhoods; Chebyshev distance 1, alpha 0), discretised grey levels. Formula: sum_ij (i - mu_i)^2 p_ij, p_ij = M_ij / N, mu_i = sum_ij i p_ij.</remarks>
    public const string NgldmGreyLevelVariance2d = "ngldm_gl_var_2d";

    /// <summary>Dependence count variance (2D).</summary>
    /// <remarks>IBSI code DNX2; NGLDM (M = dependence matrix, j = dependence count, N = neighbourhoods; Chebyshev distance 1, alpha 0), discretised grey levels. Formula: sum_ij (j - mu_j)^2 p_ij, p_ij = M_ij / N, mu_j = sum_ij j p_ij.</remarks>
    public const string NgldmDependenceCountVariance2d = "ngldm_dc_var_2d";

    /// <summary>Dependence count entropy (2D).</summary>
    /// <remarks>IBSI code FCBV; NGLDM (M = dependence matrix, j = dependence count, N = neighbourhoods; Chebyshev distance 1, alpha 0), discretised grey levels. Formula: -sum_ij p_ij log2 p_ij, p_ij = M_ij / N.</remarks>
    public const string NgldmDependenceCountEntropy2d = "ngldm_dc_entr_2d";

    /// <summary>Dependence count energy (2D).</summary>
    /// <remarks>IBSI code CAS9; NGLDM (M = dependence matrix, j = dependence count, N = neighbourhoods; Chebyshev distance 1, alpha 0), discretised grey levels. Formula: sum_ij p_ij^2, p_ij = M_ij / N.</remarks>
    public const string NgldmDependenceCountEnergy2d = "ngldm_dc_energy_2d";

    /// <summary>Low dependence emphasis (2.5D).</summary>
    /// <remarks>IBSI code SODN; NGLDM (M = dependence matrix, j = dependence count, N = neighbourhoods; Chebyshev distance 1, alpha 0), discretised grey levels. Formula: (1/N) sum_ij M_ij / j^2.</remarks>
    public const string NgldmLowDependenceEmphasis25d = "ngldm_lde_25d";

    /// <summary>High dependence emphasis (2.5D).</summary>
    /// <remarks>IBSI code IMOQ; NGLDM (M = dependence matrix, j = dependence count, N = neighbourhoods; Chebyshev distance 1, alpha 0), discretised grey levels. Formula: (1/N) sum_ij j^2 M_ij.</remarks>
    public const string NgldmHighDependenceEmphasis25d = "ngldm_hde_25d";

    /// <summary>Low grey level count emphasis (2.5D).</summary>
    /// <remarks>IBSI code TL9H; NGLDM (M = dependence matrix, j = dependence count, N = neighbourhoods; Chebyshev distance 1, alpha 0), discretised grey levels. Formula: (1/N) sum_ij M_ij / i^2.</remarks>
    public const string NgldmLowGreyLevelCountEmphasis25d = "ngldm_lgce_25d";

    /// <summary>High grey level count emphasis (2.5D).</summary>
    /// <remarks>IBSI code OAE7; NGLDM (M = dependence matrix, j = dependence count, N = neighbourhoods; Chebyshev distance 1, alpha 0), discretised grey levels. Formula: (1/N) sum_ij i^2 M_ij.</remarks>
    public const string NgldmHighGreyLevelCountEmphasis25d = "ngldm_hgce_25d";

    /// <summary>Low dependence low grey level emphasis (2.5D).</summary>
    /// <remarks>IBSI code EQ3F; NGLDM (M = dependence matrix, j = dependence count, N = neighbourhoods; Chebyshev distance 1, alpha 0), discretised grey levels. Formula: (1/N) sum_ij M_ij / (i^2 j^2).</remarks>
    public const string NgldmLowDependenceLowGreyLevelEmphasis25d = "ngldm_ldlge_25d";

    /// <summary>Low dependence high grey level emphasis (2.5D).</summary>
    /// <remarks>IBSI code JA6D; NGLDM (M = dependence matrix, j = dependence count, N = neighbourhoods; Chebyshev distance 1, alpha 0), discretised grey levels. Formula: (1/N) sum_ij i^2 M_ij / j^2.</remarks>
    public const string NgldmLowDependenceHighGreyLevelEmphasis25d = "ngldm_ldhge_25d";

    /// <summary>High dependence low grey level emphasis (2.5D).</summary>
    /// <remarks>IBSI code NBZI; NGLDM (M = dependence matrix, j = dependence count, N = neighbourhoods; Chebyshev distance 1, alpha 0), discretised grey levels. Formula: (1/N) sum_ij j^2 M_ij / i^2.</remarks>
    public const string NgldmHighDependenceLowGreyLevelEmphasis25d = "ngldm_hdlge_25d";

    /// <summary>High dependence high grey level emphasis (2.5D).</summary>
    /// <remarks>IBSI code 9QMG; NGLDM (M = dependence matrix, j = dependence count, N = neighbourhoods; Chebyshev distance 1, alpha 0), discretised grey levels. Formula: (1/N) sum_ij i^2 j^2 M_ij.</remarks>
    public const string NgldmHighDependenceHighGreyLevelEmphasis25d = "ngldm_hdhge_25d";

    /// <summary>Grey level non-uniformity (2.5D).</summary>
    /// <remarks>IBSI code FP8K; NGLDM (M = dependence matrix, j = dependence count, N = neighbourhoods; Chebyshev distance 1, alpha 0), discretised grey levels. Formula: (1/N) sum_i M_i.^2.</remarks>
    public const string NgldmGreyLevelNonUniformity25d = "ngldm_glnu_25d";

    /// <summary>Normalised grey level non-uniformity (2.5D).</summary>
    /// <remarks>IBSI code 5SPA; NGLDM (M = dependence matrix, j = dependence count, N = neighbourhoods; Chebyshev distance 1, alpha 0), discretised grey levels. Formula: (1/N^2) sum_i M_i.^2.</remarks>
    public const string NgldmNormalisedGreyLevelNonUniformity25d = "ngldm_glnu_norm_25d";

    /// <summary>Dependence count non-uniformity (2.5D).</summary>
    /// <remarks>IBSI code Z87G; NGLDM (M = dependence matrix, j = dependence count, N = neighbourhoods; Chebyshev distance 1, alpha 0), discretised grey levels. Formula: (1/N) sum_j M_.j^2.</remarks>
    public const string NgldmDependenceCountNonUniformity25d = "ngldm_dcnu_25d";

    /// <summary>Normalised dependence count non-uniformity (2.5D).</summary>
    /// <remarks>IBSI code OKJI; NGLDM (M = dependence matrix, j = dependence count, N = neighbourhoods; Chebyshev distance 1, alpha 0), discretised grey levels. Formula: (1/N^2) sum_j M_.j^2.</remarks>
    public const string NgldmNormalisedDependenceCountNonUniformity25d = "ngldm_dcnu_norm_25d";

    /// <summary>Dependence count percentage (2.5D).</summary>
    /// <remarks>IBSI code 6XV8; NGLDM (M = dependence matrix, j = dependence count, N = neighbourhoods; Chebyshev distance 1, alpha 0), discretised grey levels. Formula: N / N_v.</remarks>
    public const string NgldmDependenceCountPercentage25d = "ngldm_dc_perc_25d";

    /// <summary>Grey level variance (2.5D).</summary>
    /// <remarks>IBSI code 1PFV; NGLDM (M = dependence matrix, j = dependence count, N = neighbourhoods; Chebyshev distance 1, alpha 0), discretised grey levels. Formula: sum_ij (i - mu_i)^2 p_ij, p_ij = M_ij / N, mu_i = sum_ij i p_ij.</remarks>
    public const string NgldmGreyLevelVariance25d = "ngldm_gl_var_25d";

    /// <summary>Dependence count variance (2.5D).</summary>
    /// <remarks>IBSI code DNX2; NGLDM (M = dependence matrix, j = dependence count, N = neighbourhoods; Chebyshev distance 1, alpha 0), discretised grey levels. Formula: sum_ij (j - mu_j)^2 p_ij, p_ij = M_ij / N, mu_j = sum_ij j p_ij.</remarks>
    public const string NgldmDependenceCountVariance25d = "ngldm_dc_var_25d";

    /// <summary>Dependence count entropy (2.5D).</summary>
    /// <remarks>IBSI code FCBV; NGLDM (M = dependence matrix, j = dependence count, N = neighbourhoods; Chebyshev distance 1, alpha 0), discretised grey levels. Formula: -sum_ij p_ij log2 p_ij, p_ij = M_ij / N.</remarks>
    public const string NgldmDependenceCountEntropy25d = "ngldm_dc_entr_25d";

    /// <summary>Dependence count energy (2.5D).</summary>
    /// <remarks>IBSI code CAS9; NGLDM (M = dependence matrix, j = dependence count, N = neighbourhoods; Chebyshev distance 1, alpha 0), discretised grey levels. Formula: sum_ij p_ij^2, p_ij = M_ij / N.</remarks>
    public const string NgldmDependenceCountEnergy25d = "ngldm_dc_energy_25d";

    /// <summary>Low dependence emphasis (3D).</summary>
    /// <remarks>IBSI code SODN; NGLDM (M = dependence matrix, j = dependence count, N = neighbourhoods; Chebyshev distance 1, alpha 0), discretised grey levels. Formula: (1/N) sum_ij M_ij / j^2.</remarks>
    public const string NgldmLowDependenceEmphasis3d = "ngldm_lde_3d";

    /// <summary>High dependence emphasis (3D).</summary>
    /// <remarks>IBSI code IMOQ; NGLDM (M = dependence matrix, j = dependence count, N = neighbourhoods; Chebyshev distance 1, alpha 0), discretised grey levels. Formula: (1/N) sum_ij j^2 M_ij.</remarks>
    public const string NgldmHighDependenceEmphasis3d = "ngldm_hde_3d";

    /// <summary>Low grey level count emphasis (3D).</summary>
    /// <remarks>IBSI code TL9H; NGLDM (M = dependence matrix, j = dependence count, N = neighbourhoods; Chebyshev distance 1, alpha 0), discretised grey levels. Formula: (1/N) sum_ij M_ij / i^2.</remarks>
    public const string NgldmLowGreyLevelCountEmphasis3d = "ngldm_lgce_3d";

    /// <summary>High grey level count emphasis (3D).</summary>
    /// <remarks>IBSI code OAE7; NGLDM (M = dependence matrix, j = dependence count, N = neighbourhoods; Chebyshev distance 1, alpha 0), discretised grey levels. Formula: (1/N) sum_ij i^2 M_ij.</remarks>
    public const string NgldmHighGreyLevelCountEmphasis3d = "ngldm_hgce_3d";

    /// <summary>Low dependence low grey level emphasis (3D).</summary>
    /// <remarks>IBSI code EQ3F; NGLDM (M = dependence matrix, j = dependence count, N = neighbourhoods; Chebyshev distance 1, alpha 0), discretised grey levels. Formula: (1/N) sum_ij M_ij / (i^2 j^2).</remarks>
    public const string NgldmLowDependenceLowGreyLevelEmphasis3d = "ngldm_ldlge_3d";

    /// <summary>Low dependence high grey level emphasis (3D).</summary>
    /// <remarks>IBSI code JA6D; NGLDM (M = dependence matrix, j = dependence count, N = neighbourhoods; Chebyshev distance 1, alpha 0), discretised grey levels. Formula: (1/N) sum_ij i^2 M_ij / j^2.</remarks>
    public const string NgldmLowDependenceHighGreyLevelEmphasis3d = "ngldm_ldhge_3d";

    /// <summary>High dependence low grey level emphasis (3D).</summary>
    /// <remarks>IBSI code NBZI; NGLDM (M = dependence matrix, j = dependence count, N = neighbourhoods; Chebyshev distance 1, alpha 0), discretised grey levels. Formula: (1/N) sum_ij j^2 M_ij / i^2.</remarks>
    public const string NgldmHighDependenceLowGreyLevelEmphasis3d = "ngldm_hdlge_3d";

    /// <summary>High dependence high grey level emphasis (3D).</summary>
    /// <remarks>IBSI code 9QMG; NGLDM (M = dependence matrix, j = dependence count, N = neighbourhoods; Chebyshev distance 1, alpha 0), discretised grey levels. Formula: (1/N) sum_ij i^2 j^2 M_ij.</remarks>
    public const string NgldmHighDependenceHighGreyLevelEmphasis3d = "ngldm_hdhge_3d";

    /// <summary>Grey level non-uniformity (3D).</summary>
    /// <remarks>IBSI code FP8K; NGLDM (M = dependence matrix, j = dependence count, N = neighbourhoods; Chebyshev distance 1, alpha 0), discretised grey levels. Formula: (1/N) sum_i M_i.^2.</remarks>
    public const string NgldmGreyLevelNonUniformity3d = "ngldm_glnu_3d";

    /// <summary>Normalised grey level non-uniformity (3D).</summary>
    /// <remarks>IBSI code 5SPA; NGLDM (M = dependence matrix, j = dependence count, N = neighbourhoods; Chebyshev distance 1, alpha 0), discretised grey levels. Formula: (1/N^2) sum_i M_i.^2.</remarks>
    public const string NgldmNormalisedGreyLevelNonUniformity3d = "ngldm_glnu_norm_3d";

    /// <summary>Dependence count non-uniformity (3D).</summary>
    /// <remarks>IBSI code Z87G; NGLDM (M = dependence matrix, j = dependence count, N = neighbourhoods; Chebyshev distance 1, alpha 0), discretised grey levels. Formula: (1/N) sum_j M_.j^2.</remarks>
    public const string NgldmDependenceCountNonUniformity3d = "ngldm_dcnu_3d";

    /// <summary>Normalised dependence count non-uniformity (3D).</summary>
    /// <remarks>IBSI code OKJI; NGLDM (M = dependence matrix, j = dependence count, N = neighbourhoods; Chebyshev distance 1, alpha 0), discretised grey levels. Formula: (1/N^2) sum_j M_.j^2.</remarks>
    public const string NgldmNormalisedDependenceCountNonUniformity3d = "ngldm_dcnu_norm_3d";

    /// <summary>Dependence count percentage (3D).</summary>
    /// <remarks>IBSI code 6XV8; NGLDM (M = dependence matrix, j = dependence count, N = neighbourhoods; Chebyshev distance 1, alpha 0), discretised grey levels. Formula: N / N_v.</remarks>
    public const string NgldmDependenceCountPercentage3d = "ngldm_dc_perc_3d";

    /// <summary>Grey level variance (3D).</summary>
    /// <remarks>IBSI code 1PFV; NGLDM (M = dependence matrix, j = dependence count, N = neighbourhoods; Chebyshev distance 1, alpha 0), discretised grey levels. Formula: sum_ij (i - mu_i)^2 p_ij, p_ij = M_ij / N, mu_i = sum_ij i p_ij.</remarks>
    public const string NgldmGreyLevelVariance3d = "ngldm_gl_var_3d";

    /// <summary>Dependence count variance (3D).</summary>
    /// <remarks>IBSI code DNX2; NGLDM (M = dependence matrix, j = dependence count, N = neighbourhoods; Chebyshev distance 1, alpha 0), discretised grey levels. Formula: sum_ij (j - mu_j)^2 p_ij, p_ij = M_ij / N, mu_j = sum_ij j p_ij.</remarks>
    public const string NgldmDependenceCountVariance3d = "ngldm_dc_var_3d";

    /// <summary>Dependence count entropy (3D).</summary>
    /// <remarks>IBSI code FCBV; NGLDM (M = dependence matrix, j = dependence count, N = neighbourhoods; Chebyshev distance 1, alpha 0), discretised grey levels. Formula: -sum_ij p_ij log2 p_ij, p_ij = M_ij / N.</remarks>
    public const string NgldmDependenceCountEntropy3d = "ngldm_dc_entr_3d";

    /// <summary>Dependence count energy (3D).</summary>
    /// <remarks>IBSI code CAS9; NGLDM (M = dependence matrix, j = dependence count, N = neighbourhoods; Chebyshev distance 1, alpha 0), discretised grey levels. Formula: sum_ij p_ij^2, p_ij = M_ij / N.</remarks>
    public const string NgldmDependenceCountEnergy3d = "ngldm_dc_energy_3d";
    /// <summary>Every column, in native output order.</summary>
    public static IReadOnlyList<string> All { get; } = Array.AsReadOnly(new[]
    {
        StatMean,
        StatVariance,
        StatSkewness,
        StatKurtosis,
        StatMedian,
        StatMinimum,
        StatP10,
        StatP90,
        StatMaximum,
        StatInterquartileRange,
        StatRange,
        StatMeanAbsoluteDeviation,
        StatRobustMeanAbsoluteDeviation,
        StatMedianAbsoluteDeviation,
        StatCoefficientOfVariation,
        StatQuartileCoefficientOfDispersion,
        StatEnergy,
        StatRootMeanSquare,
        MorphVolumeVoxel,
        MorphVoxelCount,
        MorphVolumeMesh,
        MorphSurfaceAreaMesh,
        MorphSurfaceToVolumeRatio,
        MorphCompactness1,
        MorphCompactness2,
        MorphSphericalDisproportion,
        MorphSphericity,
        MorphAsphericity,
        MorphCentreOfMassShift,
        MorphMaximum3dDiameter,
        MorphMajorAxisLength,
        MorphMinorAxisLength,
        MorphLeastAxisLength,
        MorphElongation,
        MorphFlatness,
        MorphVolumeDensityAxisAlignedBoundingBox,
        MorphAreaDensityAxisAlignedBoundingBox,
        MorphVolumeDensityApproximateEnclosingEllipsoid,
        MorphAreaDensityApproximateEnclosingEllipsoid,
        MorphVolumeDensityConvexHull,
        MorphAreaDensityConvexHull,
        MorphIntegratedIntensity,
        MorphMoransI,
        MorphGearysC,
        LocalIntensityPeak,
        GlobalIntensityPeak,
        IhMeanDiscretisedIntensity,
        IhDiscretisedIntensityVariance,
        IhDiscretisedIntensitySkewness,
        IhExcessDiscretisedIntensityKurtosis,
        IhMedianDiscretisedIntensity,
        IhMinimumDiscretisedIntensity,
        Ih10thDiscretisedIntensityPercentile,
        Ih90thDiscretisedIntensityPercentile,
        IhMaximumDiscretisedIntensity,
        IhIntensityHistogramMode,
        IhDiscretisedIntensityInterquartileRange,
        IhDiscretisedIntensityRange,
        IhIntensityHistogramMeanAbsoluteDeviation,
        IhIntensityHistogramRobustMeanAbsoluteDeviation,
        IhIntensityHistogramMedianAbsoluteDeviation,
        IhIntensityHistogramCoefficientOfVariation,
        IhIntensityHistogramQuartileCoefficientOfDispersion,
        IhDiscretisedIntensityEntropy,
        IhDiscretisedIntensityUniformity,
        IhMaximumHistogramGradient,
        IhMaximumHistogramGradientIntensity,
        IhMinimumHistogramGradient,
        IhMinimumHistogramGradientIntensity,
        IvhVolumeAt10PercentIntensity,
        IvhVolumeAt90PercentIntensity,
        IvhIntensityAt10PercentVolume,
        IvhIntensityAt90PercentVolume,
        IvhVolumeFractionDifferenceBetweenIntensityFractions,
        IvhIntensityFractionDifferenceBetweenVolumeFractions,
        GlcmJointMaximum2dAveraged,
        GlcmJointAverage2dAveraged,
        GlcmJointVariance2dAveraged,
        GlcmJointEntropy2dAveraged,
        GlcmDifferenceAverage2dAveraged,
        GlcmDifferenceVariance2dAveraged,
        GlcmDifferenceEntropy2dAveraged,
        GlcmSumAverage2dAveraged,
        GlcmSumVariance2dAveraged,
        GlcmSumEntropy2dAveraged,
        GlcmAngularSecondMoment2dAveraged,
        GlcmContrast2dAveraged,
        GlcmDissimilarity2dAveraged,
        GlcmInverseDifference2dAveraged,
        GlcmNormalisedInverseDifference2dAveraged,
        GlcmInverseDifferenceMoment2dAveraged,
        GlcmNormalisedInverseDifferenceMoment2dAveraged,
        GlcmInverseVariance2dAveraged,
        GlcmCorrelation2dAveraged,
        GlcmAutocorrelation2dAveraged,
        GlcmClusterTendency2dAveraged,
        GlcmClusterShade2dAveraged,
        GlcmClusterProminence2dAveraged,
        GlcmInformationCorrelation12dAveraged,
        GlcmInformationCorrelation22dAveraged,
        GlcmJointMaximum2dSliceMerged,
        GlcmJointAverage2dSliceMerged,
        GlcmJointVariance2dSliceMerged,
        GlcmJointEntropy2dSliceMerged,
        GlcmDifferenceAverage2dSliceMerged,
        GlcmDifferenceVariance2dSliceMerged,
        GlcmDifferenceEntropy2dSliceMerged,
        GlcmSumAverage2dSliceMerged,
        GlcmSumVariance2dSliceMerged,
        GlcmSumEntropy2dSliceMerged,
        GlcmAngularSecondMoment2dSliceMerged,
        GlcmContrast2dSliceMerged,
        GlcmDissimilarity2dSliceMerged,
        GlcmInverseDifference2dSliceMerged,
        GlcmNormalisedInverseDifference2dSliceMerged,
        GlcmInverseDifferenceMoment2dSliceMerged,
        GlcmNormalisedInverseDifferenceMoment2dSliceMerged,
        GlcmInverseVariance2dSliceMerged,
        GlcmCorrelation2dSliceMerged,
        GlcmAutocorrelation2dSliceMerged,
        GlcmClusterTendency2dSliceMerged,
        GlcmClusterShade2dSliceMerged,
        GlcmClusterProminence2dSliceMerged,
        GlcmInformationCorrelation12dSliceMerged,
        GlcmInformationCorrelation22dSliceMerged,
        GlcmJointMaximum25dDirectionMerged,
        GlcmJointAverage25dDirectionMerged,
        GlcmJointVariance25dDirectionMerged,
        GlcmJointEntropy25dDirectionMerged,
        GlcmDifferenceAverage25dDirectionMerged,
        GlcmDifferenceVariance25dDirectionMerged,
        GlcmDifferenceEntropy25dDirectionMerged,
        GlcmSumAverage25dDirectionMerged,
        GlcmSumVariance25dDirectionMerged,
        GlcmSumEntropy25dDirectionMerged,
        GlcmAngularSecondMoment25dDirectionMerged,
        GlcmContrast25dDirectionMerged,
        GlcmDissimilarity25dDirectionMerged,
        GlcmInverseDifference25dDirectionMerged,
        GlcmNormalisedInverseDifference25dDirectionMerged,
        GlcmInverseDifferenceMoment25dDirectionMerged,
        GlcmNormalisedInverseDifferenceMoment25dDirectionMerged,
        GlcmInverseVariance25dDirectionMerged,
        GlcmCorrelation25dDirectionMerged,
        GlcmAutocorrelation25dDirectionMerged,
        GlcmClusterTendency25dDirectionMerged,
        GlcmClusterShade25dDirectionMerged,
        GlcmClusterProminence25dDirectionMerged,
        GlcmInformationCorrelation125dDirectionMerged,
        GlcmInformationCorrelation225dDirectionMerged,
        GlcmJointMaximum25dMerged,
        GlcmJointAverage25dMerged,
        GlcmJointVariance25dMerged,
        GlcmJointEntropy25dMerged,
        GlcmDifferenceAverage25dMerged,
        GlcmDifferenceVariance25dMerged,
        GlcmDifferenceEntropy25dMerged,
        GlcmSumAverage25dMerged,
        GlcmSumVariance25dMerged,
        GlcmSumEntropy25dMerged,
        GlcmAngularSecondMoment25dMerged,
        GlcmContrast25dMerged,
        GlcmDissimilarity25dMerged,
        GlcmInverseDifference25dMerged,
        GlcmNormalisedInverseDifference25dMerged,
        GlcmInverseDifferenceMoment25dMerged,
        GlcmNormalisedInverseDifferenceMoment25dMerged,
        GlcmInverseVariance25dMerged,
        GlcmCorrelation25dMerged,
        GlcmAutocorrelation25dMerged,
        GlcmClusterTendency25dMerged,
        GlcmClusterShade25dMerged,
        GlcmClusterProminence25dMerged,
        GlcmInformationCorrelation125dMerged,
        GlcmInformationCorrelation225dMerged,
        GlcmJointMaximum3dAveraged,
        GlcmJointAverage3dAveraged,
        GlcmJointVariance3dAveraged,
        GlcmJointEntropy3dAveraged,
        GlcmDifferenceAverage3dAveraged,
        GlcmDifferenceVariance3dAveraged,
        GlcmDifferenceEntropy3dAveraged,
        GlcmSumAverage3dAveraged,
        GlcmSumVariance3dAveraged,
        GlcmSumEntropy3dAveraged,
        GlcmAngularSecondMoment3dAveraged,
        GlcmContrast3dAveraged,
        GlcmDissimilarity3dAveraged,
        GlcmInverseDifference3dAveraged,
        GlcmNormalisedInverseDifference3dAveraged,
        GlcmInverseDifferenceMoment3dAveraged,
        GlcmNormalisedInverseDifferenceMoment3dAveraged,
        GlcmInverseVariance3dAveraged,
        GlcmCorrelation3dAveraged,
        GlcmAutocorrelation3dAveraged,
        GlcmClusterTendency3dAveraged,
        GlcmClusterShade3dAveraged,
        GlcmClusterProminence3dAveraged,
        GlcmInformationCorrelation13dAveraged,
        GlcmInformationCorrelation23dAveraged,
        GlcmJointMaximum3dMerged,
        GlcmJointAverage3dMerged,
        GlcmJointVariance3dMerged,
        GlcmJointEntropy3dMerged,
        GlcmDifferenceAverage3dMerged,
        GlcmDifferenceVariance3dMerged,
        GlcmDifferenceEntropy3dMerged,
        GlcmSumAverage3dMerged,
        GlcmSumVariance3dMerged,
        GlcmSumEntropy3dMerged,
        GlcmAngularSecondMoment3dMerged,
        GlcmContrast3dMerged,
        GlcmDissimilarity3dMerged,
        GlcmInverseDifference3dMerged,
        GlcmNormalisedInverseDifference3dMerged,
        GlcmInverseDifferenceMoment3dMerged,
        GlcmNormalisedInverseDifferenceMoment3dMerged,
        GlcmInverseVariance3dMerged,
        GlcmCorrelation3dMerged,
        GlcmAutocorrelation3dMerged,
        GlcmClusterTendency3dMerged,
        GlcmClusterShade3dMerged,
        GlcmClusterProminence3dMerged,
        GlcmInformationCorrelation13dMerged,
        GlcmInformationCorrelation23dMerged,
        GlrlmShortRunsEmphasis2dAveraged,
        GlrlmLongRunsEmphasis2dAveraged,
        GlrlmLowGreyLevelRunEmphasis2dAveraged,
        GlrlmHighGreyLevelRunEmphasis2dAveraged,
        GlrlmShortRunLowGreyLevelEmphasis2dAveraged,
        GlrlmShortRunHighGreyLevelEmphasis2dAveraged,
        GlrlmLongRunLowGreyLevelEmphasis2dAveraged,
        GlrlmLongRunHighGreyLevelEmphasis2dAveraged,
        GlrlmGreyLevelNonUniformity2dAveraged,
        GlrlmNormalisedGreyLevelNonUniformity2dAveraged,
        GlrlmRunLengthNonUniformity2dAveraged,
        GlrlmNormalisedRunLengthNonUniformity2dAveraged,
        GlrlmRunPercentage2dAveraged,
        GlrlmGreyLevelVariance2dAveraged,
        GlrlmRunLengthVariance2dAveraged,
        GlrlmRunEntropy2dAveraged,
        GlrlmShortRunsEmphasis2dSliceMerged,
        GlrlmLongRunsEmphasis2dSliceMerged,
        GlrlmLowGreyLevelRunEmphasis2dSliceMerged,
        GlrlmHighGreyLevelRunEmphasis2dSliceMerged,
        GlrlmShortRunLowGreyLevelEmphasis2dSliceMerged,
        GlrlmShortRunHighGreyLevelEmphasis2dSliceMerged,
        GlrlmLongRunLowGreyLevelEmphasis2dSliceMerged,
        GlrlmLongRunHighGreyLevelEmphasis2dSliceMerged,
        GlrlmGreyLevelNonUniformity2dSliceMerged,
        GlrlmNormalisedGreyLevelNonUniformity2dSliceMerged,
        GlrlmRunLengthNonUniformity2dSliceMerged,
        GlrlmNormalisedRunLengthNonUniformity2dSliceMerged,
        GlrlmRunPercentage2dSliceMerged,
        GlrlmGreyLevelVariance2dSliceMerged,
        GlrlmRunLengthVariance2dSliceMerged,
        GlrlmRunEntropy2dSliceMerged,
        GlrlmShortRunsEmphasis25dDirectionMerged,
        GlrlmLongRunsEmphasis25dDirectionMerged,
        GlrlmLowGreyLevelRunEmphasis25dDirectionMerged,
        GlrlmHighGreyLevelRunEmphasis25dDirectionMerged,
        GlrlmShortRunLowGreyLevelEmphasis25dDirectionMerged,
        GlrlmShortRunHighGreyLevelEmphasis25dDirectionMerged,
        GlrlmLongRunLowGreyLevelEmphasis25dDirectionMerged,
        GlrlmLongRunHighGreyLevelEmphasis25dDirectionMerged,
        GlrlmGreyLevelNonUniformity25dDirectionMerged,
        GlrlmNormalisedGreyLevelNonUniformity25dDirectionMerged,
        GlrlmRunLengthNonUniformity25dDirectionMerged,
        GlrlmNormalisedRunLengthNonUniformity25dDirectionMerged,
        GlrlmRunPercentage25dDirectionMerged,
        GlrlmGreyLevelVariance25dDirectionMerged,
        GlrlmRunLengthVariance25dDirectionMerged,
        GlrlmRunEntropy25dDirectionMerged,
        GlrlmShortRunsEmphasis25dMerged,
        GlrlmLongRunsEmphasis25dMerged,
        GlrlmLowGreyLevelRunEmphasis25dMerged,
        GlrlmHighGreyLevelRunEmphasis25dMerged,
        GlrlmShortRunLowGreyLevelEmphasis25dMerged,
        GlrlmShortRunHighGreyLevelEmphasis25dMerged,
        GlrlmLongRunLowGreyLevelEmphasis25dMerged,
        GlrlmLongRunHighGreyLevelEmphasis25dMerged,
        GlrlmGreyLevelNonUniformity25dMerged,
        GlrlmNormalisedGreyLevelNonUniformity25dMerged,
        GlrlmRunLengthNonUniformity25dMerged,
        GlrlmNormalisedRunLengthNonUniformity25dMerged,
        GlrlmRunPercentage25dMerged,
        GlrlmGreyLevelVariance25dMerged,
        GlrlmRunLengthVariance25dMerged,
        GlrlmRunEntropy25dMerged,
        GlrlmShortRunsEmphasis3dAveraged,
        GlrlmLongRunsEmphasis3dAveraged,
        GlrlmLowGreyLevelRunEmphasis3dAveraged,
        GlrlmHighGreyLevelRunEmphasis3dAveraged,
        GlrlmShortRunLowGreyLevelEmphasis3dAveraged,
        GlrlmShortRunHighGreyLevelEmphasis3dAveraged,
        GlrlmLongRunLowGreyLevelEmphasis3dAveraged,
        GlrlmLongRunHighGreyLevelEmphasis3dAveraged,
        GlrlmGreyLevelNonUniformity3dAveraged,
        GlrlmNormalisedGreyLevelNonUniformity3dAveraged,
        GlrlmRunLengthNonUniformity3dAveraged,
        GlrlmNormalisedRunLengthNonUniformity3dAveraged,
        GlrlmRunPercentage3dAveraged,
        GlrlmGreyLevelVariance3dAveraged,
        GlrlmRunLengthVariance3dAveraged,
        GlrlmRunEntropy3dAveraged,
        GlrlmShortRunsEmphasis3dMerged,
        GlrlmLongRunsEmphasis3dMerged,
        GlrlmLowGreyLevelRunEmphasis3dMerged,
        GlrlmHighGreyLevelRunEmphasis3dMerged,
        GlrlmShortRunLowGreyLevelEmphasis3dMerged,
        GlrlmShortRunHighGreyLevelEmphasis3dMerged,
        GlrlmLongRunLowGreyLevelEmphasis3dMerged,
        GlrlmLongRunHighGreyLevelEmphasis3dMerged,
        GlrlmGreyLevelNonUniformity3dMerged,
        GlrlmNormalisedGreyLevelNonUniformity3dMerged,
        GlrlmRunLengthNonUniformity3dMerged,
        GlrlmNormalisedRunLengthNonUniformity3dMerged,
        GlrlmRunPercentage3dMerged,
        GlrlmGreyLevelVariance3dMerged,
        GlrlmRunLengthVariance3dMerged,
        GlrlmRunEntropy3dMerged,
        GlszmSmallZoneEmphasis2d,
        GlszmLargeZoneEmphasis2d,
        GlszmLowGreyLevelZoneEmphasis2d,
        GlszmHighGreyLevelZoneEmphasis2d,
        GlszmSmallZoneLowGreyLevelEmphasis2d,
        GlszmSmallZoneHighGreyLevelEmphasis2d,
        GlszmLargeZoneLowGreyLevelEmphasis2d,
        GlszmLargeZoneHighGreyLevelEmphasis2d,
        GlszmGreyLevelNonUniformity2d,
        GlszmNormalisedGreyLevelNonUniformity2d,
        GlszmZoneSizeNonUniformity2d,
        GlszmNormalisedZoneSizeNonUniformity2d,
        GlszmZonePercentage2d,
        GlszmGreyLevelVariance2d,
        GlszmZoneSizeVariance2d,
        GlszmZoneSizeEntropy2d,
        GlszmSmallZoneEmphasis25d,
        GlszmLargeZoneEmphasis25d,
        GlszmLowGreyLevelZoneEmphasis25d,
        GlszmHighGreyLevelZoneEmphasis25d,
        GlszmSmallZoneLowGreyLevelEmphasis25d,
        GlszmSmallZoneHighGreyLevelEmphasis25d,
        GlszmLargeZoneLowGreyLevelEmphasis25d,
        GlszmLargeZoneHighGreyLevelEmphasis25d,
        GlszmGreyLevelNonUniformity25d,
        GlszmNormalisedGreyLevelNonUniformity25d,
        GlszmZoneSizeNonUniformity25d,
        GlszmNormalisedZoneSizeNonUniformity25d,
        GlszmZonePercentage25d,
        GlszmGreyLevelVariance25d,
        GlszmZoneSizeVariance25d,
        GlszmZoneSizeEntropy25d,
        GlszmSmallZoneEmphasis3d,
        GlszmLargeZoneEmphasis3d,
        GlszmLowGreyLevelZoneEmphasis3d,
        GlszmHighGreyLevelZoneEmphasis3d,
        GlszmSmallZoneLowGreyLevelEmphasis3d,
        GlszmSmallZoneHighGreyLevelEmphasis3d,
        GlszmLargeZoneLowGreyLevelEmphasis3d,
        GlszmLargeZoneHighGreyLevelEmphasis3d,
        GlszmGreyLevelNonUniformity3d,
        GlszmNormalisedGreyLevelNonUniformity3d,
        GlszmZoneSizeNonUniformity3d,
        GlszmNormalisedZoneSizeNonUniformity3d,
        GlszmZonePercentage3d,
        GlszmGreyLevelVariance3d,
        GlszmZoneSizeVariance3d,
        GlszmZoneSizeEntropy3d,
        GldzmSmallDistanceEmphasis2d,
        GldzmLargeDistanceEmphasis2d,
        GldzmLowGreyLevelZoneEmphasis2d,
        GldzmHighGreyLevelZoneEmphasis2d,
        GldzmSmallDistanceLowGreyLevelEmphasis2d,
        GldzmSmallDistanceHighGreyLevelEmphasis2d,
        GldzmLargeDistanceLowGreyLevelEmphasis2d,
        GldzmLargeDistanceHighGreyLevelEmphasis2d,
        GldzmGreyLevelNonUniformity2d,
        GldzmNormalisedGreyLevelNonUniformity2d,
        GldzmZoneDistanceNonUniformity2d,
        GldzmNormalisedZoneDistanceNonUniformity2d,
        GldzmZonePercentage2d,
        GldzmGreyLevelVariance2d,
        GldzmZoneDistanceVariance2d,
        GldzmZoneDistanceEntropy2d,
        GldzmSmallDistanceEmphasis25d,
        GldzmLargeDistanceEmphasis25d,
        GldzmLowGreyLevelZoneEmphasis25d,
        GldzmHighGreyLevelZoneEmphasis25d,
        GldzmSmallDistanceLowGreyLevelEmphasis25d,
        GldzmSmallDistanceHighGreyLevelEmphasis25d,
        GldzmLargeDistanceLowGreyLevelEmphasis25d,
        GldzmLargeDistanceHighGreyLevelEmphasis25d,
        GldzmGreyLevelNonUniformity25d,
        GldzmNormalisedGreyLevelNonUniformity25d,
        GldzmZoneDistanceNonUniformity25d,
        GldzmNormalisedZoneDistanceNonUniformity25d,
        GldzmZonePercentage25d,
        GldzmGreyLevelVariance25d,
        GldzmZoneDistanceVariance25d,
        GldzmZoneDistanceEntropy25d,
        GldzmSmallDistanceEmphasis3d,
        GldzmLargeDistanceEmphasis3d,
        GldzmLowGreyLevelZoneEmphasis3d,
        GldzmHighGreyLevelZoneEmphasis3d,
        GldzmSmallDistanceLowGreyLevelEmphasis3d,
        GldzmSmallDistanceHighGreyLevelEmphasis3d,
        GldzmLargeDistanceLowGreyLevelEmphasis3d,
        GldzmLargeDistanceHighGreyLevelEmphasis3d,
        GldzmGreyLevelNonUniformity3d,
        GldzmNormalisedGreyLevelNonUniformity3d,
        GldzmZoneDistanceNonUniformity3d,
        GldzmNormalisedZoneDistanceNonUniformity3d,
        GldzmZonePercentage3d,
        GldzmGreyLevelVariance3d,
        GldzmZoneDistanceVariance3d,
        GldzmZoneDistanceEntropy3d,
        NgtdmCoarseness2d,
        NgtdmContrast2d,
        NgtdmBusyness2d,
        NgtdmComplexity2d,
        NgtdmStrength2d,
        NgtdmCoarseness25d,
        NgtdmContrast25d,
        NgtdmBusyness25d,
        NgtdmComplexity25d,
        NgtdmStrength25d,
        NgtdmCoarseness3d,
        NgtdmContrast3d,
        NgtdmBusyness3d,
        NgtdmComplexity3d,
        NgtdmStrength3d,
        NgldmLowDependenceEmphasis2d,
        NgldmHighDependenceEmphasis2d,
        NgldmLowGreyLevelCountEmphasis2d,
        NgldmHighGreyLevelCountEmphasis2d,
        NgldmLowDependenceLowGreyLevelEmphasis2d,
        NgldmLowDependenceHighGreyLevelEmphasis2d,
        NgldmHighDependenceLowGreyLevelEmphasis2d,
        NgldmHighDependenceHighGreyLevelEmphasis2d,
        NgldmGreyLevelNonUniformity2d,
        NgldmNormalisedGreyLevelNonUniformity2d,
        NgldmDependenceCountNonUniformity2d,
        NgldmNormalisedDependenceCountNonUniformity2d,
        NgldmDependenceCountPercentage2d,
        NgldmGreyLevelVariance2d,
        NgldmDependenceCountVariance2d,
        NgldmDependenceCountEntropy2d,
        NgldmDependenceCountEnergy2d,
        NgldmLowDependenceEmphasis25d,
        NgldmHighDependenceEmphasis25d,
        NgldmLowGreyLevelCountEmphasis25d,
        NgldmHighGreyLevelCountEmphasis25d,
        NgldmLowDependenceLowGreyLevelEmphasis25d,
        NgldmLowDependenceHighGreyLevelEmphasis25d,
        NgldmHighDependenceLowGreyLevelEmphasis25d,
        NgldmHighDependenceHighGreyLevelEmphasis25d,
        NgldmGreyLevelNonUniformity25d,
        NgldmNormalisedGreyLevelNonUniformity25d,
        NgldmDependenceCountNonUniformity25d,
        NgldmNormalisedDependenceCountNonUniformity25d,
        NgldmDependenceCountPercentage25d,
        NgldmGreyLevelVariance25d,
        NgldmDependenceCountVariance25d,
        NgldmDependenceCountEntropy25d,
        NgldmDependenceCountEnergy25d,
        NgldmLowDependenceEmphasis3d,
        NgldmHighDependenceEmphasis3d,
        NgldmLowGreyLevelCountEmphasis3d,
        NgldmHighGreyLevelCountEmphasis3d,
        NgldmLowDependenceLowGreyLevelEmphasis3d,
        NgldmLowDependenceHighGreyLevelEmphasis3d,
        NgldmHighDependenceLowGreyLevelEmphasis3d,
        NgldmHighDependenceHighGreyLevelEmphasis3d,
        NgldmGreyLevelNonUniformity3d,
        NgldmNormalisedGreyLevelNonUniformity3d,
        NgldmDependenceCountNonUniformity3d,
        NgldmNormalisedDependenceCountNonUniformity3d,
        NgldmDependenceCountPercentage3d,
        NgldmGreyLevelVariance3d,
        NgldmDependenceCountVariance3d,
        NgldmDependenceCountEntropy3d,
        NgldmDependenceCountEnergy3d,
    });
}
