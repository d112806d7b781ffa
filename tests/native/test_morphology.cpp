// Morphology features beyond the phantom: the convex hull features (maximum 3D diameter, convex hull
// densities) and Moran's I / Geary's C against brute-force definitions on generated masks; the local
// intensity peaks (row-wise chord sums) against a direct sum over the sphere.
#include "phantom.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <array>
#include <cstring>
#include <random>

using namespace medfeat_test;

namespace {

Volume random_volume(uint32_t seed, int nx, int ny, int nz, double fill, double sx, double sy, double sz) {
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    Volume v = empty_volume(nx, ny, nz, sx, sy, sz);
    for (size_t k = 0; k < v.values.size(); ++k) {
        v.values[k] = static_cast<float>(std::floor(u(rng) * 50.0));
        v.mask[k] = u(rng) < fill ? 1 : 0;
    }
    v.mask[static_cast<size_t>(nx * ny * nz / 2)] = 1;
    return v;
}

bool in_roi(const Volume& v, int x, int y, int z) {
    return x >= 0 && y >= 0 && z >= 0 && x < v.nx && y < v.ny && z < v.nz &&
           v.mask[static_cast<size_t>((z * v.ny + y) * v.nx + x)] != 0;
}

// Every vertex of the 0.5 iso-surface of a 0/1 mask is the midpoint between an ROI voxel and a face neighbour
// outside it (outside the image counts as outside); the diameter is the largest distance between two of them.
double brute_force_diameter(const Volume& v) {
    std::vector<std::array<double, 3>> points;
    const int steps[6][3] = {{1, 0, 0}, {-1, 0, 0}, {0, 1, 0}, {0, -1, 0}, {0, 0, 1}, {0, 0, -1}};
    for (int z = 0; z < v.nz; ++z)
        for (int y = 0; y < v.ny; ++y)
            for (int x = 0; x < v.nx; ++x) {
                if (!in_roi(v, x, y, z)) continue;
                for (const auto& s : steps)
                    if (!in_roi(v, x + s[0], y + s[1], z + s[2]))
                        points.push_back({(x + s[0] / 2.0) * v.sx, (y + s[1] / 2.0) * v.sy, (z + s[2] / 2.0) * v.sz});
            }
    double best = 0.0;
    for (size_t i = 0; i < points.size(); ++i)
        for (size_t j = i + 1; j < points.size(); ++j) {
            const double dx = points[i][0] - points[j][0], dy = points[i][1] - points[j][1], dz = points[i][2] - points[j][2];
            best = std::max(best, dx * dx + dy * dy + dz * dz);
        }
    return std::sqrt(best);
}

// IBSI 3.1.24 / 3.1.25 summed over all ordered pairs k != l, as written in the manual.
void brute_force_moran_geary(const Volume& v, double* moran, double* geary) {
    std::vector<std::array<double, 4>> voxels;  // x, y, z in mm, intensity
    for (int z = 0; z < v.nz; ++z)
        for (int y = 0; y < v.ny; ++y)
            for (int x = 0; x < v.nx; ++x)
                if (in_roi(v, x, y, z))
                    voxels.push_back({x * v.sx, y * v.sy, z * v.sz, v.values[static_cast<size_t>((z * v.ny + y) * v.nx + x)]});
    const double n = static_cast<double>(voxels.size());
    double mean = 0.0;
    for (const auto& p : voxels) mean += p[3] / n;
    double w_total = 0.0, cross = 0.0, diff = 0.0, squares = 0.0;
    for (const auto& p : voxels) squares += (p[3] - mean) * (p[3] - mean);
    for (const auto& p : voxels)
        for (const auto& q : voxels) {
            if (&p == &q) continue;
            const double w = 1.0 / std::sqrt((p[0] - q[0]) * (p[0] - q[0]) + (p[1] - q[1]) * (p[1] - q[1]) + (p[2] - q[2]) * (p[2] - q[2]));
            w_total += w;
            cross += w * (p[3] - mean) * (q[3] - mean);
            diff += w * (p[3] - q[3]) * (p[3] - q[3]);
        }
    *moran = n / w_total * cross / squares;
    *geary = (n - 1.0) / (2.0 * w_total) * diff / squares;
}

}  // namespace

TEST(Morphology, MaximumDiameter_RandomMasks_EqualsBruteForceOverMeshVertices) {
    const int diam = feature_index("morph_diam");
    for (uint32_t seed = 1; seed <= 12; ++seed) {
        const Volume v = random_volume(seed, 3 + static_cast<int>(seed % 5), 4 + static_cast<int>(seed % 3), 2 + static_cast<int>(seed % 4),
                                       seed % 2 ? 0.3 : 0.7, 0.8, 1.3, 2.5);
        EXPECT_NEAR(extract(v)[static_cast<size_t>(diam)], brute_force_diameter(v), 1e-9) << "seed " << seed;
    }
}

TEST(Morphology, ConvexHull_SingleVoxel_IsTheMeshOctahedron) {
    Volume v;
    v.nx = v.ny = v.nz = 3;
    v.sx = 1.0;
    v.sy = 2.0;
    v.sz = 3.0;
    v.values.assign(27, 5.0f);
    v.mask.assign(27, 0);
    v.mask[13] = 1;
    const std::vector<double> out = extract(v);
    // The mesh of one voxel is the octahedron of its face centres, which is convex: both densities are 1.
    EXPECT_NEAR(out[static_cast<size_t>(feature_index("morph_v_dens_conv_hull"))], 1.0, 1e-12);
    EXPECT_NEAR(out[static_cast<size_t>(feature_index("morph_a_dens_conv_hull"))], 1.0, 1e-12);
    EXPECT_NEAR(out[static_cast<size_t>(feature_index("morph_diam"))], 3.0, 1e-12);
}

TEST(Morphology, ConvexHull_Boxes_DensitiesAreOneAndRandomMasksBounded) {
    // A box's mesh (the box with chamfered edges) is convex, so it is its own hull.
    Volume box;
    box.nx = 7;
    box.ny = 5;
    box.nz = 4;
    box.sx = 0.7;
    box.sy = 1.1;
    box.sz = 2.0;
    box.values.assign(140, 1.0f);
    box.mask.assign(140, 0);
    for (int z = 1; z < 3; ++z)
        for (int y = 1; y < 4; ++y)
            for (int x = 1; x < 6; ++x) box.mask[static_cast<size_t>((z * 5 + y) * 7 + x)] = 1;
    const std::vector<double> out = extract(box);
    EXPECT_NEAR(out[static_cast<size_t>(feature_index("morph_v_dens_conv_hull"))], 1.0, 1e-12);
    EXPECT_NEAR(out[static_cast<size_t>(feature_index("morph_a_dens_conv_hull"))], 1.0, 1e-12);
    for (uint32_t seed = 1; seed <= 8; ++seed) {
        const Volume v = random_volume(seed, 9, 8, 6, 0.5, 1.0, 1.0, 1.5);
        const double density = extract(v)[static_cast<size_t>(feature_index("morph_v_dens_conv_hull"))];
        EXPECT_GT(density, 0.0) << "seed " << seed;
        EXPECT_LE(density, 1.0 + 1e-12) << "seed " << seed;
    }
}

TEST(Morphology, MoranGeary_SmallRois_EqualIbsiDefinition) {
    const int moran = feature_index("morph_moran_i"), geary = feature_index("morph_geary_c");
    for (uint32_t seed = 1; seed <= 6; ++seed) {
        const Volume v = random_volume(seed, 10, 9, 7, 0.6, 0.9, 1.1, 2.0);
        double want_i = 0.0, want_c = 0.0;
        brute_force_moran_geary(v, &want_i, &want_c);
        const std::vector<double> out = extract(v);
        EXPECT_NEAR(out[static_cast<size_t>(moran)], want_i, 1e-10 * (1.0 + std::fabs(want_i))) << "seed " << seed;
        EXPECT_NEAR(out[static_cast<size_t>(geary)], want_c, 1e-10 * (1.0 + std::fabs(want_c))) << "seed " << seed;
    }
}

TEST(Morphology, MoranGeary_SingleVoxelOrConstant_IsNaN) {
    Volume v = random_volume(3, 4, 4, 4, 0.0, 1.0, 1.0, 1.0);  // only the centre voxel
    std::vector<double> out = extract(v);
    EXPECT_TRUE(std::isnan(out[static_cast<size_t>(feature_index("morph_moran_i"))]));
    EXPECT_TRUE(std::isnan(out[static_cast<size_t>(feature_index("morph_geary_c"))]));
    v = random_volume(3, 4, 4, 4, 0.8, 1.0, 1.0, 1.0);
    v.values.assign(v.values.size(), 7.0f);
    out = extract(v);
    EXPECT_TRUE(std::isnan(out[static_cast<size_t>(feature_index("morph_moran_i"))]));
}

// Above the exact-pair cap (2048 ROI voxels) the library sums over a fixed-seed sample: reproducible, and
// close to the exact value on a smooth image (where Moran's I is far from 0).
TEST(Morphology, MoranGeary_LargeRoi_SampledEstimateIsReproducibleAndClose) {
    Volume v = random_volume(9, 20, 20, 14, 0.9, 1.0, 1.0, 2.0);
    for (int z = 0; z < v.nz; ++z)
        for (int y = 0; y < v.ny; ++y)
            for (int x = 0; x < v.nx; ++x)
                v.values[static_cast<size_t>((z * v.ny + y) * v.nx + x)] += static_cast<float>(4.0 * x + 2.0 * y);
    double want_i = 0.0, want_c = 0.0;
    brute_force_moran_geary(v, &want_i, &want_c);
    const std::vector<double> first = extract(v), second = extract(v);
    const size_t moran = static_cast<size_t>(feature_index("morph_moran_i")), geary = static_cast<size_t>(feature_index("morph_geary_c"));
    EXPECT_EQ(first[moran], second[moran]);
    EXPECT_EQ(first[geary], second[geary]);
    EXPECT_NEAR(first[moran], want_i, 0.05 * std::fabs(want_i));
    EXPECT_NEAR(first[geary], want_c, 0.05 * std::fabs(want_c));
}

TEST(Morphology, MoranGeary_ExactSettingLargeRois_EqualIbsiDefinition) {
    struct Case {
        uint32_t seed;
        int nx, ny, nz;
        double fill, sx, sy, sz;
    } cases[] = {{21, 16, 16, 12, 0.95, 1.0, 1.0, 1.0}, {22, 17, 13, 15, 0.7, 0.8, 1.1, 2.5}, {23, 64, 50, 1, 0.9, 0.7, 0.7, 3.0},
                 {24, 40, 9, 9, 0.85, 1.0, 2.0, 1.5}, {25, 1, 2600, 1, 0.95, 1.0, 0.6, 1.0}, {26, 3, 1, 900, 0.9, 0.5, 1.0, 1.2}};
    const size_t moran = static_cast<size_t>(feature_index("morph_moran_i")), geary = static_cast<size_t>(feature_index("morph_geary_c"));
    for (const Case& c : cases) {
        Volume v = random_volume(c.seed, c.nx, c.ny, c.nz, c.fill, c.sx, c.sy, c.sz);
        // A gradient, so that the values are far from those of noise.
        for (int z = 0; z < v.nz; ++z)
            for (int y = 0; y < v.ny; ++y)
                for (int x = 0; x < v.nx; ++x) v.values[static_cast<size_t>((z * v.ny + y) * v.nx + x)] += static_cast<float>(3.0 * x - 2.0 * z);
        const int64_t roi = std::count(v.mask.begin(), v.mask.end(), uint8_t{1});
        ASSERT_GT(roi, 2048) << "seed " << c.seed << ": the case must take the FFT path";
        double want_i = 0.0, want_c = 0.0;
        brute_force_moran_geary(v, &want_i, &want_c);
        const std::vector<double> exact = extract(v, MEDFEAT_AUTOCORRELATION_EXACT), sampled = extract(v);
        EXPECT_NEAR(exact[moran], want_i, 1e-10) << "seed " << c.seed << ", " << roi << " ROI voxels: Moran's I";
        EXPECT_NEAR(exact[geary], want_c, 1e-10) << "seed " << c.seed << ", " << roi << " ROI voxels: Geary's C";
        EXPECT_NE(sampled[moran], exact[moran]) << "seed " << c.seed << ": the default still samples";
        for (size_t k = 0; k < exact.size(); ++k) {
            if (k == moran || k == geary) continue;
            EXPECT_TRUE(exact[k] == sampled[k] || (std::isnan(exact[k]) && std::isnan(sampled[k]))) << "output " << k << " changed";
        }
    }
}

TEST(Morphology, MoranGeary_ExactSettingGridTooLarge_TooLargeBeforeAnyWork) {
    // A 2049 x 1025 slice with its first row and far corner in the ROI: a 8192 x 4096 transform grid, 2^25 cells.
    Volume v = empty_volume(2049, 1025, 1, 1.0, 1.0, 1.0);
    std::fill(v.mask.begin(), v.mask.begin() + 2049, uint8_t{1});
    v.mask.back() = 1;
    const medfeat_image image = v.view();
    medfeat_settings settings{};
    settings.discretisation = MEDFEAT_DISCRETISATION_FIXED_BIN_NUMBER;
    settings.bin_number = 8;
    settings.glcm_distance = 1;
    settings.autocorrelation = MEDFEAT_AUTOCORRELATION_EXACT;
    std::vector<double> out(static_cast<size_t>(medfeat_feature_count()), -7.0);
    EXPECT_EQ(medfeat_extract(&image, &settings, out.data(), out.size()), MEDFEAT_E_TOO_LARGE);
    EXPECT_EQ(out[0], -7.0) << "nothing written before the refusal";
    settings.autocorrelation = MEDFEAT_AUTOCORRELATION_SAMPLED;
    EXPECT_EQ(medfeat_extract(&image, &settings, out.data(), out.size()), MEDFEAT_OK);
}

namespace {

// IBSI 3.2: mean of every finite voxel (ROI or not) whose centre lies within the 1 cm^3 sphere, computed directly.
void brute_force_peaks(const Volume& v, double* local, double* global) {
    const double radius = std::cbrt(3.0 * 1000.0 / (4.0 * 3.14159265358979323846));
    double maximum = -INFINITY;
    for (size_t k = 0; k < v.mask.size(); ++k)
        if (v.mask[k]) maximum = std::max(maximum, static_cast<double>(v.values[k]));
    *local = *global = -INFINITY;
    for (int z = 0; z < v.nz; ++z)
        for (int y = 0; y < v.ny; ++y)
            for (int x = 0; x < v.nx; ++x) {
                if (!in_roi(v, x, y, z)) continue;
                double sum = 0.0, count = 0.0;
                for (int z2 = 0; z2 < v.nz; ++z2)
                    for (int y2 = 0; y2 < v.ny; ++y2)
                        for (int x2 = 0; x2 < v.nx; ++x2) {
                            const double dx = (x2 - x) * v.sx, dy = (y2 - y) * v.sy, dz = (z2 - z) * v.sz;
                            const float value = v.values[static_cast<size_t>((z2 * v.ny + y2) * v.nx + x2)];
                            if (dx * dx + dy * dy + dz * dz > radius * radius || !std::isfinite(value)) continue;
                            sum += value;
                            count += 1.0;
                        }
                const double mean = sum / count;
                *global = std::max(*global, mean);
                if (v.values[static_cast<size_t>((z * v.ny + y) * v.nx + x)] == maximum) *local = std::max(*local, mean);
            }
}

}  // namespace

TEST(LocalIntensity, Peaks_RandomImagesAndMasks_EqualDirectSphereSum) {
    const size_t local = static_cast<size_t>(feature_index("loc_peak_loc")), global = static_cast<size_t>(feature_index("loc_peak_glob"));
    const double spacings[4][3] = {{1.0, 1.0, 1.0}, {0.7, 1.2, 3.0}, {2.0, 2.0, 2.0}, {4.0, 0.5, 1.5}};
    for (uint32_t seed = 1; seed <= 10; ++seed) {
        const double* s = spacings[seed % 4];
        // Seeds 9 and 10 have rows of 37 and 23 voxels: the chord sums take 16 voxels at a time, then 4, then 1.
        const int nx = seed <= 8 ? 9 + static_cast<int>(seed % 4) : (seed == 9 ? 37 : 23);
        Volume v = random_volume(seed, nx, 8, 5 + static_cast<int>(seed % 3), seed % 2 ? 0.15 : 0.8, s[0], s[1], s[2]);
        if (seed % 3 == 0) v.values[3] = NAN;  // outside the ROI a non-finite intensity is left out of the mean
        v.mask[3] = seed % 3 == 0 ? 0 : v.mask[3];
        double want_local = 0.0, want_global = 0.0;
        brute_force_peaks(v, &want_local, &want_global);
        const std::vector<double> out = extract(v);
        EXPECT_NEAR(out[local], want_local, 1e-9 * std::fabs(want_local)) << "seed " << seed;
        EXPECT_NEAR(out[global], want_global, 1e-9 * std::fabs(want_global)) << "seed " << seed;
    }
}

namespace {

// Masks from a 64-bit LCG (portable, unlike std distributions), as used to record the golden values below.
Volume lcg_volume(int seed, double sx, double sy, double sz) {
    Volume v;
    v.nx = 6 + seed;
    v.ny = 5 + seed % 4;
    v.nz = 3 + seed % 5;
    v.sx = sx;
    v.sy = sy;
    v.sz = sz;
    const double fill = 0.2 + 0.12 * seed;
    v.values.assign(static_cast<size_t>(v.nx * v.ny * v.nz), 1.0f);
    v.mask.resize(v.values.size());
    unsigned long long s = static_cast<unsigned long long>(seed);
    for (auto& b : v.mask) {
        s = s * 6364136223846793005ULL + 1442695040888963407ULL;
        b = static_cast<double>(s >> 11) * (1.0 / 9007199254740992.0) < fill;
    }
    v.mask[v.mask.size() / 2] = 1;
    return v;
}

}  // namespace

// The mesh is built from a per-call table of the 256 cube configurations. Golden values: volume and area from the
// per-cube construction it replaced (medfeat at commit 0b1c059), isotropic spacing.
TEST(Morphology, Mesh_ConfigurationTable_EqualsPerCubeConstruction) {
    const struct {
        int seed;
        double volume, area;
    } golden[] = {
        {1, 31.125, 129.39997272640619},           {2, 1411.4583333333333, 1772.9786854470105},
        {3, 209.70833333333334, 475.18631610060743}, {4, 3733.0729166666665, 2460.0048628463865},
        {5, 152.375, 246.11392116164382},          {6, 4806.640625, 2082.7448546314381},
    };
    const size_t volume = static_cast<size_t>(feature_index("morph_volume")), area = static_cast<size_t>(feature_index("morph_area"));
    for (const auto& g : golden) {
        const double spacing = g.seed % 2 ? 1.0 : 2.5;
        const std::vector<double> out = extract(lcg_volume(g.seed, spacing, spacing, spacing));
        EXPECT_NEAR(out[volume], g.volume, 1e-12 * g.volume) << "seed " << g.seed;
        EXPECT_NEAR(out[area], g.area, 1e-12 * g.area) << "seed " << g.seed;
    }
}

// Scaling the axes scales every enclosed volume alike, so the mesh volume at spacing (sx, sy, sz) is sx sy sz
// times the volume at unit spacing (the fan choice depends on volumes only, ties aside, which do not change it).
TEST(Morphology, Mesh_AnisotropicSpacing_VolumeScalesWithVoxelVolume) {
    const size_t volume = static_cast<size_t>(feature_index("morph_volume"));
    for (int seed = 1; seed <= 6; ++seed) {
        const double unit = extract(lcg_volume(seed, 1.0, 1.0, 1.0))[volume];
        const double scaled = extract(lcg_volume(seed, 0.7, 1.3, 3.0))[volume];
        EXPECT_NEAR(scaled, unit * 0.7 * 1.3 * 3.0, 1e-12 * scaled) << "seed " << seed;
    }
}

namespace {

// Eigenvalues of a symmetric 3x3 matrix by cyclic Jacobi rotations in long double, largest first: independent of
// the library's closed form.
std::array<long double, 3> jacobi_eigenvalues(long double a[3][3]) {
    for (int sweep = 0; sweep < 60; ++sweep)
        for (int p = 0; p < 2; ++p)
            for (int q = p + 1; q < 3; ++q) {
                if (std::fabs(a[p][q]) < 1e-30L) continue;
                const long double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
                const long double t = (theta >= 0 ? 1 : -1) / (std::fabs(theta) + std::sqrt(theta * theta + 1));
                const long double c = 1 / std::sqrt(t * t + 1), s = t * c;
                for (int k = 0; k < 3; ++k) {  // A <- A J
                    const long double kp = a[k][p], kq = a[k][q];
                    a[k][p] = c * kp - s * kq;
                    a[k][q] = s * kp + c * kq;
                }
                for (int k = 0; k < 3; ++k) {  // A <- J^T A
                    const long double pk = a[p][k], qk = a[q][k];
                    a[p][k] = c * pk - s * qk;
                    a[q][k] = s * pk + c * qk;
                }
            }
    std::array<long double, 3> l = {a[0][0], a[1][1], a[2][2]};
    std::sort(l.begin(), l.end(), [](long double x, long double y) { return x > y; });
    return l;
}

// IBSI 3.1.14-3.1.16: 4 sqrt(lambda) of the covariance of the ROI voxel centres in mm (divisor n - 1).
std::array<double, 3> brute_force_axes(const Volume& v) {
    std::vector<std::array<long double, 3>> points;
    for (int z = 0; z < v.nz; ++z)
        for (int y = 0; y < v.ny; ++y)
            for (int x = 0; x < v.nx; ++x)
                if (in_roi(v, x, y, z)) points.push_back({x * static_cast<long double>(v.sx), y * static_cast<long double>(v.sy), z * static_cast<long double>(v.sz)});
    const long double n = static_cast<long double>(points.size());
    long double mean[3] = {0, 0, 0}, cov[3][3] = {};
    for (const auto& p : points)
        for (int d = 0; d < 3; ++d) mean[d] += p[static_cast<size_t>(d)] / n;
    for (const auto& p : points)
        for (int i = 0; i < 3; ++i)
            for (int j = 0; j < 3; ++j) cov[i][j] += (p[static_cast<size_t>(i)] - mean[i]) * (p[static_cast<size_t>(j)] - mean[j]) / std::max(n - 1, 1.0L);
    const auto l = jacobi_eigenvalues(cov);
    return {static_cast<double>(4 * std::sqrt(std::max(l[0], 0.0L))), static_cast<double>(4 * std::sqrt(std::max(l[1], 0.0L))),
            static_cast<double>(4 * std::sqrt(std::max(l[2], 0.0L)))};
}

}  // namespace

TEST(Morphology, PrincipalAxes_RandomMasks_EqualJacobiOfTheCovariance) {
    const char* columns[3] = {"morph_pca_maj_axis", "morph_pca_min_axis", "morph_pca_least_axis"};
    for (uint32_t seed = 1; seed <= 40; ++seed) {
        std::mt19937 rng(seed);
        const int nx = 1 + static_cast<int>(rng() % 20), ny = 1 + static_cast<int>(rng() % 20), nz = 1 + static_cast<int>(rng() % 12);
        const Volume v = random_volume(seed, nx, ny, nz, 0.05 + (rng() % 90) / 100.0, 0.5 + (rng() % 20) / 10.0,
                                       0.5 + (rng() % 20) / 10.0, 0.5 + (rng() % 30) / 10.0);
        const std::vector<double> out = extract(v);
        const auto expected = brute_force_axes(v);
        for (int k = 0; k < 3; ++k)
            EXPECT_NEAR(out[static_cast<size_t>(feature_index(columns[k]))], expected[static_cast<size_t>(k)], 1e-9 * expected[0] + 1e-6)
                << "seed " << seed << " (" << nx << "x" << ny << "x" << nz << ") " << columns[k];
    }
}

TEST(Morphology, PrincipalAxes_PlanarAndLinearRois_VanishingAxesAreZero) {
    // One slice (any 2D image): the least axis and the flatness are exactly 0.
    const Volume slice = random_volume(3, 17, 13, 1, 0.6, 0.7, 0.7, 2.0);
    const std::vector<double> planar = extract(slice);
    EXPECT_EQ(planar[static_cast<size_t>(feature_index("morph_pca_least_axis"))], 0.0);
    EXPECT_EQ(planar[static_cast<size_t>(feature_index("morph_pca_flatness"))], 0.0);
    EXPECT_GT(planar[static_cast<size_t>(feature_index("morph_pca_min_axis"))], 1.0);
    // A line of voxels along a diagonal: minor and least axes vanish to rounding (the angle formula left ~1e-3 mm).
    Volume line = random_volume(4, 9, 9, 9, 0.0, 1.0, 1.25, 2.0);
    std::fill(line.mask.begin(), line.mask.end(), 0);
    for (int k = 0; k < 9; ++k) line.mask[static_cast<size_t>((k * 9 + k) * 9 + k)] = 1;
    const std::vector<double> linear = extract(line);
    EXPECT_LT(linear[static_cast<size_t>(feature_index("morph_pca_min_axis"))], 1e-5);
    EXPECT_LT(linear[static_cast<size_t>(feature_index("morph_pca_least_axis"))], 1e-5);
    EXPECT_NEAR(linear[static_cast<size_t>(feature_index("morph_pca_maj_axis"))], brute_force_axes(line)[0], 1e-9);
}
