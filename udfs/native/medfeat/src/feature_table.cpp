// The ordered list of medfeat_extract outputs with IBSI names and codes. Static constant data.
#include "internal.hpp"

namespace medfeat::detail {
namespace {

#define STAT(name, code, column) {name, code, "intensity_statistics", "", column}
#define MORPH(name, code, column) {name, code, "morphology", "", column}
#define GLCM(name, code, column, agg, suffix) {name, code, "glcm", agg, "glcm_" column suffix}
#define GLCM_FAMILY(agg, suffix)                                                        \
    GLCM("Joint maximum", "GYBY", "joint_max", agg, suffix),                            \
    GLCM("Joint average", "60VM", "joint_avg", agg, suffix),                            \
    GLCM("Joint variance", "UR99", "joint_var", agg, suffix),                           \
    GLCM("Joint entropy", "TU9B", "joint_entr", agg, suffix),                           \
    GLCM("Difference average", "TF7R", "diff_avg", agg, suffix),                        \
    GLCM("Difference variance", "D3YU", "diff_var", agg, suffix),                       \
    GLCM("Difference entropy", "NTRS", "diff_entr", agg, suffix),                       \
    GLCM("Sum average", "ZGXS", "sum_avg", agg, suffix),                                \
    GLCM("Sum variance", "OEEB", "sum_var", agg, suffix),                               \
    GLCM("Sum entropy", "P6QZ", "sum_entr", agg, suffix),                               \
    GLCM("Angular second moment", "8ZQL", "energy", agg, suffix),                       \
    GLCM("Contrast", "ACUI", "contrast", agg, suffix),                                  \
    GLCM("Dissimilarity", "8S9J", "dissimilarity", agg, suffix),                        \
    GLCM("Inverse difference", "IB1Z", "inv_diff", agg, suffix),                        \
    GLCM("Normalised inverse difference", "NDRX", "inv_diff_norm", agg, suffix),        \
    GLCM("Inverse difference moment", "WF0Z", "inv_diff_mom", agg, suffix),             \
    GLCM("Normalised inverse difference moment", "1QCO", "inv_diff_mom_norm", agg, suffix), \
    GLCM("Inverse variance", "E8JP", "inv_var", agg, suffix),                           \
    GLCM("Correlation", "NI2N", "corr", agg, suffix),                                   \
    GLCM("Autocorrelation", "QWB0", "auto_corr", agg, suffix),                          \
    GLCM("Cluster tendency", "DG8W", "clust_tend", agg, suffix),                        \
    GLCM("Cluster shade", "7NFM", "clust_shade", agg, suffix),                          \
    GLCM("Cluster prominence", "AE86", "clust_prom", agg, suffix),                      \
    GLCM("Information correlation 1", "R8DG", "info_corr1", agg, suffix),               \
    GLCM("Information correlation 2", "JN9H", "info_corr2", agg, suffix)

const medfeat_feature_info kFeatures[kFeatureCount] = {
    STAT("Mean intensity", "Q4LE", "stat_mean"),
    STAT("Intensity variance", "ECT3", "stat_var"),
    STAT("Intensity skewness", "KE2A", "stat_skew"),
    STAT("(Excess) intensity kurtosis", "IPH6", "stat_kurt"),
    STAT("Median intensity", "Y12H", "stat_median"),
    STAT("Minimum intensity", "1GSF", "stat_min"),
    STAT("10th intensity percentile", "QG58", "stat_p10"),
    STAT("90th intensity percentile", "8DWT", "stat_p90"),
    STAT("Maximum intensity", "84IY", "stat_max"),
    STAT("Intensity interquartile range", "SALO", "stat_iqr"),
    STAT("Intensity range", "2OJQ", "stat_range"),
    STAT("Intensity-based mean absolute deviation", "4FUA", "stat_mad"),
    STAT("Intensity-based robust mean absolute deviation", "1128", "stat_rmad"),
    STAT("Intensity-based median absolute deviation", "N72L", "stat_medad"),
    STAT("Intensity-based coefficient of variation", "7TET", "stat_cov"),
    STAT("Intensity-based quartile coefficient of dispersion", "9S40", "stat_qcod"),
    STAT("Intensity-based energy", "N8CA", "stat_energy"),
    STAT("Root mean square intensity", "5ZWQ", "stat_rms"),
    MORPH("Volume (voxel counting)", "YEKZ", "morph_volume_voxel"),
    // IBSI lists the voxel count only as a diagnostic, without a feature code.
    MORPH("Number of voxels", "", "morph_voxel_count"),
    GLCM_FAMILY("3D, averaged", "_3d_avg"),
    GLCM_FAMILY("3D, merged", "_3d_merged"),
};

#undef GLCM_FAMILY
#undef GLCM
#undef MORPH
#undef STAT

}  // namespace

const medfeat_feature_info& feature_info(int index) { return kFeatures[index]; }

}  // namespace medfeat::detail
