// IBSI-1 intensity-volume histogram features (IBSI 3.5): V10, V90, I10, I90 and their differences.
#include "internal.hpp"

#include <algorithm>

namespace medfeat::detail {

// The IVH runs over the discretised intensities b_lo..b_hi, absent ones included (IBSI 3.5): the grey
// levels present (no discretisation: calibrated discrete intensities, w_d = 1), 1..Ng (fixed bin number),
// or the bins from bin_min with their centres as intensities (fixed bin size). Intensity fractions
// gamma_b = (b - b_lo) / (b_hi - b_lo) are affine in b, so they are the same in bins or intensities.
void intensity_volume_histogram(const GreyImage& image, const std::vector<double>& count,
                                const medfeat_settings& settings, double* out) {
    int32_t lowest = image.levels, highest = 1;
    double n = 0.0;
    for (int32_t level = 1; level <= image.levels; ++level) {
        if (count[static_cast<size_t>(level)] == 0.0) continue;
        lowest = std::min(lowest, level);
        highest = std::max(highest, level);
        n += count[static_cast<size_t>(level)];
    }
    const int32_t b_lo = settings.discretisation == MEDFEAT_DISCRETISATION_NONE ? lowest : 1;
    const int32_t b_hi = settings.discretisation == MEDFEAT_DISCRETISATION_FIXED_BIN_NUMBER ? image.levels : highest;
    auto intensity = [&](int32_t b) {
        return settings.discretisation == MEDFEAT_DISCRETISATION_FIXED_BIN_SIZE
                   ? settings.bin_min + (b - 0.5) * settings.bin_size
                   : static_cast<double>(b);
    };
    // nu[b]: fraction of the volume with intensity >= b, for b_lo..b_hi + 1 (nu[b_hi + 1] = 0).
    std::vector<double> nu(static_cast<size_t>(b_hi) + 2, 0.0);
    double above = 0.0;
    for (int32_t b = b_hi; b >= b_lo; --b) {
        above += count[static_cast<size_t>(b)];
        nu[static_cast<size_t>(b)] = above / n;
    }
    // V_x: the largest volume fraction whose intensity fraction is at least x; nu falls with b, so it is
    // nu at the first such b. A single intensity (b_hi = b_lo) counts as intensity fraction 1.
    auto volume_at = [&](double x) {
        for (int32_t b = b_lo; b <= b_hi; ++b) {
            const double gamma = b_hi > b_lo ? static_cast<double>(b - b_lo) / (b_hi - b_lo) : 1.0;
            if (gamma >= x) return nu[static_cast<size_t>(b)];
        }
        return 0.0;
    };
    // I_x: the lowest intensity found in at most x of the volume; past the top that is the next
    // intensity step, where no voxel remains.
    auto intensity_at = [&](double x) {
        for (int32_t b = b_lo; b <= b_hi; ++b) {
            if (nu[static_cast<size_t>(b)] <= x) return intensity(b);
        }
        return intensity(b_hi + 1);
    };
    out[0] = volume_at(0.10);
    out[1] = volume_at(0.90);
    out[2] = intensity_at(0.10);
    out[3] = intensity_at(0.90);
    out[4] = out[0] - out[1];
    out[5] = out[2] - out[3];
}

}  // namespace medfeat::detail
