// Every invalid input maps to its specific status code.
#include "phantom.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>

using namespace medfeat_test;

namespace {

class Validation : public ::testing::Test {
protected:
    Volume volume = load_phantom();
    medfeat_settings settings = phantom_settings();
    std::vector<double> out = std::vector<double>(static_cast<size_t>(medfeat_feature_count()));

    medfeat_status run(const medfeat_image& image) { return medfeat_extract(&image, &settings, out.data(), out.size()); }
};

}  // namespace

TEST_F(Validation, Extract_NullPointers_Argument) {
    medfeat_image image = volume.view();
    EXPECT_EQ(medfeat_extract(nullptr, &settings, out.data(), out.size()), MEDFEAT_E_ARGUMENT);
    EXPECT_EQ(medfeat_extract(&image, nullptr, out.data(), out.size()), MEDFEAT_E_ARGUMENT);
    EXPECT_EQ(medfeat_extract(&image, &settings, nullptr, out.size()), MEDFEAT_E_ARGUMENT);
    image.values = nullptr;
    EXPECT_EQ(run(image), MEDFEAT_E_ARGUMENT);
    image = volume.view();
    image.mask = nullptr;
    EXPECT_EQ(run(image), MEDFEAT_E_ARGUMENT);
}

TEST_F(Validation, Extract_CapacityTooSmall_Argument) {
    const medfeat_image image = volume.view();
    EXPECT_EQ(medfeat_extract(&image, &settings, out.data(), out.size() - 1), MEDFEAT_E_ARGUMENT);
}

TEST_F(Validation, Extract_NonPositiveDimension_Shape) {
    for (int axis = 0; axis < 3; ++axis) {
        for (int32_t bad : {0, -1, std::numeric_limits<int32_t>::min()}) {
            medfeat_image image = volume.view();
            (axis == 0 ? image.nx : axis == 1 ? image.ny : image.nz) = bad;
            EXPECT_EQ(run(image), MEDFEAT_E_SHAPE) << "axis " << axis << " = " << bad;
        }
    }
}

TEST_F(Validation, Extract_LengthMismatch_Shape) {
    medfeat_image image = volume.view();
    image.value_count -= 1;
    EXPECT_EQ(run(image), MEDFEAT_E_SHAPE);
    image = volume.view();
    image.mask_count -= 1;
    EXPECT_EQ(run(image), MEDFEAT_E_SHAPE);
}

TEST_F(Validation, Extract_AbsurdSize_TooLarge) {
    medfeat_image image = volume.view();
    image.nx = image.ny = image.nz = std::numeric_limits<int32_t>::max();
    EXPECT_EQ(run(image), MEDFEAT_E_TOO_LARGE);
}

TEST_F(Validation, Extract_BadSpacing_Argument) {
    for (double bad : {0.0, -2.0, std::nan(""), std::numeric_limits<double>::infinity()}) {
        medfeat_image image = volume.view();
        image.spacing_y = bad;
        EXPECT_EQ(run(image), MEDFEAT_E_ARGUMENT) << "spacing " << bad;
    }
}

TEST_F(Validation, Extract_EmptyMask_EmptyMask) {
    std::fill(volume.mask.begin(), volume.mask.end(), 0);
    EXPECT_EQ(run(volume.view()), MEDFEAT_E_EMPTY_MASK);
}

TEST_F(Validation, Extract_NanOrInfInsideMask_NonFinite) {
    for (float bad : {std::numeric_limits<float>::quiet_NaN(), std::numeric_limits<float>::infinity(),
                      -std::numeric_limits<float>::infinity()}) {
        Volume v = volume;
        v.values[0] = bad;
        EXPECT_EQ(run(v.view()), MEDFEAT_E_NONFINITE) << bad;
    }
}

TEST_F(Validation, Extract_NanOutsideMask_Ok) {
    volume.mask[7] = 0;
    volume.values[7] = std::numeric_limits<float>::quiet_NaN();
    EXPECT_EQ(run(volume.view()), MEDFEAT_OK);
}

TEST_F(Validation, Extract_BadSettings_Argument) {
    const medfeat_image image = volume.view();
    auto expect_bad = [&](medfeat_settings s, const char* what) {
        EXPECT_EQ(medfeat_settings_validate(&s), MEDFEAT_E_ARGUMENT) << what;
        EXPECT_EQ(medfeat_extract(&image, &s, out.data(), out.size()), MEDFEAT_E_ARGUMENT) << what;
    };
    medfeat_settings s = settings;
    s.discretisation = 7;
    expect_bad(s, "unknown discretisation");
    s = settings;
    s.glcm_distance = 0;
    expect_bad(s, "distance 0");
    s.discretisation = MEDFEAT_DISCRETISATION_FIXED_BIN_NUMBER;
    s.glcm_distance = 1;
    s.bin_number = 0;
    expect_bad(s, "bin number 0");
    s.bin_number = MEDFEAT_MAX_GREY_LEVELS + 1;
    expect_bad(s, "bin number too large");
    s = settings;
    s.discretisation = MEDFEAT_DISCRETISATION_FIXED_BIN_SIZE;
    s.bin_size = -1;
    expect_bad(s, "negative bin size");
    s.bin_size = 1;
    s.bin_min = std::nan("");
    expect_bad(s, "NaN bin min");
    for (int32_t mode : {-1, 2}) {
        s = settings;
        s.autocorrelation = mode;
        expect_bad(s, "unknown autocorrelation mode");
    }
    EXPECT_EQ(medfeat_settings_validate(nullptr), MEDFEAT_E_ARGUMENT);
}

TEST_F(Validation, Extract_NoneWithNonIntegerLevels_Argument) {
    volume.values[0] = 1.5f;
    EXPECT_EQ(run(volume.view()), MEDFEAT_E_ARGUMENT);
}

TEST_F(Validation, Extract_TinyBinSize_TooLarge) {
    settings.discretisation = MEDFEAT_DISCRETISATION_FIXED_BIN_SIZE;
    settings.bin_size = 1e-9;
    settings.bin_min = 0;
    EXPECT_EQ(run(volume.view()), MEDFEAT_E_TOO_LARGE);
}

TEST(Api, StatusMessage_EveryCode_NonEmpty) {
    for (int32_t s = MEDFEAT_OK; s <= MEDFEAT_E_INTERNAL + 1; ++s) EXPECT_GT(std::string(medfeat_status_message(s)).size(), 0u);
    EXPECT_STREQ(medfeat_status_message(-1), "unknown status");
}

TEST(Api, FeatureInfo_OutOfRange_Argument) {
    medfeat_feature_info info{};
    EXPECT_EQ(medfeat_feature_info_get(-1, &info), MEDFEAT_E_ARGUMENT);
    EXPECT_EQ(medfeat_feature_info_get(medfeat_feature_count(), &info), MEDFEAT_E_ARGUMENT);
    EXPECT_EQ(medfeat_feature_info_get(0, nullptr), MEDFEAT_E_ARGUMENT);
    EXPECT_STREQ(medfeat_version(), "0.1.0");
}

TEST(Discretisation, FixedBinNumberAndSize_PhantomSixLevels_SameAsNone) {
    // The phantom's ROI holds the levels 1, 3, 4, 6: FBS (w = 1, min = 1) and FBN (6 bins over
    // [1, 6]) both map them onto themselves, so every feature must equal the undiscretised one.
    const Volume v = load_phantom();
    const medfeat_image image = v.view();
    const size_t n = static_cast<size_t>(medfeat_feature_count());
    std::vector<double> none(n), fbs(n), fbn(n);
    medfeat_settings s = phantom_settings();
    ASSERT_EQ(medfeat_extract(&image, &s, none.data(), n), MEDFEAT_OK);
    s.discretisation = MEDFEAT_DISCRETISATION_FIXED_BIN_SIZE;
    s.bin_size = 1;
    s.bin_min = 1;
    ASSERT_EQ(medfeat_extract(&image, &s, fbs.data(), n), MEDFEAT_OK);
    s.discretisation = MEDFEAT_DISCRETISATION_FIXED_BIN_NUMBER;
    s.bin_number = 6;
    ASSERT_EQ(medfeat_extract(&image, &s, fbn.data(), n), MEDFEAT_OK);
    for (size_t i = 0; i < n; ++i) {
        medfeat_feature_info info{};
        medfeat_feature_info_get(static_cast<int32_t>(i), &info);
        // IBSI 3.5: with a fixed bin size the IVH reports bin centres, here the level + w / 2.
        const std::string column = info.column_name;
        const double centre_shift = column == "ivh_i10" || column == "ivh_i90" ? 0.5 : 0.0;
        EXPECT_DOUBLE_EQ(fbs[i], none[i] + centre_shift) << column;
        EXPECT_DOUBLE_EQ(fbn[i], none[i]) << column;
    }
}

TEST_F(Validation, TextureMatrix_BadArguments_Argument) {
    const medfeat_image image = volume.view();
    std::vector<double> m(1024);
    int32_t rows = 0, cols = 0;
    auto call = [&](int32_t kind, int32_t slice, int32_t dx, int32_t dy, int32_t dz) {
        return medfeat_texture_matrix(&image, &settings, kind, slice, dx, dy, dz, m.data(), m.size(), &rows, &cols);
    };
    EXPECT_EQ(call(MEDFEAT_MATRIX_GLSZM, -1, 0, 0, 0), MEDFEAT_OK);
    EXPECT_EQ(call(0, -1, 0, 0, 0), MEDFEAT_E_ARGUMENT);                    // unknown kind
    EXPECT_EQ(call(MEDFEAT_MATRIX_NGTDM + 1, -1, 0, 0, 0), MEDFEAT_E_ARGUMENT);
    EXPECT_EQ(call(MEDFEAT_MATRIX_GLSZM, -2, 0, 0, 0), MEDFEAT_E_ARGUMENT);  // slice below -1
    EXPECT_EQ(call(MEDFEAT_MATRIX_GLSZM, volume.nz, 0, 0, 0), MEDFEAT_E_ARGUMENT);
    EXPECT_EQ(call(MEDFEAT_MATRIX_GLSZM, 0, 1, 0, 0), MEDFEAT_E_ARGUMENT);   // direction for a non-directional kind
    EXPECT_EQ(call(MEDFEAT_MATRIX_GLRLM, 0, 0, 0, 0), MEDFEAT_E_ARGUMENT);   // no direction
    EXPECT_EQ(call(MEDFEAT_MATRIX_GLRLM, 0, 2, 0, 0), MEDFEAT_E_ARGUMENT);   // not a unit step
    EXPECT_EQ(call(MEDFEAT_MATRIX_GLCM, 1, 0, 0, 1), MEDFEAT_E_ARGUMENT);    // z step within a slice
    EXPECT_EQ(medfeat_texture_matrix(&image, &settings, MEDFEAT_MATRIX_GLCM, -1, 1, 0, 0, m.data(), m.size(), nullptr,
                                     &cols),
              MEDFEAT_E_ARGUMENT);
    EXPECT_EQ(medfeat_texture_matrix(&image, &settings, MEDFEAT_MATRIX_GLCM, -1, 1, 0, 0, nullptr, 4, &rows, &cols),
              MEDFEAT_E_ARGUMENT);
}

TEST_F(Validation, TextureMatrix_CapacityTooSmall_ArgumentWithShape) {
    const medfeat_image image = volume.view();
    std::vector<double> m(10);
    int32_t rows = 0, cols = 0;
    EXPECT_EQ(medfeat_texture_matrix(&image, &settings, MEDFEAT_MATRIX_GLSZM, -1, 0, 0, 0, m.data(), m.size(), &rows,
                                     &cols),
              MEDFEAT_E_ARGUMENT);
    EXPECT_EQ(rows, 6);
    EXPECT_EQ(cols, 50);  // the largest 3D zone of the phantom
}

TEST_F(Validation, TextureMatrix_EmptyMaskOrNonFinite_SameCodesAsExtract) {
    medfeat_image image = volume.view();
    std::vector<uint8_t> empty(volume.mask.size(), 0);
    image.mask = empty.data();
    std::vector<double> m(1024);
    int32_t rows = 0, cols = 0;
    EXPECT_EQ(medfeat_texture_matrix(&image, &settings, MEDFEAT_MATRIX_NGTDM, -1, 0, 0, 0, m.data(), m.size(), &rows,
                                     &cols),
              MEDFEAT_E_EMPTY_MASK);
    std::vector<float> values = volume.values;
    values[0] = std::numeric_limits<float>::quiet_NaN();
    image = volume.view();
    image.values = values.data();
    EXPECT_EQ(medfeat_texture_matrix(&image, &settings, MEDFEAT_MATRIX_NGLDM, -1, 0, 0, 0, m.data(), m.size(), &rows,
                                     &cols),
              MEDFEAT_E_NONFINITE);
}
