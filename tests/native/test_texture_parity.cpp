// Parity of the fast texture paths with straightforward reference implementations written here from the IBSI
// definitions: coordinates and bounds checks, one voxel and one neighbour at a time, no padding, no box sums,
// no run-length recurrences, breadth-first distances. Random images and masks, 2D (one slice) and 3D, tiny and
// nearly empty ROIs, long thin images (large tables, where the GLRLM falls back to sorted keys). The grey levels
// are the intensities themselves (no discretisation), so the references need no discretisation code.
// Also the intensity statistics (radix-sorted ROI) against std::sort with negative, fractional and signed-zero
// intensities and anisotropic spacing.
#include "medfeat.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <limits>
#include <deque>
#include <iterator>
#include <map>
#include <random>
#include <string>
#include <vector>

namespace {

struct Grey {
    int nx = 0, ny = 0, nz = 0;
    std::vector<float> values;  // grey levels 1..max inside the ROI
    std::vector<uint8_t> mask;
    int levels = 0;  // the largest ROI level: Ng without discretisation

    int at(int x, int y, int z) const {
        if (x < 0 || x >= nx || y < 0 || y >= ny || z < 0 || z >= nz) return 0;
        const size_t v = (static_cast<size_t>(z) * ny + y) * nx + x;
        return mask[v] != 0 ? static_cast<int>(values[v]) : 0;
    }
    medfeat_image view() const {
        medfeat_image image{};
        image.values = values.data();
        image.mask = mask.data();
        image.value_count = image.mask_count = static_cast<int64_t>(values.size());
        image.nx = nx;
        image.ny = ny;
        image.nz = nz;
        image.spacing_x = 0.8;
        image.spacing_y = 1.1;
        image.spacing_z = 2.5;
        return image;
    }
};

// Fills g (its shape set) with grey levels 1..max_level and a ROI holding each voxel with probability fill and at
// least one voxel; sets g.levels to the largest level in the ROI.
void fill_random(Grey& g, std::mt19937& rng, int max_level, double fill) {
    const size_t n = static_cast<size_t>(g.nx) * g.ny * g.nz;
    for (size_t v = 0; v < n; ++v) {
        g.values.push_back(static_cast<float>(1 + static_cast<int>(rng() % static_cast<uint32_t>(max_level))));
        g.mask.push_back(static_cast<double>(rng() % 1000) / 1000.0 < fill ? 1 : 0);
    }
    g.mask[rng() % n] = 1;
    for (size_t v = 0; v < n; ++v)
        if (g.mask[v] != 0) g.levels = std::max(g.levels, static_cast<int>(g.values[v]));
}

// Cases: shape, ROI fill and level count vary with the seed; every ROI holds at least one voxel.
Grey random_grey(uint32_t seed) {
    std::mt19937 rng(seed);
    Grey g;
    const int kind = static_cast<int>(seed % 6);
    if (kind == 0) {  // one slice
        g.nx = 3 + static_cast<int>(rng() % 14);
        g.ny = 2 + static_cast<int>(rng() % 12);
        g.nz = 1;
    } else if (kind == 1) {  // tiny
        g.nx = 1 + static_cast<int>(rng() % 3);
        g.ny = 1 + static_cast<int>(rng() % 2);
        g.nz = 1 + static_cast<int>(rng() % 2);
    } else if (kind == 2) {  // long and thin along x, many levels: GLRLM tables too large for the dense path
        g.nx = 200 + static_cast<int>(rng() % 200);
        g.ny = 1 + static_cast<int>(rng() % 2);
        g.nz = 1;
    } else {
        g.nx = 2 + static_cast<int>(rng() % 12);
        g.ny = 2 + static_cast<int>(rng() % 10);
        g.nz = 2 + static_cast<int>(rng() % 7);
    }
    const int max_level = kind == 2 ? 300 : 1 + static_cast<int>(rng() % 6);
    const double fill = seed % 7 == 0 ? 0.05 : 0.3 + 0.7 * static_cast<double>(rng() % 100) / 100.0;
    fill_random(g, rng, max_level, fill);
    return g;
}

using Cells = std::map<std::pair<int, long>, double>;  // (grey level, j) -> count, non-zero cells only

// The library's matrix as cells; slice -1 is the 3D matrix.
Cells library_matrix(const Grey& g, int kind, int slice, const int* d) {
    const medfeat_image image = g.view();
    medfeat_settings settings{};
    settings.discretisation = MEDFEAT_DISCRETISATION_NONE;
    settings.glcm_distance = 1;
    int32_t rows = 0, cols = 0;
    medfeat_texture_matrix(&image, &settings, kind, slice, d[0], d[1], d[2], nullptr, 0, &rows, &cols);
    std::vector<double> out(static_cast<size_t>(rows) * static_cast<size_t>(cols));
    EXPECT_EQ(medfeat_texture_matrix(&image, &settings, kind, slice, d[0], d[1], d[2], out.data(), out.size(), &rows, &cols),
              MEDFEAT_OK);
    EXPECT_EQ(rows, g.levels);
    Cells cells;
    for (size_t k = 0; k < out.size(); ++k)
        if (out[k] != 0.0) cells[{static_cast<int>(k) / cols + 1, static_cast<long>(k) % cols + 1}] = out[k];
    return cells;
}

// Visits the voxels of slice `slice` (or all, slice -1) inside the ROI.
template <typename F>
void for_roi(const Grey& g, int slice, F f) {
    for (int z = slice < 0 ? 0 : slice; z < (slice < 0 ? g.nz : slice + 1); ++z)
        for (int y = 0; y < g.ny; ++y)
            for (int x = 0; x < g.nx; ++x)
                if (g.at(x, y, z) != 0) f(x, y, z, g.at(x, y, z));
}

Cells reference_glcm(const Grey& g, int slice, const int* d) {
    Cells c;
    for_roi(g, slice, [&](int x, int y, int z, int a) {
        const int b = g.at(x + d[0], y + d[1], z + d[2]);
        if (b == 0) return;
        c[{a, b}] += 1;
        c[{b, a}] += 1;
    });
    return c;
}

Cells reference_glrlm(const Grey& g, int slice, const int* d) {
    Cells c;
    for_roi(g, slice, [&](int x, int y, int z, int l) {
        if (g.at(x - d[0], y - d[1], z - d[2]) == l) return;  // not the first voxel of its run
        long length = 1;
        while (g.at(x + length * d[0], y + length * d[1], z + length * d[2]) == l) ++length;
        c[{l, length}] += 1;
    });
    return c;
}

// Calls f(dx, dy, dz) for the 8 in-plane or 26 neighbour offsets.
template <typename F>
void for_neighbours(bool three_d, F f) {
    for (int dz = three_d ? -1 : 0; dz <= (three_d ? 1 : 0); ++dz)
        for (int dy = -1; dy <= 1; ++dy)
            for (int dx = -1; dx <= 1; ++dx)
                if (dx != 0 || dy != 0 || dz != 0) f(dx, dy, dz);
}

Cells reference_ngldm(const Grey& g, int slice) {
    Cells c;
    for_roi(g, slice, [&](int x, int y, int z, int l) {
        long dependence = 1;
        for_neighbours(slice < 0, [&](int dx, int dy, int dz) { dependence += g.at(x + dx, y + dy, z + dz) == l; });
        c[{l, dependence}] += 1;
    });
    return c;
}

// NGTDM as cells (level, 1) = s_i and (level, 2) = n_i.
Cells reference_ngtdm(const Grey& g, int slice) {
    Cells c;
    for_roi(g, slice, [&](int x, int y, int z, int l) {
        double sum = 0, count = 0;
        for_neighbours(slice < 0, [&](int dx, int dy, int dz) {
            const int n = g.at(x + dx, y + dy, z + dz);
            if (n == 0) return;
            sum += n;
            count += 1;
        });
        if (count == 0) return;
        c[{l, 1}] += std::fabs(l - sum / count);
        c[{l, 2}] += 1;
    });
    for (auto it = c.begin(); it != c.end();) it = it->second == 0.0 ? c.erase(it) : std::next(it);
    return c;
}

// GLSZM (by_distance false) or GLDZM: zones by breadth-first flood fill over 8 / 26 neighbours; distances to the
// ROI edge by breadth-first search over 4 / 6 face neighbours from the voxels with a face neighbour outside.
Cells reference_zones(const Grey& g, int slice, bool by_distance) {
    const bool three_d = slice < 0;
    auto index = [&](int x, int y, int z) { return (static_cast<size_t>(z) * g.ny + y) * g.nx + x; };
    const int faces[6][3] = {{1, 0, 0}, {-1, 0, 0}, {0, 1, 0}, {0, -1, 0}, {0, 0, 1}, {0, 0, -1}};
    const int face_count = three_d ? 6 : 4;
    std::vector<long> distance(g.values.size(), 0);
    std::deque<std::array<int, 3>> queue;
    for_roi(g, slice, [&](int x, int y, int z, int) {
        for (int f = 0; f < face_count; ++f)
            if (g.at(x + faces[f][0], y + faces[f][1], z + faces[f][2]) == 0) {
                distance[index(x, y, z)] = 1;
                queue.push_back({x, y, z});
                return;
            }
    });
    while (!queue.empty()) {
        const auto p = queue.front();
        queue.pop_front();
        for (int f = 0; f < face_count; ++f) {
            const int x = p[0] + faces[f][0], y = p[1] + faces[f][1], z = p[2] + faces[f][2];
            if (g.at(x, y, z) == 0 || distance[index(x, y, z)] != 0) continue;
            distance[index(x, y, z)] = distance[index(p[0], p[1], p[2])] + 1;
            queue.push_back({x, y, z});
        }
    }
    Cells c;
    std::vector<bool> taken(g.values.size(), false);
    for_roi(g, slice, [&](int x0, int y0, int z0, int l) {
        if (taken[index(x0, y0, z0)]) return;
        long size = 0, nearest = distance[index(x0, y0, z0)];
        std::deque<std::array<int, 3>> zone{{x0, y0, z0}};
        taken[index(x0, y0, z0)] = true;
        while (!zone.empty()) {
            const auto p = zone.front();
            zone.pop_front();
            ++size;
            nearest = std::min(nearest, distance[index(p[0], p[1], p[2])]);
            for_neighbours(three_d, [&](int dx, int dy, int dz) {
                const int x = p[0] + dx, y = p[1] + dy, z = p[2] + dz;
                if (g.at(x, y, z) != l || taken[index(x, y, z)]) return;
                taken[index(x, y, z)] = true;
                zone.push_back({x, y, z});
            });
        }
        c[{l, by_distance ? nearest : size}] += 1;
    });
    return c;
}

void expect_equal(const Cells& got, const Cells& want, const std::string& what) {
    EXPECT_EQ(got.size(), want.size()) << what << ": number of non-zero cells";
    for (const auto& [cell, n] : want) {
        const double actual = got.count(cell) ? got.at(cell) : 0.0;
        EXPECT_NEAR(actual, n, 1e-12 * std::max(1.0, std::fabs(n)))
            << what << " cell (" << cell.first << "," << cell.second << ")";
    }
}

const int kDirections[13][3] = {{0, 0, 1},  {0, 1, -1}, {0, 1, 0},  {0, 1, 1},  {1, -1, -1}, {1, -1, 0}, {1, -1, 1},
                                {1, 0, -1}, {1, 0, 0},  {1, 0, 1},  {1, 1, -1}, {1, 1, 0},   {1, 1, 1}};

// The 25 GLCM features of a symmetric count matrix straight from the IBSI 3.6 definitions: probabilities p_ij and
// every feature as a double sum over all Ng x Ng cells, HXY1 and HXY2 cell by cell as the manual writes them.
std::vector<double> reference_glcm_features(const Cells& counts, int ng) {
    double total = 0.0;
    for (const auto& [cell, n] : counts) total += n;
    std::vector<double> p(static_cast<size_t>(ng * ng), 0.0), pi(static_cast<size_t>(ng), 0.0), pj(pi);
    for (const auto& [cell, n] : counts) p[static_cast<size_t>((cell.first - 1) * ng + cell.second - 1)] = n / total;
    auto at = [&](int i, int j) { return p[static_cast<size_t>((i - 1) * ng + j - 1)]; };
    for (int i = 1; i <= ng; ++i)
        for (int j = 1; j <= ng; ++j) {
            pi[static_cast<size_t>(i - 1)] += at(i, j);
            pj[static_cast<size_t>(j - 1)] += at(i, j);
        }
    double mu_i = 0.0, mu_j = 0.0;
    for (int i = 1; i <= ng; ++i) {
        mu_i += i * pi[static_cast<size_t>(i - 1)];
        mu_j += i * pj[static_cast<size_t>(i - 1)];
    }
    auto plogp = [](double x) { return x > 0.0 ? x * std::log2(x) : 0.0; };
    double var_i = 0, var_j = 0, hx = 0;
    for (int i = 1; i <= ng; ++i) {
        var_i += (i - mu_i) * (i - mu_i) * pi[static_cast<size_t>(i - 1)];
        var_j += (i - mu_j) * (i - mu_j) * pj[static_cast<size_t>(i - 1)];
        hx -= plogp(pi[static_cast<size_t>(i - 1)]);
    }
    std::vector<double> pdiff(static_cast<size_t>(ng), 0.0), psum(static_cast<size_t>(2 * ng + 1), 0.0);
    double f[25] = {};
    double hxy = 0, hxy1 = 0, hxy2 = 0, covariance = 0;
    for (int i = 1; i <= ng; ++i)
        for (int j = 1; j <= ng; ++j) {
            const double q = at(i, j), d = std::abs(i - j), c = i + j - mu_i - mu_j;
            const double product = pi[static_cast<size_t>(i - 1)] * pj[static_cast<size_t>(j - 1)];
            pdiff[static_cast<size_t>(d)] += q;
            psum[static_cast<size_t>(i + j)] += q;
            f[0] = std::max(f[0], q);
            f[2] += (i - mu_i) * (i - mu_i) * q;
            hxy -= plogp(q);
            f[10] += q * q;
            f[11] += d * d * q;
            f[12] += d * q;
            f[13] += q / (1 + d);
            f[14] += q / (1 + d / ng);
            f[15] += q / (1 + d * d);
            f[16] += q / (1 + d * d / (static_cast<double>(ng) * ng));
            if (i != j) f[17] += q / (d * d);
            covariance += (i - mu_i) * (j - mu_j) * q;
            f[19] += static_cast<double>(i) * j * q;
            f[20] += c * c * q;
            f[21] += c * c * c * q;
            f[22] += c * c * c * c * q;
            if (q > 0) hxy1 -= q * std::log2(product);
            hxy2 -= plogp(product);
        }
    f[1] = mu_i;
    f[3] = hxy;
    for (int k = 0; k < ng; ++k) f[4] += k * pdiff[static_cast<size_t>(k)];
    for (int k = 0; k < ng; ++k) {
        f[5] += (k - f[4]) * (k - f[4]) * pdiff[static_cast<size_t>(k)];
        f[6] -= plogp(pdiff[static_cast<size_t>(k)]);
    }
    for (int k = 2; k <= 2 * ng; ++k) f[7] += k * psum[static_cast<size_t>(k)];
    for (int k = 2; k <= 2 * ng; ++k) {
        f[8] += (k - f[7]) * (k - f[7]) * psum[static_cast<size_t>(k)];
        f[9] -= plogp(psum[static_cast<size_t>(k)]);
    }
    f[18] = covariance / std::sqrt(var_i * var_j);
    f[23] = (hxy - hxy1) / hx;
    f[24] = std::sqrt(std::max(0.0, 1 - std::exp(-2 * (hxy2 - hxy))));
    return std::vector<double>(f, f + 25);
}

// The 17 features of a (grey level, j) count matrix (IBSI 3.7 - 3.9, 3.11) from their definitions, voxels = N_v.
std::vector<double> reference_count_features(const Cells& counts, double voxels) {
    double ns = 0.0;
    for (const auto& [cell, n] : counts) ns += n;
    std::map<int, double> by_level;
    std::map<long, double> by_j;
    std::vector<double> f(17, 0.0);
    double mu_i = 0, mu_j = 0;
    for (const auto& [cell, n] : counts) {
        const double i = cell.first, j = static_cast<double>(cell.second);
        f[0] += n / (j * j);
        f[1] += n * j * j;
        f[2] += n / (i * i);
        f[3] += n * i * i;
        f[4] += n / (i * i * j * j);
        f[5] += n * i * i / (j * j);
        f[6] += n * j * j / (i * i);
        f[7] += n * i * i * j * j;
        by_level[cell.first] += n;
        by_j[cell.second] += n;
        mu_i += i * n / ns;
        mu_j += j * n / ns;
    }
    for (int k = 0; k < 8; ++k) f[static_cast<size_t>(k)] /= ns;
    for (const auto& [level, n] : by_level) f[8] += n * n;
    for (const auto& [j, n] : by_j) f[10] += n * n;
    f[9] = f[8] / (ns * ns);
    f[8] /= ns;
    f[11] = f[10] / (ns * ns);
    f[10] /= ns;
    f[12] = ns / voxels;
    for (const auto& [cell, n] : counts) {
        const double q = n / ns;
        f[13] += (cell.first - mu_i) * (cell.first - mu_i) * q;
        f[14] += (static_cast<double>(cell.second) - mu_j) * (static_cast<double>(cell.second) - mu_j) * q;
        f[15] -= q * std::log2(q);
        f[16] += q * q;
    }
    return f;
}

// Index of the first output of `family` with aggregation `aggregation`; the family's features follow in table order.
int first_output(const std::string& family, const std::string& aggregation) {
    for (int k = 0; k < medfeat_feature_count(); ++k) {
        medfeat_feature_info info{};
        medfeat_feature_info_get(k, &info);
        if (family == info.family && aggregation == info.aggregation) return k;
    }
    ADD_FAILURE() << "no output " << family << " " << aggregation;
    return 0;
}

void add_cells(Cells& sum, const Cells& more) {
    for (const auto& [cell, n] : more) sum[cell] += n;
}

void expect_features(const double* got, const std::vector<double>& want, size_t count, const std::string& what) {
    for (size_t k = 0; k < count; ++k) {
        if (std::isnan(want[k])) {
            EXPECT_TRUE(std::isnan(got[k])) << what << " feature " << k << ": " << got[k] << " vs NaN";
            continue;
        }
        EXPECT_NEAR(got[k], want[k], 1e-9 * std::max(1.0, std::fabs(want[k]))) << what << " feature " << k;
    }
}

}  // namespace

TEST(TextureParity, GlcmAndGlrlm_RandomImages_EqualReferencePerDirectionAndSlice) {
    for (uint32_t seed = 1; seed <= 36; ++seed) {
        const Grey g = random_grey(seed);
        for (const auto& d : kDirections) {
            const std::string what = "seed " + std::to_string(seed) + " direction (" + std::to_string(d[0]) + "," +
                                     std::to_string(d[1]) + "," + std::to_string(d[2]) + ")";
            expect_equal(library_matrix(g, MEDFEAT_MATRIX_GLCM, -1, d), reference_glcm(g, -1, d), what + " GLCM 3D");
            expect_equal(library_matrix(g, MEDFEAT_MATRIX_GLRLM, -1, d), reference_glrlm(g, -1, d), what + " GLRLM 3D");
            if (d[2] != 0) continue;
            for (int z = 0; z < g.nz; ++z) {
                const std::string slice = what + " slice " + std::to_string(z);
                expect_equal(library_matrix(g, MEDFEAT_MATRIX_GLCM, z, d), reference_glcm(g, z, d), slice + " GLCM");
                expect_equal(library_matrix(g, MEDFEAT_MATRIX_GLRLM, z, d), reference_glrlm(g, z, d), slice + " GLRLM");
            }
        }
    }
}

// The GLRLM scans each row only over its ROI span (first to last ROI voxel, recorded with the padded grid shared by
// the texture families): balls in a larger box give empty rows, spans that differ row to row and slice to slice,
// and with 1-2 levels long runs that start or end at a span edge or cross between rows of different spans.
TEST(TextureParity, Glrlm_BallMasksFewLevels_EqualReferencePerDirectionAndSlice) {
    for (uint32_t seed = 1; seed <= 8; ++seed) {
        std::mt19937 rng(seed);
        Grey g;
        g.nx = 6 + static_cast<int>(rng() % 12);
        g.ny = 5 + static_cast<int>(rng() % 9);
        g.nz = 3 + static_cast<int>(rng() % 6);
        const int max_level = 1 + static_cast<int>(seed % 2);
        const double c[3] = {(g.nx - 1) / 2.0, (g.ny - 1) / 2.0, (g.nz - 1) / 2.0};
        const double r[3] = {g.nx / 2.5, g.ny / 2.5, g.nz / 2.2};
        for (int z = 0; z < g.nz; ++z)
            for (int y = 0; y < g.ny; ++y)
                for (int x = 0; x < g.nx; ++x) {
                    const double q[3] = {(x - c[0]) / r[0], (y - c[1]) / r[1], (z - c[2]) / r[2]};
                    g.values.push_back(static_cast<float>(1 + static_cast<int>(rng() % static_cast<uint32_t>(max_level))));
                    g.mask.push_back(q[0] * q[0] + q[1] * q[1] + q[2] * q[2] <= 1.0 ? 1 : 0);
                }
        for (size_t v = 0; v < g.mask.size(); ++v)
            if (g.mask[v] != 0) g.levels = std::max(g.levels, static_cast<int>(g.values[v]));
        for (const auto& d : kDirections) {
            const std::string what = "seed " + std::to_string(seed) + " direction (" + std::to_string(d[0]) + "," +
                                     std::to_string(d[1]) + "," + std::to_string(d[2]) + ")";
            expect_equal(library_matrix(g, MEDFEAT_MATRIX_GLRLM, -1, d), reference_glrlm(g, -1, d), what + " GLRLM 3D");
            if (d[2] != 0) continue;
            for (int z = 0; z < g.nz; ++z)
                expect_equal(library_matrix(g, MEDFEAT_MATRIX_GLRLM, z, d), reference_glrlm(g, z, d),
                             what + " slice " + std::to_string(z) + " GLRLM");
        }
    }
}

// The feature functions take most GLCM features from its marginals and log2 p_i. p.j from mirror cells, and the
// count-matrix features from a cache of log2 p per small count and sparse lists merged in place; checked here
// against the definitions summed over every cell, on the merged matrices (GLCM 2.5D and 3D, GLSZM and NGLDM 2.5D and 3D) of random images.
TEST(TextureParity, GlcmAndCountMatrixFeatures_RandomImages_EqualDefinitionSums) {
    const int glcm_25d = first_output("glcm", "2.5D, merged"), glcm_3d = first_output("glcm", "3D, merged");
    const int glszm_25d = first_output("glszm", "2.5D"), glszm_3d = first_output("glszm", "3D");
    const int ngldm_25d = first_output("ngldm", "2.5D"), ngldm_3d = first_output("ngldm", "3D");
    for (uint32_t seed = 1; seed <= 48; ++seed) {
        Grey g = random_grey(seed);
        if (seed % 6 == 2) {  // the long thin kind has up to 300 levels: many empty rows, near-independent pairs
            std::mt19937 rng(seed);
            g = Grey();
            g.nx = 20 + static_cast<int>(rng() % 10);
            g.ny = 15 + static_cast<int>(rng() % 10);
            g.nz = 3;
            fill_random(g, rng, 40, 0.9);
        }
        const medfeat_image image = g.view();
        medfeat_settings settings{};
        settings.discretisation = MEDFEAT_DISCRETISATION_NONE;
        settings.glcm_distance = 1;
        std::vector<double> out(static_cast<size_t>(medfeat_feature_count()));
        ASSERT_EQ(medfeat_extract(&image, &settings, out.data(), out.size()), MEDFEAT_OK) << "seed " << seed;
        const std::string what = "seed " + std::to_string(seed);

        Cells in_plane, all;
        for (const auto& d : kDirections) {
            const Cells c = reference_glcm(g, -1, d);
            add_cells(all, c);
            if (d[2] == 0) add_cells(in_plane, c);
        }
        if (!in_plane.empty())
            expect_features(&out[static_cast<size_t>(glcm_25d)], reference_glcm_features(in_plane, g.levels), 25,
                            what + " GLCM 2.5D merged");
        if (!all.empty())
            expect_features(&out[static_cast<size_t>(glcm_3d)], reference_glcm_features(all, g.levels), 25,
                            what + " GLCM 3D merged");

        double voxels = 0.0;
        for_roi(g, -1, [&](int, int, int, int) { voxels += 1.0; });
        Cells zones, dependences;
        for (int z = 0; z < g.nz; ++z) {
            add_cells(zones, reference_zones(g, z, false));
            add_cells(dependences, reference_ngldm(g, z));
        }
        expect_features(&out[static_cast<size_t>(glszm_25d)], reference_count_features(zones, voxels), 16,
                        what + " GLSZM 2.5D");
        expect_features(&out[static_cast<size_t>(glszm_3d)], reference_count_features(reference_zones(g, -1, false), voxels),
                        16, what + " GLSZM 3D");
        expect_features(&out[static_cast<size_t>(ngldm_25d)], reference_count_features(dependences, voxels), 17,
                        what + " NGLDM 2.5D");
        expect_features(&out[static_cast<size_t>(ngldm_3d)], reference_count_features(reference_ngldm(g, -1), voxels),
                        17, what + " NGLDM 3D");
    }
}

// The GLCM loop bounds are computed from offsets the C API accepts as any int32: offsets at or beyond the image
// pair nothing, and the extremes must not overflow.
TEST(TextureParity, GlcmMatrix_OffsetsBeyondTheImage_AllZeroCounts) {
    const Grey g = random_grey(4);
    const medfeat_image image = g.view();
    medfeat_settings settings{};
    settings.discretisation = MEDFEAT_DISCRETISATION_NONE;
    settings.glcm_distance = 1;
    const int32_t lo = std::numeric_limits<int32_t>::min(), hi = std::numeric_limits<int32_t>::max();
    const int32_t offsets[][3] = {{g.nx, 0, 0}, {-g.nx, 1, 0}, {0, g.ny, 0}, {0, 0, -g.nz}, {lo, 0, 0}, {hi, hi, hi}, {0, lo, 1}, {1, 1, lo}};
    std::vector<double> counts(static_cast<size_t>(g.levels) * static_cast<size_t>(g.levels));
    for (const auto& o : offsets) {
        int32_t levels = 0;
        ASSERT_EQ(medfeat_glcm_matrix(&image, &settings, o[0], o[1], o[2], counts.data(), counts.size(), &levels), MEDFEAT_OK);
        for (double c : counts) EXPECT_EQ(c, 0.0) << "offset (" << o[0] << "," << o[1] << "," << o[2] << ")";
    }
}

TEST(TextureParity, NeighbourhoodAndZoneMatrices_RandomImages_EqualReference) {
    const int none[3] = {0, 0, 0};
    for (uint32_t seed = 1; seed <= 36; ++seed) {
        const Grey g = random_grey(seed);
        for (int z = -1; z < g.nz; ++z) {
            const std::string what = "seed " + std::to_string(seed) + (z < 0 ? " 3D" : " slice " + std::to_string(z));
            expect_equal(library_matrix(g, MEDFEAT_MATRIX_NGTDM, z, none), reference_ngtdm(g, z), what + " NGTDM");
            expect_equal(library_matrix(g, MEDFEAT_MATRIX_NGLDM, z, none), reference_ngldm(g, z), what + " NGLDM");
            expect_equal(library_matrix(g, MEDFEAT_MATRIX_GLSZM, z, none), reference_zones(g, z, false), what + " GLSZM");
            expect_equal(library_matrix(g, MEDFEAT_MATRIX_GLDZM, z, none), reference_zones(g, z, true), what + " GLDZM");
        }
    }
}

// Zones are labelled by union-find over the scan order; few levels and dense masks give large zones whose branches
// meet late (U shapes, spirals), thin images lose whole neighbour directions, and sparse masks leave single voxels.
TEST(TextureParity, ZoneMatrices_LargeZonesFewLevelsOddShapes_EqualReference) {
    const int shapes[][3] = {{24, 20, 9}, {40, 3, 6}, {1, 30, 9}, {30, 1, 5}, {17, 23, 1}, {2, 2, 40}, {9, 7, 13}};
    const int none[3] = {0, 0, 0};
    for (uint32_t seed = 1; seed <= 28; ++seed) {
        std::mt19937 rng(seed * 7919u);
        Grey g;
        const auto& shape = shapes[seed % 7];
        g.nx = shape[0];
        g.ny = shape[1];
        g.nz = shape[2];
        const int max_level = 1 + static_cast<int>(seed % 3);
        const double fill = seed % 4 == 0 ? 0.15 : 0.5 + 0.5 * static_cast<double>(rng() % 100) / 100.0;
        fill_random(g, rng, max_level, fill);
        for (int z = -1; z < g.nz; ++z) {
            const std::string what = "seed " + std::to_string(seed) + (z < 0 ? " 3D" : " slice " + std::to_string(z));
            expect_equal(library_matrix(g, MEDFEAT_MATRIX_GLSZM, z, none), reference_zones(g, z, false), what + " GLSZM");
            expect_equal(library_matrix(g, MEDFEAT_MATRIX_GLDZM, z, none), reference_zones(g, z, true), what + " GLDZM");
        }
    }
}

// Hand-counted zones. Slice 0 (3 x 3): a U of level 1 whose two arms are separate until the bottom row, around a
// column of two level-2 voxels. Slice 1: level 1 only at (2, 0), which touches slice 0's U through a corner (3D)
// and is a zone of its own in 2D. Slice 2: level 1 at (1, 1), diagonal neighbour of (2, 0) in slice 1.
TEST(TextureParity, ZoneMatrices_HandMadeShapes_EqualHandCounts) {
    Grey g;
    g.nx = g.ny = g.nz = 3;
    g.values.assign(27, 1.0f);
    g.mask.assign(27, 0);
    auto set = [&](int x, int y, int z, int level) {
        const size_t v = (static_cast<size_t>(z) * 3 + y) * 3 + x;
        g.values[v] = static_cast<float>(level);
        g.mask[v] = 1;
    };
    for (int y = 0; y < 3; ++y) {
        set(0, y, 0, 1);
        set(2, y, 0, 1);
    }
    set(1, 2, 0, 1);
    set(1, 0, 0, 2);
    set(1, 1, 0, 2);
    set(2, 0, 1, 1);
    set(1, 1, 2, 1);
    g.levels = 2;
    const int none[3] = {0, 0, 0};
    // GLSZM (level, size): slice 0 has the U (7 voxels) and the level-2 pair; the 3D zone of level 1 is 7 + 1 + 1.
    expect_equal(library_matrix(g, MEDFEAT_MATRIX_GLSZM, 0, none), Cells{{{1, 7}, 1}, {{2, 2}, 1}}, "slice 0 GLSZM");
    expect_equal(library_matrix(g, MEDFEAT_MATRIX_GLSZM, 1, none), Cells{{{1, 1}, 1}}, "slice 1 GLSZM");
    expect_equal(library_matrix(g, MEDFEAT_MATRIX_GLSZM, 2, none), Cells{{{1, 1}, 1}}, "slice 2 GLSZM");
    expect_equal(library_matrix(g, MEDFEAT_MATRIX_GLSZM, -1, none), Cells{{{1, 9}, 1}, {{2, 2}, 1}}, "3D GLSZM");
    // GLDZM (level, distance): every voxel of this ROI has a face neighbour outside it or the image, except the
    // level-2 voxel (1, 1, 0) in 2D (4 face neighbours in the ROI); the level-2 zone also holds (1, 0, 0) at 1.
    expect_equal(library_matrix(g, MEDFEAT_MATRIX_GLDZM, 0, none), Cells{{{1, 1}, 1}, {{2, 1}, 1}}, "slice 0 GLDZM");
    expect_equal(library_matrix(g, MEDFEAT_MATRIX_GLDZM, -1, none), Cells{{{1, 1}, 1}, {{2, 1}, 1}}, "3D GLDZM");
}

namespace {

// Type-7 percentile of sorted data, as IBSI's phantom values use.
double percentile(const std::vector<double>& sorted, double p) {
    const double pos = p * static_cast<double>(sorted.size() - 1);
    const size_t lo = static_cast<size_t>(std::floor(pos)), hi = std::min(lo + 1, sorted.size() - 1);
    return sorted[lo] + (pos - static_cast<double>(lo)) * (sorted[hi] - sorted[lo]);
}

}  // namespace

// The ROI is sorted by a radix sort on the float bits; order statistics must equal those of std::sort, including
// negative values (whose bit order is reversed), fractions and both signed zeros.
TEST(TextureParity, IntensityStatistics_RandomSignedIntensities_OrderStatisticsEqualStdSort) {
    const struct {
        const char* column;
        double p;  // percentile, or -1 min, 2 max, 3 IQR
    } order[] = {{"stat_median", 0.5}, {"stat_min", -1}, {"stat_p10", 0.1}, {"stat_p90", 0.9}, {"stat_max", 2}, {"stat_iqr", 3}};
    for (uint32_t seed = 1; seed <= 20; ++seed) {
        std::mt19937 rng(seed);
        Grey g;
        g.nx = 1 + static_cast<int>(rng() % 40);
        g.ny = 1 + static_cast<int>(rng() % 9);
        g.nz = seed % 3 == 0 ? 1 : 1 + static_cast<int>(rng() % 6);
        const size_t n = static_cast<size_t>(g.nx) * g.ny * g.nz;
        std::vector<double> roi;
        for (size_t v = 0; v < n; ++v) {
            const uint32_t r = rng() % 100;
            const float value = r < 5 ? -0.0f : r < 10 ? 0.0f : static_cast<float>(static_cast<int>(rng() % 20001) - 10000) / 64.0f;
            g.values.push_back(value);
            g.mask.push_back(rng() % 4 != 0 || v == 0 ? 1 : 0);
            if (g.mask.back() != 0) roi.push_back(value);
        }
        std::sort(roi.begin(), roi.end());
        const medfeat_image image = g.view();
        medfeat_settings settings{};
        settings.discretisation = MEDFEAT_DISCRETISATION_FIXED_BIN_NUMBER;
        settings.bin_number = 16;
        settings.glcm_distance = 1;
        std::vector<double> out(static_cast<size_t>(medfeat_feature_count()));
        ASSERT_EQ(medfeat_extract(&image, &settings, out.data(), out.size()), MEDFEAT_OK) << "seed " << seed;
        for (const auto& o : order) {
            double want = 0;
            if (o.p == -1) want = roi.front();
            else if (o.p == 2) want = roi.back();
            else if (o.p == 3) want = percentile(roi, 0.75) - percentile(roi, 0.25);
            else want = percentile(roi, o.p);
            int index = -1;
            for (int i = 0; i < medfeat_feature_count(); ++i) {
                medfeat_feature_info info{};
                medfeat_feature_info_get(i, &info);
                if (std::strcmp(info.column_name, o.column) == 0) index = i;
            }
            ASSERT_GE(index, 0) << o.column;
            EXPECT_EQ(out[static_cast<size_t>(index)], want) << "seed " << seed << " " << o.column;
        }
    }
}
