// The IBSI image processing chain: grid alignment, trilinear intensities, nearest / partial-volume masks,
// intensity-range and outlier re-segmentation.
#include "medfeat.h"
#include "phantom.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <vector>

using namespace medfeat_test;

namespace {

medfeat_preprocess_settings no_processing() {
    medfeat_preprocess_settings s{};
    s.spacing = 0.0;
    s.mask_interpolation = MEDFEAT_MASK_NEAREST;
    s.range_min = -std::numeric_limits<double>::infinity();
    s.range_max = std::numeric_limits<double>::infinity();
    return s;
}

struct Output {
    int32_t nx = 0, ny = 0, nz = 0;
    std::vector<float> values;
    std::vector<uint8_t> mask;
};

medfeat_status run(const medfeat_image& image, const medfeat_preprocess_settings& s, Output& out) {
    if (const medfeat_status st = medfeat_preprocess_grid(&image, &s, &out.nx, &out.ny, &out.nz); st != MEDFEAT_OK) return st;
    const size_t n = static_cast<size_t>(out.nx) * static_cast<size_t>(out.ny) * static_cast<size_t>(out.nz);
    out.values.assign(n, 0.0f);
    out.mask.assign(n, 0);
    return medfeat_preprocess(&image, &s, out.values.data(), out.mask.data(), n);
}

}  // namespace

TEST(Preprocess, NoInterpolationNoResegmentation_Identity) {
    const Volume phantom = load_phantom();
    Output out;
    ASSERT_EQ(run(phantom.view(), no_processing(), out), MEDFEAT_OK);
    EXPECT_EQ(out.values, phantom.values);
    for (size_t v = 0; v < out.mask.size(); ++v) EXPECT_EQ(out.mask[v] != 0, phantom.mask[v] != 0) << "voxel " << v;
}

TEST(Preprocess, PhantomTo1mm_GridAlignedCentres) {
    const Volume phantom = load_phantom();  // 5 x 4 x 4 voxels of 2 mm
    medfeat_preprocess_settings s = no_processing();
    s.spacing = 1.0;
    Output out;
    ASSERT_EQ(run(phantom.view(), s, out), MEDFEAT_OK);
    EXPECT_EQ(out.nx, 10);
    EXPECT_EQ(out.ny, 8);
    EXPECT_EQ(out.nz, 8);
    // Output voxel 0 sits at input coordinate -0.25 voxel: clamped to the first input voxel.
    EXPECT_FLOAT_EQ(out.values[0], phantom.values[0]);
}

TEST(Preprocess, LinearRamp_TrilinearReproducesRampInside) {
    // f(x, y, z) = 2x + 3y + 5z (input voxel units) on a 6 x 5 x 4 grid of 1 x 1 x 2 mm, resampled to 0.5 mm.
    Volume ramp;
    ramp.nx = 6;
    ramp.ny = 5;
    ramp.nz = 4;
    ramp.sx = ramp.sy = 1.0;
    ramp.sz = 2.0;
    for (int z = 0; z < 4; ++z)
        for (int y = 0; y < 5; ++y)
            for (int x = 0; x < 6; ++x) ramp.values.push_back(static_cast<float>(2 * x + 3 * y + 5 * z));
    ramp.mask.assign(ramp.values.size(), 1);
    medfeat_preprocess_settings s = no_processing();
    s.spacing = 0.5;
    Output out;
    ASSERT_EQ(run(ramp.view(), s, out), MEDFEAT_OK);
    ASSERT_EQ(out.nx, 12);
    ASSERT_EQ(out.nz, 16);
    for (int z = 0; z < out.nz; ++z)
        for (int y = 0; y < out.ny; ++y)
            for (int x = 0; x < out.nx; ++x) {
                // Centre-aligned grids: output index i is at input coordinate (i * s' - ((n' - 1) s' - (n - 1) s) / 2) / s.
                const double cx = (x * 0.5 - (11 * 0.5 - 5.0) / 2) / 1.0;
                const double cy = (y * 0.5 - (9 * 0.5 - 4.0) / 2) / 1.0;
                const double cz = (z * 0.5 - (15 * 0.5 - 6.0) / 2) / 2.0;
                if (cx < 0 || cx > 5 || cy < 0 || cy > 4 || cz < 0 || cz > 3) continue;
                const double expected = 2 * cx + 3 * cy + 5 * cz;
                const float actual = out.values[static_cast<size_t>((z * out.ny + y) * out.nx + x)];
                ASSERT_NEAR(actual, expected, 1e-4) << "voxel (" << x << "," << y << "," << z << ")";
            }
}

TEST(Preprocess, MaskInterpolation_PartialVolumeVersusNearest) {
    // A 1D-like image: mask 0 0 1 1 1 0 along x (2 mm), resampled to 1 mm.
    Volume v;
    v.nx = 6;
    v.ny = v.nz = 1;
    v.sx = 2.0;
    v.sy = v.sz = 1.0;
    v.values.assign(6, 1.0f);
    v.mask = {0, 0, 1, 1, 1, 0};
    medfeat_preprocess_settings s = no_processing();
    s.spacing = 1.0;
    Output nearest, partial;
    ASSERT_EQ(run(v.view(), s, nearest), MEDFEAT_OK);
    s.mask_interpolation = MEDFEAT_MASK_PARTIAL_VOLUME;
    ASSERT_EQ(run(v.view(), s, partial), MEDFEAT_OK);
    ASSERT_EQ(nearest.nx, 12);
    // Output x = i - 0.5 (1 mm grid) -> input coordinate (i - 0.5) / 2.
    const std::vector<uint8_t> expected_nearest = {0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 0, 0};
    const std::vector<uint8_t> expected_partial = {0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 0, 0};
    for (size_t i = 0; i < 12; ++i) {
        EXPECT_EQ(nearest.mask[i], expected_nearest[i]) << "nearest, voxel " << i;
        EXPECT_EQ(partial.mask[i], expected_partial[i]) << "partial volume, voxel " << i;
    }
}

TEST(Preprocess, RangeAndOutlierResegmentation_RemoveVoxels) {
    Volume v;
    v.nx = 10;
    v.ny = 10;
    v.nz = 1;
    v.sx = v.sy = v.sz = 1.0;
    for (int i = 0; i < 100; ++i) v.values.push_back(static_cast<float>(100 + (i % 5)));
    v.values[7] = 10000.0f;  // outlier
    v.values[8] = -50.0f;    // below the range
    v.mask.assign(100, 1);
    medfeat_preprocess_settings s = no_processing();
    s.resegment_range = 1;
    s.range_min = 0.0;
    s.range_max = std::numeric_limits<double>::infinity();
    s.outlier_sigma = 3.0;
    Output out;
    ASSERT_EQ(run(v.view(), s, out), MEDFEAT_OK);
    EXPECT_EQ(out.mask[8], 0) << "range";
    EXPECT_EQ(out.mask[7], 0) << "3-sigma outlier";
    int kept = 0;
    for (uint8_t m : out.mask) kept += m;
    EXPECT_EQ(kept, 98);

    s.range_min = 20000.0;
    EXPECT_EQ(run(v.view(), s, out), MEDFEAT_E_EMPTY_MASK);
}

TEST(Preprocess, RoundIntensities_InterpolatedValuesBecomeIntegers) {
    Volume v;
    v.nx = 4;
    v.ny = v.nz = 1;
    v.sx = 3.0;
    v.sy = v.sz = 1.0;
    v.values = {0.0f, 10.0f, -7.0f, 2.0f};
    v.mask.assign(4, 1);
    medfeat_preprocess_settings s = no_processing();
    s.spacing = 1.0;
    Output plain, rounded;
    ASSERT_EQ(run(v.view(), s, plain), MEDFEAT_OK);
    s.round_intensities = 1;
    ASSERT_EQ(run(v.view(), s, rounded), MEDFEAT_OK);
    bool any_fraction = false;
    for (size_t i = 0; i < plain.values.size(); ++i) {
        any_fraction = any_fraction || plain.values[i] != std::round(plain.values[i]);
        EXPECT_EQ(rounded.values[i], std::round(plain.values[i])) << "voxel " << i << ": " << plain.values[i];
    }
    EXPECT_TRUE(any_fraction) << "the test image should interpolate to fractions";
}

TEST(Preprocess, InvalidSettings_Argument) {
    const Volume phantom = load_phantom();
    const medfeat_image image = phantom.view();
    Output out;
    for (int k = 0; k < 6; ++k) {
        medfeat_preprocess_settings s = no_processing();
        if (k == 0) s.spacing = -1.0;
        if (k == 1) s.mask_interpolation = 7;
        if (k == 2) { s.resegment_range = 1; s.range_min = 5; s.range_max = 1; }
        if (k == 3) s.outlier_sigma = std::nan("");
        if (k == 4) s.spacing = std::numeric_limits<double>::infinity();
        if (k == 5) s.round_intensities = 2;
        EXPECT_EQ(run(image, s, out), MEDFEAT_E_ARGUMENT) << "case " << k;
    }
    medfeat_image bad = image;
    bad.mask_count -= 1;
    EXPECT_EQ(run(bad, no_processing(), out), MEDFEAT_E_SHAPE);
}
