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
    out[2] = q + 2 * p * std::cos(phi + 2 * kPi / 3);
    out[1] = 3 * q - out[0] - out[2];
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

void morphology(const medfeat_image& image, double mean_intensity, double* out, std::pmr::memory_resource* memory) {
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

    // Voxel centres in mm: geometric centre, intensity-weighted centre and the covariance for the axes.
    double n = 0.0, weight = 0.0, centre[3] = {0, 0, 0}, weighted[3] = {0, 0, 0};
    const double s[3] = {image.spacing_x, image.spacing_y, image.spacing_z};
    for (int pass = 0; pass < 2; ++pass) {
        double cov[3][3] = {};
        for (int64_t z = 0; z < image.nz; ++z)
            for (int64_t y = 0; y < image.ny; ++y)
                for (int64_t x = 0; x < image.nx; ++x) {
                    const int64_t k = (z * image.ny + y) * image.nx + x;
                    if (image.mask[k] == 0) continue;
                    const double p[3] = {static_cast<double>(x) * s[0], static_cast<double>(y) * s[1], static_cast<double>(z) * s[2]};
                    if (pass == 0) {
                        n += 1.0;
                        weight += image.values[k];
                        for (int d = 0; d < 3; ++d) {
                            centre[d] += p[d];
                            weighted[d] += p[d] * image.values[k];
                        }
                    } else {
                        // The matrix is symmetric, and so is each product bit for bit: fill the upper triangle.
                        for (int i = 0; i < 3; ++i)
                            for (int j = i; j < 3; ++j) cov[i][j] += (p[i] - centre[i]) * (p[j] - centre[j]) / std::max(n - 1.0, 1.0);
                    }
                }
        if (pass == 0) {
            double shift = 0.0;
            for (int d = 0; d < 3; ++d) {
                centre[d] /= n;
                weighted[d] /= weight;  // a zero intensity sum leaves the shift undefined (NaN / inf)
                shift += (centre[d] - weighted[d]) * (centre[d] - weighted[d]);
            }
            out[8] = std::sqrt(shift);
            out[9] = hull.diameter;
            continue;
        }
        for (int i = 0; i < 3; ++i)
            for (int j = 0; j < i; ++j) cov[i][j] = cov[j][i];
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
    spatial_autocorrelation(image, &out[22], &out[23]);
}

}  // namespace medfeat::detail
