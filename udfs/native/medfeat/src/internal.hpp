// Internal interfaces of medfeat. Nothing here is exported; the C ABI lives in medfeat.h.
#ifndef MEDFEAT_INTERNAL_HPP
#define MEDFEAT_INTERNAL_HPP

#include "medfeat.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace medfeat::detail {

inline constexpr int kStatisticsCount = 18;
inline constexpr int kMorphologyCount = 2;
inline constexpr int kGlcmCount = 25;
// Output layout: statistics, morphology, GLCM 3D averaged, GLCM 3D merged.
inline constexpr int kFeatureCount = kStatisticsCount + kMorphologyCount + 2 * kGlcmCount;

// The ROI after discretisation: level[v] in 1..levels inside the ROI, 0 outside.
struct GreyImage {
    int32_t nx = 0, ny = 0, nz = 0;
    int32_t levels = 0;
    std::vector<int32_t> level;
};

// Checks pointers, shape, sizes, spacing and settings, then scans the ROI (empty, non-finite).
// On success *roi_voxels holds the number of voxels inside the mask.
medfeat_status validate_input(const medfeat_image* image, const medfeat_settings* settings, int64_t* roi_voxels);

medfeat_status validate_settings(const medfeat_settings* settings);

// Maps ROI intensities to grey levels per settings.discretisation. Input must be validated.
medfeat_status discretise(const medfeat_image& image, const medfeat_settings& settings, GreyImage& out);

// The 18 IBSI intensity-based statistics of `values` (reordered in place), in table order.
void intensity_statistics(std::vector<double>& values, double* out);

// Adds the symmetric co-occurrence counts for offset (dx, dy, dz) to counts (levels x levels, row-major).
void glcm_accumulate(const GreyImage& image, int32_t dx, int32_t dy, int32_t dz, std::vector<double>& counts);

// The 25 IBSI GLCM features of one count matrix, in table order; all NaN when the matrix is empty.
void glcm_features(const std::vector<double>& counts, int32_t levels, double* out);

// The 13 unique 3D neighbour directions (one of each +/- pair), as used by the IBSI.
extern const int32_t kDirections3d[13][3];

const medfeat_feature_info& feature_info(int index);

}  // namespace medfeat::detail

#endif
