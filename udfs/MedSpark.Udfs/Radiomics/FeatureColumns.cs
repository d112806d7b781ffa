namespace MedSpark.Udfs.Radiomics;

/// <summary>
/// Output column names of <see cref="RadiomicsExtractor"/>, one per feature, in native output order.
/// Each constant documents the feature's IBSI-1 definition (Zwanenburg et al., arXiv:1612.07003); x_k are
/// the N intensities inside the ROI, Px the x-th percentile. GLCM features use the normalised symmetric
/// co-occurrence matrix p_ij over grey levels i, j = 1..Ng (distance from <see cref="FeatureSettings.GlcmDistance"/>,
/// 13 directions). <c>_3d_avg</c>: the feature is computed per direction and averaged (IBSI "3D, averaged");
/// <c>_3d_merged</c>: the 13 count matrices are summed first (IBSI "3D, merged").
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
    });
}
