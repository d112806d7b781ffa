// Surface mesh of the ROI mask by marching cubes at iso-level 0.5 (IBSI 3.1, mesh-based representation),
// reduced to what the morphology features need: surface area, enclosed volume, vertex bounds and the vertices
// that may lie on the convex hull.
//
// The mask is 0/1, so every vertex is the midpoint of a cube edge whose two corners differ. Instead of the
// usual 256-case triangle table, each cube's surface patch is built from its faces: on every face the
// crossing points are joined so the inside corners are cut off (an ambiguous face, with two diagonal inside
// corners, gets two segments, one per inside corner); neighbouring cubes see the same face and decide the
// same way, so the mesh is closed. Segments are oriented with the inside to their left seen from outside
// the cube, which chains them into consistently oriented loops; each loop is triangulated as the fan from
// one of its vertices that encloses the most volume. On the IBSI phantom this gives 556.3 mm^3 and
// 388.1 mm^2 (references 556 +/- 4 and 388 +/- 3); a centroid fan gives 553.1 and 386.3. The image is padded with outside voxels so ROIs touching its border are closed too.
//
// Each of the 256 corner configurations always yields the same patch, so the patches are built once per call
// into a table (area, volume terms, vertex bounds for the given spacing) and each cube only looks its
// configuration up: O(1) work per surface cube instead of rebuilding the loops and fans.
#include "internal.hpp"

#include <algorithm>
#include <array>
#include <climits>
#include <cmath>

namespace medfeat::detail {
namespace {

using Vec = std::array<double, 3>;

Vec sub(const Vec& a, const Vec& b) { return {a[0] - b[0], a[1] - b[1], a[2] - b[2]}; }
Vec cross(const Vec& a, const Vec& b) {
    return {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
}
double dot(const Vec& a, const Vec& b) { return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]; }

// Corner c of a cube has offset (c & 1, (c >> 1) & 1, (c >> 2) & 1). Edge (a, b) has the id a * 8 + b.
struct CubeTables {
    std::array<std::array<int, 4>, 6> face_corners{};  // cyclic order
    std::array<Vec, 6> face_normal{};                   // outward
    CubeTables() {
        int f = 0;
        for (int axis = 0; axis < 3; ++axis) {
            const int u = (axis + 1) % 3, v = (axis + 2) % 3;
            for (int side = 0; side < 2; ++side, ++f) {
                const int cyclic[4][2] = {{0, 0}, {1, 0}, {1, 1}, {0, 1}};
                for (int k = 0; k < 4; ++k)
                    face_corners[static_cast<size_t>(f)][static_cast<size_t>(k)] =
                        (side << axis) | (cyclic[k][0] << u) | (cyclic[k][1] << v);
                Vec n{0, 0, 0};
                n[static_cast<size_t>(axis)] = side ? 1.0 : -1.0;
                face_normal[static_cast<size_t>(f)] = n;
            }
        }
    }
};

Vec corner_offset(int c) { return {static_cast<double>(c & 1), static_cast<double>((c >> 1) & 1), static_cast<double>((c >> 2) & 1)}; }

Vec edge_point(int edge) {
    const Vec a = corner_offset(edge / 8), b = corner_offset(edge % 8);
    return {(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2};
}

int edge_id(int a, int b) { return a < b ? a * 8 + b : b * 8 + a; }

// The surface patch of one cube configuration (bit c set = corner c inside), as triangles of edge ids, in
// unit-cube coordinates. Scaling the axes by the spacing is linear, so it scales every fan's enclosed volume by
// the same factor: comparing volumes in unit coordinates chooses the fan the scaled cube would choose.
std::vector<std::array<int, 3>> cube_patch(const CubeTables& tables, int in, const Vec& spacing) {
    std::array<int, 64> next;
    next.fill(-1);
    for (size_t f = 0; f < 6; ++f) {
        const auto& fc = tables.face_corners[f];
        // Each inside corner whose face neighbours are outside is cut off by its own segment;
        // otherwise the face holds one segment between its two crossing edges.
        std::array<int, 4> crossing{};
        int crossings = 0;
        for (size_t k = 0; k < 4; ++k) {
            const int a = fc[k], b = fc[(k + 1) % 4];
            if (((in >> a) & 1) != ((in >> b) & 1)) crossing[static_cast<size_t>(crossings++)] = edge_id(a, b);
        }
        if (crossings == 0) continue;
        auto add_segment = [&](int e1, int e2, int inside_corner) {
            const Vec p1 = edge_point(e1), p2 = edge_point(e2);
            const Vec left = cross(tables.face_normal[f], sub(p2, p1));
            if (dot(left, sub(corner_offset(inside_corner), p1)) > 0) next[static_cast<size_t>(e1)] = e2;
            else next[static_cast<size_t>(e2)] = e1;
        };
        if (crossings == 2) {
            int reference = fc[0];
            for (int c : fc)
                if ((in >> c) & 1) reference = c;
            add_segment(crossing[0], crossing[1], reference);
        } else {
            for (size_t k = 0; k < 4; ++k) {
                const int c = fc[k];
                if (!((in >> c) & 1)) continue;
                add_segment(edge_id(fc[(k + 3) % 4], c), edge_id(c, fc[(k + 1) % 4]), c);
            }
        }
    }
    std::vector<std::array<int, 3>> triangles;
    std::array<bool, 64> used{};
    for (int start = 0; start < 64; ++start) {
        if (next[static_cast<size_t>(start)] < 0 || used[static_cast<size_t>(start)]) continue;
        std::array<int, 12> loop{};
        size_t length = 0;
        for (int e = start; e >= 0 && !used[static_cast<size_t>(e)] && length < 12; e = next[static_cast<size_t>(e)]) {
            used[static_cast<size_t>(e)] = true;
            loop[length++] = e;
        }
        // A loop with more than 3 points need not be planar, so its triangulation changes the enclosed volume.
        // Of the fans from each of its vertices, keep the one enclosing the most volume (the outward-bulging
        // cap). The segment rule orients loops with the normal pointing into the ROI, so more enclosed volume
        // means a more negative signed sum. Unit-cube coordinates are multiples of 1/2, so volumes are exact and
        // ties are real ties (symmetric saddles); a tie goes to the fan of least area at this spacing (with
        // isotropic spacing tied fans have equal area). The per-cube construction this table replaced broke ties
        // by rounding noise of world coordinates, which could differ from cube to cube.
        size_t best_start = 0;
        double best_volume = 0.0, best_area = 0.0;
        auto scaled = [&](int edge) {
            const Vec p = edge_point(edge);
            return Vec{p[0] * spacing[0], p[1] * spacing[1], p[2] * spacing[2]};
        };
        for (size_t first = 0; first < length; ++first) {
            double fan_volume = 0.0, fan_area = 0.0;
            const Vec centre = edge_point(loop[first]), centre_mm = scaled(loop[first]);
            for (size_t k = 1; k + 1 < length; ++k) {
                const int e1 = loop[(first + k) % length], e2 = loop[(first + k + 1) % length];
                fan_volume += dot(centre, cross(edge_point(e1), edge_point(e2)));
                const Vec n = cross(sub(scaled(e1), centre_mm), sub(scaled(e2), centre_mm));
                fan_area += std::sqrt(dot(n, n));
            }
            if (first == 0 || fan_volume < best_volume || (fan_volume == best_volume && fan_area < best_area)) {
                best_volume = fan_volume;
                best_area = fan_area;
                best_start = first;
            }
        }
        for (size_t k = 1; k + 1 < length; ++k)
            triangles.push_back({loop[best_start], loop[(best_start + k) % length], loop[(best_start + k + 1) % length]});
    }
    return triangles;
}

// What a configuration's patch adds for a given spacing: area, and the two terms of the enclosed volume. For a
// cube at world origin o, a triangle with scaled local corners a, b, c adds (o + a) . ((o + b) x (o + c))
// = o . n + a . (b x c) with n = (b - a) x (c - a) to six times the signed volume, so per configuration the
// sums of n and of a . (b x c) suffice.
struct PatchSummary {
    double area = 0.0, volume6 = 0.0;
    Vec normal{0, 0, 0};
    Vec low{0, 0, 0}, high{0, 0, 0};     // vertex bounds in scaled local coordinates
    std::vector<std::array<int32_t, 3>> doubled;  // vertices in doubled local grid coordinates (0..2)
};

}  // namespace

MeshSummary mesh_summary(const medfeat_image& image, std::pmr::memory_resource* memory) {
    const CubeTables tables;
    const int64_t nx = image.nx, ny = image.ny, nz = image.nz;
    const Vec spacing{image.spacing_x, image.spacing_y, image.spacing_z};
    std::array<PatchSummary, 256> patches;
    for (int in = 1; in < 255; ++in) {
        PatchSummary& patch = patches[static_cast<size_t>(in)];
        auto scaled = [&](int edge) {
            const Vec p = edge_point(edge);
            return Vec{p[0] * spacing[0], p[1] * spacing[1], p[2] * spacing[2]};
        };
        uint64_t seen = 0;
        bool first = true;
        for (const auto& t : cube_patch(tables, in, spacing)) {
            const Vec a = scaled(t[0]), b = scaled(t[1]), c = scaled(t[2]);
            const Vec n = cross(sub(b, a), sub(c, a));
            patch.area += 0.5 * std::sqrt(dot(n, n));
            patch.volume6 += dot(a, cross(b, c));
            for (size_t d = 0; d < 3; ++d) patch.normal[d] += n[d];
            for (int e : t) {
                if ((seen >> e) & 1) continue;
                seen |= uint64_t{1} << e;
                const Vec p = scaled(e);
                for (size_t d = 0; d < 3; ++d) {
                    patch.low[d] = first ? p[d] : std::min(patch.low[d], p[d]);
                    patch.high[d] = first ? p[d] : std::max(patch.high[d], p[d]);
                }
                first = false;
                const int ca = e / 8, cb = e % 8;
                patch.doubled.push_back({(ca & 1) + (cb & 1), ((ca >> 1) & 1) + ((cb >> 1) & 1), ((ca >> 2) & 1) + ((cb >> 2) & 1)});
            }
        }
    }

    // The mask padded with one outside voxel on every side, so every cube reads its 8 corners unchecked.
    const int64_t px = nx + 2, py = ny + 2, pz = nz + 2;
    std::pmr::vector<uint8_t> padded(static_cast<size_t>(px * py * pz), 0, memory);
    for (int64_t z = 0; z < nz; ++z)
        for (int64_t y = 0; y < ny; ++y)
            for (int64_t x = 0; x < nx; ++x)
                padded[static_cast<size_t>(((z + 1) * py + y + 1) * px + x + 1)] = image.mask[(z * ny + y) * nx + x] != 0;
    int64_t corner[8];
    for (int c = 0; c < 8; ++c) corner[c] = (c & 1) + ((c >> 1) & 1) * px + ((c >> 2) & 1) * px * py;

    MeshSummary mesh;
    double volume6 = 0.0;
    bool any = false;
    // Extreme vertices of every x-line of the doubled grid (see MeshSummary::hull_points); only they can be
    // convex hull vertices, the others lie between two of them.
    const int64_t lines_y = 2 * ny + 3, lines_z = 2 * nz + 3;
    std::pmr::vector<int32_t> line_min(static_cast<size_t>(lines_y * lines_z), INT32_MAX, memory),
        line_max(line_min.size(), -1, memory);
    // Cube (x, y, z) has its low corner at voxel (x, y, z), x from -1 to nx - 1, i.e. padded index x + 1.
    for (int64_t z = -1; z < nz; ++z)
        for (int64_t y = -1; y < ny; ++y) {
            const uint8_t* base = padded.data() + ((z + 1) * py + (y + 1)) * px;
            for (int64_t x = -1; x < nx; ++x) {
                const uint8_t* cube = base + (x + 1);
                int in = 0;
                for (int c = 0; c < 8; ++c) in |= cube[corner[c]] << c;
                if (in == 0 || in == 0xFF) continue;
                const PatchSummary& patch = patches[static_cast<size_t>(in)];
                const Vec origin{static_cast<double>(x) * spacing[0], static_cast<double>(y) * spacing[1], static_cast<double>(z) * spacing[2]};
                volume6 += dot(origin, patch.normal) + patch.volume6;
                mesh.area += patch.area;
                for (size_t d = 0; d < 3; ++d) {
                    mesh.low[d] = any ? std::min(mesh.low[d], origin[d] + patch.low[d]) : origin[d] + patch.low[d];
                    mesh.high[d] = any ? std::max(mesh.high[d], origin[d] + patch.high[d]) : origin[d] + patch.high[d];
                }
                any = true;
                for (const auto& g : patch.doubled) {
                    const size_t line = static_cast<size_t>((2 * (z + 1) + g[2]) * lines_y + 2 * (y + 1) + g[1]);
                    const int32_t gx = static_cast<int32_t>(2 * (x + 1) + g[0]);
                    line_min[line] = std::min(line_min[line], gx);
                    line_max[line] = std::max(line_max[line], gx);
                }
            }
        }
    mesh.volume = std::fabs(volume6) / 6.0;
    for (int64_t gz = 0; gz < lines_z; ++gz)
        for (int64_t gy = 0; gy < lines_y; ++gy) {
            const size_t line = static_cast<size_t>(gz * lines_y + gy);
            if (line_max[line] < 0) continue;
            mesh.hull_points.push_back({line_min[line], static_cast<int32_t>(gy), static_cast<int32_t>(gz)});
            if (line_max[line] != line_min[line])
                mesh.hull_points.push_back({line_max[line], static_cast<int32_t>(gy), static_cast<int32_t>(gz)});
        }
    return mesh;
}

}  // namespace medfeat::detail
