// Moran's I (IBSI 3.1.24, N365) and Geary's C (IBSI 3.1.25, NPT7) of the ROI intensities, with the
// IBSI weights w_kl = 1 / |r_k - r_l| (voxel centres in mm) over all pairs k != l:
//   I = N / W * sum_kl w_kl (x_k - mu)(x_l - mu) / sum_k (x_k - mu)^2
//   C = (N - 1) / (2 W) * sum_kl w_kl (x_k - x_l)^2 / sum_k (x_k - mu)^2,   W = sum_kl w_kl.
// Both are sums over N^2 pairs. Up to kAutocorrelationExactVoxels ROI voxels every pair is summed (the IBSI
// phantom has 74); a larger ROI is replaced by a uniform sample of that many of its voxels, drawn with a
// fixed seed (Knuth's selection sampling), so the values are estimates but reproducible. The sample keeps
// the cost near 2 M pairs, about 3 ms on one core.
#include "internal.hpp"

#include <cmath>

namespace medfeat::detail {
namespace {

// SplitMix64: a small, fixed-seed generator owned by the call (no process-wide state).
struct SplitMix {
    uint64_t state;
    uint64_t next() {
        uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    double uniform() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }
};

// Rows k .. k + 7 of the pair sums against columns l in [l_begin, n), l > k + 7: each row keeps its own sums,
// one per lane, and takes its columns in ascending order, exactly as the row-by-row loop did; only the eight rows
// now run side by side, so their square roots and divisions vectorise. Compiled for AVX-512 and AVX2 too (picked
// at load time by the CPU); none of these targets fuses multiply-adds, so every lane computes the same IEEE
// operations in every version.
MEDFEAT_MULTIVERSION void pair_rows(
    const double* px, const double* py, const double* pz, const double* value, const double* centred, size_t k,
    size_t l_begin, size_t n, double* w_sum, double* w_cross, double* w_diff) {
    // Local copies: the compiler keeps them in registers (through the pointers it would have to assume aliasing).
    double sum[8], cross[8], diff[8], x[8], y[8], z[8], v[8];
    for (size_t r = 0; r < 8; ++r) {
        sum[r] = w_sum[r];
        cross[r] = w_cross[r];
        diff[r] = w_diff[r];
        x[r] = px[k + r];
        y[r] = py[k + r];
        z[r] = pz[k + r];
        v[r] = value[k + r];
    }
    for (size_t l = l_begin; l < n; ++l) {
        for (size_t r = 0; r < 8; ++r) {
            const double dx = x[r] - px[l], dy = y[r] - py[l], dz = z[r] - pz[l];
            const double w = 1.0 / std::sqrt(dx * dx + dy * dy + dz * dz);
            const double d = v[r] - value[l];
            sum[r] += w;
            cross[r] += w * centred[l];
            diff[r] += w * d * d;
        }
    }
    for (size_t r = 0; r < 8; ++r) {
        w_sum[r] = sum[r];
        w_cross[r] = cross[r];
        w_diff[r] = diff[r];
    }
}

}  // namespace

void spatial_autocorrelation(const medfeat_image& image, bool exact, double* moran_i, double* geary_c) {
    const int64_t nx = image.nx, ny = image.ny, nz = image.nz, voxels = nx * ny * nz;
    int64_t roi = 0;
    for (int64_t v = 0; v < voxels; ++v) roi += image.mask[v] != 0;
    if (exact && roi > kAutocorrelationExactVoxels) {
        spatial_autocorrelation_exact(image, moran_i, geary_c);
        return;
    }
    const int64_t wanted = std::min(roi, kAutocorrelationExactVoxels);
    std::vector<double> px, py, pz, value;
    px.reserve(static_cast<size_t>(wanted));
    py.reserve(static_cast<size_t>(wanted));
    pz.reserve(static_cast<size_t>(wanted));
    value.reserve(static_cast<size_t>(wanted));
    SplitMix random{0x1B51D5EEDULL};
    int64_t seen = 0;
    for (int64_t v = 0; v < voxels && static_cast<int64_t>(value.size()) < wanted; ++v) {
        if (image.mask[v] == 0) continue;
        const int64_t needed = wanted - static_cast<int64_t>(value.size()), left = roi - seen++;
        if (needed < left && random.uniform() * static_cast<double>(left) >= static_cast<double>(needed)) continue;
        const int64_t x = v % nx, y = (v / nx) % ny, z = v / (nx * ny);
        px.push_back(static_cast<double>(x) * image.spacing_x);
        py.push_back(static_cast<double>(y) * image.spacing_y);
        pz.push_back(static_cast<double>(z) * image.spacing_z);
        value.push_back(image.values[v]);
    }
    const size_t n = value.size();
    double mean = 0.0;
    for (double x : value) mean += x;
    mean /= static_cast<double>(n);
    double squares = 0.0;
    std::vector<double> centred(n);
    for (size_t k = 0; k < n; ++k) {
        centred[k] = value[k] - mean;
        squares += centred[k] * centred[k];
    }
    // Each unordered pair once; the symmetric sums are twice these, and the factor cancels in I and C
    // except where noted below.
    double weights = 0.0, cross = 0.0, differences = 0.0;
    size_t k = 0;
    for (; k + 8 <= n; k += 8) {
        double w_sum[8] = {}, w_cross[8] = {}, w_diff[8] = {};
        for (size_t r = 0; r < 8; ++r) {  // the pairs inside the block of rows, row by row
            for (size_t l = k + r + 1; l < k + 8; ++l) {
                const double dx = px[k + r] - px[l], dy = py[k + r] - py[l], dz = pz[k + r] - pz[l];
                const double w = 1.0 / std::sqrt(dx * dx + dy * dy + dz * dz);
                const double d = value[k + r] - value[l];
                w_sum[r] += w;
                w_cross[r] += w * centred[l];
                w_diff[r] += w * d * d;
            }
        }
        pair_rows(px.data(), py.data(), pz.data(), value.data(), centred.data(), k, k + 8, n, w_sum, w_cross, w_diff);
        for (size_t r = 0; r < 8; ++r) {
            weights += w_sum[r];
            cross += centred[k + r] * w_cross[r];
            differences += w_diff[r];
        }
    }
    for (; k < n; ++k) {
        double w_sum = 0.0, w_cross = 0.0, w_diff = 0.0;
        for (size_t l = k + 1; l < n; ++l) {
            const double dx = px[k] - px[l], dy = py[k] - py[l], dz = pz[k] - pz[l];
            const double w = 1.0 / std::sqrt(dx * dx + dy * dy + dz * dz);
            const double d = value[k] - value[l];
            w_sum += w;
            w_cross += w * centred[l];
            w_diff += w * d * d;
        }
        weights += w_sum;
        cross += centred[k] * w_cross;
        differences += w_diff;
    }
    // With W = 2 * weights and the pair sums doubled: I = N * cross / (weights * squares),
    // C = (N - 1) * differences / (2 * weights * squares). One voxel (W = 0) or a constant ROI gives NaN.
    const double count = static_cast<double>(n);
    *moran_i = count * cross / (weights * squares);
    *geary_c = (count - 1.0) * differences / (2.0 * weights * squares);
}

}  // namespace medfeat::detail
