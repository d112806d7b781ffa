// Shared pieces of the filters: input validation, scipy.ndimage border rules, separable 1D
// correlation in scipy's summation order, and numpy's pairwise sum, so results agree bit for bit
// with scipy/scikit-image wherever the arithmetic allows. Written here rather than taken from OpenCV:
// OpenCV's border rules, Gaussian kernel sizes and Canny differ from scikit-image's, so exact agreement
// (and the IBSI-style cross-checks) would need these pieces anyway, without a 600 MB dependency.
#ifndef MEDFEAT_FILTERS_COMMON_HPP
#define MEDFEAT_FILTERS_COMMON_HPP

#include "medfeat.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace medfeat::filters {

// The image as numpy sees it: axes outermost first ((z,) y, x); a 2D image (nz = 1) has two axes.
struct Grid {
    int ndim = 0;
    int64_t shape[3] = {1, 1, 1};
    int64_t stride[3] = {0, 0, 0};
    int64_t count = 0;
};

Grid make_grid(int32_t nx, int32_t ny, int32_t nz);

// Checks a shape and its length: MEDFEAT_E_SHAPE or MEDFEAT_E_TOO_LARGE, else OK.
medfeat_status check_shape(int64_t count, int32_t nx, int32_t ny, int32_t nz);

// Checks a volume (pointers, shape, finite values) and an output of out_capacity elements.
medfeat_status check_volume(const medfeat_volume* image, const void* out, size_t out_capacity);

bool valid_border(int32_t border);

// Maps index i (any integer) into [0, n) per border; returns -1 for a constant-zero read.
int64_t border_index(int64_t i, int64_t n, int32_t border);

// Correlates data along one numpy axis with weights (odd length), as scipy.ndimage.correlate1d:
// symmetric and antisymmetric kernels use scipy's paired summation order.
void correlate_axis(std::vector<double>& data, const Grid& grid, int axis, const std::vector<double>& weights,
                    int32_t border);

// numpy's pairwise summation (np.sum of a contiguous float64 array).
double pairwise_sum(const double* a, size_t n);

// scipy.ndimage._gaussian_kernel1d(sigma, order, radius) for order 0 or 2, already reversed as
// gaussian_filter1d passes it to correlate1d.
std::vector<double> gaussian_kernel(double sigma, int order, int64_t radius);

// int(truncate * sigma + 0.5), the kernel radius scipy uses; -1 when it exceeds MEDFEAT_MAX_FILTER_RADIUS.
int64_t gaussian_radius(double sigma, double truncate);

// scipy.ndimage.gaussian_filter with `order` per numpy axis (0 or 2), axes applied in numpy order.
void gaussian_filter(std::vector<double>& data, const Grid& grid, double sigma, const int* orders, int64_t radius,
                     int32_t border);

}  // namespace medfeat::filters

#endif
