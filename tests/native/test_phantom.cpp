// The IBSI-1 digital phantom: final feature values and the intermediate GLCM matrices.
#include "phantom.hpp"

#include <gtest/gtest.h>

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
    ASSERT_FALSE(rows.empty());
    for (const ReferenceRow& r : rows) {
        int found = -1;
        for (int i = 0; i < medfeat_feature_count(); ++i) {
            medfeat_feature_info info{};
            ASSERT_EQ(medfeat_feature_info_get(i, &info), MEDFEAT_OK);
            if (r.code == info.ibsi_code && r.aggregation == info.aggregation) found = i;
        }
        ASSERT_GE(found, 0) << "no feature for reference row " << r.feature << " (" << r.code << ", "
                            << r.aggregation << ")";
        EXPECT_NEAR(values[static_cast<size_t>(found)], r.value, r.tolerance)
            << r.feature << " (" << r.code << ", " << r.aggregation << ")";
    }
}

TEST(Phantom, FeatureTable_EveryCodedFeature_HasReferenceRow) {
    const std::vector<ReferenceRow> rows = load_reference();
    for (int i = 0; i < medfeat_feature_count(); ++i) {
        medfeat_feature_info info{};
        ASSERT_EQ(medfeat_feature_info_get(i, &info), MEDFEAT_OK);
        if (std::string(info.ibsi_code).empty()) continue;
        bool found = false;
        for (const ReferenceRow& r : rows) found = found || (r.code == info.ibsi_code && r.aggregation == info.aggregation);
        EXPECT_TRUE(found) << "no reference row for " << info.column_name << " (" << info.ibsi_code << ")";
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
