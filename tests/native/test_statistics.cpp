// Intensity histogram statistics (IBSI 3.4), computed from the grey-level counts, against a long-double
// reference over every voxel, on integer images with no discretisation (the grey levels are the intensities).
#include "phantom.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <random>
#include <vector>

using medfeat_test::empty_volume;
using medfeat_test::feature_index;
using medfeat_test::Volume;

namespace {

long double percentile(const std::vector<long double>& sorted, long double p) {
    const long double pos = p * static_cast<long double>(sorted.size() - 1);
    const size_t lo = static_cast<size_t>(std::floor(pos)), hi = std::min(lo + 1, sorted.size() - 1);
    return sorted[lo] + (pos - static_cast<long double>(lo)) * (sorted[hi] - sorted[lo]);
}

}  // namespace

TEST(IntensityHistogram, Statistics_IntegerImages_EqualLongDoubleReferenceOverVoxels) {
    for (uint32_t seed = 1; seed <= 30; ++seed) {
        std::mt19937 rng(seed);
        const int32_t nx = 5 + static_cast<int32_t>(rng() % 40), ny = 5 + static_cast<int32_t>(rng() % 40), nz = 1 + static_cast<int32_t>(rng() % 20);
        const int top = 2 + static_cast<int>(rng() % 60);
        Volume volume = empty_volume(nx, ny, nz, 1.0, 1.0, 1.0);
        std::vector<long double> roi;
        for (size_t v = 0; v < volume.values.size(); ++v) {
            // Skewed levels (a square of a uniform draw) so that skewness and kurtosis are far from 0.
            const double u = static_cast<double>(rng() % 10000) / 10000.0;
            volume.values[v] = static_cast<float>(1 + static_cast<int>(u * u * top));
            volume.mask[v] = rng() % 4 != 0;
            if (volume.mask[v] != 0) roi.push_back(volume.values[v]);
        }
        std::sort(roi.begin(), roi.end());
        const long double count = static_cast<long double>(roi.size());
        long double mean = 0, m2 = 0, m3 = 0, m4 = 0, mad = 0, median_ad = 0;
        for (long double x : roi) mean += x / count;
        const long double median = percentile(roi, 0.5L), p10 = percentile(roi, 0.1L), p90 = percentile(roi, 0.9L);
        const long double p25 = percentile(roi, 0.25L), p75 = percentile(roi, 0.75L);
        long double robust_sum = 0, robust_n = 0, robust_mad = 0;
        for (long double x : roi) {
            const long double d = x - mean;
            m2 += d * d / count;
            m3 += d * d * d / count;
            m4 += d * d * d * d / count;
            mad += std::fabs(d) / count;
            median_ad += std::fabs(x - median) / count;
            if (x >= p10 && x <= p90) {
                robust_sum += x;
                robust_n += 1;
            }
        }
        for (long double x : roi)
            if (x >= p10 && x <= p90) robust_mad += std::fabs(x - robust_sum / robust_n) / robust_n;
        const struct {
            const char* column;
            long double expected;
        } checks[] = {
            {"ih_mean", mean}, {"ih_var", m2}, {"ih_skew", m3 / std::pow(m2, 1.5L)}, {"ih_kurt", m4 / (m2 * m2) - 3},
            {"ih_median", median}, {"ih_min", roi.front()}, {"ih_p10", p10}, {"ih_p90", p90}, {"ih_max", roi.back()},
            {"ih_iqr", p75 - p25}, {"ih_range", roi.back() - roi.front()}, {"ih_mad", mad}, {"ih_rmad", robust_mad},
            {"ih_medad", median_ad}, {"ih_cov", std::sqrt(m2) / mean}, {"ih_qcod", (p75 - p25) / (p75 + p25)},
        };

        const medfeat_image image = volume.view();
        medfeat_settings settings{};
        settings.discretisation = MEDFEAT_DISCRETISATION_NONE;
        settings.glcm_distance = 1;
        std::vector<double> out(static_cast<size_t>(medfeat_feature_count()));
        ASSERT_EQ(medfeat_extract(&image, &settings, out.data(), out.size()), MEDFEAT_OK);
        for (const auto& c : checks) {
            const double got = out[static_cast<size_t>(feature_index(c.column))];
            EXPECT_NEAR(got, static_cast<double>(c.expected), 1e-12 * std::fabs(static_cast<double>(c.expected)) + 1e-13)
                << "seed " << seed << " (" << nx << "x" << ny << "x" << nz << ", " << roi.size() << " voxels) " << c.column;
        }
    }
}
