// IBSI-1 morphological features (IBSI 3.1) beyond voxel counting: mesh volume and area, the shape ratios
// derived from them, centre of mass shift, maximum 3D diameter, principal component axes, bounding box /
// ellipsoid / convex hull densities, integrated intensity, Moran's I and Geary's C.
// The ROI mask is the morphological and the intensity mask (medfeat does no re-segmentation).
#include "internal.hpp"

#include <algorithm>
#include <cmath>

namespace medfeat::detail {
namespace {

constexpr double kPi = 3.14159265358979323846;

// Exact moments of the ROI voxel indices (x, y, z): count, sums S_i and sums of products S_ij (i <= j).
__extension__ typedef __int128 int128;
struct IndexMoments {
    int128 count = 0;
    int128 sum[3] = {0, 0, 0};
    int128 cross[3][3] = {};
};

// Rows are summed in chunks of x = x0 + u with u < 4096, where the chunk's count, sum of u and sum of u^2 fit
// 64 bits, then shifted by x0 in 128 bits: exact for any image the library accepts.
IndexMoments index_moments(const medfeat_image& image) {
    constexpr int64_t kChunk = 4096;
    IndexMoments m;
    for (int64_t z = 0; z < image.nz; ++z)
        for (int64_t y = 0; y < image.ny; ++y) {
            const uint8_t* row = image.mask + (z * image.ny + y) * image.nx;
            int128 count = 0, sx = 0, sxx = 0;
            for (int64_t x0 = 0; x0 < image.nx; x0 += kChunk) {
                const int64_t width = std::min(image.nx - x0, kChunk);
                uint64_t k = 0, su = 0, suu = 0;
                for (int64_t u = 0; u < width; ++u) {
                    const uint64_t in = row[x0 + u] != 0, uu = static_cast<uint64_t>(u);
                    k += in;
                    su += in * uu;
                    suu += in * uu * uu;
                }
                const int128 base = x0;
                count += k;
                sx += base * k + su;
                sxx += base * base * k + 2 * base * su + suu;
            }
            if (count == 0) continue;
            const int128 yy = y, zz = z;
            m.count += count;
            m.sum[0] += sx;
            m.sum[1] += count * yy;
            m.sum[2] += count * zz;
            m.cross[0][0] += sxx;
            m.cross[0][1] += yy * sx;
            m.cross[0][2] += zz * sx;
            m.cross[1][1] += count * yy * yy;
            m.cross[1][2] += count * yy * zz;
            m.cross[2][2] += count * zz * zz;
        }
    return m;
}

// Eigenvalues of a symmetric 3x3 matrix, largest first (closed form, Smith 1961).
void symmetric_eigenvalues(const double m[3][3], double out[3]) {
    const double off = m[0][1] * m[0][1] + m[0][2] * m[0][2] + m[1][2] * m[1][2];
    const double q = (m[0][0] + m[1][1] + m[2][2]) / 3.0;
    const double p2 = (m[0][0] - q) * (m[0][0] - q) + (m[1][1] - q) * (m[1][1] - q) + (m[2][2] - q) * (m[2][2] - q) + 2 * off;
    if (p2 <= 0.0) {
        out[0] = out[1] = out[2] = q;
        return;
    }
    const double p = std::sqrt(p2 / 6.0);
    double b[3][3];
    for (int i = 0; i < 3; ++i)
        for (int j = 0; j < 3; ++j) b[i][j] = (m[i][j] - (i == j ? q : 0.0)) / p;
    const double det = b[0][0] * (b[1][1] * b[2][2] - b[1][2] * b[2][1]) - b[0][1] * (b[1][0] * b[2][2] - b[1][2] * b[2][0]) +
                       b[0][2] * (b[1][0] * b[2][1] - b[1][1] * b[2][0]);
    const double phi = std::acos(std::clamp(det / 2.0, -1.0, 1.0)) / 3.0;
    out[0] = q + 2 * p * std::cos(phi);
    // The two smaller eigenvalues l2, l3 from the invariants, without cancellation against l1: l2 l3 = det / l1 and
    // l2 + l3 = (M2 - l2 l3) / l1, M2 the sum of the principal 2x2 minors; the smaller root taken as product / larger
    // root keeps its relative accuracy. A planar ROI (a zero row and column, e.g. any 2D image) then has l3 = 0
    // exactly and a line of voxels l2, l3 ~ 1e-16 l1, where the angle formula left noise of ~1e-10 l1.
    const double minors = m[0][0] * m[1][1] - m[0][1] * m[1][0] + m[1][1] * m[2][2] - m[1][2] * m[2][1] +
                          m[0][0] * m[2][2] - m[0][2] * m[2][0];
    const double det_m = m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0]) +
                         m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
    // A covariance has no negative eigenvalue: a negative product is rounding (its square root would be noise).
    const double product = std::max(det_m / out[0], 0.0), sum = (minors - product) / out[0];
    out[1] = (sum + std::sqrt(std::max(sum * sum - 4 * product, 0.0))) / 2;
    out[2] = out[1] > 0.0 ? std::min(product / out[1], out[1]) : 0.0;  // l3 <= l2, also when both are rounding
}

// Surface area of an ellipsoid with semi-axes a >= b >= c, by the Legendre series of IBSI 3.1.19 (20 terms).
// Q_v = (alpha beta)^v P_v(x) with x = (alpha^2 + beta^2) / (2 alpha beta) obeys the Legendre recurrence
// without dividing by alpha beta, so a sphere (alpha = beta = 0) needs no special case.
double ellipsoid_area(double a, double b, double c) {
    const double alpha2 = 1.0 - (b * b) / (a * a), beta2 = 1.0 - (c * c) / (a * a);
    const double ab2 = std::sqrt(std::max(alpha2, 0.0) * std::max(beta2, 0.0));
    const double half_sum = (alpha2 + beta2) / 2.0;  // x * alpha * beta
    double q_prev = 1.0, q = half_sum, series = 1.0;
    for (int v = 1; v <= 20; ++v) {
        series += q / (1.0 - 4.0 * v * v);
        const double q_next = ((2.0 * v + 1.0) * half_sum * q - v * ab2 * ab2 * q_prev) / (v + 1.0);
        q_prev = q;
        q = q_next;
    }
    return 4.0 * kPi * a * b * series;
}

}  // namespace

void morphology(const medfeat_image& image, double mean_intensity, bool exact_autocorrelation, double* out,
                std::pmr::memory_resource* memory) {
    MeshSummary mesh = mesh_summary(image, memory);
    const double spacing[3] = {image.spacing_x, image.spacing_y, image.spacing_z};
    const HullSummary hull = convex_hull(mesh.hull_points, spacing);
    const double v = mesh.volume, a = mesh.area;
    out[0] = v;
    out[1] = a;
    out[2] = a / v;
    out[3] = v / (std::sqrt(kPi) * std::pow(a, 1.5));
    out[4] = 36.0 * kPi * v * v / (a * a * a);
    out[5] = a / std::cbrt(36.0 * kPi * v * v);
    out[6] = std::cbrt(36.0 * kPi * v * v) / a;
    out[7] = std::cbrt(a * a * a / (36.0 * kPi * v * v)) - 1.0;

    // Voxel centres in mm: geometric centre and intensity-weighted centre (centre of mass shift).
    double n = 0.0, weight = 0.0, centre[3] = {0, 0, 0}, weighted[3] = {0, 0, 0};
    const double s[3] = {image.spacing_x, image.spacing_y, image.spacing_z};
    for (int64_t z = 0; z < image.nz; ++z)
        for (int64_t y = 0; y < image.ny; ++y)
            for (int64_t x = 0; x < image.nx; ++x) {
                const int64_t k = (z * image.ny + y) * image.nx + x;
                if (image.mask[k] == 0) continue;
                const double p[3] = {static_cast<double>(x) * s[0], static_cast<double>(y) * s[1], static_cast<double>(z) * s[2]};
                n += 1.0;
                weight += image.values[k];
                for (int d = 0; d < 3; ++d) {
                    centre[d] += p[d];
                    weighted[d] += p[d] * image.values[k];
                }
            }
    double shift = 0.0;
    for (int d = 0; d < 3; ++d) {
        centre[d] /= n;
        weighted[d] /= weight;  // a zero intensity sum leaves the shift undefined (NaN / inf)
        shift += (centre[d] - weighted[d]) * (centre[d] - weighted[d]);
    }
    out[8] = std::sqrt(shift);
    out[9] = hull.diameter;

    // Principal axes: the covariance of the voxel positions, cov_ij = s_i s_j (n S_ij - S_i S_j) / (n (n - 1)) from
    // exact integer moments of the voxel indices, so the numerator is exact and rounds once. (Summing centred
    // products with a division per term cost six divisions per voxel, ~5 % of a 64^3 extraction, and rounded at
    // every step.)
    {
        const IndexMoments m = index_moments(image);
        const double denominator = static_cast<double>(m.count) * std::max(static_cast<double>(m.count) - 1.0, 1.0);
        double cov[3][3];
        for (int i = 0; i < 3; ++i)
            for (int j = 0; j < 3; ++j) {
                const int128 centred = m.count * m.cross[std::min(i, j)][std::max(i, j)] - m.sum[i] * m.sum[j];
                cov[i][j] = s[i] * s[j] * static_cast<double>(centred) / denominator;
            }
        double lambda[3];
        symmetric_eigenvalues(cov, lambda);
        for (double& l : lambda) l = std::max(l, 0.0);  // rounding can leave a tiny negative eigenvalue
        out[10] = 4.0 * std::sqrt(lambda[0]);
        out[11] = 4.0 * std::sqrt(lambda[1]);
        out[12] = 4.0 * std::sqrt(lambda[2]);
        out[13] = std::sqrt(lambda[1] / lambda[0]);
        out[14] = std::sqrt(lambda[2] / lambda[0]);
    }

    const double box[3] = {mesh.high[0] - mesh.low[0], mesh.high[1] - mesh.low[1], mesh.high[2] - mesh.low[2]};
    out[15] = v / (box[0] * box[1] * box[2]);
    out[16] = a / (2.0 * (box[0] * box[1] + box[1] * box[2] + box[2] * box[0]));
    const double semi[3] = {out[10] / 2.0, out[11] / 2.0, out[12] / 2.0};
    out[17] = v / (4.0 * kPi * semi[0] * semi[1] * semi[2] / 3.0);
    out[18] = a / ellipsoid_area(semi[0], semi[1], semi[2]);
    out[19] = v / hull.volume;
    out[20] = a / hull.area;
    out[21] = v * mean_intensity;
    spatial_autocorrelation(image, exact_autocorrelation, &out[22], &out[23]);
}

}  // namespace medfeat::detail
