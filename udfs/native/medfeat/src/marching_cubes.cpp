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

}  // namespace

MeshSummary mesh_summary(const medfeat_image& image) {
    const CubeTables tables;
    const int64_t nx = image.nx, ny = image.ny, nz = image.nz;
    auto inside = [&](int64_t x, int64_t y, int64_t z) {
        return x >= 0 && x < nx && y >= 0 && y < ny && z >= 0 && z < nz && image.mask[(z * ny + y) * nx + x] != 0;
    };
    const Vec spacing{image.spacing_x, image.spacing_y, image.spacing_z};
    MeshSummary mesh;
    double volume6 = 0.0;
    bool any = false;
    // Extreme vertices of every x-line of the doubled grid (see MeshSummary::hull_points); only they can be
    // convex hull vertices, the others lie between two of them.
    const int64_t lines_y = 2 * ny + 3, lines_z = 2 * nz + 3;
    std::vector<int32_t> line_min(static_cast<size_t>(lines_y * lines_z), INT32_MAX), line_max(line_min.size(), -1);
    for (int64_t z = -1; z < nz; ++z)
        for (int64_t y = -1; y < ny; ++y)
            for (int64_t x = -1; x < nx; ++x) {
                int in = 0;
                for (int c = 0; c < 8; ++c)
                    if (inside(x + (c & 1), y + ((c >> 1) & 1), z + ((c >> 2) & 1))) in |= 1 << c;
                if (in == 0 || in == 0xFF) continue;
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
                const Vec origin{static_cast<double>(x), static_cast<double>(y), static_cast<double>(z)};
                auto world = [&](const Vec& local) {
                    return Vec{(origin[0] + local[0]) * spacing[0], (origin[1] + local[1]) * spacing[1],
                               (origin[2] + local[2]) * spacing[2]};
                };
                std::array<bool, 64> used{};
                for (int start = 0; start < 64; ++start) {
                    if (next[static_cast<size_t>(start)] < 0 || used[static_cast<size_t>(start)]) continue;
                    std::array<Vec, 12> loop{};
                    size_t length = 0;
                    for (int e = start; e >= 0 && !used[static_cast<size_t>(e)] && length < 12; e = next[static_cast<size_t>(e)]) {
                        used[static_cast<size_t>(e)] = true;
                        loop[length++] = world(edge_point(e));
                        const int a = e / 8, b = e % 8;
                        const int64_t gx = 2 * (x + 1) + (a & 1) + (b & 1);
                        const int64_t gy = 2 * (y + 1) + ((a >> 1) & 1) + ((b >> 1) & 1);
                        const int64_t gz = 2 * (z + 1) + ((a >> 2) & 1) + ((b >> 2) & 1);
                        const size_t line = static_cast<size_t>(gz * lines_y + gy);
                        line_min[line] = std::min(line_min[line], static_cast<int32_t>(gx));
                        line_max[line] = std::max(line_max[line], static_cast<int32_t>(gx));
                    }
                    // A loop with more than 3 points need not be planar, so its triangulation changes the
                    // enclosed volume. Of the fans from each of its vertices, keep the one enclosing the most
                    // volume (the outward-bulging cap). The segment rule orients loops with the normal pointing
                    // into the ROI, so more enclosed volume means a more negative signed sum.
                    double best_volume = 0.0, best_area = 0.0;
                    for (size_t start = 0; start < length; ++start) {
                        double fan_volume = 0.0, fan_area = 0.0;
                        const Vec& centre = loop[start];
                        for (size_t k = 1; k + 1 < length; ++k) {
                            const Vec& a = loop[(start + k) % length];
                            const Vec& b = loop[(start + k + 1) % length];
                            const Vec normal = cross(sub(a, centre), sub(b, centre));
                            fan_area += 0.5 * std::sqrt(dot(normal, normal));
                            fan_volume += dot(centre, cross(a, b));
                        }
                        if (start == 0 || -fan_volume > -best_volume) {
                            best_volume = fan_volume;
                            best_area = fan_area;
                        }
                    }
                    volume6 += best_volume;
                    mesh.area += best_area;
                    for (size_t k = 0; k < length; ++k) {
                        for (size_t d = 0; d < 3; ++d) {
                            mesh.low[d] = any ? std::min(mesh.low[d], loop[k][d]) : loop[k][d];
                            mesh.high[d] = any ? std::max(mesh.high[d], loop[k][d]) : loop[k][d];
                        }
                        any = true;
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
