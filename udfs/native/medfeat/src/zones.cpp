// Zones of linked voxels with equal grey level and their distance to the ROI edge, shared by the
// GLSZM (IBSI 3.8) and the GLDZM (IBSI 3.9).
#include "internal.hpp"

#include <algorithm>
#include <array>
#include <limits>

namespace medfeat::detail {
namespace {

// IBSI 3.9: distance to the ROI edge in face-connected steps (6 in 3D, 4 within a slice in 2D), 1 for a
// voxel with a face neighbour outside the ROI or the image. A shortest face-connected path to the nearest
// voxel outside the ROI only crosses ROI voxels (any other would be nearer), so this is the city-block distance
// to the nearest outside voxel: the two raster passes of Rosenfeld and Pfaltz (1966) compute it exactly, the
// forward pass from the lower neighbours along each axis, the backward pass from the upper ones, without the
// scattered reads of a breadth-first search. Writes distances on the padded grid into `distance`, which must
// hold 0 outside the ROI (entries inside are overwritten, so one buffer serves 2D and then 3D).
void edge_distance(const Padded& g, const GreyImage& image, bool three_d, std::pmr::vector<int32_t>& distance) {
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
}

// Union-find forest over the padded grid: every parent precedes its child in scan order (trees are always
// linked at the smaller root), roots are their own parent.
template <typename Index>
Index find_root(Index* parent, Index v) {
    while (parent[v] != v) {
        parent[v] = parent[parent[v]];  // path halving
        v = parent[v];
    }
    return v;
}

// Links the tree of u with the tree whose root is `root`; `root` becomes the root of the joined tree.
template <typename Index>
void join(Index* parent, Index& root, Index u) {
    const Index other = find_root(parent, u);
    if (other < root) {
        parent[root] = other;
        root = other;
    } else if (other > root) {
        parent[other] = root;
    }
}

// Second pass: replaces each parent by its zone's number (zones numbered in the order of their first voxel,
// which is their root) and sums the zone's voxels and minimum edge distance.
template <typename Index>
ZoneList collect_zones(const Padded& g, const GreyImage& image, Index* parent, const int32_t* distance) {
    // One zone per root: counted first, so the zone list is allocated once (growing it copied up to 3 MB).
    size_t roots = 0;
    for (int64_t z = 0; z < image.nz; ++z)
        for (int64_t y = 0; y < image.ny; ++y)
            for (int64_t v = g.index(0, y, z), end = v + image.nx; v < end; ++v)
                roots += (g.level[static_cast<size_t>(v)] != 0) & (parent[v] == static_cast<Index>(v));
    ZoneList zones(image.memory());
    zones.reserve(roots);
    for (int64_t z = 0; z < image.nz; ++z)
        for (int64_t y = 0; y < image.ny; ++y)
            for (int64_t v = g.index(0, y, z), end = v + image.nx; v < end; ++v) {
                const int32_t level = g.level[static_cast<size_t>(v)];
                if (level == 0) continue;
                Index label;
                if (parent[v] == static_cast<Index>(v)) {
                    label = static_cast<Index>(zones.size());
                    zones.push_back({level, static_cast<int32_t>(z), 0, distance[v]});
                } else {
                    label = parent[parent[v]];  // the parent precedes v and already holds its zone number
                }
                parent[v] = label;
                Zone& zone = zones[static_cast<size_t>(label)];
                ++zone.size;
                zone.distance = std::min<int64_t>(zone.distance, distance[v]);
            }
    return zones;
}

// For a set of earlier neighbours at in-plane offsets `at` (all visited before the current voxel, all in one
// slice), which of them need linking when `mask` (bit k: at[k] has the current level) says which have the level:
// neighbours that are themselves 8-connected were linked when the later of them was visited, so one
// representative per group of mutually connected matches suffices.
template <size_t N>
struct Representatives {
    std::array<std::array<uint8_t, 4>, size_t{1} << N> index{};
    std::array<uint8_t, size_t{1} << N> count{};

    constexpr explicit Representatives(const int (&at)[N][2]) {
        for (size_t mask = 0; mask < (size_t{1} << N); ++mask) {
            uint32_t covered = 0;
            for (size_t k = 0; k < N; ++k) {
                if (!(mask >> k & 1) || (covered >> k & 1)) continue;
                index[mask][count[mask]++] = static_cast<uint8_t>(k);
                // Everything reachable from k through matching, in-plane adjacent neighbours.
                uint32_t group = 1u << k;
                for (size_t round = 0; round < N; ++round)
                    for (size_t a = 0; a < N; ++a)
                        for (size_t b = 0; b < N; ++b)
                            if ((group >> a & 1) && (mask >> b & 1) && at[a][0] - at[b][0] <= 1 &&
                                at[b][0] - at[a][0] <= 1 && at[a][1] - at[b][1] <= 1 && at[b][1] - at[a][1] <= 1)
                                group |= 1u << b;
                covered |= group;
            }
        }
    }
};

// Earlier neighbours (dx, dy) in the same slice (8-connected) and in the previous slice (the 9 of 26-connected).
constexpr int kBefore2d[4][2] = {{-1, -1}, {0, -1}, {1, -1}, {-1, 0}};
constexpr int kBelow[9][2] = {{-1, -1}, {0, -1}, {1, -1}, {-1, 0}, {0, 0}, {1, 0}, {-1, 1}, {0, 1}, {1, 1}};
constexpr Representatives<4> kRepresentatives2d(kBefore2d);
constexpr Representatives<9> kRepresentativesBelow(kBelow);

// Two-pass connected-component labelling (Rosenfeld and Pfaltz) with union-find. The first pass visits the
// voxels in scan order and links each to the already visited half of its neighbourhood with the same level,
// one representative per connected group of matching neighbours (Representatives), so the branches depend on
// one table lookup instead of a test per neighbour. The 2D forest (8-connected, per slice) comes first; the
// 3D forest (26-connected) starts as a copy of it and adds the 9 voxels of the previous slice.
template <typename Index>
void label_zones(const Padded& g, const GreyImage& image, ZoneSets& out) {
    const int32_t* level = g.level.data();
    int64_t before_2d[4], below[9];
    for (size_t k = 0; k < 4; ++k) before_2d[k] = g.delta(kBefore2d[k][0], kBefore2d[k][1], 0);
    for (size_t k = 0; k < 9; ++k) below[k] = g.delta(kBelow[k][0], kBelow[k][1], -1);
    std::pmr::vector<Index> parent_2d(g.level.size(), image.memory()), parent_3d(image.memory());
    Index* p = parent_2d.data();
    for (int64_t z = 0; z < image.nz; ++z)
        for (int64_t y = 0; y < image.ny; ++y)
            for (int64_t v = g.index(0, y, z), end = v + image.nx; v < end; ++v) {
                const int32_t l = level[v];
                if (l == 0) continue;
                uint32_t mask = 0;
                for (uint32_t k = 0; k < 4; ++k) mask |= static_cast<uint32_t>(level[v + before_2d[k]] == l) << k;
                Index root = static_cast<Index>(v);
                p[v] = root;
                for (uint8_t k = 0; k < kRepresentatives2d.count[mask]; ++k)
                    join(p, root, static_cast<Index>(v + before_2d[kRepresentatives2d.index[mask][k]]));
            }
    parent_3d = parent_2d;
    p = parent_3d.data();
    for (int64_t z = 1; z < image.nz; ++z)
        for (int64_t y = 0; y < image.ny; ++y)
            for (int64_t v = g.index(0, y, z), end = v + image.nx; v < end; ++v) {
                const int32_t l = level[v];
                if (l == 0) continue;
                uint32_t mask = 0;
                for (uint32_t k = 0; k < 9; ++k) mask |= static_cast<uint32_t>(level[v + below[k]] == l) << k;
                if (mask == 0) continue;
                Index root = find_root(p, static_cast<Index>(v));
                for (uint8_t k = 0; k < kRepresentativesBelow.count[mask]; ++k)
                    join(p, root, static_cast<Index>(v + below[kRepresentativesBelow.index[mask][k]]));
            }
    std::pmr::vector<int32_t> distance(g.level.size(), 0, image.memory());
    edge_distance(g, image, false, distance);
    out.in_slices = collect_zones(g, image, parent_2d.data(), distance.data());
    edge_distance(g, image, true, distance);
    out.in_volume = collect_zones(g, image, parent_3d.data(), distance.data());
}

}  // namespace

ZoneSets find_zones(const GreyImage& image, const Padded& g) {
    ZoneSets zones{ZoneList(image.memory()), ZoneList(image.memory())};
    if (g.level.size() <= static_cast<size_t>(std::numeric_limits<int32_t>::max()))
        label_zones<int32_t>(g, image, zones);
    else
        label_zones<int64_t>(g, image, zones);
    return zones;
}

Padded::Padded(const GreyImage& image, int64_t border)
    : pad(border), px(image.nx + 2 * border), py(image.ny + 2 * border), pz(image.nz + 2 * border),
      level(static_cast<size_t>(px * py * pz), 0, image.memory()), roi_begin(static_cast<size_t>(image.ny * image.nz), 0),
      roi_end(roi_begin.size(), 0) {
    for (int64_t z = 0; z < image.nz; ++z)
        for (int64_t y = 0; y < image.ny; ++y) {
            const int32_t* row = &image.level[static_cast<size_t>((z * image.ny + y) * image.nx)];
            std::copy_n(row, image.nx, &level[static_cast<size_t>(index(0, y, z))]);
            int32_t begin = 0, end = image.nx;
            while (begin < end && row[begin] == 0) ++begin;
            while (end > begin && row[end - 1] == 0) --end;
            roi_begin[static_cast<size_t>(z * image.ny + y)] = begin == end ? 0 : begin;
            roi_end[static_cast<size_t>(z * image.ny + y)] = begin == end ? 0 : end;
        }
}

std::vector<CountMatrix> zone_matrices(const ZoneList& zones, int32_t nz, bool three_d, bool by_distance) {
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
    const Padded g(image);
    if (kind == 2) return ngldm_matrices(image, g, z < 0)[z < 0 ? 0 : static_cast<size_t>(z)];
    const ZoneSets zones = find_zones(image, g);
    std::vector<CountMatrix> matrices =
        zone_matrices(z < 0 ? zones.in_volume : zones.in_slices, image.nz, z < 0, kind == 1);
    return matrices[z < 0 ? 0 : static_cast<size_t>(z)];
}

}  // namespace medfeat::detail
