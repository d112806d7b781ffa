// The IBSI-1 digital phantom: final feature values and the intermediate GLCM matrices.
#include "phantom.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <sstream>

using namespace medfeat_test;

namespace {

std::vector<double> extract_phantom() {
    const Volume v = load_phantom();
    const medfeat_image image = v.view();
    const medfeat_settings settings = phantom_settings();
    std::vector<double> out(static_cast<size_t>(medfeat_feature_count()));
    EXPECT_EQ(medfeat_extract(&image, &settings, out.data(), out.size()), MEDFEAT_OK);
    return out;
}

}  // namespace

TEST(Phantom, Extract_IbsiPhantom_MatchesEveryReferenceValue) {
    const std::vector<double> values = extract_phantom();
    const std::vector<ReferenceRow> rows = load_reference();
    const std::vector<int> matched = match_references(rows);
    ASSERT_FALSE(rows.empty());
    for (size_t k = 0; k < rows.size(); ++k) {
        const ReferenceRow& r = rows[k];
        ASSERT_GE(matched[k], 0) << "no feature for reference row " << r.family << " " << r.feature << " (" << r.code
                                 << ", " << r.aggregation << ")";
        medfeat_feature_info info{};
        ASSERT_EQ(medfeat_feature_info_get(matched[k], &info), MEDFEAT_OK);
        EXPECT_NEAR(values[static_cast<size_t>(matched[k])], r.value, r.tolerance)
            << info.column_name << ": " << r.family << " " << r.feature << " (" << r.code << ", " << r.aggregation << ")";
    }
}

TEST(Phantom, ReferenceRows_Codes_MatchFeatureTableExceptErrata) {
    const std::vector<ReferenceRow> rows = load_reference();
    const std::vector<int> matched = match_references(rows);
    for (size_t k = 0; k < rows.size(); ++k) {
        if (matched[k] < 0) continue;  // reported by the test above
        medfeat_feature_info info{};
        ASSERT_EQ(medfeat_feature_info_get(matched[k], &info), MEDFEAT_OK);
        const std::string corrected = code_erratum(rows[k]);
        EXPECT_EQ(std::string(info.ibsi_code), corrected.empty() ? rows[k].code : corrected)
            << info.column_name << ": table code '" << rows[k].code << "'";
    }
}

TEST(Phantom, FeatureTable_EveryCodedFeature_HasReferenceRow) {
    const std::vector<int> matched = match_references(load_reference());
    for (int i = 0; i < medfeat_feature_count(); ++i) {
        medfeat_feature_info info{};
        ASSERT_EQ(medfeat_feature_info_get(i, &info), MEDFEAT_OK);
        if (std::string(info.ibsi_code).empty()) continue;
        EXPECT_NE(std::find(matched.begin(), matched.end(), i), matched.end())
            << "no reference row for " << info.column_name << " (" << info.ibsi_code << ")";
    }
}

TEST(Phantom, GlcmMatrix_IbsiDirectionsAndMerged_MatchDocs06) {
    std::map<std::string, std::map<std::pair<int, int>, double>> expected;
    std::ifstream in(data_path("glcm_3d_matrices.csv"));
    ASSERT_TRUE(in.good());
    std::string line;
    std::getline(in, line);
    while (std::getline(in, line)) {
        std::istringstream s(line);
        std::string matrix, i, j, n;
        std::getline(s, matrix, ',');
        std::getline(s, i, ',');
        std::getline(s, j, ',');
        std::getline(s, n, ',');
        expected[matrix][{std::stoi(i), std::stoi(j)}] = std::stod(n);
    }
    ASSERT_EQ(expected.size(), 3u);

    const Volume v = load_phantom();
    const medfeat_image image = v.view();
    const medfeat_settings settings = phantom_settings();
    const int32_t dirs[13][3] = {{0, 0, 1},  {0, 1, -1}, {0, 1, 0},  {0, 1, 1},  {1, -1, -1}, {1, -1, 0}, {1, -1, 1},
                                 {1, 0, -1}, {1, 0, 0},  {1, 0, 1},  {1, 1, -1}, {1, 1, 0},   {1, 1, 1}};
    std::vector<double> merged;
    int32_t levels = 0;
    for (const auto& d : dirs) {
        std::vector<double> counts(64 * 64);
        ASSERT_EQ(medfeat_glcm_matrix(&image, &settings, d[0], d[1], d[2], counts.data(), counts.size(), &levels),
                  MEDFEAT_OK);
        ASSERT_EQ(levels, 6);
        counts.resize(36);
        if (merged.empty()) merged.assign(36, 0.0);
        for (size_t c = 0; c < 36; ++c) merged[c] += counts[c];
        const std::string key = std::to_string(d[0]) + " " + std::to_string(d[1]) + " " + std::to_string(d[2]);
        if (!expected.count(key)) continue;
        for (int i = 1; i <= 6; ++i)
            for (int j = 1; j <= 6; ++j) {
                const double want = expected[key].count({i, j}) ? expected[key][{i, j}] : 0.0;
                EXPECT_EQ(counts[static_cast<size_t>((i - 1) * 6 + (j - 1))], want)
                    << "direction " << key << " cell (" << i << "," << j << ")";
            }
    }
    for (int i = 1; i <= 6; ++i)
        for (int j = 1; j <= 6; ++j) {
            const double want = expected["merged"].count({i, j}) ? expected["merged"][{i, j}] : 0.0;
            EXPECT_EQ(merged[static_cast<size_t>((i - 1) * 6 + (j - 1))], want) << "merged cell (" << i << "," << j << ")";
        }
}

TEST(Phantom, ReferenceValues_ImplementedFamilies_AllRowsPresent) {
    // Guards the golden data itself: dropping rows from reference_values.csv must not go unnoticed.
    std::map<std::string, int> per_family;
    for (const ReferenceRow& r : load_reference()) ++per_family[r.family];
    EXPECT_EQ(per_family["intensity_statistics"], 18);
    EXPECT_EQ(per_family["morphology"], 25);
    EXPECT_EQ(per_family["local_intensity"], 2);
    EXPECT_EQ(per_family["intensity_histogram"], 23);
    EXPECT_EQ(per_family["intensity_volume_histogram"], 6);
    EXPECT_EQ(per_family["glcm"], 6 * 25);
    EXPECT_EQ(per_family["glrlm"], 6 * 16);
    EXPECT_EQ(per_family["glszm"], 3 * 16);
    EXPECT_EQ(per_family["gldzm"], 3 * 16);
    EXPECT_EQ(per_family["ngtdm"], 3 * 5);
    EXPECT_EQ(per_family["ngldm"], 3 * 17);
    size_t total = 0;
    for (const auto& [family, count] : per_family) total += static_cast<size_t>(count);
    EXPECT_EQ(total, 482u) << "the IBSI-1 table has 482 digital phantom rows";
}

namespace {

const int32_t kDirs2d[4][3] = {{0, 1, 0}, {1, -1, 0}, {1, 0, 0}, {1, 1, 0}};
const int32_t kDirs3d[13][3] = {{0, 0, 1},  {0, 1, -1}, {0, 1, 0},  {0, 1, 1},  {1, -1, -1}, {1, -1, 0}, {1, -1, 1},
                                {1, 0, -1}, {1, 0, 0},  {1, 0, 1},  {1, 1, -1}, {1, 1, 0},   {1, 1, 1}};

// The matrix of `kind` for slice (-1 = 3D) and direction, as {(i, j) -> count} without zero cells.
std::map<std::pair<int, int>, double> texture_matrix(int32_t kind, int32_t slice, const int32_t* d) {
    const Volume v = load_phantom();
    const medfeat_image image = v.view();
    const medfeat_settings settings = phantom_settings();
    int32_t rows = 0, cols = 0;
    EXPECT_EQ(medfeat_texture_matrix(&image, &settings, kind, slice, d[0], d[1], d[2], nullptr, 0, &rows, &cols),
              MEDFEAT_E_ARGUMENT);
    std::vector<double> out(static_cast<size_t>(rows) * static_cast<size_t>(cols));
    EXPECT_EQ(medfeat_texture_matrix(&image, &settings, kind, slice, d[0], d[1], d[2], out.data(), out.size(), &rows,
                                     &cols),
              MEDFEAT_OK);
    std::map<std::pair<int, int>, double> cells;
    for (size_t k = 0; k < out.size(); ++k) {
        if (out[k] != 0.0) cells[{static_cast<int>(k) / cols + 1, static_cast<int>(k) % cols + 1}] = out[k];
    }
    return cells;
}

}  // namespace

// Intermediate golden data: the phantom's texture matrices from IBSI docs/06 (see tests/data/ibsi/README.md).
TEST(Phantom, TextureMatrix_IbsiPhantom_MatchesDocs06) {
    std::map<std::pair<std::string, std::string>, std::map<std::pair<int, int>, double>> expected;
    std::ifstream in(data_path("texture_matrices.csv"));
    ASSERT_TRUE(in.good());
    std::string line;
    std::getline(in, line);
    while (std::getline(in, line)) {
        std::istringstream s(line);
        std::string matrix, slice, i, j, n;
        std::getline(s, matrix, ',');
        std::getline(s, slice, ',');
        std::getline(s, i, ',');
        std::getline(s, j, ',');
        std::getline(s, n, ',');
        expected[{matrix, slice}][{std::stoi(i), std::stoi(j)}] = std::stod(n);
    }
    ASSERT_EQ(expected.size(), 25u);
    const std::map<std::string, int32_t> kinds = {{"glcm", MEDFEAT_MATRIX_GLCM},   {"glrlm", MEDFEAT_MATRIX_GLRLM},
                                                  {"glszm", MEDFEAT_MATRIX_GLSZM}, {"gldzm", MEDFEAT_MATRIX_GLDZM},
                                                  {"ngldm", MEDFEAT_MATRIX_NGLDM}, {"ngtdm", MEDFEAT_MATRIX_NGTDM}};
    const int32_t none[3] = {0, 0, 0};
    for (const auto& [key, want] : expected) {
        const int32_t kind = kinds.at(key.first);
        const int32_t slice = key.second == "3d" ? -1 : std::stoi(key.second) - 1;
        std::map<std::pair<int, int>, double> got;
        if (kind == MEDFEAT_MATRIX_GLCM || kind == MEDFEAT_MATRIX_GLRLM) {
            // docs/06 lists the merged matrices: the 4 in-plane directions of a slice, or the 13 of the volume.
            const int count = slice < 0 ? 13 : 4;
            for (int d = 0; d < count; ++d)
                for (const auto& [cell, n] : texture_matrix(kind, slice, slice < 0 ? kDirs3d[d] : kDirs2d[d])) got[cell] += n;
        } else {
            got = texture_matrix(kind, slice, none);
        }
        const std::string what = key.first + " slice " + key.second;
        EXPECT_EQ(got.size(), want.size()) << what << ": number of non-zero cells";
        for (const auto& [cell, n] : want) {
            const double actual = got.count(cell) ? got.at(cell) : 0.0;
            // NGTDM s_i are printed with 6 decimals in docs/06.
            EXPECT_NEAR(actual, n, 5e-7) << what << " cell (" << cell.first << "," << cell.second << ")";
        }
    }
}

// For a single slice the 3D neighbourhoods and zones reduce to the 2D ones, so the 2D (slice-averaged),
// 2.5D and 3D values of the NGTDM, NGLDM and GLSZM must agree: a parity check of the two code paths.
TEST(Phantom, Extract_SingleSlice_2dAnd3dAggregationsAgree) {
    Volume v = load_phantom();
    v.nz = 1;
    v.values.resize(static_cast<size_t>(v.nx * v.ny));
    v.mask.resize(v.values.size());
    const medfeat_image image = v.view();
    const medfeat_settings settings = phantom_settings();
    std::vector<double> out(static_cast<size_t>(medfeat_feature_count()));
    ASSERT_EQ(medfeat_extract(&image, &settings, out.data(), out.size()), MEDFEAT_OK);
    std::map<std::string, double> by_column;
    for (int i = 0; i < medfeat_feature_count(); ++i) {
        medfeat_feature_info info{};
        ASSERT_EQ(medfeat_feature_info_get(i, &info), MEDFEAT_OK);
        by_column[info.column_name] = out[static_cast<size_t>(i)];
    }
    int compared = 0;
    for (const auto& [column, value] : by_column) {
        const std::string family = column.substr(0, 5);
        if ((family != "ngtdm" && family != "ngldm" && family != "glszm") || column.size() < 3 ||
            column.compare(column.size() - 3, 3, "_2d") != 0)
            continue;
        const std::string stem = column.substr(0, column.size() - 3);
        EXPECT_NEAR(by_column.at(stem + "_3d"), value, 1e-12 * std::max(1.0, std::fabs(value))) << stem;
        EXPECT_NEAR(by_column.at(stem + "_25d"), value, 1e-12 * std::max(1.0, std::fabs(value))) << stem;
        ++compared;
    }
    EXPECT_EQ(compared, 5 + 17 + 16);
}

// Hand-computed mesh: a lone voxel of side s meshes to the octahedron through its 6 face centres
// (half-diagonals s / 2): V = s^3 / 6, A = 8 equilateral triangles of side s / sqrt(2) = sqrt(3) s^2.
TEST(Morphology, Extract_SingleVoxel_MeshIsOctahedron) {
    Volume v;
    v.nx = v.ny = v.nz = 3;
    v.sx = v.sy = v.sz = 2.0;
    v.values.assign(27, 1.0f);
    v.mask.assign(27, 0);
    v.mask[13] = 1;
    const medfeat_image image = v.view();
    const medfeat_settings settings = phantom_settings();
    std::vector<double> out(static_cast<size_t>(medfeat_feature_count()));
    ASSERT_EQ(medfeat_extract(&image, &settings, out.data(), out.size()), MEDFEAT_OK);
    std::map<std::string, double> by_column;
    for (int i = 0; i < medfeat_feature_count(); ++i) {
        medfeat_feature_info info{};
        ASSERT_EQ(medfeat_feature_info_get(i, &info), MEDFEAT_OK);
        by_column[info.column_name] = out[static_cast<size_t>(i)];
    }
    EXPECT_NEAR(by_column.at("morph_volume"), 8.0 / 6.0, 1e-12);
    EXPECT_NEAR(by_column.at("morph_area"), std::sqrt(3.0) * 4.0, 1e-12);
    EXPECT_NEAR(by_column.at("morph_v_dens_aabb"), (8.0 / 6.0) / 8.0, 1e-12);  // mesh box = the voxel, 2 mm a side
    EXPECT_NEAR(by_column.at("morph_com"), 0.0, 1e-12);
}

// A slice with a single grey level has pairs but no GLCM correlation (0 / 0). "Averaged" aggregations
// average each feature over the matrices that define it, so the 2D average stays finite.
TEST(Aggregation, Extract_SliceWithOneGreyLevel_AveragedCorrelationStaysFinite) {
    Volume v;
    v.nx = 4;
    v.ny = 4;
    v.nz = 2;
    v.sx = v.sy = v.sz = 1.0;
    const float levels[32] = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,   // slice 0: one level
                              1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3, 3, 2, 1, 1};  // slice 1: three
    v.values.assign(levels, levels + 32);
    v.mask.assign(32, 1);
    const medfeat_image image = v.view();
    const medfeat_settings settings = phantom_settings();
    std::vector<double> out(static_cast<size_t>(medfeat_feature_count()));
    ASSERT_EQ(medfeat_extract(&image, &settings, out.data(), out.size()), MEDFEAT_OK);
    for (int i = 0; i < medfeat_feature_count(); ++i) {
        medfeat_feature_info info{};
        ASSERT_EQ(medfeat_feature_info_get(i, &info), MEDFEAT_OK);
        const std::string column = info.column_name;
        if (column.rfind("glcm_", 0) == 0 && column.find("_2d_") != std::string::npos) {
            EXPECT_TRUE(std::isfinite(out[static_cast<size_t>(i)])) << column;
        }
    }
}
