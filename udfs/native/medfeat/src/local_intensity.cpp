// IBSI-1 local intensity features (IBSI 3.2): local and global intensity peak.
#include "internal.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace medfeat::detail {
namespace {

// Four doubles (GCC vector extension); each lane sees exactly the scalar IEEE operations.
using Quad = double __attribute__((vector_size(32)));

// sum[a + i] = the sum over chords k = 0, 1, ... of high[k][a + i] - low[k][a + i], added in that order, for i in
// [0, 4 Quads): the sums stay in registers while all chords are added.
template <int Quads>
__attribute__((always_inline)) inline void block_sums(double* __restrict sum, const double* const* high,
                                                      const double* const* low, size_t chords, int64_t a) {
    Quad total[Quads] = {};
    for (size_t k = 0; k < chords; ++k)
        for (int q = 0; q < Quads; ++q) {
            Quad h, l;
            std::memcpy(&h, high[k] + a + 4 * q, sizeof h);
            std::memcpy(&l, low[k] + a + 4 * q, sizeof l);
            total[q] += h - l;
        }
    std::memcpy(sum + a, total, sizeof total);
}

// The chord sums of a row (see block_sums) for a in [0, n), where nearly all the time goes. Sixteen voxels at a
// time take all chords (a loop per chord loaded and stored the sums once per chord, and cost a call per chord).
// Compiled for AVX-512 and AVX2 too and picked at load time by the CPU (GCC function multi-versioning); each
// element sees the same IEEE operations in the same order in every version, so all versions give identical results.
__attribute__((target_clones("avx512f", "avx2", "default"))) void chord_sums(
    double* __restrict sum, const double* const* high, const double* const* low, size_t chords, int64_t n) {
    int64_t a = 0;
    for (; a + 16 <= n; a += 16) block_sums<4>(sum, high, low, chords, a);
    for (; a + 4 <= n; a += 4) block_sums<1>(sum, high, low, chords, a);
    for (; a < n; ++a) {
        double total = 0.0;
        for (size_t k = 0; k < chords; ++k) total += high[k][a] - low[k][a];
        sum[a] = total;
    }
}

}  // namespace

// The peak is the mean raw intensity of the voxels whose centres lie within a 1 cm^3 sphere (radius
// 6.2035 mm) around a voxel, over the whole image, not only the ROI. Voxels outside the ROI with a
// non-finite intensity are left out of the mean (the input check only covers the ROI).
//
// The sphere is a set of x-chords, one per (dy, dz) offset, each summed as the difference of two row prefix
// sums. Rows are processed whole: for each output row (y, z) holding ROI voxels, each chord adds one prefix
// difference to every voxel of the row's ROI span, a contiguous loop the compiler vectorises (earlier versions
// walked the chords voxel by voxel, several times the instructions). Prefix sums cover only the ROI's bounding
// box widened by the sphere's reach, not the whole image.
void local_intensity(const medfeat_image& image, double* out) {
    const int64_t nx = image.nx, ny = image.ny, nz = image.nz;
    constexpr double kPi = 3.14159265358979323846;
    const double radius = std::cbrt(3.0 * 1000.0 / (4.0 * kPi));
    // Reaches are clamped to the image in floating point first, so a tiny spacing cannot overflow int64.
    auto reach = [](double length, double spacing, int64_t limit) {
        return static_cast<int64_t>(std::min(std::floor(length / spacing), static_cast<double>(limit)));
    };
    struct Chord {
        int64_t dy, dz, half;  // x from -half to +half
    };
    std::vector<Chord> chords;
    const int64_t rx = reach(radius, image.spacing_x, nx), ry = reach(radius, image.spacing_y, ny), rz = reach(radius, image.spacing_z, nz);
    for (int64_t dz = -rz; dz <= rz; ++dz)
        for (int64_t dy = -ry; dy <= ry; ++dy) {
            const double oy = static_cast<double>(dy) * image.spacing_y, oz = static_cast<double>(dz) * image.spacing_z;
            const double rest = radius * radius - oy * oy - oz * oz;
            if (rest < 0.0) continue;
            chords.push_back({dy, dz, reach(std::sqrt(rest), image.spacing_x, nx)});
        }

    // The ROI's bounding box and maximum intensity.
    int64_t lo[3] = {nx, ny, nz}, hi[3] = {-1, -1, -1};
    double maximum = -INFINITY;
    for (int64_t z = 0; z < nz; ++z)
        for (int64_t y = 0; y < ny; ++y)
            for (int64_t x = 0; x < nx; ++x) {
                const int64_t v = (z * ny + y) * nx + x;
                if (image.mask[v] == 0) continue;
                maximum = std::max(maximum, static_cast<double>(image.values[v]));
                const int64_t p[3] = {x, y, z};
                for (int d = 0; d < 3; ++d) {
                    lo[d] = std::min(lo[d], p[d]);
                    hi[d] = std::max(hi[d], p[d]);
                }
            }
    // The region the sphere can reach from the box: x0..x1, y0..y1, z0..z1 (inclusive).
    const int64_t x0 = std::max<int64_t>(lo[0] - rx, 0), x1 = std::min(hi[0] + rx, nx - 1);
    const int64_t y0 = std::max<int64_t>(lo[1] - ry, 0), y1 = std::min(hi[1] + ry, ny - 1);
    const int64_t z0 = std::max<int64_t>(lo[2] - rz, 0), z1 = std::min(hi[2] + rz, nz - 1);
    const int64_t wx = x1 - x0 + 1, wy = y1 - y0 + 1, wz = z1 - z0 + 1;

    // Row prefix sums of the finite intensities and of their count over the region, each row padded with rx
    // copies of its first entry (0) before and of its last entry after, so a chord clipped to the region is a
    // plain difference P[a + half + 1] - P[a - half] at every voxel, without branches.
    const int64_t stride = wx + 1 + 2 * rx;
    std::vector<double> sum(static_cast<size_t>(stride * wy * wz), 0.0), count(sum.size(), 0.0);
    bool all_finite = true;
    for (int64_t z = 0; z < wz; ++z)
        for (int64_t y = 0; y < wy; ++y) {
            const float* row = image.values + ((z + z0) * ny + (y + y0)) * nx + x0;
            double* s_row = &sum[static_cast<size_t>((z * wy + y) * stride + rx)];
            double* c_row = &count[static_cast<size_t>((z * wy + y) * stride + rx)];
            double s = 0.0, c = 0.0;
            for (int64_t x = 0; x < wx; ++x) {
                if (std::isfinite(row[x])) {
                    s += row[x];
                    c += 1.0;
                }
                s_row[x + 1] = s;
                c_row[x + 1] = c;
            }
            for (int64_t x = wx + 1; x < wx + 1 + rx; ++x) {
                s_row[x] = s;
                c_row[x] = c;
            }
            all_finite = all_finite && c == static_cast<double>(wx);
        }

    double local = -INFINITY, global = -INFINITY;
    std::vector<double> s_acc(static_cast<size_t>(wx)), c_acc(static_cast<size_t>(wx));
    // inside[h]: the chords of half-length h whose row lies in the region, for the current row.
    std::vector<int64_t> inside(static_cast<size_t>(rx) + 1);
    // The prefix-sum entries where each chord of the current row starts and ends (shifted by the row's first voxel).
    std::vector<const double*> s_high, s_low, c_high, c_low;
    for (int64_t z = lo[2]; z <= hi[2]; ++z)
        for (int64_t y = lo[1]; y <= hi[1]; ++y) {
            const uint8_t* mask_row = image.mask + (z * ny + y) * nx;
            int64_t first = nx, last = -1;
            for (int64_t x = lo[0]; x <= hi[0]; ++x)
                if (mask_row[x] != 0) {
                    first = std::min(first, x);
                    last = x;
                }
            if (last < 0) continue;
            // Region coordinates from here on: voxel x of the image is a = x - x0.
            const int64_t a0 = first - x0, a1 = last - x0;
            double* __restrict sa = s_acc.data();
            double* __restrict ca = c_acc.data();
            std::fill(inside.begin(), inside.end(), 0);
            s_high.clear();
            s_low.clear();
            c_high.clear();
            c_low.clear();
            for (const Chord& chord : chords) {
                const int64_t y2 = y + chord.dy, z2 = z + chord.dz;
                if (y2 < y0 || y2 > y1 || z2 < z0 || z2 > z1) continue;
                const size_t row = static_cast<size_t>(((z2 - z0) * wy + (y2 - y0)) * stride + rx);
                s_high.push_back(&sum[row + static_cast<size_t>(chord.half + 1)] + a0);
                s_low.push_back(&sum[row] - chord.half + a0);
                if (all_finite) {
                    ++inside[static_cast<size_t>(chord.half)];
                    continue;
                }
                c_high.push_back(&count[row + static_cast<size_t>(chord.half + 1)] + a0);
                c_low.push_back(&count[row] - chord.half + a0);
            }
            chord_sums(sa + a0, s_high.data(), s_low.data(), s_high.size(), a1 - a0 + 1);
            if (!all_finite) chord_sums(ca + a0, c_high.data(), c_low.data(), c_high.size(), a1 - a0 + 1);
            // With every intensity finite, a chord holds the voxels of its x-range inside the region: 2 half + 1,
            // less what a region edge cuts off, which only happens within the longest half of an edge. The
            // integer total equals the sum of the prefix-count differences exactly.
            if (all_finite) {
                int64_t whole = 0, longest = 0;
                for (int64_t half = 0; half <= rx; ++half) {
                    whole += inside[static_cast<size_t>(half)] * (2 * half + 1);
                    if (inside[static_cast<size_t>(half)] > 0) longest = half;
                }
                for (int64_t a = a0; a <= a1; ++a) {
                    int64_t n = whole;
                    if (a < longest || a + longest > wx - 1)
                        for (int64_t half = 0; half <= longest; ++half)
                            n -= inside[static_cast<size_t>(half)] *
                                 (std::max<int64_t>(0, half - a) + std::max<int64_t>(0, a + half - (wx - 1)));
                    ca[a] = static_cast<double>(n);
                }
            }
            for (int64_t x = first; x <= last; ++x) {
                if (mask_row[x] == 0) continue;
                const size_t a = static_cast<size_t>(x - x0);
                const double mean = s_acc[a] / c_acc[a];  // c >= 1: the centre voxel is in the ROI, hence finite
                global = std::max(global, mean);
                if (image.values[(z * ny + y) * nx + x] == maximum) local = std::max(local, mean);
            }
        }
    out[0] = local;
    out[1] = global;
}

}  // namespace medfeat::detail
