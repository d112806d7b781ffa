// IBSI-1 grey level co-occurrence matrix (GLCM) and its 25 features (IBSI 3.6).
#include "internal.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>

namespace medfeat::detail {

// Forward half of the 26-neighbourhood; the GLCM is symmetric, so each +/- pair is counted once
// in both orders. The order is lexicographic in (x, y, z), which is also the order of the IBSI
// reference matrices for the digital phantom.
const int32_t kDirections3d[13][3] = {
    {0, 0, 1},  {0, 1, -1}, {0, 1, 0},  {0, 1, 1},  {1, -1, -1}, {1, -1, 0}, {1, -1, 1},
    {1, 0, -1}, {1, 0, 0},  {1, 0, 1},  {1, 1, -1}, {1, 1, 0},   {1, 1, 1},
};

const int32_t kDirections2d[4][3] = {{0, 1, 0}, {1, -1, 0}, {1, 0, 0}, {1, 1, 0}};

namespace {

// Adds the symmetric counts of the pairs (v, v + offset) with v in slices [z_begin, z_end) and both voxels in the
// ROI. Each pair is counted once, in the order found, into `directed` ((levels + 1)^2 cells; level 0 is outside the
// ROI and lands in row or column 0, which is ignored), and the matrix is symmetrised at the end: half the
// increments of counting both orders, and no ROI test per pair. The loop bounds keep v + offset inside the image.
void accumulate(const GreyImage& image, int32_t dx, int32_t dy, int32_t dz, int64_t z_begin, int64_t z_end,
                std::vector<uint32_t>& directed, std::vector<double>& counts) {
    const int64_t nx = image.nx, ny = image.ny, levels = image.levels, stride = levels + 1;
    directed.assign(static_cast<size_t>(stride * stride), 0);
    // Offsets come from the C API as any int32 (medfeat_glcm_matrix): negate and subtract in int64.
    const int64_t ox = dx, oy = dy, oz = dz;
    const int64_t x0 = std::max<int64_t>(0, -ox), x1 = std::min<int64_t>(nx, nx - ox);
    const int64_t y0 = std::max<int64_t>(0, -oy), y1 = std::min<int64_t>(ny, ny - oy);
    const int64_t z0 = std::max<int64_t>(z_begin, -oz), z1 = std::min<int64_t>(z_end, image.nz - oz);
    const int64_t offset = (oz * ny + oy) * nx + ox;
    uint32_t* cells = directed.data();
    for (int64_t z = z0; z < z1 && x0 < x1; ++z)  // an offset as wide as the image pairs nothing
        for (int64_t y = y0; y < y1; ++y) {
            const int64_t first = (z * ny + y) * nx + x0;
            const int32_t* a = &image.level[static_cast<size_t>(first)];
            const int32_t* b = &image.level[static_cast<size_t>(first + offset)];
            for (int64_t x = 0; x < x1 - x0; ++x) ++cells[a[x] * stride + b[x]];
        }
    for (int64_t i = 1; i <= levels; ++i)
        for (int64_t j = 1; j <= levels; ++j)
            counts[static_cast<size_t>((i - 1) * levels + (j - 1))] +=
                static_cast<double>(cells[i * stride + j]) + static_cast<double>(cells[j * stride + i]);
}

void add_to(std::vector<double>& sum, const std::vector<double>& counts) {
    for (size_t c = 0; c < sum.size(); ++c) sum[c] += counts[c];
}

// Work space of glcm_features, reused across the matrices of one extraction.
struct GlcmScratch {
    std::vector<double> marginals;     // p_i., p.j, p_{i-j}, p_{i+j}
    std::vector<double> log_marginal;  // log2(p_i. p.j), row-major
};

// The 25 features of one count matrix (see glcm_features in internal.hpp).
void features(const std::vector<double>& counts, int32_t levels, GlcmScratch& scratch, double* out) {
    const size_t ng = static_cast<size_t>(levels);
    // Counts are integers, so their sum is exact in any order: four running sums, not one chain of ng^2 additions.
    double partial[4] = {0.0, 0.0, 0.0, 0.0};
    size_t c = 0;
    for (; c + 4 <= counts.size(); c += 4)
        for (size_t k = 0; k < 4; ++k) partial[k] += counts[c + k];
    for (; c < counts.size(); ++c) partial[0] += counts[c];
    const double total = (partial[0] + partial[1]) + (partial[2] + partial[3]);
    if (total <= 0.0) {
        for (int k = 0; k < kGlcmCount; ++k) out[k] = std::numeric_limits<double>::quiet_NaN();
        return;
    }

    // Marginals p_i. (row sums) and p.j (column sums), the diagonal p_{i-j} and cross-diagonal p_{i+j}
    // probabilities; indices are 0-based, grey level i is index i - 1. Features that are sums over |i - j|,
    // i + j or i alone are taken from these marginals (ng terms instead of ng^2, no divisions per cell).
    scratch.marginals.assign(5 * ng + 1, 0.0);
    double* pi = scratch.marginals.data();
    double* pj = pi + ng;
    double* pdiff = pj + ng;
    double* psum = pdiff + ng;  // index i + j + 2 = grey level sum, 2 .. 2 ng
    double joint_max = 0.0, joint_entropy = 0.0, asm_ = 0.0;
    for (size_t i = 0; i < ng; ++i) {
        for (size_t j = 0; j < ng; ++j) {
            if (counts[i * ng + j] <= 0.0) continue;
            const double p = counts[i * ng + j] / total;
            if (p <= 0.0) continue;
            pi[i] += p;
            pj[j] += p;
            pdiff[i > j ? i - j : j - i] += p;
            psum[i + j + 2] += p;
            joint_max = std::max(joint_max, p);
            joint_entropy -= p * std::log2(p);
            asm_ += p * p;
        }
    }

    double mu_i = 0.0, mu_j = 0.0;
    for (size_t i = 0; i < ng; ++i) {
        mu_i += static_cast<double>(i + 1) * pi[i];
        mu_j += static_cast<double>(i + 1) * pj[i];
    }
    double var_i = 0.0, var_j = 0.0, hx = 0.0;
    for (size_t i = 0; i < ng; ++i) {
        const double g = static_cast<double>(i + 1);
        var_i += (g - mu_i) * (g - mu_i) * pi[i];
        var_j += (g - mu_j) * (g - mu_j) * pj[i];
        if (pi[i] > 0.0) hx -= pi[i] * std::log2(pi[i]);
    }

    // The sums that need each cell. HXY1 and HXY2 are summed cell by cell in row-major order, and covariance and
    // cluster shade too: they feed differences of nearly equal numbers (HXY - HXY1, HXY2 - HXY, a shade near 0),
    // so any other order (e.g. HXY1 = HXY2 = HX + HY from the marginals, exact in real numbers) moves the
    // information correlations of near-independent matrices by up to 2e-8 relative. Cheaper at the same
    // rounding: log2(p_i. p.j) once per cell for both sums (it was taken twice), and, since the marginals of a
    // symmetric matrix are summed in the same order (p_i. = p.i bitwise), only for j >= i: below the diagonal
    // log2(p_i. p.j) = log2(p_j. p.i) is read from the mirror cell. A row without pairs adds nothing (p_i. = 0);
    // every cell read has non-zero marginals and was written, so the table needs no clearing.
    bool symmetric = true;
    for (size_t i = 0; i < ng && symmetric; ++i)
        for (size_t j = 0; j < i; ++j) symmetric = symmetric && counts[i * ng + j] == counts[j * ng + i];
    scratch.log_marginal.resize(ng * ng);
    double* log_marginal = scratch.log_marginal.data();
    // The logarithms first, in a loop of their own: around a call every running sum would be saved and reloaded.
    for (size_t i = 0; i < ng; ++i) {
        if (pi[i] <= 0.0) continue;
        for (size_t j = symmetric ? i : 0; j < ng; ++j) {
            const double marginal_product = pi[i] * pj[j];
            if (marginal_product > 0.0) log_marginal[i * ng + j] = std::log2(marginal_product);
        }
    }
    double covariance = 0.0, autocorrelation = 0.0, cluster_shade = 0.0, hxy1 = 0.0, hxy2 = 0.0;
    for (size_t i = 0; i < ng; ++i) {
        if (pi[i] <= 0.0) continue;
        const double gi = static_cast<double>(i + 1);
        for (size_t j = 0; j < ng; ++j) {
            const double marginal_product = pi[i] * pj[j];
            double log_product = 0.0;
            // HXY2 runs over all (i, j) with non-zero marginals, including empty cells.
            if (marginal_product > 0.0) {
                log_product = symmetric && j < i ? log_marginal[j * ng + i] : log_marginal[i * ng + j];
                hxy2 -= marginal_product * log_product;
            }
            if (counts[i * ng + j] <= 0.0) continue;
            const double p = counts[i * ng + j] / total;
            if (p <= 0.0) continue;
            const double gj = static_cast<double>(j + 1);
            const double c = gi + gj - mu_i - mu_j;
            covariance += (gi - mu_i) * (gj - mu_j) * p;
            autocorrelation += gi * gj * p;
            cluster_shade += c * c * c * p;
            hxy1 -= p * (marginal_product > 0.0 ? log_product : std::log2(marginal_product));
        }
    }

    // Features of |i - j| = k: contrast, dissimilarity (= difference average) and the inverse differences.
    const double n_levels = static_cast<double>(ng);
    double diff_avg = 0.0, diff_entropy = 0.0, inv_var = 0.0, contrast = 0.0;
    double inv_diff = 0.0, inv_diff_norm = 0.0, idm = 0.0, idm_norm = 0.0;
    for (size_t k = 0; k < ng; ++k) {
        if (pdiff[k] <= 0.0) continue;
        const double d = static_cast<double>(k);
        diff_avg += d * pdiff[k];
        contrast += d * d * pdiff[k];
        diff_entropy -= pdiff[k] * std::log2(pdiff[k]);
        if (k > 0) inv_var += pdiff[k] / (d * d);
        inv_diff += pdiff[k] / (1.0 + d);
        inv_diff_norm += pdiff[k] / (1.0 + d / n_levels);
        idm += pdiff[k] / (1.0 + d * d);
        idm_norm += pdiff[k] / (1.0 + d * d / (n_levels * n_levels));
    }
    double diff_var = 0.0;
    for (size_t k = 0; k < ng; ++k) {
        const double dk = static_cast<double>(k) - diff_avg;
        diff_var += dk * dk * pdiff[k];
    }
    // Features of i + j = k: the sum features and the cluster features (powers of i + j - mu_i - mu_j).
    double sum_avg = 0.0, sum_entropy = 0.0;
    for (size_t k = 2; k <= 2 * ng; ++k) {
        sum_avg += static_cast<double>(k) * psum[k];
        if (psum[k] > 0.0) sum_entropy -= psum[k] * std::log2(psum[k]);
    }
    double sum_var = 0.0, cluster_tendency = 0.0, cluster_prominence = 0.0;
    for (size_t k = 2; k <= 2 * ng; ++k) {
        const double sk = static_cast<double>(k) - sum_avg, c = static_cast<double>(k) - mu_i - mu_j;
        sum_var += sk * sk * psum[k];
        cluster_tendency += c * c * psum[k];
        cluster_prominence += c * c * c * c * psum[k];
    }

    out[0] = joint_max;
    out[1] = mu_i;
    out[2] = var_i;  // joint variance: sum_ij (i - mu_i)^2 p_ij = sum_i (i - mu_i)^2 p_i.
    out[3] = joint_entropy;
    out[4] = diff_avg;
    out[5] = diff_var;
    out[6] = diff_entropy;
    out[7] = sum_avg;
    out[8] = sum_var;
    out[9] = sum_entropy;
    out[10] = asm_;
    out[11] = contrast;
    out[12] = diff_avg;  // dissimilarity: sum_ij |i - j| p_ij
    out[13] = inv_diff;
    out[14] = inv_diff_norm;
    out[15] = idm;
    out[16] = idm_norm;
    out[17] = inv_var;
    // A single grey level has no spread: correlation is 0/0, left NaN rather than guessed.
    out[18] = covariance / std::sqrt(var_i * var_j);
    out[19] = autocorrelation;
    out[20] = cluster_tendency;
    out[21] = cluster_shade;
    out[22] = cluster_prominence;
    out[23] = (joint_entropy - hxy1) / hx;
    // Rounding can push HXY2 - HXY a hair below zero for independent marginals; clamp the root.
    out[24] = std::sqrt(std::max(0.0, 1.0 - std::exp(-2.0 * (hxy2 - joint_entropy))));
}

}  // namespace

void glcm_accumulate(const GreyImage& image, int32_t dx, int32_t dy, int32_t dz, std::vector<double>& counts) {
    std::vector<uint32_t> directed;
    accumulate(image, dx, dy, dz, 0, image.nz, directed, counts);
}

void glcm_accumulate_slice(const GreyImage& image, int32_t dx, int32_t dy, int32_t z, std::vector<double>& counts) {
    std::vector<uint32_t> directed;
    accumulate(image, dx, dy, 0, z, z + 1, directed, counts);
}

// IBSI 3.6.1 aggregation: "averaged" computes features per matrix and averages them over the matrices
// that hold any pair; "merged" sums the count matrices first. 2D matrices pair voxels within one slice
// (4 in-plane directions); 2.5D merges them over slices; 3D pairs voxels in 13 directions. An in-plane pair lies
// in one slice, so the 3D matrix of an in-plane direction is its 2.5D direction-merged matrix.
void glcm_extract(const GreyImage& image, int32_t distance, double* out) {
    const size_t cells = static_cast<size_t>(image.levels) * static_cast<size_t>(image.levels);
    std::vector<double> counts(cells), slice_merged(cells), all(cells, 0.0);
    std::vector<uint32_t> directed;
    std::vector<std::vector<double>> by_direction(4, std::vector<double>(cells, 0.0));
    FeatureMean averaged_2d(kGlcmCount), slice_merged_2d(kGlcmCount), direction_merged(kGlcmCount);
    GlcmScratch scratch;
    double one[kGlcmCount];

    for (int32_t z = 0; z < image.nz; ++z) {
        std::fill(slice_merged.begin(), slice_merged.end(), 0.0);
        for (int d = 0; d < 4; ++d) {
            std::fill(counts.begin(), counts.end(), 0.0);
            accumulate(image, kDirections2d[d][0] * distance, kDirections2d[d][1] * distance, 0, z, z + 1, directed,
                       counts);
            features(counts, image.levels, scratch, one);
            if (!std::isnan(one[0])) averaged_2d.add(one);
            add_to(slice_merged, counts);
            add_to(by_direction[static_cast<size_t>(d)], counts);
        }
        features(slice_merged, image.levels, scratch, one);
        if (!std::isnan(one[0])) slice_merged_2d.add(one);
    }
    averaged_2d.write(out);
    slice_merged_2d.write(out + kGlcmCount);
    for (const auto& direction : by_direction) {
        features(direction, image.levels, scratch, one);
        if (!std::isnan(one[0])) direction_merged.add(one);
        add_to(all, direction);
    }
    direction_merged.write(out + 2 * kGlcmCount);
    features(all, image.levels, scratch, out + 3 * kGlcmCount);

    // 3D: the 13 directions of the 26-neighbourhood.
    FeatureMean averaged_3d(kGlcmCount);
    std::fill(all.begin(), all.end(), 0.0);
    for (const auto& dir : kDirections3d) {
        const auto in_plane = std::find_if(std::begin(kDirections2d), std::end(kDirections2d), [&](const int32_t* d) {
            return dir[2] == 0 && d[0] == dir[0] && d[1] == dir[1];
        });
        if (in_plane != std::end(kDirections2d)) {
            counts = by_direction[static_cast<size_t>(in_plane - std::begin(kDirections2d))];
        } else {
            std::fill(counts.begin(), counts.end(), 0.0);
            accumulate(image, dir[0] * distance, dir[1] * distance, dir[2] * distance, 0, image.nz, directed, counts);
        }
        add_to(all, counts);
        features(counts, image.levels, scratch, one);
        // A direction without voxel pairs (e.g. z in a 2D image) has no matrix to average.
        if (!std::isnan(one[0])) averaged_3d.add(one);
    }
    averaged_3d.write(out + 4 * kGlcmCount);
    features(all, image.levels, scratch, out + 5 * kGlcmCount);
}

void glcm_features(const std::vector<double>& counts, int32_t levels, double* out) {
    GlcmScratch scratch;
    features(counts, levels, scratch, out);
}

}  // namespace medfeat::detail
