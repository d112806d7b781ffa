// Zones of linked voxels with equal grey level and their distance to the ROI edge, shared by the
// GLSZM (IBSI 3.8) and the GLDZM (IBSI 3.9).
#include "internal.hpp"

#include <algorithm>
#include <array>
#include <limits>

namespace medfeat::detail {
namespace {

std::vector<std::array<int32_t, 3>> neighbours(bool three_d) {
    std::vector<std::array<int32_t, 3>> offsets;
    const int32_t z_reach = three_d ? 1 : 0;
    for (int32_t dz = -z_reach; dz <= z_reach; ++dz)
        for (int32_t dy = -1; dy <= 1; ++dy)
            for (int32_t dx = -1; dx <= 1; ++dx) {
                const int32_t steps = (dx != 0) + (dy != 0) + (dz != 0);
                if (steps == 0) continue;
                offsets.push_back({dx, dy, dz});
            }
    return offsets;
}

std::vector<int64_t> deltas(const Padded& g, const std::vector<std::array<int32_t, 3>>& offsets) {
    std::vector<int64_t> out;
    for (const auto& o : offsets) out.push_back(g.delta(o[0], o[1], o[2]));
    return out;
}

// IBSI 3.9: distance to the ROI edge in face-connected steps (6 in 3D, 4 within a slice in 2D), 1 for a
// voxel with a face neighbour outside the ROI or the image. A shortest face-connected path to the nearest
// voxel outside the ROI only crosses ROI voxels (any other would be nearer), so this is the city-block distance
// to the nearest outside voxel: the two raster passes of Rosenfeld and Pfaltz (1966) compute it exactly, the
// forward pass from the lower neighbours along each axis, the backward pass from the upper ones, without the
// scattered reads of a breadth-first search. Returns distances on the padded grid (0 outside the ROI).
std::vector<int32_t> edge_distance(const Padded& g, const GreyImage& image, bool three_d) {
    std::vector<int32_t> distance(g.level.size(), 0);
    int32_t* d = distance.data();
    const int32_t far = std::numeric_limits<int32_t>::max() - 1;
    const int64_t sx = g.delta(1, 0, 0), sy = g.delta(0, 1, 0), sz = three_d ? g.delta(0, 0, 1) : 0;
    for (int64_t z = 0; z < image.nz; ++z)
        for (int64_t y = 0; y < image.ny; ++y)
            for (int64_t v = g.index(0, y, z), end = v + image.nx; v < end; ++v) {
                if (g.level[static_cast<size_t>(v)] == 0) continue;
                // In 2D sz = 0 and d[v] itself stands in for the missing axis.
                d[v] = std::min({far, d[v - sx] + 1, d[v - sy] + 1, sz != 0 ? d[v - sz] + 1 : far});
            }
    for (int64_t z = image.nz - 1; z >= 0; --z)
        for (int64_t y = image.ny - 1; y >= 0; --y)
            for (int64_t v = g.index(image.nx - 1, y, z), begin = v - image.nx; v > begin; --v) {
                if (g.level[static_cast<size_t>(v)] == 0) continue;
                d[v] = std::min({d[v], d[v + sx] + 1, d[v + sy] + 1, sz != 0 ? d[v + sz] + 1 : far});
            }
    return distance;
}

}  // namespace

// Flood fill in raster order on the padded grid: a voxel's level is cleared when it joins a zone, so one
// comparison per neighbour tells "same level, not yet taken". Zones come out in the order of their first
// voxel, as before the padding was introduced.
std::vector<Zone> find_zones(const GreyImage& image, bool three_d) {
    Padded g(image);
    const std::vector<int32_t> distance = edge_distance(g, image, three_d);
    const std::vector<int64_t> links = deltas(g, neighbours(three_d));
    std::vector<int64_t> stack;
    std::vector<Zone> zones;
    for (int64_t z = 0; z < image.nz; ++z)
        for (int64_t y = 0; y < image.ny; ++y)
            for (int64_t start = g.index(0, y, z), end = start + image.nx; start < end; ++start) {
                const int32_t level = g.level[static_cast<size_t>(start)];
                if (level == 0) continue;
                Zone zone{level, static_cast<int32_t>(z), 0, distance[static_cast<size_t>(start)]};
                g.level[static_cast<size_t>(start)] = 0;
                stack.push_back(start);
                while (!stack.empty()) {
                    const int64_t v = stack.back();
                    stack.pop_back();
                    ++zone.size;
                    zone.distance = std::min<int64_t>(zone.distance, distance[static_cast<size_t>(v)]);
                    for (int64_t d : links) {
                        const size_t u = static_cast<size_t>(v + d);
                        if (g.level[u] != level) continue;
                        g.level[u] = 0;
                        stack.push_back(static_cast<int64_t>(u));
                    }
                }
                zones.push_back(zone);
            }
    return zones;
}

Padded::Padded(const GreyImage& image, int64_t border)
    : pad(border), px(image.nx + 2 * border), py(image.ny + 2 * border), pz(image.nz + 2 * border),
      level(static_cast<size_t>(px * py * pz), 0) {
    for (int64_t z = 0; z < image.nz; ++z)
        for (int64_t y = 0; y < image.ny; ++y)
            std::copy_n(&image.level[static_cast<size_t>((z * image.ny + y) * image.nx)], image.nx,
                        &level[static_cast<size_t>(index(0, y, z))]);
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
