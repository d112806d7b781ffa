// The ordered list of medfeat_extract outputs with IBSI names and codes. Static constant data.
#include "internal.hpp"

namespace medfeat::detail {
namespace {

#define STAT(name, code, column) {name, code, "intensity_statistics", "", column}
#define MORPH(name, code, column) {name, code, "morphology", "", column}
#define LOCAL(name, code, column) {name, code, "local_intensity", "", column}
#define IH(name, code, column) {name, code, "intensity_histogram", "", "ih_" column}
#define IVH(name, code, column) {name, code, "intensity_volume_histogram", "", "ivh_" column}
#define TEXTURE(family, name, code, column, agg, suffix) {name, code, family, agg, family "_" column suffix}
#define GLCM(name, code, column, agg, suffix) TEXTURE("glcm", name, code, column, agg, suffix)
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

#define GLRLM_FAMILY(agg, suffix)    \
    TEXTURE("glrlm", "Short runs emphasis", "22OV", "sre", agg, suffix),    \
    TEXTURE("glrlm", "Long runs emphasis", "W4KF", "lre", agg, suffix),    \
    TEXTURE("glrlm", "Low grey level run emphasis", "V3SW", "lgre", agg, suffix),    \
    TEXTURE("glrlm", "High grey level run emphasis", "G3QZ", "hgre", agg, suffix),    \
    TEXTURE("glrlm", "Short run low grey level emphasis", "HTZT", "srlge", agg, suffix),    \
    TEXTURE("glrlm", "Short run high grey level emphasis", "GD3A", "srhge", agg, suffix),    \
    TEXTURE("glrlm", "Long run low grey level emphasis", "IVPO", "lrlge", agg, suffix),    \
    TEXTURE("glrlm", "Long run high grey level emphasis", "3KUM", "lrhge", agg, suffix),    \
    TEXTURE("glrlm", "Grey level non-uniformity", "R5YN", "glnu", agg, suffix),    \
    TEXTURE("glrlm", "Normalised grey level non-uniformity", "OVBL", "glnu_norm", agg, suffix),    \
    TEXTURE("glrlm", "Run length non-uniformity", "W92Y", "rlnu", agg, suffix),    \
    TEXTURE("glrlm", "Normalised run length non-uniformity", "IC23", "rlnu_norm", agg, suffix),    \
    TEXTURE("glrlm", "Run percentage", "9ZK5", "r_perc", agg, suffix),    \
    TEXTURE("glrlm", "Grey level variance", "8CE5", "gl_var", agg, suffix),    \
    TEXTURE("glrlm", "Run length variance", "SXLW", "rl_var", agg, suffix),    \
    TEXTURE("glrlm", "Run entropy", "HJ9O", "rl_entr", agg, suffix)

#define GLSZM_FAMILY(agg, suffix)    \
    TEXTURE("glszm", "Small zone emphasis", "5QRC", "sze", agg, suffix),    \
    TEXTURE("glszm", "Large zone emphasis", "48P8", "lze", agg, suffix),    \
    TEXTURE("glszm", "Low grey level zone emphasis", "XMSY", "lgze", agg, suffix),    \
    TEXTURE("glszm", "High grey level zone emphasis", "5GN9", "hgze", agg, suffix),    \
    TEXTURE("glszm", "Small zone low grey level emphasis", "5RAI", "szlge", agg, suffix),    \
    TEXTURE("glszm", "Small zone high grey level emphasis", "HW1V", "szhge", agg, suffix),    \
    TEXTURE("glszm", "Large zone low grey level emphasis", "YH51", "lzlge", agg, suffix),    \
    TEXTURE("glszm", "Large zone high grey level emphasis", "J17V", "lzhge", agg, suffix),    \
    TEXTURE("glszm", "Grey level non-uniformity", "JNSA", "glnu", agg, suffix),    \
    TEXTURE("glszm", "Normalised grey level non-uniformity", "Y1RO", "glnu_norm", agg, suffix),    \
    TEXTURE("glszm", "Zone size non-uniformity", "4JP3", "zsnu", agg, suffix),    \
    TEXTURE("glszm", "Normalised zone size non-uniformity", "VB3A", "zsnu_norm", agg, suffix),    \
    TEXTURE("glszm", "Zone percentage", "P30P", "z_perc", agg, suffix),    \
    TEXTURE("glszm", "Grey level variance", "BYLV", "gl_var", agg, suffix),    \
    TEXTURE("glszm", "Zone size variance", "3NSA", "zs_var", agg, suffix),    \
    TEXTURE("glszm", "Zone size entropy", "GU8N", "zs_entr", agg, suffix)

#define GLDZM_FAMILY(agg, suffix)    \
    TEXTURE("gldzm", "Small distance emphasis", "0GBI", "sde", agg, suffix),    \
    TEXTURE("gldzm", "Large distance emphasis", "MB4I", "lde", agg, suffix),    \
    TEXTURE("gldzm", "Low grey level zone emphasis", "S1RA", "lgze", agg, suffix),    \
    TEXTURE("gldzm", "High grey level zone emphasis", "K26C", "hgze", agg, suffix),    \
    TEXTURE("gldzm", "Small distance low grey level emphasis", "RUVG", "sdlge", agg, suffix),    \
    TEXTURE("gldzm", "Small distance high grey level emphasis", "DKNJ", "sdhge", agg, suffix),    \
    TEXTURE("gldzm", "Large distance low grey level emphasis", "A7WM", "ldlge", agg, suffix),    \
    TEXTURE("gldzm", "Large distance high grey level emphasis", "KLTH", "ldhge", agg, suffix),    \
    TEXTURE("gldzm", "Grey level non-uniformity", "VFT7", "glnu", agg, suffix),    \
    TEXTURE("gldzm", "Normalised grey level non-uniformity", "7HP3", "glnu_norm", agg, suffix),    \
    TEXTURE("gldzm", "Zone distance non-uniformity", "V294", "zdnu", agg, suffix),    \
    TEXTURE("gldzm", "Normalised zone distance non-uniformity", "IATH", "zdnu_norm", agg, suffix),    \
    TEXTURE("gldzm", "Zone percentage", "VIWW", "z_perc", agg, suffix),    \
    TEXTURE("gldzm", "Grey level variance", "QK93", "gl_var", agg, suffix),    \
    TEXTURE("gldzm", "Zone distance variance", "7WT1", "zd_var", agg, suffix),    \
    TEXTURE("gldzm", "Zone distance entropy", "GBDU", "zd_entr", agg, suffix)

#define NGTDM_FAMILY(agg, suffix)    \
    TEXTURE("ngtdm", "Coarseness", "QCDE", "coarseness", agg, suffix),    \
    TEXTURE("ngtdm", "Contrast", "65HE", "contrast", agg, suffix),    \
    TEXTURE("ngtdm", "Busyness", "NQ30", "busyness", agg, suffix),    \
    TEXTURE("ngtdm", "Complexity", "HDEZ", "complexity", agg, suffix),    \
    TEXTURE("ngtdm", "Strength", "1X9X", "strength", agg, suffix)

#define NGLDM_FAMILY(agg, suffix)    \
    TEXTURE("ngldm", "Low dependence emphasis", "SODN", "lde", agg, suffix),    \
    TEXTURE("ngldm", "High dependence emphasis", "IMOQ", "hde", agg, suffix),    \
    TEXTURE("ngldm", "Low grey level count emphasis", "TL9H", "lgce", agg, suffix),    \
    TEXTURE("ngldm", "High grey level count emphasis", "OAE7", "hgce", agg, suffix),    \
    TEXTURE("ngldm", "Low dependence low grey level emphasis", "EQ3F", "ldlge", agg, suffix),    \
    TEXTURE("ngldm", "Low dependence high grey level emphasis", "JA6D", "ldhge", agg, suffix),    \
    TEXTURE("ngldm", "High dependence low grey level emphasis", "NBZI", "hdlge", agg, suffix),    \
    TEXTURE("ngldm", "High dependence high grey level emphasis", "9QMG", "hdhge", agg, suffix),    \
    TEXTURE("ngldm", "Grey level non-uniformity", "FP8K", "glnu", agg, suffix),    \
    TEXTURE("ngldm", "Normalised grey level non-uniformity", "5SPA", "glnu_norm", agg, suffix),    \
    TEXTURE("ngldm", "Dependence count non-uniformity", "Z87G", "dcnu", agg, suffix),    \
    TEXTURE("ngldm", "Normalised dependence count non-uniformity", "OKJI", "dcnu_norm", agg, suffix),    \
    TEXTURE("ngldm", "Dependence count percentage", "6XV8", "dc_perc", agg, suffix),    \
    TEXTURE("ngldm", "Grey level variance", "1PFV", "gl_var", agg, suffix),    \
    TEXTURE("ngldm", "Dependence count variance", "DNX2", "dc_var", agg, suffix),    \
    TEXTURE("ngldm", "Dependence count entropy", "FCBV", "dc_entr", agg, suffix),    \
    TEXTURE("ngldm", "Dependence count energy", "CAS9", "dc_energy", agg, suffix)

#define MATRIX_AGGREGATIONS(FAMILY)                                  \
    FAMILY("2D, averaged", "_2d_avg"),                               \
    FAMILY("2D, slice-merged", "_2d_slice_merged"),                  \
    FAMILY("2.5D, direction-merged", "_25d_dir_merged"),             \
    FAMILY("2.5D, merged", "_25d_merged"),                           \
    FAMILY("3D, averaged", "_3d_avg"),                               \
    FAMILY("3D, merged", "_3d_merged")
#define SLICE_AGGREGATIONS(FAMILY) FAMILY("2D", "_2d"), FAMILY("2.5D", "_25d"), FAMILY("3D", "_3d")

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
    MORPH("Volume (mesh)", "RNU0", "morph_volume"),
    MORPH("Surface area (mesh)", "C0JK", "morph_area"),
    MORPH("Surface to volume ratio", "2PR5", "morph_av"),
    MORPH("Compactness 1", "SKGS", "morph_comp_1"),
    MORPH("Compactness 2", "BQWJ", "morph_comp_2"),
    MORPH("Spherical disproportion", "KRCK", "morph_sph_dispr"),
    MORPH("Sphericity", "QCFX", "morph_sphericity"),
    MORPH("Asphericity", "25C7", "morph_asphericity"),
    MORPH("Centre of mass shift", "KLMA", "morph_com"),
    MORPH("Maximum 3D diameter", "L0JK", "morph_diam"),
    MORPH("Major axis length", "TDIC", "morph_pca_maj_axis"),
    MORPH("Minor axis length", "P9VJ", "morph_pca_min_axis"),
    MORPH("Least axis length", "7J51", "morph_pca_least_axis"),
    MORPH("Elongation", "Q3CK", "morph_pca_elongation"),
    MORPH("Flatness", "N17B", "morph_pca_flatness"),
    MORPH("Volume density (axis-aligned bounding box)", "PBX1", "morph_v_dens_aabb"),
    MORPH("Area density (axis-aligned bounding box)", "R59B", "morph_a_dens_aabb"),
    MORPH("Volume density (approximate enclosing ellipsoid)", "6BDE", "morph_v_dens_aee"),
    MORPH("Area density (approximate enclosing ellipsoid)", "RDD2", "morph_a_dens_aee"),
    MORPH("Volume density (convex hull)", "R3ER", "morph_v_dens_conv_hull"),
    MORPH("Area density (convex hull)", "7T7F", "morph_a_dens_conv_hull"),
    MORPH("Integrated intensity", "99N0", "morph_integ_int"),
    MORPH("Moran's I index", "N365", "morph_moran_i"),
    MORPH("Geary's C measure", "NPT7", "morph_geary_c"),
    LOCAL("Local intensity peak", "VJGA", "loc_peak_loc"),
    LOCAL("Global intensity peak", "0F91", "loc_peak_glob"),
    IH("Mean discretised intensity", "X6K6", "mean"),
    IH("Discretised intensity variance", "CH89", "var"),
    IH("Discretised intensity skewness", "88K1", "skew"),
    IH("(Excess) discretised intensity kurtosis", "C3I7", "kurt"),
    IH("Median discretised intensity", "WIFQ", "median"),
    IH("Minimum discretised intensity", "1PR8", "min"),
    IH("10th discretised intensity percentile", "GPMT", "p10"),
    IH("90th discretised intensity percentile", "OZ0C", "p90"),
    IH("Maximum discretised intensity", "3NCY", "max"),
    IH("Intensity histogram mode", "AMMC", "mode"),
    IH("Discretised intensity interquartile range", "WR0O", "iqr"),
    IH("Discretised intensity range", "5Z3W", "range"),
    IH("Intensity histogram mean absolute deviation", "D2ZX", "mad"),
    IH("Intensity histogram robust mean absolute deviation", "WRZB", "rmad"),
    IH("Intensity histogram median absolute deviation", "4RNL", "medad"),
    IH("Intensity histogram coefficient of variation", "CWYJ", "cov"),
    IH("Intensity histogram quartile coefficient of dispersion", "SLWD", "qcod"),
    IH("Discretised intensity entropy", "TLU2", "entropy"),
    IH("Discretised intensity uniformity", "BJ5W", "uniformity"),
    IH("Maximum histogram gradient", "12CE", "max_grad"),
    IH("Maximum histogram gradient intensity", "8E6O", "max_grad_gl"),
    IH("Minimum histogram gradient", "VQB3", "min_grad"),
    IH("Minimum histogram gradient intensity", "RHQZ", "min_grad_gl"),
    // IBSI names V_x and I_x once each; the fraction is in the column name (10 %, then 90 %).
    IVH("Volume at intensity fraction", "BC2M", "v10"),
    IVH("Volume at intensity fraction", "BC2M", "v90"),
    IVH("Intensity at volume fraction", "GBPN", "i10"),
    IVH("Intensity at volume fraction", "GBPN", "i90"),
    IVH("Volume fraction difference between intensity fractions", "DDTU", "v10_minus_v90"),
    IVH("Intensity fraction difference between volume fractions", "CNV2", "i10_minus_i90"),
    MATRIX_AGGREGATIONS(GLCM_FAMILY),
    MATRIX_AGGREGATIONS(GLRLM_FAMILY),
    SLICE_AGGREGATIONS(GLSZM_FAMILY),
    SLICE_AGGREGATIONS(GLDZM_FAMILY),
    SLICE_AGGREGATIONS(NGTDM_FAMILY),
    SLICE_AGGREGATIONS(NGLDM_FAMILY),
};

#undef SLICE_AGGREGATIONS
#undef MATRIX_AGGREGATIONS
#undef NGLDM_FAMILY
#undef NGTDM_FAMILY
#undef GLDZM_FAMILY
#undef GLSZM_FAMILY
#undef GLRLM_FAMILY
#undef GLCM_FAMILY
#undef GLCM
#undef TEXTURE
#undef IVH
#undef IH
#undef LOCAL
#undef MORPH
#undef STAT

}  // namespace

const medfeat_feature_info& feature_info(int index) { return kFeatures[index]; }

}  // namespace medfeat::detail
