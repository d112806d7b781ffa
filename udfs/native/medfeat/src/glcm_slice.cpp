// A 2D GLCM fast path for whole slices (no mask): the four in-plane angles are counted in one pass over
// the interior, each into its own directed matrix, and symmetrised at the end (P + P^T). Counting the
// four angles together keeps four independent increment streams in flight instead of one.
#include "filters_common.hpp"

#include <algorithm>
#include <new>

using namespace medfeat::filters;

extern "C" medfeat_status medfeat_glcm_slice(const uint8_t* grey, int64_t count, int32_t nx, int32_t ny,
                                             int32_t levels, int32_t distance, uint32_t* out_counts,
                                             size_t out_capacity) {
    try {
        if (const medfeat_status s = check_shape(count, nx, ny, 1); s != MEDFEAT_OK) return s;
        if (grey == nullptr || out_counts == nullptr || distance < 1) return MEDFEAT_E_ARGUMENT;
        if (levels < 1 || levels > 256) return levels > 256 ? MEDFEAT_E_TOO_LARGE : MEDFEAT_E_ARGUMENT;
        const size_t cells = static_cast<size_t>(levels) * static_cast<size_t>(levels);
        if (out_capacity < 4 * cells) return MEDFEAT_E_ARGUMENT;
        for (int64_t v = 0; v < count; ++v) {
            if (grey[v] >= levels) return MEDFEAT_E_ARGUMENT;
        }
        std::vector<uint32_t> directed(4 * cells, 0);
        uint32_t* p0 = directed.data();           // (d, 0)
        uint32_t* p45 = p0 + cells;               // (d, d)
        uint32_t* p90 = p45 + cells;              // (0, d)
        uint32_t* p135 = p90 + cells;             // (-d, d)
        const int64_t w = nx, h = ny, d = distance, L = levels;
        for (int64_t y = 0; y < h; ++y) {
            const uint8_t* row = grey + y * w;
            const uint8_t* below = y + d < h ? row + d * w : nullptr;
            // Edge columns, where some offsets leave the image: the general rule pixel by pixel.
            auto edge = [&](int64_t x) {
                const int64_t a = row[x] * L;
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
                for (int64_t x = x_lo; x < x_hi; ++x) {
                    const int64_t a = row[x] * L;
                    ++p0[a + row[x + d]];
                    ++p45[a + below[x + d]];
                    ++p90[a + below[x]];
                    ++p135[a + below[x - d]];
                }
            } else {
                for (int64_t x = x_lo; x < x_hi; ++x) ++p0[row[x] * L + row[x + d]];
            }
            for (int64_t x = x_hi; x < w; ++x) edge(x);
        }
        for (size_t angle = 0; angle < 4; ++angle) {
            const uint32_t* p = directed.data() + angle * cells;
            uint32_t* o = out_counts + angle * cells;
            for (int64_t i = 0; i < L; ++i) {
                for (int64_t j = 0; j < L; ++j) o[i * L + j] = p[i * L + j] + p[j * L + i];
            }
        }
        return MEDFEAT_OK;
    } catch (const std::bad_alloc&) {
        return MEDFEAT_E_NO_MEMORY;
    } catch (...) {
        return MEDFEAT_E_INTERNAL;
    }
}
