// Histogram methods: Otsu's threshold, histogram equalisation and CLAHE. The histogram is numpy's
// (np.histogram with equal bins over [min, max], its edge arithmetic and bin correction included), so
// thresholds and equalised values agree with scikit-image exactly, not just approximately.
#include "filters_common.hpp"

#include <algorithm>
#include <cmath>
#include <new>

using namespace medfeat::filters;

namespace {

constexpr int32_t kMaxBins = 65536;

struct Histogram {
    std::vector<int64_t> counts;
    std::vector<double> edges;    // nbins + 1
    std::vector<double> centers;  // nbins
};

// np.histogram(values, bins=nbins, range=(min, max)): a constant input widens the range to +/- 0.5.
Histogram numpy_histogram(const float* values, int64_t n, int32_t nbins) {
    double first = values[0], last = values[0];
    for (int64_t v = 1; v < n; ++v) {
        first = std::min(first, static_cast<double>(values[v]));
        last = std::max(last, static_cast<double>(values[v]));
    }
    if (first == last) {
        first -= 0.5;
        last += 0.5;
    }
    Histogram h;
    const size_t bins = static_cast<size_t>(nbins);
    h.edges.resize(bins + 1);
    const double step = (last - first) / nbins;  // np.linspace
    for (size_t k = 0; k <= bins; ++k) h.edges[k] = static_cast<double>(k) * step + first;
    h.edges[bins] = last;
    h.centers.resize(bins);
    for (size_t k = 0; k < bins; ++k) h.centers[k] = (h.edges[k] + h.edges[k + 1]) / 2.;
    h.counts.assign(bins, 0);
    const double norm = nbins / (last - first);
    for (int64_t v = 0; v < n; ++v) {
        const double x = values[v];
        int64_t index = static_cast<int64_t>((x - first) * norm);
        if (index == nbins) --index;
        if (x < h.edges[static_cast<size_t>(index)]) --index;
        if (x >= h.edges[static_cast<size_t>(index + 1)] && index != nbins - 1) ++index;
        ++h.counts[static_cast<size_t>(index)];
    }
    return h;
}

// np.interp(x, xp, fp) for increasing xp.
double numpy_interp(double x, const std::vector<double>& xp, const std::vector<double>& fp) {
    const size_t n = xp.size();
    if (x < xp[0]) return fp[0];
    if (x > xp[n - 1]) return fp[n - 1];
    const size_t j = static_cast<size_t>(std::upper_bound(xp.begin(), xp.end(), x) - xp.begin()) - 1;
    if (j == n - 1 || xp[j] == x) return fp[j];
    const double slope = (fp[j + 1] - fp[j]) / (xp[j + 1] - xp[j]);
    return slope * (x - xp[j]) + fp[j];
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

}  // namespace

extern "C" {

medfeat_status medfeat_threshold_otsu(const medfeat_volume* image, int32_t nbins, double* out_threshold) {
    return guarded([&] {
        if (out_threshold == nullptr) return MEDFEAT_E_ARGUMENT;
        if (const medfeat_status s = check_volume(image, out_threshold, static_cast<size_t>(image ? image->count : 0));
            s != MEDFEAT_OK) {
            return s;
        }
        if (nbins < 2 || nbins > kMaxBins) return MEDFEAT_E_ARGUMENT;
        const float* values = image->values;
        const int64_t n = image->count;
        if (std::all_of(values, values + n, [&](float v) { return v == values[0]; })) {
            *out_threshold = values[0];
            return MEDFEAT_OK;
        }
        const Histogram h = numpy_histogram(values, n, nbins);
        const size_t bins = h.counts.size();
        // Cumulative weights and means from below (1) and from above (2), in numpy's cumsum order.
        std::vector<int64_t> w1(bins), w2(bins);
        std::vector<double> m1(bins), m2(bins);
        int64_t w = 0;
        double s = 0.0;
        for (size_t k = 0; k < bins; ++k) {
            w += h.counts[k];
            s += static_cast<double>(h.counts[k]) * h.centers[k];
            w1[k] = w;
            m1[k] = s / static_cast<double>(w);
        }
        w = 0;
        s = 0.0;
        for (size_t k = bins; k-- > 0;) {
            w += h.counts[k];
            s += static_cast<double>(h.counts[k]) * h.centers[k];
            w2[k] = w;
            m2[k] = s / static_cast<double>(w);
        }
        size_t best = 0;
        double best_variance = -1.0;
        for (size_t k = 0; k + 1 < bins; ++k) {
            const double d = m1[k] - m2[k + 1];
            const double variance = static_cast<double>(w1[k] * w2[k + 1]) * (d * d);
            if (variance > best_variance) {
                best_variance = variance;
                best = k;
            }
        }
        *out_threshold = h.centers[best];
        return MEDFEAT_OK;
    });
}

medfeat_status medfeat_equalize_hist(const medfeat_volume* image, int32_t nbins, float* out, size_t out_capacity) {
    return guarded([&] {
        if (const medfeat_status s = check_volume(image, out, out_capacity); s != MEDFEAT_OK) return s;
        if (nbins < 2 || nbins > kMaxBins) return MEDFEAT_E_ARGUMENT;
        const Histogram h = numpy_histogram(image->values, image->count, nbins);
        std::vector<double> cdf(h.counts.size());
        int64_t running = 0;
        for (size_t k = 0; k < cdf.size(); ++k) {
            running += h.counts[k];
            cdf[k] = static_cast<double>(running);
        }
        for (double& c : cdf) c = c / static_cast<double>(running);
        for (int64_t v = 0; v < image->count; ++v) {
            out[v] = static_cast<float>(numpy_interp(image->values[v], h.centers, cdf));
        }
        return MEDFEAT_OK;
    });
}

medfeat_status medfeat_clahe(const medfeat_volume* image, int32_t tiles_x, int32_t tiles_y, double clip_limit,
                             int32_t nbins, float* out, size_t out_capacity) {
    return guarded([&] {
        if (const medfeat_status s = check_volume(image, out, out_capacity); s != MEDFEAT_OK) return s;
        if (image->nz != 1) return MEDFEAT_E_SHAPE;
        if (nbins < 2 || nbins > kMaxBins || tiles_x < 1 || tiles_y < 1 || tiles_x > image->nx ||
            tiles_y > image->ny || !(clip_limit > 0.0 && clip_limit <= 1.0)) {
            return MEDFEAT_E_ARGUMENT;
        }
        const int64_t nx = image->nx, ny = image->ny, n = image->count;
        const float* values = image->values;
        const auto [lo_it, hi_it] = std::minmax_element(values, values + n);
        const double lo = *lo_it, range = static_cast<double>(*hi_it) - lo;
        if (range == 0.0) {
            std::fill(out, out + n, 0.0f);
            return MEDFEAT_OK;
        }
        const int64_t bins = nbins;
        std::vector<int32_t> bin(static_cast<size_t>(n));
        for (int64_t v = 0; v < n; ++v) {
            const int64_t b = static_cast<int64_t>((values[v] - lo) / range * static_cast<double>(bins));
            bin[static_cast<size_t>(v)] = static_cast<int32_t>(std::min(b, bins - 1));
        }
        // Tile t along an axis of n pixels covers [t * n / tiles, (t + 1) * n / tiles).
        auto tile_start = [](int64_t t, int64_t size, int64_t tiles) { return t * size / tiles; };
        std::vector<double> maps(static_cast<size_t>(tiles_x * tiles_y * bins));
        std::vector<double> hist(static_cast<size_t>(bins));
        for (int64_t ty = 0; ty < tiles_y; ++ty) {
            for (int64_t tx = 0; tx < tiles_x; ++tx) {
                std::fill(hist.begin(), hist.end(), 0.0);
                const int64_t x0 = tile_start(tx, nx, tiles_x), x1 = tile_start(tx + 1, nx, tiles_x);
                const int64_t y0 = tile_start(ty, ny, tiles_y), y1 = tile_start(ty + 1, ny, tiles_y);
                for (int64_t y = y0; y < y1; ++y) {
                    for (int64_t x = x0; x < x1; ++x) hist[static_cast<size_t>(bin[static_cast<size_t>(y * nx + x)])] += 1.0;
                }
                const double pixels = static_cast<double>((x1 - x0) * (y1 - y0));
                // Clip at clip_limit * pixels (at least one pixel per bin) and spread the excess evenly.
                const double limit = std::max(1.0, clip_limit * pixels);
                double excess = 0.0;
                for (double& c : hist) {
                    if (c > limit) {
                        excess += c - limit;
                        c = limit;
                    }
                }
                double* map = &maps[static_cast<size_t>((ty * tiles_x + tx) * bins)];
                double cumulative = 0.0;
                for (int64_t b = 0; b < bins; ++b) {
                    cumulative += hist[static_cast<size_t>(b)] + excess / static_cast<double>(bins);
                    map[b] = cumulative / pixels;
                }
            }
        }
        // Bilinear interpolation between the mappings of the four nearest tile centres.
        auto locate = [](int64_t p, int64_t size, int64_t tiles, int64_t& t0, int64_t& t1, double& f) {
            const double c = (static_cast<double>(p) + 0.5) * static_cast<double>(tiles) / static_cast<double>(size) - 0.5;
            if (c <= 0.0) {
                t0 = t1 = 0;
                f = 0.0;
            } else if (c >= static_cast<double>(tiles - 1)) {
                t0 = t1 = tiles - 1;
                f = 0.0;
            } else {
                t0 = static_cast<int64_t>(c);
                t1 = t0 + 1;
                f = c - static_cast<double>(t0);
            }
        };
        for (int64_t y = 0; y < ny; ++y) {
            int64_t ty0, ty1;
            double fy;
            locate(y, ny, tiles_y, ty0, ty1, fy);
            for (int64_t x = 0; x < nx; ++x) {
                int64_t tx0, tx1;
                double fx;
                locate(x, nx, tiles_x, tx0, tx1, fx);
                const int64_t b = bin[static_cast<size_t>(y * nx + x)];
                auto m = [&](int64_t ty, int64_t tx) { return maps[static_cast<size_t>((ty * tiles_x + tx) * bins + b)]; };
                const double top = (1 - fx) * m(ty0, tx0) + fx * m(ty0, tx1);
                const double bottom = (1 - fx) * m(ty1, tx0) + fx * m(ty1, tx1);
                out[y * nx + x] = static_cast<float>(std::min(1.0, (1 - fy) * top + fy * bottom));
            }
        }
        return MEDFEAT_OK;
    });
}

}  // extern "C"
