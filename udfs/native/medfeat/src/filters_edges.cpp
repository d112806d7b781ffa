// Canny edge detection (Canny 1986) for 2D images, step for step as skimage.feature.canny (0.19)
// without a mask: zero-padded Gaussian smoothing normalised by the smoothed support, scipy Sobel
// gradients, non-maximum suppression interpolating the magnitude between the two neighbours the
// gradient points to, and hysteresis keeping 8-connected runs above `low` that touch a value >= `high`.
#include "filters_common.hpp"

#include <cfloat>
#include <cmath>
#include <new>

using namespace medfeat::filters;

namespace {

// One of skimage's four non-maximum-suppression cases: a point is a local maximum when the magnitude
// interpolated (weight w = num/den) towards both gradient directions does not exceed its own.
struct Neighbours {
    int plus1_dy, plus1_dx, plus2_dy, plus2_dx, minus1_dy, minus1_dx, minus2_dy, minus2_dx;
};

}  // namespace

extern "C" medfeat_status medfeat_filter_canny(const medfeat_volume* image, double sigma, double low_threshold,
                                               double high_threshold, uint8_t* out_edges, size_t out_capacity) {
    try {
        if (const medfeat_status s = check_volume(image, out_edges, out_capacity); s != MEDFEAT_OK) return s;
        if (image->nz != 1) return MEDFEAT_E_SHAPE;
        if (!std::isfinite(sigma) || sigma < 0.0 || !std::isfinite(low_threshold) || !std::isfinite(high_threshold) ||
            low_threshold < 0.0 || high_threshold < low_threshold) {
            return MEDFEAT_E_ARGUMENT;
        }
        const Grid grid = make_grid(image->nx, image->ny, 1);
        const int64_t nx = image->nx, ny = image->ny, n = grid.count;
        std::vector<double> smoothed(image->values, image->values + n);
        std::vector<double> support(static_cast<size_t>(n), 1.0);
        // skimage skips smoothing along an axis whose sigma is ~0 (scipy drops sigma <= 1e-15).
        if (sigma > 1e-15) {
            const int64_t radius = gaussian_radius(sigma, 4.0);
            if (radius < 0) return MEDFEAT_E_ARGUMENT;
            const int orders[3] = {0, 0, 0};
            gaussian_filter(smoothed, grid, sigma, orders, radius, MEDFEAT_BORDER_CONSTANT);
            gaussian_filter(support, grid, sigma, orders, radius, MEDFEAT_BORDER_CONSTANT);
        }
        for (size_t v = 0; v < smoothed.size(); ++v) smoothed[v] /= support[v] + DBL_EPSILON;

        // isobel: derivative along rows (y), jsobel: along columns (x); scipy.ndimage.sobel, mode reflect.
        const std::vector<double> derivative = {-1.0, 0.0, 1.0}, smooth = {1.0, 2.0, 1.0};
        std::vector<double> isobel = smoothed, jsobel = smoothed;
        correlate_axis(isobel, grid, 0, derivative, MEDFEAT_BORDER_REFLECT);
        correlate_axis(isobel, grid, 1, smooth, MEDFEAT_BORDER_REFLECT);
        correlate_axis(jsobel, grid, 1, derivative, MEDFEAT_BORDER_REFLECT);
        correlate_axis(jsobel, grid, 0, smooth, MEDFEAT_BORDER_REFLECT);
        std::vector<double> magnitude(static_cast<size_t>(n));
        for (size_t v = 0; v < magnitude.size(); ++v) magnitude[v] = std::hypot(isobel[v], jsobel[v]);

        // The four cases in skimage's order; a later case overwrites an earlier one at the same point.
        static const Neighbours kCases[4] = {
            {1, 0, 1, 1, -1, 0, -1, -1},   // horizontal, gradient up-right or down-left
            {0, 1, 1, 1, 0, -1, -1, -1},   // vertical, up-right or down-left
            {0, 1, -1, 1, 0, -1, 1, -1},   // vertical, down-right or up-left
            {-1, 0, -1, 1, 1, 0, 1, -1},   // horizontal, down-right or up-left
        };
        std::vector<uint8_t> maxima(static_cast<size_t>(n), 0);
        for (int64_t y = 1; y + 1 < ny; ++y) {
            for (int64_t x = 1; x + 1 < nx; ++x) {
                const int64_t p = y * nx + x;
                const double m = magnitude[static_cast<size_t>(p)];
                if (!(m > 0.0)) continue;
                const double gi = isobel[static_cast<size_t>(p)], gj = jsobel[static_cast<size_t>(p)];
                const double ai = std::fabs(gi), aj = std::fabs(gj);
                const bool horizontal = ai >= aj, vertical = ai <= aj;
                const bool up = gi >= 0, down = gi <= 0, right = gj >= 0, left = gj <= 0;
                const bool selected[4] = {((up && right) || (down && left)) && horizontal,
                                          ((up && right) || (down && left)) && vertical,
                                          ((down && right) || (up && left)) && vertical,
                                          ((down && right) || (up && left)) && horizontal};
                for (int c = 0; c < 4; ++c) {
                    if (!selected[c]) continue;
                    const Neighbours& k = kCases[c];
                    const bool is_horizontal = c == 0 || c == 3;
                    const double w = is_horizontal ? aj / ai : ai / aj;
                    auto at = [&](int dy, int dx) { return magnitude[static_cast<size_t>((y + dy) * nx + x + dx)]; };
                    const bool c_plus = at(k.plus2_dy, k.plus2_dx) * w + at(k.plus1_dy, k.plus1_dx) * (1 - w) <= m;
                    const bool c_minus = at(k.minus2_dy, k.minus2_dx) * w + at(k.minus1_dy, k.minus1_dx) * (1 - w) <= m;
                    maxima[static_cast<size_t>(p)] = c_plus && c_minus ? 1 : 0;
                }
            }
        }

        // Hysteresis: flood the low mask (8-connected) from every point at or above the high threshold.
        std::vector<int64_t> stack;
        for (int64_t v = 0; v < n; ++v) out_edges[v] = 0;
        for (int64_t v = 0; v < n; ++v) {
            const size_t sv = static_cast<size_t>(v);
            if (!maxima[sv] || magnitude[sv] < high_threshold || out_edges[v]) continue;
            out_edges[v] = 1;
            stack.push_back(v);
            while (!stack.empty()) {
                const int64_t p = stack.back();
                stack.pop_back();
                const int64_t py = p / nx, px = p % nx;
                for (int64_t dy = -1; dy <= 1; ++dy) {
                    for (int64_t dx = -1; dx <= 1; ++dx) {
                        const int64_t qy = py + dy, qx = px + dx;
                        if (qy < 0 || qy >= ny || qx < 0 || qx >= nx) continue;
                        const int64_t q = qy * nx + qx;
                        const size_t sq = static_cast<size_t>(q);
                        if (out_edges[q] || !maxima[sq] || !(magnitude[sq] >= low_threshold)) continue;
                        out_edges[q] = 1;
                        stack.push_back(q);
                    }
                }
            }
        }
        return MEDFEAT_OK;
    } catch (const std::bad_alloc&) {
        return MEDFEAT_E_NO_MEMORY;
    } catch (...) {
        return MEDFEAT_E_INTERNAL;
    }
}
