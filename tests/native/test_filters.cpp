// Filters, the 2D slice GLCM and the IBSI processing chain: status codes, invariants and parity of the
// GLCM fast path with the general path. Agreement with scikit-image is tested on the managed side
// against golden files (tests/MedSpark.Tests/Udfs/Imaging).
#include "medfeat.h"
#include "phantom.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <limits>
#include <random>
#include <vector>

namespace {

medfeat_volume view(const std::vector<float>& v, int32_t nx, int32_t ny, int32_t nz) {
    medfeat_volume vol{};
    vol.values = v.data();
    vol.count = static_cast<int64_t>(v.size());
    vol.nx = nx;
    vol.ny = ny;
    vol.nz = nz;
    return vol;
}

std::vector<float> random_image(size_t n, uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::vector<float> v(n);
    for (float& x : v) x = static_cast<float>(rng() % 1000) / 10.0f;
    return v;
}

}  // namespace

TEST(Filters, AllFilters_InvalidInputs_SpecificStatus) {
    std::vector<float> img = random_image(30, 1), out(30);
    std::vector<uint8_t> edges(30);
    medfeat_volume v = view(img, 6, 5, 1);
    double t = 0;
    EXPECT_EQ(medfeat_filter_mean(nullptr, 1, 0, out.data(), out.size()), MEDFEAT_E_ARGUMENT);
    EXPECT_EQ(medfeat_filter_median(&v, 1, 0, nullptr, out.size()), MEDFEAT_E_ARGUMENT);
    EXPECT_EQ(medfeat_filter_gaussian(&v, 1.0, 4.0, 0, out.data(), out.size() - 1), MEDFEAT_E_ARGUMENT);
    EXPECT_EQ(medfeat_filter_gaussian(&v, 0.0, 4.0, 0, out.data(), out.size()), MEDFEAT_E_ARGUMENT);
    EXPECT_EQ(medfeat_filter_gaussian(&v, 100.0, 4.0, 0, out.data(), out.size()), MEDFEAT_E_ARGUMENT);
    EXPECT_EQ(medfeat_filter_laplacian_of_gaussian(&v, std::nan(""), 4.0, 0, out.data(), out.size()), MEDFEAT_E_ARGUMENT);
    EXPECT_EQ(medfeat_filter_sobel(&v, 9, out.data(), out.size()), MEDFEAT_E_ARGUMENT);
    EXPECT_EQ(medfeat_filter_mean(&v, 0, 0, out.data(), out.size()), MEDFEAT_E_ARGUMENT);
    EXPECT_EQ(medfeat_filter_canny(&v, 1.0, 2.0, 1.0, edges.data(), edges.size()), MEDFEAT_E_ARGUMENT);
    EXPECT_EQ(medfeat_equalize_hist(&v, 1, out.data(), out.size()), MEDFEAT_E_ARGUMENT);
    EXPECT_EQ(medfeat_clahe(&v, 7, 1, 0.01, 256, out.data(), out.size()), MEDFEAT_E_ARGUMENT);
    EXPECT_EQ(medfeat_threshold_otsu(&v, 256, nullptr), MEDFEAT_E_ARGUMENT);

    v.count = 29;
    EXPECT_EQ(medfeat_filter_sobel(&v, 0, out.data(), out.size()), MEDFEAT_E_SHAPE);
    v = view(img, 6, 5, 1);
    v.nz = 0;
    EXPECT_EQ(medfeat_threshold_otsu(&v, 256, &t), MEDFEAT_E_SHAPE);
    v = view(img, 6, 5, 1);
    v.nx = v.ny = v.nz = std::numeric_limits<int32_t>::max();
    EXPECT_EQ(medfeat_filter_median(&v, 1, 0, out.data(), out.size()), MEDFEAT_E_TOO_LARGE);

    std::vector<float> three_d = random_image(30, 2);
    v = view(three_d, 5, 3, 2);
    EXPECT_EQ(medfeat_filter_canny(&v, 1.0, 0.1, 0.2, edges.data(), edges.size()), MEDFEAT_E_SHAPE);
    EXPECT_EQ(medfeat_clahe(&v, 1, 1, 0.01, 256, out.data(), out.size()), MEDFEAT_E_SHAPE);

    img[17] = std::numeric_limits<float>::quiet_NaN();
    v = view(img, 6, 5, 1);
    EXPECT_EQ(medfeat_filter_gaussian(&v, 1.0, 4.0, 0, out.data(), out.size()), MEDFEAT_E_NONFINITE);
    EXPECT_EQ(medfeat_threshold_otsu(&v, 256, &t), MEDFEAT_E_NONFINITE);
}

TEST(Filters, Gaussian_ConstantImage_Unchanged) {
    std::vector<float> img(7 * 6 * 5, 3.25f), out(img.size());
    const medfeat_volume v = view(img, 7, 6, 5);
    for (int32_t border : {0, 1, 2}) {
        ASSERT_EQ(medfeat_filter_gaussian(&v, 1.3, 4.0, border, out.data(), out.size()), MEDFEAT_OK);
        for (size_t i = 0; i < out.size(); ++i) ASSERT_NEAR(out[i], 3.25f, 1e-6) << "voxel " << i << " border " << border;
    }
}

TEST(Filters, LargestComponent_DiagonalNeighbours_SeparateIn6JoinedIn26) {
    // Two 2-voxel bars touching only at a corner, plus a separate 3-voxel bar.
    const int32_t nx = 4, ny = 4, nz = 2;
    std::vector<uint8_t> mask(nx * ny * nz, 0), out(mask.size());
    auto at = [&](int x, int y, int z) -> uint8_t& { return mask[static_cast<size_t>((z * ny + y) * nx + x)]; };
    at(0, 0, 0) = at(1, 0, 0) = 1;
    at(2, 1, 1) = at(3, 1, 1) = 1;
    at(0, 3, 0) = at(1, 3, 0) = at(2, 3, 0) = 1;
    int64_t voxels = 0;
    ASSERT_EQ(medfeat_largest_component(mask.data(), 32, nx, ny, nz, 6, out.data(), out.size(), &voxels), MEDFEAT_OK);
    EXPECT_EQ(voxels, 3);
    EXPECT_EQ(out[static_cast<size_t>(3 * nx + 1)], 1) << "the 3-voxel bar survives with 6-connectivity";
    ASSERT_EQ(medfeat_largest_component(mask.data(), 32, nx, ny, nz, 26, out.data(), out.size(), &voxels), MEDFEAT_OK);
    EXPECT_EQ(voxels, 4);
    EXPECT_EQ(out[0], 1) << "the corner-joined bars win with 26-connectivity";
    EXPECT_EQ(out[static_cast<size_t>(3 * nx + 1)], 0);
    EXPECT_EQ(medfeat_largest_component(mask.data(), 32, nx, ny, nz, 8, out.data(), out.size(), &voxels), MEDFEAT_E_ARGUMENT);
    std::fill(mask.begin(), mask.end(), 0);
    ASSERT_EQ(medfeat_largest_component(mask.data(), 32, nx, ny, nz, 6, out.data(), out.size(), &voxels), MEDFEAT_OK);
    EXPECT_EQ(voxels, 0);
}

TEST(Filters, Clahe_SingleTileNoClipping_MonotoneInRange) {
    const std::vector<float> img = random_image(40 * 30, 3);
    std::vector<float> out(img.size());
    const medfeat_volume v = view(img, 40, 30, 1);
    ASSERT_EQ(medfeat_clahe(&v, 1, 1, 1.0, 64, out.data(), out.size()), MEDFEAT_OK);
    for (size_t a = 0; a < img.size(); ++a) {
        ASSERT_GE(out[a], 0.0f);
        ASSERT_LE(out[a], 1.0f);
        for (size_t b = 0; b < img.size(); b += 37) {
            if (img[a] < img[b]) {
                ASSERT_LE(out[a], out[b]) << "pixels " << a << " and " << b;
            }
        }
    }
    ASSERT_EQ(medfeat_clahe(&v, 4, 3, 0.02, 64, out.data(), out.size()), MEDFEAT_OK);
    for (size_t a = 0; a < img.size(); ++a) ASSERT_TRUE(out[a] >= 0.0f && out[a] <= 1.0f) << "pixel " << a << " " << out[a];
}

// Levels cover every table stride of the fast path (16 .. 256) and its edges; the 2 x 3 slice has no interior.
TEST(Filters, GlcmSlice_RandomSlices_EqualsGeneralGlcmPath) {
    for (int32_t levels : {1, 5, 16, 17, 32, 33, 64, 100, 128, 200, 256})
    for (int32_t distance : {1, 2, 3}) {
        const int32_t nx = levels == 5 ? 2 : 37, ny = levels == 5 ? 3 : 29;
        std::mt19937_64 rng(static_cast<uint64_t>(distance * 1000 + levels));
        std::vector<uint8_t> grey(static_cast<size_t>(nx * ny)), mask(grey.size(), 1);
        std::vector<float> values(grey.size());
        for (size_t i = 0; i < grey.size(); ++i) {
            grey[i] = static_cast<uint8_t>(rng() % levels);
            values[i] = static_cast<float>(grey[i] + 1);
        }
        values[0] = static_cast<float>(levels);  // the general path learns Ng from the largest level present
        grey[0] = static_cast<uint8_t>(levels - 1);
        std::vector<uint32_t> fast(4 * levels * levels);
        ASSERT_EQ(medfeat_glcm_slice(grey.data(), nx * ny, nx, ny, levels, distance, fast.data(), fast.size()), MEDFEAT_OK);

        medfeat_image image{};
        image.values = values.data();
        image.mask = mask.data();
        image.value_count = image.mask_count = nx * ny;
        image.nx = nx;
        image.ny = ny;
        image.nz = 1;
        image.spacing_x = image.spacing_y = image.spacing_z = 1.0;
        medfeat_settings settings{};
        settings.discretisation = MEDFEAT_DISCRETISATION_NONE;
        settings.glcm_distance = 1;
        const int32_t offsets[4][2] = {{distance, 0}, {distance, distance}, {0, distance}, {-distance, distance}};
        std::vector<double> general(static_cast<size_t>(levels * levels));
        for (int angle = 0; angle < 4; ++angle) {
            int32_t got_levels = 0;
            ASSERT_EQ(medfeat_glcm_matrix(&image, &settings, offsets[angle][0], offsets[angle][1], 0, general.data(),
                                          general.size(), &got_levels),
                      MEDFEAT_OK);
            ASSERT_EQ(got_levels, levels);
            for (int32_t c = 0; c < levels * levels; ++c) {
                ASSERT_EQ(static_cast<double>(fast[static_cast<size_t>(angle * levels * levels + c)]), general[static_cast<size_t>(c)])
                    << "distance " << distance << " angle " << angle * 45 << " cell (i=" << c / levels << ", j=" << c % levels
                    << "): fast path vs general path";
            }
        }
    }
}

TEST(Filters, GlcmSlice_InvalidInputs_SpecificStatus) {
    std::vector<uint8_t> grey(12, 1);
    std::vector<uint32_t> out(4 * 4);
    EXPECT_EQ(medfeat_glcm_slice(grey.data(), 12, 4, 3, 2, 1, out.data(), out.size()), MEDFEAT_OK);
    EXPECT_EQ(medfeat_glcm_slice(grey.data(), 12, 4, 3, 1, 1, out.data(), out.size()), MEDFEAT_E_ARGUMENT);  // level 1 >= 1 level
    EXPECT_EQ(medfeat_glcm_slice(grey.data(), 12, 4, 3, 2, 0, out.data(), out.size()), MEDFEAT_E_ARGUMENT);
    EXPECT_EQ(medfeat_glcm_slice(grey.data(), 11, 4, 3, 2, 1, out.data(), out.size()), MEDFEAT_E_SHAPE);
    EXPECT_EQ(medfeat_glcm_slice(grey.data(), 12, 4, 3, 2, 1, out.data(), 15), MEDFEAT_E_ARGUMENT);
    EXPECT_EQ(medfeat_glcm_slice(grey.data(), 12, 4, 3, 300, 1, out.data(), out.size()), MEDFEAT_E_TOO_LARGE);
}

TEST(Fuzz, Filters_RandomShapesAndGarbage_AlwaysReturnStatus) {
    std::mt19937_64 rng(20261122);
    for (int iteration = 0; iteration < 400; ++iteration) {
        const int32_t nx = static_cast<int32_t>(rng() % 7) - 1, ny = static_cast<int32_t>(rng() % 7) - 1;
        const int32_t nz = static_cast<int32_t>(rng() % 4) - 1;
        const int64_t n = static_cast<int64_t>(std::max(nx, 0)) * std::max(ny, 0) * std::max(nz, 0);
        std::vector<float> img(static_cast<size_t>(std::max<int64_t>(n, 1)));
        for (float& x : img) {
            const uint32_t bits = static_cast<uint32_t>(rng());
            if (rng() % 4 == 0) std::memcpy(&x, &bits, sizeof x);
            else x = static_cast<float>(rng() % 50);
        }
        std::vector<float> out(img.size());
        std::vector<uint8_t> flags(img.size());
        medfeat_volume v{};
        v.values = img.data();
        v.count = n;
        v.nx = nx;
        v.ny = ny;
        v.nz = nz;
        const int32_t border = static_cast<int32_t>(rng() % 5) - 1;
        const double sigma = std::vector<double>{-1, 0, 0.5, 1, 3, 1e300, std::nan("")}[rng() % 7];
        double t = 0;
        int64_t voxels = 0;
        medfeat_status s[] = {
            medfeat_filter_mean(&v, static_cast<int32_t>(rng() % 4), border, out.data(), out.size()),
            medfeat_filter_median(&v, static_cast<int32_t>(rng() % 4), border, out.data(), out.size()),
            medfeat_filter_gaussian(&v, sigma, 4.0, border, out.data(), out.size()),
            medfeat_filter_laplacian_of_gaussian(&v, sigma, 3.0, border, out.data(), out.size()),
            medfeat_filter_sobel(&v, border, out.data(), out.size()),
            medfeat_filter_canny(&v, sigma, 0.1, 0.2, flags.data(), flags.size()),
            medfeat_equalize_hist(&v, static_cast<int32_t>(rng() % 300), out.data(), out.size()),
            medfeat_clahe(&v, static_cast<int32_t>(rng() % 4), static_cast<int32_t>(rng() % 4), 0.05, 32, out.data(), out.size()),
            medfeat_threshold_otsu(&v, static_cast<int32_t>(rng() % 300), &t),
            medfeat_largest_component(flags.data(), n, nx, ny, nz, rng() % 2 ? 6 : 26, flags.data(), flags.size(), &voxels),
        };
        for (medfeat_status st : s) ASSERT_TRUE(st >= MEDFEAT_OK && st <= MEDFEAT_E_INTERNAL && st != MEDFEAT_E_INTERNAL) << st;
    }
}
