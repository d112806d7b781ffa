// Grey-level discretisation (IBSI 2.7): none, fixed bin number (FBN), fixed bin size (FBS).
#include "internal.hpp"

#include <algorithm>
#include <cmath>

namespace medfeat::detail {
namespace {

// IBSI fixed bin number: floor(Ng (x - min) / (max - min)) + 1 with x = max placed in bin Ng, 0 outside the mask.
// Branch-free so that the loop vectorises, and compiled for AVX-512 and AVX2 too (picked at load time): the
// operations are exact or correctly rounded, so every version gives the same levels. Voxels outside the mask,
// which may hold NaN or infinity, are computed as `lo` and then dropped.
MEDFEAT_MULTIVERSION void fixed_bin_number(
    const float* values, const uint8_t* mask, size_t n, double lo, double range, int32_t bins, int32_t* level) {
    const double top = static_cast<double>(bins - 1);
    for (size_t v = 0; v < n; ++v) {
        const double x = mask[v] != 0 ? static_cast<double>(values[v]) : lo;
        const double scaled = std::floor(bins * (x - lo) / range);
        const int32_t l = static_cast<int32_t>(std::min(scaled, top)) + 1;
        level[v] = mask[v] != 0 ? l : 0;
    }
}

}  // namespace

medfeat_status discretise(const medfeat_image& image, const medfeat_settings& settings, GreyImage& out) {
    const size_t n = static_cast<size_t>(image.value_count);
    out.nx = image.nx;
    out.ny = image.ny;
    out.nz = image.nz;
    out.level.assign(n, 0);

    double lo = INFINITY, hi = -INFINITY;
    for (size_t v = 0; v < n; ++v) {
        if (image.mask[v] == 0) continue;
        lo = std::min(lo, static_cast<double>(image.values[v]));
        hi = std::max(hi, static_cast<double>(image.values[v]));
    }

    int32_t max_level = 0;
    switch (settings.discretisation) {
        case MEDFEAT_DISCRETISATION_NONE:
            // The intensities must already be grey levels (the IBSI phantom is such an image).
            if (lo < 1.0) return MEDFEAT_E_ARGUMENT;
            if (hi > MEDFEAT_MAX_GREY_LEVELS) return MEDFEAT_E_TOO_LARGE;
            for (size_t v = 0; v < n; ++v) {
                if (image.mask[v] == 0) continue;
                const double x = image.values[v];
                if (x != std::floor(x)) return MEDFEAT_E_ARGUMENT;
                out.level[v] = static_cast<int32_t>(x);
                max_level = std::max(max_level, out.level[v]);
            }
            out.levels = max_level;
            return MEDFEAT_OK;
        case MEDFEAT_DISCRETISATION_FIXED_BIN_NUMBER: {
            const int32_t bins = settings.bin_number;
            const double range = hi - lo;
            if (range > 0.0) {
                fixed_bin_number(image.values, image.mask, n, lo, range, bins, out.level.data());
            } else {
                for (size_t v = 0; v < n; ++v) out.level[v] = image.mask[v] != 0;  // one level
            }
            out.levels = bins;
            return MEDFEAT_OK;
        }
        case MEDFEAT_DISCRETISATION_FIXED_BIN_SIZE: {
            const double w = settings.bin_size;
            // Check the bin count in floating point first so a tiny bin size cannot overflow int32.
            const double top = std::floor((hi - settings.bin_min) / w) + 1.0;
            if (!(top <= MEDFEAT_MAX_GREY_LEVELS)) return MEDFEAT_E_TOO_LARGE;
            for (size_t v = 0; v < n; ++v) {
                if (image.mask[v] == 0) continue;
                const double bin = std::floor((image.values[v] - settings.bin_min) / w) + 1.0;
                out.level[v] = static_cast<int32_t>(std::max(bin, 1.0));
                max_level = std::max(max_level, out.level[v]);
            }
            out.levels = max_level;
            return MEDFEAT_OK;
        }
        default:
            return MEDFEAT_E_ARGUMENT;
    }
}

}  // namespace medfeat::detail
