// The IBSI-1 image processing chain before discretisation (IBSI-1 sections 2.4 interpolation and
// 2.5-2.6 re-segmentation): isotropic resampling with grid centres aligned, trilinear for intensities,
// nearest neighbour or partial volume (trilinear, >= 0.5) for the mask, optional rounding of intensities
// to integers (as IBSI does for CT), then intensity-range and 3-sigma outlier re-segmentation of the ROI.
#include "filters_common.hpp"
#include "internal.hpp"

#include <algorithm>
#include <cmath>
#include <new>

using namespace medfeat::filters;

namespace {

struct Axis {
    int64_t n_in = 1, n_out = 1;
    double origin = 0.0;  // position of output voxel 0 in input voxel units
    double step = 1.0;    // output spacing in input voxel units
};

// IBSI "align grid centres": n_out = ceil(n s / s'), and the two grids share their centre.
Axis make_axis(int64_t n, double s, double target, bool resample) {
    Axis a;
    a.n_in = n;
    if (!resample) {
        a.n_out = n;
        return a;
    }
    // The tiny slack keeps n s / s' that is an integer up to rounding from gaining a voxel.
    a.n_out = std::max<int64_t>(1, static_cast<int64_t>(std::ceil(static_cast<double>(n) * s / target - 1e-9)));
    a.step = target / s;
    a.origin = ((static_cast<double>(n) - 1.0) * s - (static_cast<double>(a.n_out) - 1.0) * target) / 2.0 / s;
    return a;
}

// The two input indices around output index i and the weight of the upper one (clamped at the border).
void bracket(const Axis& a, int64_t i, int64_t& i0, int64_t& i1, double& f) {
    double c = a.origin + static_cast<double>(i) * a.step;
    c = std::clamp(c, 0.0, static_cast<double>(a.n_in - 1));
    i0 = static_cast<int64_t>(std::floor(c));
    i1 = std::min(i0 + 1, a.n_in - 1);
    f = c - static_cast<double>(i0);
}

medfeat_status validate_preprocess(const medfeat_image* image, const medfeat_preprocess_settings* s) {
    if (image == nullptr || s == nullptr) return MEDFEAT_E_ARGUMENT;
    if (image->nx <= 0 || image->ny <= 0 || image->nz <= 0) return MEDFEAT_E_SHAPE;
    if (const medfeat_status st = check_shape(image->value_count, image->nx, image->ny, image->nz); st != MEDFEAT_OK) {
        return st;
    }
    if (image->mask_count != image->value_count) return MEDFEAT_E_SHAPE;
    if (image->values == nullptr || image->mask == nullptr) return MEDFEAT_E_ARGUMENT;
    for (double sp : {image->spacing_x, image->spacing_y, image->spacing_z}) {
        if (!std::isfinite(sp) || sp <= 0.0) return MEDFEAT_E_ARGUMENT;
    }
    if (!std::isfinite(s->spacing) || s->spacing < 0.0) return MEDFEAT_E_ARGUMENT;
    if (s->mask_interpolation != MEDFEAT_MASK_NEAREST && s->mask_interpolation != MEDFEAT_MASK_PARTIAL_VOLUME) {
        return MEDFEAT_E_ARGUMENT;
    }
    if (s->resegment_range != 0 && s->resegment_range != 1) return MEDFEAT_E_ARGUMENT;
    if (s->resegment_range == 1 &&
        (std::isnan(s->range_min) || std::isnan(s->range_max) || s->range_min > s->range_max)) {
        return MEDFEAT_E_ARGUMENT;
    }
    if (!std::isfinite(s->outlier_sigma) || s->outlier_sigma < 0.0) return MEDFEAT_E_ARGUMENT;
    if (s->round_intensities != 0 && s->round_intensities != 1) return MEDFEAT_E_ARGUMENT;
    return MEDFEAT_OK;
}

medfeat_status grid(const medfeat_image& image, const medfeat_preprocess_settings& s, Axis axes[3]) {
    const bool resample = s.spacing > 0.0;
    axes[0] = make_axis(image.nx, image.spacing_x, s.spacing, resample);
    axes[1] = make_axis(image.ny, image.spacing_y, s.spacing, resample);
    axes[2] = make_axis(image.nz, image.spacing_z, s.spacing, resample && image.nz > 1);
    for (const Axis& a : {axes[0], axes[1], axes[2]}) {
        if (a.n_out > MEDFEAT_MAX_VOXELS) return MEDFEAT_E_TOO_LARGE;
    }
    const int64_t plane = axes[0].n_out * axes[1].n_out;
    if (plane > MEDFEAT_MAX_VOXELS || plane * axes[2].n_out > MEDFEAT_MAX_VOXELS) return MEDFEAT_E_TOO_LARGE;
    return MEDFEAT_OK;
}

}  // namespace

extern "C" {

medfeat_status medfeat_preprocess_grid(const medfeat_image* image, const medfeat_preprocess_settings* settings,
                                       int32_t* out_nx, int32_t* out_ny, int32_t* out_nz) {
    if (out_nx == nullptr || out_ny == nullptr || out_nz == nullptr) return MEDFEAT_E_ARGUMENT;
    if (const medfeat_status s = validate_preprocess(image, settings); s != MEDFEAT_OK) return s;
    Axis axes[3];
    if (const medfeat_status s = grid(*image, *settings, axes); s != MEDFEAT_OK) return s;
    *out_nx = static_cast<int32_t>(axes[0].n_out);
    *out_ny = static_cast<int32_t>(axes[1].n_out);
    *out_nz = static_cast<int32_t>(axes[2].n_out);
    return MEDFEAT_OK;
}

medfeat_status medfeat_preprocess(const medfeat_image* image, const medfeat_preprocess_settings* settings,
                                  float* out_values, uint8_t* out_mask, size_t out_capacity) {
    try {
        if (out_values == nullptr || out_mask == nullptr) return MEDFEAT_E_ARGUMENT;
        if (const medfeat_status s = validate_preprocess(image, settings); s != MEDFEAT_OK) return s;
        Axis axes[3];
        if (const medfeat_status s = grid(*image, *settings, axes); s != MEDFEAT_OK) return s;
        const int64_t nx = axes[0].n_out, ny = axes[1].n_out, nz = axes[2].n_out;
        if (out_capacity < static_cast<size_t>(nx * ny * nz)) return MEDFEAT_E_ARGUMENT;
        const int64_t n_in = image->value_count;
        bool any = false;
        for (int64_t v = 0; v < n_in; ++v) {
            if (!std::isfinite(image->values[v])) return MEDFEAT_E_NONFINITE;
            any = any || image->mask[v] != 0;
        }
        if (!any) return MEDFEAT_E_EMPTY_MASK;

        const int64_t inx = image->nx, iny = image->ny;
        auto in_index = [&](int64_t x, int64_t y, int64_t z) { return (z * iny + y) * inx + x; };
        const bool partial = settings->mask_interpolation == MEDFEAT_MASK_PARTIAL_VOLUME;
        for (int64_t z = 0; z < nz; ++z) {
            int64_t z0, z1;
            double fz;
            bracket(axes[2], z, z0, z1, fz);
            for (int64_t y = 0; y < ny; ++y) {
                int64_t y0, y1;
                double fy;
                bracket(axes[1], y, y0, y1, fy);
                for (int64_t x = 0; x < nx; ++x) {
                    int64_t x0, x1;
                    double fx;
                    bracket(axes[0], x, x0, x1, fx);
                    auto trilinear = [&](auto read) {
                        const double c00 = read(x0, y0, z0) * (1 - fx) + read(x1, y0, z0) * fx;
                        const double c10 = read(x0, y1, z0) * (1 - fx) + read(x1, y1, z0) * fx;
                        const double c01 = read(x0, y0, z1) * (1 - fx) + read(x1, y0, z1) * fx;
                        const double c11 = read(x0, y1, z1) * (1 - fx) + read(x1, y1, z1) * fx;
                        return (c00 * (1 - fy) + c10 * fy) * (1 - fz) + (c01 * (1 - fy) + c11 * fy) * fz;
                    };
                    const int64_t o = (z * ny + y) * nx + x;
                    out_values[o] = static_cast<float>(trilinear([&](int64_t a, int64_t b, int64_t c) {
                        return static_cast<double>(image->values[in_index(a, b, c)]);
                    }));
                    uint8_t inside;
                    if (partial) {
                        inside = trilinear([&](int64_t a, int64_t b, int64_t c) {
                                     return image->mask[in_index(a, b, c)] != 0 ? 1.0 : 0.0;
                                 }) >= 0.5
                                     ? 1
                                     : 0;
                    } else {
                        // Nearest neighbour: the lower index wins an exact tie.
                        const int64_t a = fx > 0.5 ? x1 : x0, b = fy > 0.5 ? y1 : y0, c = fz > 0.5 ? z1 : z0;
                        inside = image->mask[in_index(a, b, c)] != 0 ? 1 : 0;
                    }
                    out_mask[o] = inside;
                }
            }
        }

        const int64_t n_out = nx * ny * nz;
        if (settings->round_intensities == 1) {
            for (int64_t v = 0; v < n_out; ++v) out_values[v] = std::round(out_values[v]);
        }
        if (settings->resegment_range == 1) {
            for (int64_t v = 0; v < n_out; ++v) {
                const double x = out_values[v];
                if (x < settings->range_min || x > settings->range_max) out_mask[v] = 0;
            }
        }
        if (settings->outlier_sigma > 0.0) {
            double sum = 0.0;
            int64_t n = 0;
            for (int64_t v = 0; v < n_out; ++v) {
                if (out_mask[v] == 0) continue;
                sum += out_values[v];
                ++n;
            }
            if (n == 0) return MEDFEAT_E_EMPTY_MASK;
            const double mean = sum / static_cast<double>(n);
            double squares = 0.0;
            for (int64_t v = 0; v < n_out; ++v) {
                if (out_mask[v] != 0) squares += (out_values[v] - mean) * (out_values[v] - mean);
            }
            const double band = settings->outlier_sigma * std::sqrt(squares / static_cast<double>(n));
            for (int64_t v = 0; v < n_out; ++v) {
                if (out_mask[v] != 0 && std::fabs(out_values[v] - mean) > band) out_mask[v] = 0;
            }
        }
        for (int64_t v = 0; v < n_out; ++v) {
            if (out_mask[v] != 0) return MEDFEAT_OK;
        }
        return MEDFEAT_E_EMPTY_MASK;
    } catch (const std::bad_alloc&) {
        return MEDFEAT_E_NO_MEMORY;
    } catch (...) {
        return MEDFEAT_E_INTERNAL;
    }
}

}  // extern "C"
