// Parity of the local intensity peaks (IBSI 3.2.1 local intensity peak VJGA, 3.2.2 global intensity peak 0F91)
// with a direct reference written here: for every ROI voxel, the mean of the finite intensities whose voxel
// centres lie within the 1 cm^3 sphere (radius 6.2035 mm) around it, voxel by voxel with a distance test; the
// global peak is the largest mean, the local peak the largest mean among ROI voxels of the maximum ROI intensity.
// The library computes only the means whose upper bound (the largest intensity of the sphere's bounding box) can
// still beat the best mean so far, so the images stress that bound: maxima in each corner, spikes inside and
// outside the ROI, ties (constant images, few levels), negative intensities, non-finite values outside the ROI,
// 2D and thin images, tiny images, single-voxel ROIs, masks touching the borders, anisotropic spacing.
#include "phantom.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <random>
#include <string>
#include <vector>

using medfeat_test::Volume;
using medfeat_test::empty_volume;
using medfeat_test::extract;
using medfeat_test::feature_index;

namespace {

struct Peaks {
    double local = -INFINITY, global = -INFINITY;
    double scale = 0.0;  // the largest finite |intensity|: the tolerance is relative to it (means near 0 cancel)
    // Every finite intensity is an integer of magnitude <= 2^20: then every sum is exact in any order and each mean
    // is the correctly rounded quotient of the same two doubles, so the library must match bit for bit.
    bool exact = true;
};

// The peaks by definition. Only the voxels within floor(radius / spacing) + 1 of the centre along each axis are
// visited, a box holding the whole sphere; the distance test decides.
Peaks reference_peaks(const Volume& v) {
    const double radius = std::cbrt(3.0 * 1000.0 / (4.0 * 3.14159265358979323846));
    auto reach = [&](double spacing, int n) { return static_cast<int>(std::min<double>(n, std::floor(radius / spacing) + 1)); };
    const int rx = reach(v.sx, v.nx), ry = reach(v.sy, v.ny), rz = reach(v.sz, v.nz);
    auto at = [&](int x, int y, int z) { return static_cast<size_t>((z * v.ny + y) * v.nx + x); };
    Peaks p;
    double maximum = -INFINITY;
    for (size_t k = 0; k < v.values.size(); ++k) {
        if (v.mask[k] != 0) maximum = std::max(maximum, static_cast<double>(v.values[k]));
        if (!std::isfinite(v.values[k])) continue;
        p.scale = std::max(p.scale, std::fabs(static_cast<double>(v.values[k])));
        p.exact = p.exact && v.values[k] == std::floor(v.values[k]) && std::fabs(v.values[k]) <= 1048576.0f;
    }
    for (int z = 0; z < v.nz; ++z)
        for (int y = 0; y < v.ny; ++y)
            for (int x = 0; x < v.nx; ++x) {
                if (v.mask[at(x, y, z)] == 0) continue;
                double sum = 0.0, count = 0.0;
                for (int z2 = std::max(0, z - rz); z2 <= std::min(v.nz - 1, z + rz); ++z2)
                    for (int y2 = std::max(0, y - ry); y2 <= std::min(v.ny - 1, y + ry); ++y2)
                        for (int x2 = std::max(0, x - rx); x2 <= std::min(v.nx - 1, x + rx); ++x2) {
                            const double dx = (x2 - x) * v.sx, dy = (y2 - y) * v.sy, dz = (z2 - z) * v.sz;
                            const float value = v.values[at(x2, y2, z2)];
                            if (dx * dx + dy * dy + dz * dz > radius * radius || !std::isfinite(value)) continue;
                            sum += value;
                            count += 1.0;
                        }
                const double mean = sum / count;
                p.global = std::max(p.global, mean);
                if (v.values[at(x, y, z)] == maximum) p.local = std::max(p.local, mean);
            }
    return p;
}

// Extracts all features of v and compares both peaks with the reference; `what` names the case.
void expect_reference_peaks(const Volume& v, const std::string& what) {
    static const size_t local = static_cast<size_t>(feature_index("loc_peak_loc"));
    static const size_t global = static_cast<size_t>(feature_index("loc_peak_glob"));
    const std::vector<double> out = extract(v);
    const Peaks want = reference_peaks(v);
    const double tolerance = want.exact ? 0.0 : 1e-12 * std::max(1.0, want.scale);
    EXPECT_NEAR(out[local], want.local, tolerance) << what << ": loc_peak_loc (VJGA), shape " << v.nx << " x " << v.ny
                                                   << " x " << v.nz << ", spacing " << v.sx << ", " << v.sy << ", " << v.sz;
    EXPECT_NEAR(out[global], want.global, tolerance) << what << ": loc_peak_glob (0F91), shape " << v.nx << " x " << v.ny
                                                     << " x " << v.nz << ", spacing " << v.sx << ", " << v.sy << ", " << v.sz;
}

size_t voxel(const Volume& v, int x, int y, int z) { return static_cast<size_t>((z * v.ny + y) * v.nx + x); }

}  // namespace

// Random shapes (2D included), ROI densities from sparse to full, spacings from 0.3 mm (reach clamped to the image)
// to 7 mm (no neighbour along that axis), continuous or few-level (tied) intensities, some negative.
TEST(LocalIntensity, Peaks_RandomImages_EqualReference) {
    std::mt19937 rng(2026);
    const double spacings[] = {0.3, 0.5, 0.8, 1.0, 1.25, 2.0, 3.1, 7.0};
    for (int seed = 1; seed <= 60; ++seed) {
        const int nx = 1 + static_cast<int>(rng() % 22), ny = 1 + static_cast<int>(rng() % 18);
        const int nz = seed % 5 == 0 ? 1 : 1 + static_cast<int>(rng() % 12);
        const double sx = spacings[rng() % 8], sy = seed % 2 ? sx : spacings[rng() % 8], sz = spacings[rng() % 8];
        Volume v = empty_volume(nx, ny, nz, sx, sy, sz);
        const double fill = (1 + rng() % 100) / 100.0;
        const int levels = seed % 3 == 0 ? 3 : 0;  // 0: continuous
        std::uniform_real_distribution<double> unit(0.0, 1.0);
        for (size_t k = 0; k < v.values.size(); ++k) {
            const double u = unit(rng);
            v.values[k] = static_cast<float>(levels > 0 ? std::floor(u * levels) : 100.0 * u - (seed % 4 == 1 ? 80.0 : 0.0));
            v.mask[k] = unit(rng) < fill ? 1 : 0;
        }
        v.mask[rng() % v.mask.size()] = 1;
        expect_reference_peaks(v, "seed " + std::to_string(seed));
    }
}

// A smooth ramp rising towards one of the eight corners (plus noise): the largest means sit in that corner, where
// the sphere is cut by the image, and the bounds of most voxels are close to the best mean (the worst case for
// skipping). Whole-image ROIs, ROIs touching only some borders, and ROIs away from the high corner.
TEST(LocalIntensity, Peaks_MaximumInCorner_EqualReference) {
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> noise(0.0, 3.0);
    for (int corner = 0; corner < 8; ++corner)
        for (int roi = 0; roi < 3; ++roi) {
            Volume v = empty_volume(17, 14, 9, 1.0, 0.9, roi == 2 ? 2.5 : 1.0);
            for (int z = 0; z < v.nz; ++z)
                for (int y = 0; y < v.ny; ++y)
                    for (int x = 0; x < v.nx; ++x) {
                        const int cx = corner & 1 ? x : v.nx - 1 - x, cy = corner & 2 ? y : v.ny - 1 - y;
                        const int cz = corner & 4 ? z : v.nz - 1 - z;
                        v.values[voxel(v, x, y, z)] = static_cast<float>(2.0 * cx + 1.5 * cy + 3.0 * cz + noise(rng));
                        const bool in = roi == 0 || (roi == 1 ? (x + y + z) % 3 != 0 : x > 2 && y < 11 && z < 7);
                        v.mask[voxel(v, x, y, z)] = in ? 1 : 0;
                    }
            expect_reference_peaks(v, "corner " + std::to_string(corner) + ", roi " + std::to_string(roi));
        }
}

// One very high voxel in a noisy image: inside the ROI, outside it (it still counts in the means of ROI voxels
// within reach), at a corner, and just beyond the sphere's reach of every ROI voxel (it must not change anything).
TEST(LocalIntensity, Peaks_Spike_EqualReference) {
    std::mt19937 rng(11);
    std::uniform_real_distribution<double> noise(10.0, 20.0);
    const int spikes[][3] = {{8, 7, 4}, {0, 0, 0}, {15, 13, 8}, {3, 10, 1}, {15, 0, 8}};
    for (int s = 0; s < 5; ++s)
        for (int inside = 0; inside < 2; ++inside) {
            Volume v = empty_volume(16, 14, 9, 1.0, 1.0, 1.5);
            for (size_t k = 0; k < v.values.size(); ++k) {
                v.values[k] = static_cast<float>(noise(rng));
                v.mask[k] = noise(rng) < 17.0 ? 1 : 0;
            }
            const size_t spike = voxel(v, spikes[s][0], spikes[s][1], spikes[s][2]);
            v.values[spike] = 1000.0f;
            v.mask[spike] = static_cast<uint8_t>(inside);
            expect_reference_peaks(v, "spike " + std::to_string(s) + (inside ? " in the ROI" : " outside the ROI"));
        }
    // The spike 7 voxels beyond the ROI along x (reach 6 at 1 mm): no mean sees it, yet it is the largest value.
    Volume v = empty_volume(20, 5, 3, 1.0, 1.0, 1.0);
    for (size_t k = 0; k < v.values.size(); ++k) v.values[k] = static_cast<float>(noise(rng));
    for (int y = 0; y < v.ny; ++y)
        for (int z = 0; z < v.nz; ++z)
            for (int x = 0; x <= 5; ++x) v.mask[voxel(v, x, y, z)] = 1;
    v.values[voxel(v, 12, 2, 1)] = 1000.0f;
    expect_reference_peaks(v, "spike beyond reach");
}

// Every mean equals the constant up to rounding, so bounds and means tie: a value that is not a binary fraction
// (0.1), a negative one, zero; whole and partial ROIs, 3D and 2D.
TEST(LocalIntensity, Peaks_ConstantImages_EqualReference) {
    const float constants[] = {0.1f, -3.7f, 0.0f, 12345.678f};
    for (float c : constants)
        for (int nz : {1, 6}) {
            Volume v = empty_volume(13, 11, nz, 0.7, 0.7, 1.3);
            v.values.assign(v.values.size(), c);
            for (size_t k = 0; k < v.mask.size(); ++k) v.mask[k] = k % 4 != 1 ? 1 : 0;
            expect_reference_peaks(v, "constant " + std::to_string(c) + ", nz " + std::to_string(nz));
            v.mask.assign(v.mask.size(), 1);
            expect_reference_peaks(v, "constant " + std::to_string(c) + ", nz " + std::to_string(nz) + ", whole image");
        }
}

// Only negative intensities, with the largest means near the ROI edge; the magnitude sets the skipping margin.
TEST(LocalIntensity, Peaks_NegativeIntensities_EqualReference) {
    std::mt19937 rng(5);
    std::uniform_real_distribution<double> u(-1000.0, -900.0);
    for (int seed = 0; seed < 4; ++seed) {
        Volume v = empty_volume(15, 12, 8, 0.8 + 0.3 * seed, 1.0, 2.0);
        for (int z = 0; z < v.nz; ++z)
            for (int y = 0; y < v.ny; ++y)
                for (int x = 0; x < v.nx; ++x) {
                    v.values[voxel(v, x, y, z)] = static_cast<float>(u(rng) + 5.0 * x);
                    v.mask[voxel(v, x, y, z)] = (x + 2 * y + seed) % 5 != 0 ? 1 : 0;
                }
        expect_reference_peaks(v, "negative, seed " + std::to_string(seed));
    }
}

// NaN, +inf and -inf outside the ROI are left out of the means (and out of the bounds): scattered, a whole row,
// next to the ROI maximum, and all around a single ROI voxel (its mean is its own value).
TEST(LocalIntensity, Peaks_NonFiniteOutsideRoi_LeftOutOfMeans) {
    std::mt19937 rng(3);
    std::uniform_real_distribution<double> u(0.0, 50.0);
    const float non_finite[] = {NAN, INFINITY, -INFINITY};
    for (int seed = 0; seed < 9; ++seed) {
        Volume v = empty_volume(14, 10, seed % 3 == 0 ? 1 : 7, 0.9, 1.1, 1.6);
        for (size_t k = 0; k < v.values.size(); ++k) {
            v.values[k] = static_cast<float>(u(rng));
            v.mask[k] = u(rng) < 30.0 ? 1 : 0;
        }
        v.mask[0] = 1;
        for (size_t k = 0; k < v.values.size(); ++k)
            if (v.mask[k] == 0 && (k + static_cast<size_t>(seed)) % 3 == 0) v.values[k] = non_finite[(k / 3) % 3];
        for (int x = 0; x < v.nx; ++x) {  // a whole row outside the ROI and non-finite
            v.mask[voxel(v, x, 5, 0)] = 0;
            v.values[voxel(v, x, 5, 0)] = non_finite[seed % 3];
        }
        v.values[1] = INFINITY;  // next to a ROI voxel at the corner
        v.mask[1] = 0;
        expect_reference_peaks(v, "non-finite, seed " + std::to_string(seed));
    }
    Volume v = empty_volume(9, 9, 5, 1.0, 1.0, 1.0);
    for (size_t k = 0; k < v.values.size(); ++k) v.values[k] = non_finite[k % 3];
    v.values[voxel(v, 4, 4, 2)] = 42.5f;
    v.mask[voxel(v, 4, 4, 2)] = 1;
    expect_reference_peaks(v, "single finite voxel");
}

// Tiny and thin images, every single-voxel ROI of a small image (corners and borders included), and a ROI of
// two voxels at opposite corners.
TEST(LocalIntensity, Peaks_TinyImagesAndSingleVoxelRois_EqualReference) {
    std::mt19937 rng(9);
    std::uniform_real_distribution<double> u(-5.0, 5.0);
    const int shapes[][3] = {{1, 1, 1}, {2, 1, 1}, {1, 3, 1}, {1, 1, 4}, {2, 2, 2}, {40, 1, 1}, {1, 30, 9}, {30, 1, 5}, {2, 2, 40}};
    for (const auto& s : shapes) {
        Volume v = empty_volume(s[0], s[1], s[2], 1.0, 0.6, 2.2);
        for (auto& value : v.values) value = static_cast<float>(u(rng));
        v.mask.assign(v.mask.size(), 1);
        expect_reference_peaks(v, "whole " + std::to_string(s[0]) + "x" + std::to_string(s[1]) + "x" + std::to_string(s[2]));
        std::fill(v.mask.begin(), v.mask.end(), 0);
        v.mask.front() = v.mask.back() = 1;
        expect_reference_peaks(v, "corners " + std::to_string(s[0]) + "x" + std::to_string(s[1]) + "x" + std::to_string(s[2]));
    }
    Volume v = empty_volume(5, 4, 3, 1.5, 1.5, 3.0);
    for (auto& value : v.values) value = static_cast<float>(u(rng));
    for (size_t k = 0; k < v.mask.size(); ++k) {
        std::fill(v.mask.begin(), v.mask.end(), 0);
        v.mask[k] = 1;
        expect_reference_peaks(v, "single voxel " + std::to_string(k));
    }
}

// Larger 2D slices (nz = 1) at fine spacing (reach 12 voxels) with a ROI touching all four borders.
TEST(LocalIntensity, Peaks_SlicesFineSpacing_EqualReference) {
    std::mt19937 rng(13);
    std::uniform_real_distribution<double> u(0.0, 10.0);
    for (int seed = 0; seed < 3; ++seed) {
        Volume v = empty_volume(45, 37, 1, 0.5, 0.5 + 0.1 * seed, 1.0);
        for (int y = 0; y < v.ny; ++y)
            for (int x = 0; x < v.nx; ++x) {
                v.values[voxel(v, x, y, 0)] = static_cast<float>(u(rng) + 0.2 * (seed == 1 ? -x : x) + 0.1 * y);
                v.mask[voxel(v, x, y, 0)] = (x * 7 + y * 3) % 10 < 8 || x == 0 || y == 0 || x == v.nx - 1 || y == v.ny - 1;
            }
        expect_reference_peaks(v, "slice, seed " + std::to_string(seed));
    }
}

// A ROI voxel A whose only high neighbour H lies exactly at the sphere's reach along one axis (offset rx, ry or rz),
// so only a bound over the full reach sees it; a second ROI voxel B with a low mean is computed first (its row's
// bound is raised by a spike S in the corner of B's box, outside its sphere). A's mean is the global peak; a bound
// that misses H would skip A once B's mean is known. Both signs, each axis, unit and anisotropic spacing, and A
// moved along the axis through a whole block of the running maximum (13 positions).
TEST(LocalIntensity, Peaks_HighValueAtSphereEdge_EqualReference) {
    const double spacings[2][3] = {{1.0, 1.0, 1.0}, {0.8, 1.5, 2.0}};  // reaches 6, 6, 6 and 7, 4, 3
    const int reaches[2][3] = {{6, 6, 6}, {7, 4, 3}};
    for (int s = 0; s < 2; ++s)
        for (int axis = 0; axis < 3; ++axis)
            for (int sign : {-1, 1})
                for (int shift = 0; shift < 13; ++shift) {
                    Volume v = empty_volume(40, 30, 26, spacings[s][0], spacings[s][1], spacings[s][2]);
                    int a[3] = {10, 10, 7};
                    const int b[3] = {30, 22, 7};
                    a[axis] += shift;
                    int h[3] = {a[0], a[1], a[2]};
                    h[axis] += sign * reaches[s][axis];
                    v.mask[voxel(v, a[0], a[1], a[2])] = v.mask[voxel(v, b[0], b[1], b[2])] = 1;
                    v.values[voxel(v, h[0], h[1], h[2])] = 1000.0f;
                    v.values[voxel(v, b[0] + 1, b[1], b[2])] = 100.0f;
                    v.values[voxel(v, b[0] + reaches[s][0], b[1] + reaches[s][1], b[2])] = 2000.0f;
                    expect_reference_peaks(v, "spacing set " + std::to_string(s) + ", axis " + std::to_string(axis) +
                                                  ", sign " + std::to_string(sign) + ", shift " + std::to_string(shift));
                }
}
