// See filters_common.hpp.
#include "filters_common.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>

namespace medfeat::filters {

Grid make_grid(int32_t nx, int32_t ny, int32_t nz) {
    Grid g;
    if (nz == 1) {
        g.ndim = 2;
        g.shape[0] = ny;
        g.shape[1] = nx;
        g.stride[0] = nx;
        g.stride[1] = 1;
    } else {
        g.ndim = 3;
        g.shape[0] = nz;
        g.shape[1] = ny;
        g.shape[2] = nx;
        g.stride[0] = static_cast<int64_t>(nx) * ny;
        g.stride[1] = nx;
        g.stride[2] = 1;
    }
    g.count = static_cast<int64_t>(nx) * ny * nz;
    return g;
}

medfeat_status check_shape(int64_t count, int32_t nx, int32_t ny, int32_t nz) {
    if (nx <= 0 || ny <= 0 || nz <= 0) return MEDFEAT_E_SHAPE;
    const int64_t plane = static_cast<int64_t>(nx) * ny;
    if (plane > MEDFEAT_MAX_VOXELS || plane * nz > MEDFEAT_MAX_VOXELS) return MEDFEAT_E_TOO_LARGE;
    if (count != plane * nz) return MEDFEAT_E_SHAPE;
    return MEDFEAT_OK;
}

medfeat_status check_volume(const medfeat_volume* image, const void* out, size_t out_capacity) {
    if (image == nullptr) return MEDFEAT_E_ARGUMENT;
    if (const medfeat_status s = check_shape(image->count, image->nx, image->ny, image->nz); s != MEDFEAT_OK) return s;
    if (image->values == nullptr || out == nullptr) return MEDFEAT_E_ARGUMENT;
    if (out_capacity < static_cast<size_t>(image->count)) return MEDFEAT_E_ARGUMENT;
    for (int64_t v = 0; v < image->count; ++v) {
        if (!std::isfinite(image->values[v])) return MEDFEAT_E_NONFINITE;
    }
    return MEDFEAT_OK;
}

bool valid_border(int32_t border) { return border >= MEDFEAT_BORDER_REFLECT && border <= MEDFEAT_BORDER_CONSTANT; }

int64_t border_index(int64_t i, int64_t n, int32_t border) {
    if (i >= 0 && i < n) return i;
    switch (border) {
        case MEDFEAT_BORDER_NEAREST:
            return i < 0 ? 0 : n - 1;
        case MEDFEAT_BORDER_REFLECT: {
            const int64_t period = 2 * n;
            int64_t k = i % period;
            if (k < 0) k += period;
            return k < n ? k : period - 1 - k;
        }
        case MEDFEAT_BORDER_MIRROR: {
            if (n == 1) return 0;
            const int64_t period = 2 * n - 2;
            int64_t k = i % period;
            if (k < 0) k += period;
            return k < n ? k : period - k;
        }
        default:
            return -1;
    }
}

void correlate_axis(std::vector<double>& data, const Grid& grid, int axis, const std::vector<double>& weights,
                    int32_t border) {
    const int64_t n = grid.shape[axis], stride = grid.stride[axis];
    const int64_t size = static_cast<int64_t>(weights.size()), r = size / 2;
    // scipy's test for a (anti)symmetric kernel, which selects the paired summation below.
    int symmetric = 1;
    for (int64_t k = 1; k <= r; ++k) {
        if (std::fabs(weights[static_cast<size_t>(r + k)] - weights[static_cast<size_t>(r - k)]) > DBL_EPSILON) {
            symmetric = 0;
            break;
        }
    }
    if (symmetric == 0) {
        symmetric = -1;
        for (int64_t k = 1; k <= r; ++k) {
            if (std::fabs(weights[static_cast<size_t>(r + k)] + weights[static_cast<size_t>(r - k)]) > DBL_EPSILON) {
                symmetric = 0;
                break;
            }
        }
    }
    const double* fw = weights.data() + r;
    std::vector<double> line(static_cast<size_t>(n + 2 * r));
    const int64_t lines = grid.count / n;
    for (int64_t l = 0; l < lines; ++l) {
        // The first element of line l: decompose l over the other axes.
        int64_t base = 0, rest = l;
        for (int a = grid.ndim - 1; a >= 0; --a) {
            if (a == axis) continue;
            base += (rest % grid.shape[a]) * grid.stride[a];
            rest /= grid.shape[a];
        }
        for (int64_t i = -r; i < n + r; ++i) {
            const int64_t src = border_index(i, n, border);
            line[static_cast<size_t>(i + r)] = src < 0 ? 0.0 : data[static_cast<size_t>(base + src * stride)];
        }
        for (int64_t i = 0; i < n; ++i) {
            const double* in = line.data() + i + r;
            double acc;
            if (symmetric > 0) {
                acc = in[0] * fw[0];
                for (int64_t j = -r; j < 0; ++j) acc += (in[j] + in[-j]) * fw[j];
            } else if (symmetric < 0) {
                acc = in[0] * fw[0];
                for (int64_t j = -r; j < 0; ++j) acc += (in[j] - in[-j]) * fw[j];
            } else {
                acc = in[r] * fw[r];
                for (int64_t j = -r; j < r; ++j) acc += in[j] * fw[j];
            }
            data[static_cast<size_t>(base + i * stride)] = acc;
        }
    }
}

double pairwise_sum(const double* a, size_t n) {
    if (n < 8) {
        double res = 0.0;
        for (size_t i = 0; i < n; ++i) res += a[i];
        return res;
    }
    if (n <= 128) {
        double r[8];
        for (size_t j = 0; j < 8; ++j) r[j] = a[j];
        size_t i = 8;
        for (; i < n - (n % 8); i += 8) {
            for (size_t j = 0; j < 8; ++j) r[j] += a[i + j];
        }
        double res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        for (; i < n; ++i) res += a[i];
        return res;
    }
    size_t n2 = n / 2;
    n2 -= n2 % 8;
    return pairwise_sum(a, n2) + pairwise_sum(a + n2, n - n2);
}

std::vector<double> gaussian_kernel(double sigma, int order, int64_t radius) {
    const double sigma2 = sigma * sigma;
    const size_t size = static_cast<size_t>(2 * radius + 1);
    std::vector<double> phi(size);
    for (int64_t x = -radius; x <= radius; ++x) {
        phi[static_cast<size_t>(x + radius)] = std::exp(-0.5 / sigma2 * static_cast<double>(x * x));
    }
    const double total = pairwise_sum(phi.data(), size);
    for (double& p : phi) p = p / total;
    if (order == 2) {
        // scipy's polynomial for the second derivative: q = (-1/sigma^2, 0, 1/sigma^4).
        const double q0 = -1.0 / sigma2, q2 = (-1.0 / sigma2) * (-1.0 / sigma2);
        for (int64_t x = -radius; x <= radius; ++x) {
            const double xd = static_cast<double>(x);
            const double poly = q0 + xd * 0.0 + xd * xd * q2;
            phi[static_cast<size_t>(x + radius)] = poly * phi[static_cast<size_t>(x + radius)];
        }
    }
    std::reverse(phi.begin(), phi.end());
    return phi;
}

int64_t gaussian_radius(double sigma, double truncate) {
    const double r = truncate * sigma + 0.5;
    if (!(r < MEDFEAT_MAX_FILTER_RADIUS + 1.0)) return -1;
    return static_cast<int64_t>(r);
}

void gaussian_filter(std::vector<double>& data, const Grid& grid, double sigma, const int* orders, int64_t radius,
                     int32_t border) {
    const std::vector<double> smooth = gaussian_kernel(sigma, 0, radius);
    std::vector<double> second;
    for (int a = 0; a < grid.ndim; ++a) {
        if (orders[a] == 2) {
            if (second.empty()) second = gaussian_kernel(sigma, 2, radius);
            correlate_axis(data, grid, a, second, border);
        } else {
            correlate_axis(data, grid, a, smooth, border);
        }
    }
}

}  // namespace medfeat::filters
