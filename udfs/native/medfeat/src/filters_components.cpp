// Largest connected component of a binary mask (face or full neighbourhood), by iterative flood fill.
#include "filters_common.hpp"

#include <new>

using namespace medfeat::filters;

extern "C" medfeat_status medfeat_largest_component(const uint8_t* mask, int64_t count, int32_t nx, int32_t ny,
                                                    int32_t nz, int32_t connectivity, uint8_t* out_mask,
                                                    size_t out_capacity, int64_t* out_voxels) {
    try {
        if (const medfeat_status s = check_shape(count, nx, ny, nz); s != MEDFEAT_OK) return s;
        if (mask == nullptr || out_mask == nullptr || out_voxels == nullptr) return MEDFEAT_E_ARGUMENT;
        if (out_capacity < static_cast<size_t>(count) || (connectivity != 6 && connectivity != 26)) {
            return MEDFEAT_E_ARGUMENT;
        }
        // Neighbour offsets: the 6 faces or all 26; a 2D image never steps in z.
        int32_t offsets[26][3];
        int neighbours = 0;
        for (int32_t dz = -1; dz <= 1; ++dz) {
            for (int32_t dy = -1; dy <= 1; ++dy) {
                for (int32_t dx = -1; dx <= 1; ++dx) {
                    const int steps = (dx != 0) + (dy != 0) + (dz != 0);
                    if (steps == 0 || (connectivity == 6 && steps > 1)) continue;
                    offsets[neighbours][0] = dx;
                    offsets[neighbours][1] = dy;
                    offsets[neighbours][2] = dz;
                    ++neighbours;
                }
            }
        }
        // Pass 1 labels visited voxels 1; pass 2 re-floods the best seed with 2.
        std::vector<uint8_t> state(static_cast<size_t>(count), 0);
        std::vector<int64_t> stack;
        auto flood = [&](int64_t seed, uint8_t mark) {
            int64_t size = 0;
            state[static_cast<size_t>(seed)] = mark;
            stack.push_back(seed);
            while (!stack.empty()) {
                const int64_t p = stack.back();
                stack.pop_back();
                ++size;
                const int64_t x = p % nx, y = (p / nx) % ny, z = p / (static_cast<int64_t>(nx) * ny);
                for (int k = 0; k < neighbours; ++k) {
                    const int64_t qx = x + offsets[k][0], qy = y + offsets[k][1], qz = z + offsets[k][2];
                    if (qx < 0 || qx >= nx || qy < 0 || qy >= ny || qz < 0 || qz >= nz) continue;
                    const int64_t q = (qz * ny + qy) * nx + qx;
                    if (mask[q] == 0 || state[static_cast<size_t>(q)] == mark) continue;
                    state[static_cast<size_t>(q)] = mark;
                    stack.push_back(q);
                }
            }
            return size;
        };
        int64_t best_size = 0, best_seed = -1;
        for (int64_t v = 0; v < count; ++v) {
            if (mask[v] == 0 || state[static_cast<size_t>(v)] != 0) continue;
            const int64_t size = flood(v, 1);
            if (size > best_size) {
                best_size = size;
                best_seed = v;
            }
        }
        if (best_seed >= 0) flood(best_seed, 2);
        for (int64_t v = 0; v < count; ++v) out_mask[v] = state[static_cast<size_t>(v)] == 2 ? 1 : 0;
        *out_voxels = best_size;
        return MEDFEAT_OK;
    } catch (const std::bad_alloc&) {
        return MEDFEAT_E_NO_MEMORY;
    } catch (...) {
        return MEDFEAT_E_INTERNAL;
    }
}
