// IBSI-1 intensity histogram features (IBSI 3.4): the discretised grey levels of the ROI.
#include "internal.hpp"

#include <cmath>

namespace medfeat::detail {

// Voxel v counts into copy v % 4 so that runs of one level do not chain their increments; integer counts, exact.
std::vector<double> level_counts(const GreyImage& image) {
    const size_t size = static_cast<size_t>(image.levels) + 2;
    std::vector<int64_t> copies(4 * size, 0);
    const size_t n = image.level.size();
    for (size_t v = 0; v < n; ++v) ++copies[(v & 3) * size + static_cast<size_t>(image.level[v])];
    std::vector<double> counts(size);
    for (size_t l = 0; l < size; ++l)
        counts[l] = static_cast<double>(copies[l] + copies[size + l] + copies[2 * size + l] + copies[3 * size + l]);
    return counts;
}

void intensity_histogram(const GreyImage& image, const std::vector<double>& histogram, double* out) {
    // The grey levels present and their counts: the sorted sample without spelling out every voxel.
    std::vector<double> present, times;
    for (int32_t i = 1; i <= image.levels; ++i)
        if (histogram[static_cast<size_t>(i)] > 0.0) {
            present.push_back(i);
            times.push_back(histogram[static_cast<size_t>(i)]);
        }
    // The first 16 statistics (mean .. quartile coefficient of dispersion) are those of IBSI 3.3 applied
    // to the grey levels; the IH family inserts the mode after the maximum.
    double stats[kStatisticsCount];
    intensity_statistics(present.data(), times.data(), present.size(), stats);
    double n = 0.0;
    for (double t : times) n += t;
    const double mean = stats[0];
    for (int k = 0; k < 9; ++k) out[k] = stats[k];
    for (int k = 9; k < 16; ++k) out[k + 1] = stats[k];

    // Mode: the most frequent level; ties go to the level closest to the mean, then to the lower one.
    const int32_t ng = image.levels;
    int32_t mode = 1;
    for (int32_t i = 1; i <= ng; ++i) {
        const double count = histogram[static_cast<size_t>(i)], best = histogram[static_cast<size_t>(mode)];
        if (count > best || (count == best && std::fabs(i - mean) < std::fabs(mode - mean))) mode = i;
    }
    out[9] = mode;

    double entropy = 0.0, uniformity = 0.0;
    for (int32_t i = 1; i <= ng; ++i) {
        const double p = histogram[static_cast<size_t>(i)] / n;
        if (p <= 0.0) continue;
        entropy -= p * std::log2(p);
        uniformity += p * p;
    }
    out[17] = entropy;
    out[18] = uniformity;

    // Histogram gradient over the bins 1..Ng: central differences inside, one-sided at both ends; the
    // first bin wins ties. A single bin has gradient 0.
    double max_gradient = -INFINITY, min_gradient = INFINITY;
    int32_t max_at = 1, min_at = 1;
    for (int32_t i = 1; i <= ng; ++i) {
        const size_t b = static_cast<size_t>(i);
        double gradient = 0.0;
        if (ng == 1) gradient = 0.0;
        else if (i == 1) gradient = histogram[b + 1] - histogram[b];
        else if (i == ng) gradient = histogram[b] - histogram[b - 1];
        else gradient = (histogram[b + 1] - histogram[b - 1]) / 2.0;
        if (gradient > max_gradient) {
            max_gradient = gradient;
            max_at = i;
        }
        if (gradient < min_gradient) {
            min_gradient = gradient;
            min_at = i;
        }
    }
    out[19] = max_gradient;
    out[20] = max_at;
    out[21] = min_gradient;
    out[22] = min_at;
}

}  // namespace medfeat::detail
