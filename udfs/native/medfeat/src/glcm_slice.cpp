// A 2D GLCM fast path for whole slices (no mask): the four in-plane angles are counted in one pass over
// the interior, each into its own directed matrix, and symmetrised at the end (P + P^T). Counting the
// four angles together keeps four independent increment streams in flight instead of one.
#include "filters_common.hpp"

#include <algorithm>
#include <new>

using namespace medfeat::filters;

namespace {

// The interior of one row, where every offset stays inside the image: four directed counts per pixel into the
// tables of the four angles, each S x S (S >= levels, a power of two). With S a constant every table is a fixed
// offset from one row pointer, so the loop needs one base register and no multiplications; with a run-time
// stride it ran about 1.4 times slower (same counts, measured on the 512 x 512 benchmark slice).
template <int64_t S>
void count_interior(const uint8_t* row, const uint8_t* below, int64_t d, int64_t x_lo, int64_t x_hi, uint32_t* p) {
    for (int64_t x = x_lo; x < x_hi; ++x) {
        uint32_t* c = p + row[x] * S;
        ++c[row[x + d]];                    // 0 degrees: (d, 0)
        ++c[S * S + below[x + d]];          // 45: (d, d)
        ++c[2 * S * S + below[x]];          // 90: (0, d)
        ++c[3 * S * S + below[x - d]];      // 135: (-d, d)
    }
}

}  // namespace

extern "C" medfeat_status medfeat_glcm_slice(const uint8_t* grey, int64_t count, int32_t nx, int32_t ny,
                                             int32_t levels, int32_t distance, uint32_t* out_counts,
                                             size_t out_capacity) {
    try {
        if (const medfeat_status s = check_shape(count, nx, ny, 1); s != MEDFEAT_OK) return s;
        if (grey == nullptr || out_counts == nullptr || distance < 1) return MEDFEAT_E_ARGUMENT;
        if (levels < 1 || levels > 256) return levels > 256 ? MEDFEAT_E_TOO_LARGE : MEDFEAT_E_ARGUMENT;
        const size_t cells = static_cast<size_t>(levels) * static_cast<size_t>(levels);
        if (out_capacity < 4 * cells) return MEDFEAT_E_ARGUMENT;
        // The largest level, as a reduction the compiler vectorises (a test per pixel with an early return took
        // about a quarter of the time of the counting itself).
        uint8_t top = 0;
        for (int64_t v = 0; v < count; ++v) top = std::max(top, grey[v]);
        if (top >= levels) return MEDFEAT_E_ARGUMENT;
        // Directed counts in four S x S tables, S the smallest supported power of two >= levels.
        int64_t S = 16;
        while (S < levels) S *= 2;
        std::vector<uint32_t> directed(static_cast<size_t>(4 * S * S), 0);
        uint32_t* p0 = directed.data();           // (d, 0)
        uint32_t* p45 = p0 + S * S;               // (d, d)
        uint32_t* p90 = p45 + S * S;              // (0, d)
        uint32_t* p135 = p90 + S * S;             // (-d, d)
        const int64_t w = nx, h = ny, d = distance, L = levels;
        for (int64_t y = 0; y < h; ++y) {
            const uint8_t* row = grey + y * w;
            const uint8_t* below = y + d < h ? row + d * w : nullptr;
            // Edge columns, where some offsets leave the image: the general rule pixel by pixel.
            auto edge = [&](int64_t x) {
                const int64_t a = row[x] * S;
                if (x + d < w) ++p0[a + row[x + d]];
                if (below != nullptr) {
                    if (x + d < w) ++p45[a + below[x + d]];
                    ++p90[a + below[x]];
                    if (x - d >= 0) ++p135[a + below[x - d]];
                }
            };
            const int64_t x_lo = std::min(d, w), x_hi = std::max(x_lo, w - d);
            for (int64_t x = 0; x < x_lo; ++x) edge(x);
            if (below != nullptr) {
                switch (S) {
                    case 16: count_interior<16>(row, below, d, x_lo, x_hi, p0); break;
                    case 32: count_interior<32>(row, below, d, x_lo, x_hi, p0); break;
                    case 64: count_interior<64>(row, below, d, x_lo, x_hi, p0); break;
                    case 128: count_interior<128>(row, below, d, x_lo, x_hi, p0); break;
                    default: count_interior<256>(row, below, d, x_lo, x_hi, p0); break;
                }
            } else {
                for (int64_t x = x_lo; x < x_hi; ++x) ++p0[row[x] * S + row[x + d]];
            }
            for (int64_t x = x_hi; x < w; ++x) edge(x);
        }
        for (int64_t angle = 0; angle < 4; ++angle) {
            const uint32_t* p = directed.data() + angle * S * S;
            uint32_t* o = out_counts + angle * L * L;
            for (int64_t i = 0; i < L; ++i) {
                for (int64_t j = 0; j < L; ++j) o[i * L + j] = p[i * S + j] + p[j * S + i];
            }
        }
        return MEDFEAT_OK;
    } catch (const std::bad_alloc&) {
        return MEDFEAT_E_NO_MEMORY;
    } catch (...) {
        return MEDFEAT_E_INTERNAL;
    }
}
