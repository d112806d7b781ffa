// Zones of linked voxels with equal grey level and their distance to the ROI edge, shared by the
// GLSZM (IBSI 3.8) and the GLDZM (IBSI 3.9).
#include "internal.hpp"

#include <algorithm>
#include <array>

namespace medfeat::detail {
namespace {

struct Grid {
    int64_t nx, ny, nz;
    bool inside(int64_t x, int64_t y, int64_t z) const { return x >= 0 && x < nx && y >= 0 && y < ny && z >= 0 && z < nz; }
};

std::vector<std::array<int32_t, 3>> neighbours(bool three_d, bool faces_only) {
    std::vector<std::array<int32_t, 3>> offsets;
    const int32_t z_reach = three_d ? 1 : 0;
    for (int32_t dz = -z_reach; dz <= z_reach; ++dz)
        for (int32_t dy = -1; dy <= 1; ++dy)
            for (int32_t dx = -1; dx <= 1; ++dx) {
                const int32_t steps = (dx != 0) + (dy != 0) + (dz != 0);
                if (steps == 0 || (faces_only && steps != 1)) continue;
                offsets.push_back({dx, dy, dz});
            }
    return offsets;
}

// IBSI 3.9: distance to the ROI edge in face-connected steps (6 in 3D, 4 within a slice in 2D), 1 for a
// voxel with a face neighbour outside the ROI or the image. Breadth-first from the edge, O(voxels).
std::vector<int64_t> edge_distance(const GreyImage& image, bool three_d) {
    const Grid g{image.nx, image.ny, image.nz};
    const auto faces = neighbours(three_d, true);
    std::vector<int64_t> distance(image.level.size(), 0);
    std::vector<int64_t> queue;
    for (int64_t z = 0; z < g.nz; ++z)
        for (int64_t y = 0; y < g.ny; ++y)
            for (int64_t x = 0; x < g.nx; ++x) {
                const int64_t v = (z * g.ny + y) * g.nx + x;
                if (image.level[static_cast<size_t>(v)] == 0) continue;
                for (const auto& o : faces) {
                    const int64_t x2 = x + o[0], y2 = y + o[1], z2 = z + o[2];
                    if (!g.inside(x2, y2, z2) || image.level[static_cast<size_t>((z2 * g.ny + y2) * g.nx + x2)] == 0) {
                        distance[static_cast<size_t>(v)] = 1;
                        queue.push_back(v);
                        break;
                    }
                }
            }
    for (size_t head = 0; head < queue.size(); ++head) {
        const int64_t v = queue[head];
        const int64_t x = v % g.nx, y = (v / g.nx) % g.ny, z = v / (g.nx * g.ny);
        for (const auto& o : faces) {
            const int64_t x2 = x + o[0], y2 = y + o[1], z2 = z + o[2];
            if (!g.inside(x2, y2, z2)) continue;
            const size_t u = static_cast<size_t>((z2 * g.ny + y2) * g.nx + x2);
            if (image.level[u] == 0 || distance[u] != 0) continue;
            distance[u] = distance[static_cast<size_t>(v)] + 1;
            queue.push_back(static_cast<int64_t>(u));
        }
    }
    return distance;
}

}  // namespace

std::vector<Zone> find_zones(const GreyImage& image, bool three_d) {
    const Grid g{image.nx, image.ny, image.nz};
    const auto links = neighbours(three_d, false);
    std::vector<int64_t> deltas;
    for (const auto& o : links) deltas.push_back((o[2] * g.ny + o[1]) * g.nx + o[0]);
    const std::vector<int64_t> distance = edge_distance(image, three_d);
    std::vector<uint8_t> seen(image.level.size(), 0);
    std::vector<int64_t> stack;
    std::vector<Zone> zones;
    for (size_t start = 0; start < image.level.size(); ++start) {
        const int32_t level = image.level[start];
        if (level == 0 || seen[start]) continue;
        Zone zone{level, static_cast<int32_t>(static_cast<int64_t>(start) / (g.nx * g.ny)), 0, distance[start]};
        seen[start] = 1;
        stack.push_back(static_cast<int64_t>(start));
        while (!stack.empty()) {
            const int64_t v = stack.back();
            stack.pop_back();
            ++zone.size;
            zone.distance = std::min(zone.distance, distance[static_cast<size_t>(v)]);
            const int64_t x = v % g.nx, y = (v / g.nx) % g.ny, z = v / (g.nx * g.ny);
            // Away from the image faces every neighbour exists: skip the bounds checks there.
            const bool interior = x > 0 && x + 1 < g.nx && y > 0 && y + 1 < g.ny && (!three_d || (z > 0 && z + 1 < g.nz));
            for (size_t k = 0; k < links.size(); ++k) {
                if (!interior && !g.inside(x + links[k][0], y + links[k][1], z + links[k][2])) continue;
                const size_t u = static_cast<size_t>(v + deltas[k]);
                if (seen[u] || image.level[u] != level) continue;
                seen[u] = 1;
                stack.push_back(static_cast<int64_t>(u));
            }
        }
        zones.push_back(zone);
    }
    return zones;
}

std::vector<CountMatrix> zone_matrices(const std::vector<Zone>& zones, int32_t nz, bool three_d, bool by_distance) {
    const size_t count = three_d ? 1 : static_cast<size_t>(nz);
    std::vector<std::vector<uint64_t>> keys(count);
    std::vector<CountMatrix> matrices(count);
    for (const Zone& zone : zones) {
        const size_t slot = three_d ? 0 : static_cast<size_t>(zone.z);
        keys[slot].push_back(pack(zone.level, by_distance ? zone.distance : zone.size));
        matrices[slot].voxels += static_cast<double>(zone.size);
    }
    for (size_t k = 0; k < count; ++k) matrices[k].add_keys(keys[k]);
    return matrices;
}

CountMatrix zone_family_matrix(const GreyImage& image, int kind, int32_t z) {
    std::vector<CountMatrix> matrices =
        kind == 2 ? ngldm_matrices(image, z < 0) : zone_matrices(find_zones(image, z < 0), image.nz, z < 0, kind == 1);
    return matrices[z < 0 ? 0 : static_cast<size_t>(z)];
}

}  // namespace medfeat::detail
