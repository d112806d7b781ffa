// IBSI-1 local intensity features (IBSI 3.2): local and global intensity peak.
#include "internal.hpp"

#include <algorithm>
#include <cfloat>
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

// The chord sums of a row (see block_sums) for a in [begin, end), where nearly all the time goes. Sixteen voxels at
// a time take all chords (a loop per chord loaded and stored the sums once per chord, and cost a call per chord).
// Compiled for AVX-512 and AVX2 too and picked at load time by the CPU (GCC function multi-versioning); each
// element sees the same IEEE operations in the same order in every version and whatever span it is computed in,
// so all versions and all spans give identical results.
MEDFEAT_MULTIVERSION void chord_sums(
    double* __restrict sum, const double* const* high, const double* const* low, size_t chords, int64_t begin,
    int64_t end) {
    int64_t a = begin;
    for (; a + 16 <= end; a += 16) block_sums<4>(sum, high, low, chords, a);
    for (; a + 4 <= end; a += 4) block_sums<1>(sum, high, low, chords, a);
    for (; a < end; ++a) {
        double total = 0.0;
        for (size_t k = 0; k < chords; ++k) total += high[k][a] - low[k][a];
        sum[a] = total;
    }
}

// In place: element i (the `inner` consecutive floats at data + i * stride) becomes the elementwise maximum of the
// elements j with |j - i| <= r, 0 <= j < n. van Herk / Gil-Werman: the line, padded with r elements of -inf on
// each side, is cut into blocks of w = 2 r + 1; the window [k, k + 2 r] of the padded line holds the end of k's
// block and the start of the next, so its maximum is max(suffix maximum from k in its block, prefix maximum up to
// k + 2 r in its block). Three comparisons per value whatever r; the loops over `inner` vectorise.
void running_max(float* data, int64_t n, int64_t r, int64_t stride, int64_t inner, std::vector<float>& padded,
                 std::vector<float>& prefix, std::vector<float>& suffix) {
    const int64_t w = 2 * r + 1, length = n + 2 * r;
    const size_t size = static_cast<size_t>(length * inner);
    padded.assign(size, -INFINITY);
    prefix.resize(size);
    suffix.resize(size);
    for (int64_t i = 0; i < n; ++i) std::copy(data + i * stride, data + i * stride + inner, &padded[static_cast<size_t>((i + r) * inner)]);
    auto max_into = [inner](float* to, const float* a, const float* b) {
        if (inner == 1) {  // along x: one value, no loop
            *to = std::max(*a, *b);
            return;
        }
        for (int64_t j = 0; j < inner; ++j) to[j] = std::max(a[j], b[j]);
    };
    const float* p = padded.data();
    float* g = prefix.data();
    float* h = suffix.data();
    for (int64_t begin = 0; begin < length; begin += w) {
        const int64_t end = std::min(begin + w, length);
        std::copy(p + begin * inner, p + (begin + 1) * inner, g + begin * inner);
        for (int64_t k = begin + 1; k < end; ++k) max_into(g + k * inner, g + (k - 1) * inner, p + k * inner);
        std::copy(p + (end - 1) * inner, p + end * inner, h + (end - 1) * inner);
        for (int64_t k = end - 2; k >= begin; --k) max_into(h + k * inner, h + (k + 1) * inner, p + k * inner);
    }
    for (int64_t i = 0; i < n; ++i) max_into(data + i * stride, h + i * inner, g + (i + 2 * r) * inner);
}

}  // namespace

// The peak is the mean raw intensity of the voxels whose centres lie within a 1 cm^3 sphere (radius
// 6.2035 mm) around a voxel, over the whole image, not only the ROI. Voxels outside the ROI with a
// non-finite intensity are left out of the mean (the input check only covers the ROI).
//
// The sphere is a set of x-chords, one per (dy, dz) offset, each summed as the difference of two row prefix
// sums. For each output row (y, z), each chord adds one prefix difference to every voxel of a contiguous span, a
// loop the compiler vectorises. Prefix sums cover only the ROI's bounding box widened by the sphere's reach.
//
// Only the largest means are needed, so the means are computed by branch and bound: a mean is at most the largest
// finite intensity of the sphere's bounding box (`bound`, a separable running maximum), and a voxel whose bound
// cannot beat the best mean found so far is skipped. Rows are taken in decreasing order of their largest bound, so
// the best mean rises early. Every mean that is computed is computed exactly as without the skipping (same
// chords in the same order, same prefix sums), and the voxel holding the maximum is never skipped, so both peaks
// are bit for bit those of computing every mean.
void local_intensity(const medfeat_image& image, double* out, std::pmr::memory_resource* memory) {
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

    // The ROI's bounding box, maximum intensity and, per image row (at z * ny + y), its first and last ROI voxel.
    int64_t lo[3] = {nx, ny, nz}, hi[3] = {-1, -1, -1};
    float maximum = -INFINITY;
    std::vector<int64_t> first(static_cast<size_t>(ny * nz), nx), last(first.size(), -1);
    for (int64_t z = 0; z < nz; ++z)
        for (int64_t y = 0; y < ny; ++y) {
            const size_t r = static_cast<size_t>(z * ny + y);
            const uint8_t* mask_row = image.mask + r * static_cast<size_t>(nx);
            const float* value_row = image.values + r * static_cast<size_t>(nx);
            int64_t begin = 0, end = nx - 1;
            while (begin < nx && mask_row[begin] == 0) ++begin;
            if (begin == nx) continue;
            while (mask_row[end] == 0) --end;
            first[r] = begin;
            last[r] = end;
            const int64_t p[3][2] = {{begin, end}, {y, y}, {z, z}};
            for (int d = 0; d < 3; ++d) {
                lo[d] = std::min(lo[d], p[d][0]);
                hi[d] = std::max(hi[d], p[d][1]);
            }
            // The intensity or, outside the ROI, -inf, picked by indexing instead of a branch (a random mask
            // mispredicts it), into a local kept in a register.
            float row_maximum = -INFINITY;
            for (int64_t x = begin; x <= end; ++x) {
                const float choice[2] = {-INFINITY, value_row[x]};
                row_maximum = std::max(row_maximum, choice[mask_row[x] != 0]);
            }
            maximum = std::max(maximum, row_maximum);
        }
    // The region the sphere can reach from the box: x0..x1, y0..y1, z0..z1 (inclusive).
    const int64_t x0 = std::max<int64_t>(lo[0] - rx, 0), x1 = std::min(hi[0] + rx, nx - 1);
    const int64_t y0 = std::max<int64_t>(lo[1] - ry, 0), y1 = std::min(hi[1] + ry, ny - 1);
    const int64_t z0 = std::max<int64_t>(lo[2] - rz, 0), z1 = std::min(hi[2] + rz, nz - 1);
    const int64_t wx = x1 - x0 + 1, wy = y1 - y0 + 1, wz = z1 - z0 + 1;
    auto region_row = [&](int64_t y, int64_t z) { return static_cast<size_t>(((z - z0) * wy + (y - y0)) * wx); };

    // column[region_row(y, z) + x - x0]: the largest finite intensity of the region within ry rows and rz slices of
    // (x, y, z) (non-finite intensities become -inf). A running maximum of it over rx voxels along x bounds every
    // intensity of the sphere of (x, y, z); that last pass is done only for the rows whose means are computed.
    // The largest finite |intensity| (magnitude) is the largest of the sign-cleared bit patterns below 0x7f800000
    // (inf): for finite floats they order as the magnitudes. Two loops per row, as each vectorises alone.
    std::pmr::vector<float> column(static_cast<size_t>(wx * wy * wz), memory);
    int32_t magnitude_bits = 0;
    int64_t non_finite = 0;
    for (int64_t z = z0; z <= z1; ++z)
        for (int64_t y = y0; y <= y1; ++y) {
            const float* __restrict row = image.values + (z * ny + y) * nx + x0;
            float* __restrict to = &column[region_row(y, z)];
            int32_t row_non_finite = 0, row_bits = 0;
            for (int64_t x = 0; x < wx; ++x) {
                const bool finite = std::fabs(row[x]) <= FLT_MAX;
                to[x] = finite ? row[x] : -INFINITY;
                row_non_finite += !finite;
            }
            for (int64_t x = 0; x < wx; ++x) {
                int32_t bits;
                std::memcpy(&bits, &to[x], sizeof bits);
                bits &= 0x7fffffff;
                row_bits = std::max(row_bits, bits < 0x7f800000 ? bits : 0);
            }
            magnitude_bits = std::max(magnitude_bits, row_bits);
            non_finite += row_non_finite;
        }
    const bool all_finite = non_finite == 0;
    float magnitude;
    std::memcpy(&magnitude, &magnitude_bits, sizeof magnitude);
    std::vector<float> padded, prefix, suffix;  // running_max's work space
    for (int64_t z = 0; z < wz; ++z)
        running_max(&column[static_cast<size_t>(z * wy * wx)], wy, ry, wx, wx, padded, prefix, suffix);
    for (int64_t y = 0; y < wy; ++y)
        running_max(&column[static_cast<size_t>(y * wx)], wz, rz, wy * wx, wx, padded, prefix, suffix);

    // A computed mean exceeds the exact one by at most `margin`, so a voxel is skipped only when
    // bound + margin < best. With u = DBL_EPSILON / 2, A = wx * magnitude >= the sum of |intensity| over a row of
    // the region, K chords and a count c >= 1 (Higham, recursive summation: error <= gamma_m * sum of |terms|,
    // gamma_m = m u / (1 - m u)): each prefix sum is off by <= gamma_wx A, a chord difference by
    // <= (2 gamma_wx + 2 u) A and is at most 2 A in size, the K differences add <= gamma_K 2 K A, and the division
    // <= u (magnitude + error). In all |computed - exact mean| <= ~2 u K A (wx + K + 1) + u magnitude; the margin
    // is 8 times that. fl(bound + margin) >= the largest double <= bound + margin, so the rounded test is safe too.
    const double k_chords = static_cast<double>(chords.size()), width = static_cast<double>(wx);
    const double margin = 8.0 * DBL_EPSILON * static_cast<double>(magnitude) * (k_chords * width * (width + k_chords + 1.0) + 1.0);

    // The output rows holding ROI voxels, with a bound for the whole row (top: the largest column value within rx
    // of its ROI span) and whether it holds local-peak candidates (ROI voxels of the maximum intensity).
    struct Row {
        float top;
        bool peak;
        int64_t y, z;
    };
    std::vector<Row> rows;
    for (int64_t z = lo[2]; z <= hi[2]; ++z)
        for (int64_t y = lo[1]; y <= hi[1]; ++y) {
            const size_t r = static_cast<size_t>(z * ny + y);
            if (last[r] < 0) continue;
            const uint8_t* mask_row = image.mask + r * static_cast<size_t>(nx);
            const float* value_row = image.values + r * static_cast<size_t>(nx);
            const float* column_row = &column[region_row(y, z)];
            Row row{-INFINITY, false, y, z};
            for (int64_t x = std::max(first[r] - rx, x0); x <= std::min(last[r] + rx, x1); ++x) row.top = std::max(row.top, column_row[x - x0]);
            int peaks = 0;
            for (int64_t x = first[r]; x <= last[r]; ++x) peaks |= (mask_row[x] != 0) & (value_row[x] == maximum);
            row.peak = peaks != 0;
            rows.push_back(row);
        }
    std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.top > b.top; });

    // Row prefix sums of the finite intensities (and, unless all are finite, of their count) over the region, each
    // row padded with rx copies of its first entry (0) before and of its last entry after, so a chord clipped to
    // the region is a plain difference P[a + half + 1] - P[a - half] at every voxel, without branches. Filled
    // only for the rows some computed mean needs (ready), so the arrays are left uninitialised.
    const int64_t stride = wx + 1 + 2 * rx;
    const size_t prefix_size = static_cast<size_t>(stride * wy * wz);
    UninitialisedArray<double> sum(prefix_size, memory), count(all_finite ? 0 : prefix_size, memory);
    std::vector<uint8_t> ready(static_cast<size_t>(wy * wz), 0);
    // Fills the prefix sums of region row r = (z - z0) * wy + (y - y0).
    auto fill_prefix = [&](size_t r, int64_t y, int64_t z) {
        ready[r] = 1;
        const float* row = image.values + (z * ny + y) * nx + x0;
        double* s_row = &sum[r * static_cast<size_t>(stride) + static_cast<size_t>(rx)];
        std::fill(s_row - rx, s_row + 1, 0.0);
        double s = 0.0;
        if (all_finite) {
            for (int64_t x = 0; x < wx; ++x) s_row[x + 1] = s += row[x];
            std::fill(s_row + wx + 1, s_row + wx + 1 + rx, s);
            return;
        }
        double* c_row = &count[r * static_cast<size_t>(stride) + static_cast<size_t>(rx)];
        std::fill(c_row - rx, c_row + 1, 0.0);
        double c = 0.0;
        for (int64_t x = 0; x < wx; ++x) {
            if (std::isfinite(row[x])) {
                s += row[x];
                c += 1.0;
            }
            s_row[x + 1] = s;
            c_row[x + 1] = c;
        }
        std::fill(s_row + wx + 1, s_row + wx + 1 + rx, s);
        std::fill(c_row + wx + 1, c_row + wx + 1 + rx, c);
    };

    double local = -INFINITY, global = -INFINITY;
    std::vector<double> s_acc(static_cast<size_t>(wx)), c_acc(static_cast<size_t>(wx));
    // inside[h]: the chords of half-length h whose row lies in the region, for the current row.
    std::vector<int64_t> inside(static_cast<size_t>(rx) + 1);
    // The prefix-sum entries where each chord of the current row starts and ends, for the region's first voxel.
    std::vector<const double*> s_high(chords.size()), s_low(chords.size()), c_high(chords.size()), c_low(chords.size());
    // Spans [begin, end) of region x to compute; gaps of up to kGap voxels are computed too (cheaper than a span).
    constexpr int64_t kGap = 3;
    std::vector<std::pair<int64_t, int64_t>> spans;
    std::vector<float> bound(static_cast<size_t>(wx));  // the bound of each voxel of the current row
    for (const Row& row : rows) {
        // Rows come in decreasing top, and neither threshold is below `local`.
        if (row.top + margin < local) break;
        if (row.top + margin < (row.peak ? local : global)) continue;
        const int64_t y = row.y, z = row.z;
        const size_t r = static_cast<size_t>(z * ny + y);
        const uint8_t* mask_row = image.mask + r * static_cast<size_t>(nx);
        const float* value_row = image.values + r * static_cast<size_t>(nx);
        std::copy_n(&column[region_row(y, z)], wx, bound.begin());
        running_max(bound.data(), wx, rx, 1, 1, padded, prefix, suffix);
        spans.clear();
        for (int64_t x = first[r]; x <= last[r]; ++x) {
            if (mask_row[x] == 0) continue;
            const double best = value_row[x] == maximum ? local : global;
            if (static_cast<double>(bound[static_cast<size_t>(x - x0)]) + margin < best) continue;
            if (!spans.empty() && x - x0 - spans.back().second <= kGap) spans.back().second = x - x0 + 1;
            else spans.push_back({x - x0, x - x0 + 1});
        }
        if (spans.empty()) continue;

        std::fill(inside.begin(), inside.end(), 0);
        size_t inside_chords = 0;
        for (const Chord& chord : chords) {
            const int64_t y2 = y + chord.dy, z2 = z + chord.dz;
            if (y2 < y0 || y2 > y1 || z2 < z0 || z2 > z1) continue;
            const size_t row2 = static_cast<size_t>((z2 - z0) * wy + (y2 - y0));
            if (ready[row2] == 0) fill_prefix(row2, y2, z2);
            const size_t start = row2 * static_cast<size_t>(stride) + static_cast<size_t>(rx);
            const size_t half = static_cast<size_t>(chord.half);
            ++inside[half];
            s_high[inside_chords] = &sum[start + half + 1];
            s_low[inside_chords] = &sum[start - half];
            if (!all_finite) {
                c_high[inside_chords] = &count[start + half + 1];
                c_low[inside_chords] = &count[start - half];
            }
            ++inside_chords;
        }
        // With every intensity finite, a chord holds the voxels of its x-range inside the region: 2 half + 1,
        // less what a region edge cuts off, which only happens within the longest half of an edge. The integer
        // total equals the sum of the prefix-count differences exactly.
        int64_t whole = 0, longest = 0;
        for (int64_t half = 0; half <= rx; ++half) {
            whole += inside[static_cast<size_t>(half)] * (2 * half + 1);
            if (inside[static_cast<size_t>(half)] > 0) longest = half;
        }
        double* __restrict sa = s_acc.data();
        double* __restrict ca = c_acc.data();
        for (auto [begin, end] : spans) {
            // Whole groups of 4 voxels where the row allows: the 4-voxel path of chord_sums is several times faster
            // per voxel than the 1-voxel one, and the extra voxels (skipped below unless in the ROI) are harmless.
            const int64_t length = (end - begin + 3) / 4 * 4;
            end = std::min(wx, begin + length);
            begin = std::max<int64_t>(0, end - length);
            chord_sums(sa, s_high.data(), s_low.data(), inside_chords, begin, end);
            if (!all_finite) chord_sums(ca, c_high.data(), c_low.data(), inside_chords, begin, end);
            else
                for (int64_t a = begin; a < end; ++a) {
                    int64_t n = whole;
                    if (a < longest || a + longest > wx - 1)
                        for (int64_t half = 0; half <= longest; ++half)
                            n -= inside[static_cast<size_t>(half)] *
                                 (std::max<int64_t>(0, half - a) + std::max<int64_t>(0, a + half - (wx - 1)));
                    ca[a] = static_cast<double>(n);
                }
            for (int64_t a = begin; a < end; ++a) {
                const int64_t x = a + x0;
                if (mask_row[x] == 0) continue;
                const double mean = sa[a] / ca[a];  // c >= 1: the centre voxel is in the ROI, hence finite
                global = std::max(global, mean);
                if (value_row[x] == maximum) local = std::max(local, mean);
            }
        }
    }
    out[0] = local;
    out[1] = global;
}

}  // namespace medfeat::detail
