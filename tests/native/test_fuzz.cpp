// Fuzz-style robustness: random shapes, garbage intensities and settings must always yield a
// defined status, never a crash (run under -fsanitize=address,undefined via run_sanitized.sh).
// The seed is fixed so a failure reproduces.
#include "medfeat.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <limits>
#include <random>
#include <vector>

namespace {

float garbage_float(std::mt19937_64& rng) {
    switch (rng() % 8) {
        case 0: return std::numeric_limits<float>::quiet_NaN();
        case 1: return (rng() % 2 ? 1.0f : -1.0f) * std::numeric_limits<float>::infinity();
        case 2: return (rng() % 2 ? 1.0f : -1.0f) * std::numeric_limits<float>::max();
        case 3: {
            uint32_t bits = static_cast<uint32_t>(rng());
            float f;
            std::memcpy(&f, &bits, sizeof f);
            return f;
        }
        default: return static_cast<float>(rng() % 12);  // mostly valid grey levels 0..11
    }
}

double garbage_double(std::mt19937_64& rng) {
    const double choices[] = {0.0, -1.0, 1.0, 2.5, 1e-300, 1e300, std::nan(""), std::numeric_limits<double>::infinity()};
    return choices[rng() % 8];
}

}  // namespace

TEST(Fuzz, Extract_RandomShapesAndGarbage_AlwaysReturnsStatus) {
    std::mt19937_64 rng(20261121);
    const size_t n_out = static_cast<size_t>(medfeat_feature_count());
    std::vector<double> out(n_out);
    int ok = 0;
    for (int iteration = 0; iteration < 3000; ++iteration) {
        const int32_t nx = static_cast<int32_t>(rng() % 9) - 1;
        const int32_t ny = static_cast<int32_t>(rng() % 9) - 1;
        const int32_t nz = static_cast<int32_t>(rng() % 5) - 1;
        const int64_t declared = static_cast<int64_t>(std::max(nx, 0)) * std::max(ny, 0) * std::max(nz, 0);
        // Buffers are never shorter than the counts we declare: a caller lying about buffer
        // length is undefined behaviour the library cannot detect; a wrong shape it must reject.
        const int64_t value_count = rng() % 10 == 0 ? declared + 1 : declared;
        const int64_t mask_count = rng() % 10 == 0 ? std::max<int64_t>(declared - 1, 0) : declared;
        std::vector<float> values(static_cast<size_t>(std::max<int64_t>(value_count, 1)));
        std::vector<uint8_t> mask(static_cast<size_t>(std::max<int64_t>(mask_count, 1)));
        const bool clean = rng() % 2 == 0;
        for (float& v : values) v = clean ? static_cast<float>(1 + rng() % 8) : garbage_float(rng);
        for (uint8_t& m : mask) m = static_cast<uint8_t>(rng() % 3 == 0 ? 0 : rng() % 256);

        medfeat_image image{};
        image.values = rng() % 50 == 0 ? nullptr : values.data();
        image.mask = rng() % 50 == 0 ? nullptr : mask.data();
        image.value_count = value_count;
        image.mask_count = mask_count;
        image.nx = nx;
        image.ny = ny;
        image.nz = nz;
        image.spacing_x = rng() % 20 == 0 ? garbage_double(rng) : 1.0;
        image.spacing_y = rng() % 20 == 0 ? garbage_double(rng) : 0.5;
        image.spacing_z = rng() % 20 == 0 ? garbage_double(rng) : 2.0;

        medfeat_settings settings{};
        settings.discretisation = static_cast<int32_t>(rng() % 4);
        settings.bin_number = static_cast<int32_t>(rng() % 40) - 2;
        settings.bin_size = rng() % 4 == 0 ? garbage_double(rng) : 0.25 * static_cast<double>(1 + rng() % 8);
        settings.bin_min = rng() % 4 == 0 ? garbage_double(rng) : -1.0;
        settings.glcm_distance = static_cast<int32_t>(rng() % 5) - 1;

        const size_t capacity = rng() % 20 == 0 ? n_out - 1 : n_out;
        const medfeat_status status = medfeat_extract(&image, &settings, out.data(), capacity);
        ASSERT_GE(status, MEDFEAT_OK) << "iteration " << iteration;
        ASSERT_LE(status, MEDFEAT_E_INTERNAL) << "iteration " << iteration;
        ASSERT_NE(status, MEDFEAT_E_INTERNAL) << "iteration " << iteration;
        if (status == MEDFEAT_OK) {
            ++ok;
            int64_t inside = 0;
            for (int64_t v = 0; v < declared; ++v) inside += mask[static_cast<size_t>(v)] != 0;
            ASSERT_EQ(out[19], static_cast<double>(inside)) << "voxel count, iteration " << iteration;
        }

        double counts[64];
        int32_t levels = 0;
        const medfeat_status glcm = medfeat_glcm_matrix(&image, &settings, static_cast<int32_t>(rng() % 5) - 2,
                                                        static_cast<int32_t>(rng() % 3) - 1, 1, counts, 64, &levels);
        ASSERT_GE(glcm, MEDFEAT_OK);
        ASSERT_LT(glcm, MEDFEAT_E_INTERNAL);

        std::vector<double> matrix(rng() % 3 == 0 ? 0 : 4096);
        int32_t rows = 0, cols = 0;
        const medfeat_status texture = medfeat_texture_matrix(
            &image, &settings, static_cast<int32_t>(rng() % 8), static_cast<int32_t>(rng() % 6) - 2,
            static_cast<int32_t>(rng() % 3) - 1, static_cast<int32_t>(rng() % 3) - 1, static_cast<int32_t>(rng() % 3) - 1,
            matrix.empty() ? nullptr : matrix.data(), matrix.size(), &rows, &cols);
        ASSERT_GE(texture, MEDFEAT_OK) << "iteration " << iteration;
        ASSERT_LT(texture, MEDFEAT_E_INTERNAL) << "iteration " << iteration;
    }
    // The generator must exercise the success path too, or the test proves little.
    EXPECT_GT(ok, 100);
}
