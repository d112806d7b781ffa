// Linear and rank smoothing filters and derivative filters (mean, median, Gaussian, Laplacian of
// Gaussian, Sobel magnitude), defined as scipy.ndimage / scikit-image define them.
#include "filters_common.hpp"

#include <algorithm>
#include <cmath>
#include <new>

using namespace medfeat::filters;

namespace {

std::vector<double> to_double(const medfeat_volume& image) {
    return std::vector<double>(image.values, image.values + image.count);
}

void to_float(const std::vector<double>& data, float* out) {
    for (size_t v = 0; v < data.size(); ++v) out[v] = static_cast<float>(data[v]);
}

template <typename F>
medfeat_status guarded(F&& body) {
    try {
        return body();
    } catch (const std::bad_alloc&) {
        return MEDFEAT_E_NO_MEMORY;
    } catch (...) {
        return MEDFEAT_E_INTERNAL;
    }
}

bool valid_sigma(double sigma, double truncate) {
    return std::isfinite(sigma) && sigma > 0.0 && std::isfinite(truncate) && truncate > 0.0;
}

}  // namespace

extern "C" {

medfeat_status medfeat_filter_mean(const medfeat_volume* image, int32_t radius, int32_t border, float* out,
                                   size_t out_capacity) {
    return guarded([&] {
        if (const medfeat_status s = check_volume(image, out, out_capacity); s != MEDFEAT_OK) return s;
        if (radius < 1 || radius > MEDFEAT_MAX_FILTER_RADIUS || !valid_border(border)) return MEDFEAT_E_ARGUMENT;
        const Grid grid = make_grid(image->nx, image->ny, image->nz);
        std::vector<double> data = to_double(*image);
        const std::vector<double> box(static_cast<size_t>(2 * radius + 1), 1.0 / (2 * radius + 1));
        for (int a = 0; a < grid.ndim; ++a) correlate_axis(data, grid, a, box, border);
        to_float(data, out);
        return MEDFEAT_OK;
    });
}

medfeat_status medfeat_filter_median(const medfeat_volume* image, int32_t radius, int32_t border, float* out,
                                     size_t out_capacity) {
    return guarded([&] {
        if (const medfeat_status s = check_volume(image, out, out_capacity); s != MEDFEAT_OK) return s;
        if (radius < 1 || radius > MEDFEAT_MAX_FILTER_RADIUS || !valid_border(border)) return MEDFEAT_E_ARGUMENT;
        const int64_t nx = image->nx, ny = image->ny, nz = image->nz;
        const int64_t rz = nz == 1 ? 0 : radius;
        std::vector<float> window;
        window.reserve(static_cast<size_t>((2 * radius + 1) * (2 * radius + 1) * (2 * rz + 1)));
        for (int64_t z = 0; z < nz; ++z) {
            for (int64_t y = 0; y < ny; ++y) {
                for (int64_t x = 0; x < nx; ++x) {
                    window.clear();
                    for (int64_t k = -rz; k <= rz; ++k) {
                        const int64_t zz = rz == 0 ? 0 : border_index(z + k, nz, border);
                        for (int64_t j = -radius; j <= radius; ++j) {
                            const int64_t yy = border_index(y + j, ny, border);
                            for (int64_t i = -radius; i <= radius; ++i) {
                                const int64_t xx = border_index(x + i, nx, border);
                                window.push_back(zz < 0 || yy < 0 || xx < 0
                                                     ? 0.0f
                                                     : image->values[(zz * ny + yy) * nx + xx]);
                            }
                        }
                    }
                    const auto mid = window.begin() + static_cast<std::ptrdiff_t>(window.size() / 2);
                    std::nth_element(window.begin(), mid, window.end());
                    out[(z * ny + y) * nx + x] = *mid;
                }
            }
        }
        return MEDFEAT_OK;
    });
}

medfeat_status medfeat_filter_gaussian(const medfeat_volume* image, double sigma, double truncate, int32_t border,
                                       float* out, size_t out_capacity) {
    return guarded([&] {
        if (const medfeat_status s = check_volume(image, out, out_capacity); s != MEDFEAT_OK) return s;
        if (!valid_sigma(sigma, truncate) || !valid_border(border)) return MEDFEAT_E_ARGUMENT;
        const int64_t radius = gaussian_radius(sigma, truncate);
        if (radius < 0) return MEDFEAT_E_ARGUMENT;
        const Grid grid = make_grid(image->nx, image->ny, image->nz);
        std::vector<double> data = to_double(*image);
        const int orders[3] = {0, 0, 0};
        gaussian_filter(data, grid, sigma, orders, radius, border);
        to_float(data, out);
        return MEDFEAT_OK;
    });
}

medfeat_status medfeat_filter_laplacian_of_gaussian(const medfeat_volume* image, double sigma, double truncate,
                                                    int32_t border, float* out, size_t out_capacity) {
    return guarded([&] {
        if (const medfeat_status s = check_volume(image, out, out_capacity); s != MEDFEAT_OK) return s;
        if (!valid_sigma(sigma, truncate) || !valid_border(border)) return MEDFEAT_E_ARGUMENT;
        const int64_t radius = gaussian_radius(sigma, truncate);
        if (radius < 0) return MEDFEAT_E_ARGUMENT;
        const Grid grid = make_grid(image->nx, image->ny, image->nz);
        const std::vector<double> input = to_double(*image);
        std::vector<double> sum, term;
        for (int a = 0; a < grid.ndim; ++a) {
            int orders[3] = {0, 0, 0};
            orders[a] = 2;
            term = input;
            gaussian_filter(term, grid, sigma, orders, radius, border);
            if (a == 0) {
                sum = term;
            } else {
                for (size_t v = 0; v < sum.size(); ++v) sum[v] += term[v];
            }
        }
        to_float(sum, out);
        return MEDFEAT_OK;
    });
}

medfeat_status medfeat_filter_sobel(const medfeat_volume* image, int32_t border, float* out, size_t out_capacity) {
    return guarded([&] {
        if (const medfeat_status s = check_volume(image, out, out_capacity); s != MEDFEAT_OK) return s;
        if (!valid_border(border)) return MEDFEAT_E_ARGUMENT;
        const Grid grid = make_grid(image->nx, image->ny, image->nz);
        const std::vector<double> input = to_double(*image);
        const std::vector<double> edge = {1.0, 0.0, -1.0}, smooth = {0.25, 0.5, 0.25};
        std::vector<double> sum(input.size(), 0.0), term;
        for (int a = 0; a < grid.ndim; ++a) {
            term = input;
            correlate_axis(term, grid, a, edge, border);
            for (int b = 0; b < grid.ndim; ++b) {
                if (b != a) correlate_axis(term, grid, b, smooth, border);
            }
            for (size_t v = 0; v < sum.size(); ++v) sum[v] += term[v] * term[v];
        }
        const double norm = std::sqrt(static_cast<double>(grid.ndim));
        for (size_t v = 0; v < sum.size(); ++v) out[v] = static_cast<float>(std::sqrt(sum[v]) / norm);
        return MEDFEAT_OK;
    });
}

}  // extern "C"
