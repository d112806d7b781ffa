// Convex hull of the ROI mesh vertices for the IBSI-1 morphology features maximum 3D diameter (L0JK),
// volume density (R3ER) and area density (7T7F) of the convex hull.
//
// Quickhull (Barber, Dobkin, Huhdanpaa 1996) with exact predicates: the mesh vertices are edge midpoints, so
// in doubled index coordinates they are small integers and every orientation test is an exact 128-bit
// determinant; no epsilon, no robustness failures on the many coplanar points of a voxel surface. Scaling
// the axes by the spacing is linear, so the hull found in index coordinates is the hull in mm; volume, area
// and diameter are then measured in mm.
#include "internal.hpp"

#include <algorithm>
#include <cmath>

namespace medfeat::detail {
namespace {

__extension__ typedef __int128 Int128;

struct Point {
    int64_t x, y, z;
};

Point minus(const Point& a, const Point& b) { return {a.x - b.x, a.y - b.y, a.z - b.z}; }

// Six times the signed volume of (a, b, c, d): positive when d lies above the plane of a, b, c (the side
// the right-hand normal of a -> b -> c points to).
Int128 orient(const Point& a, const Point& b, const Point& c, const Point& d) {
    const Point u = minus(b, a), v = minus(c, a), w = minus(d, a);
    const Int128 cx = static_cast<Int128>(u.y) * v.z - static_cast<Int128>(u.z) * v.y;
    const Int128 cy = static_cast<Int128>(u.z) * v.x - static_cast<Int128>(u.x) * v.z;
    const Int128 cz = static_cast<Int128>(u.x) * v.y - static_cast<Int128>(u.y) * v.x;
    return cx * w.x + cy * w.y + cz * w.z;
}

Int128 cross_norm2(const Point& a, const Point& b, const Point& c) {
    const Point u = minus(b, a), v = minus(c, a);
    const Int128 cx = static_cast<Int128>(u.y) * v.z - static_cast<Int128>(u.z) * v.y;
    const Int128 cy = static_cast<Int128>(u.z) * v.x - static_cast<Int128>(u.x) * v.z;
    const Int128 cz = static_cast<Int128>(u.x) * v.y - static_cast<Int128>(u.y) * v.x;
    return cx * cx + cy * cy + cz * cz;
}

Int128 distance2(const Point& a, const Point& b) {
    const Point d = minus(a, b);
    return static_cast<Int128>(d.x) * d.x + static_cast<Int128>(d.y) * d.y + static_cast<Int128>(d.z) * d.z;
}

// A triangle with outward orientation v[0] -> v[1] -> v[2]; adj[k] is the face across edge v[k] -> v[k+1].
struct Face {
    int32_t v[3];
    int32_t adj[3];
    bool alive;
    std::vector<int32_t> outside;  // points above this face, assigned to no earlier face
};

class Quickhull {
public:
    explicit Quickhull(const std::vector<Point>& p) : p_(p) {}

    // False when the points are coplanar (no volume).
    bool run() {
        if (!initial_simplex()) return false;
        std::vector<int32_t> visible, horizon_face, horizon_edge, work;
        std::vector<int32_t> start_face(p_.size(), -1);
        for (size_t f = 0; f < faces_.size(); ++f) {
            if (!faces_[f].alive || faces_[f].outside.empty()) continue;
            // The point farthest above the face is a hull vertex.
            int32_t apex = -1;
            Int128 best = 0;
            for (int32_t q : faces_[f].outside) {
                const Int128 d = height(faces_[f], q);
                if (d > best) {
                    best = d;
                    apex = q;
                }
            }
            // Faces that see the apex form a connected cap; its boundary edges are the horizon.
            visible.clear();
            horizon_face.clear();
            horizon_edge.clear();
            work.assign(1, static_cast<int32_t>(f));
            faces_[f].alive = false;
            while (!work.empty()) {
                const int32_t g = work.back();
                work.pop_back();
                visible.push_back(g);
                for (int k = 0; k < 3; ++k) {
                    const int32_t h = faces_[static_cast<size_t>(g)].adj[k];
                    if (!faces_[static_cast<size_t>(h)].alive) continue;
                    if (height(faces_[static_cast<size_t>(h)], apex) > 0) {
                        faces_[static_cast<size_t>(h)].alive = false;
                        work.push_back(h);
                    } else {
                        horizon_face.push_back(g);
                        horizon_edge.push_back(k);
                    }
                }
            }
            // One new face (a, b, apex) per horizon edge a -> b, linked to the face behind the edge and to
            // the new faces sharing its sides (the one starting at b, and the one ending at a).
            const size_t first_new = faces_.size();
            for (size_t e = 0; e < horizon_face.size(); ++e) {
                const Face& old = faces_[static_cast<size_t>(horizon_face[e])];
                const int k = horizon_edge[e];
                const int32_t a = old.v[k], b = old.v[(k + 1) % 3], behind = old.adj[k];
                Face nf{{a, b, apex}, {behind, -1, -1}, true, {}};
                Face& back = faces_[static_cast<size_t>(behind)];
                for (int j = 0; j < 3; ++j)
                    if (back.v[j] == b && back.v[(j + 1) % 3] == a) back.adj[j] = static_cast<int32_t>(faces_.size());
                start_face[static_cast<size_t>(a)] = static_cast<int32_t>(faces_.size());
                faces_.push_back(std::move(nf));
            }
            for (size_t g = first_new; g < faces_.size(); ++g) {
                Face& nf = faces_[g];
                const int32_t next = start_face[static_cast<size_t>(nf.v[1])];
                nf.adj[1] = next;
                faces_[static_cast<size_t>(next)].adj[2] = static_cast<int32_t>(g);
            }
            // Points above the removed faces move to the first new face they are above; the rest are inside.
            for (int32_t g : visible) {
                std::vector<int32_t> moving = std::move(faces_[static_cast<size_t>(g)].outside);
                for (int32_t q : moving) {
                    if (q == apex) continue;
                    for (size_t h = first_new; h < faces_.size(); ++h) {
                        if (height(faces_[h], q) > 0) {
                            faces_[h].outside.push_back(q);
                            break;
                        }
                    }
                }
            }
            for (size_t g = first_new; g < faces_.size(); ++g) start_face[static_cast<size_t>(faces_[g].v[0])] = -1;
        }
        return true;
    }

    const std::vector<Face>& faces() const { return faces_; }

private:
    Int128 height(const Face& f, int32_t q) const {
        return orient(p_[static_cast<size_t>(f.v[0])], p_[static_cast<size_t>(f.v[1])], p_[static_cast<size_t>(f.v[2])],
                      p_[static_cast<size_t>(q)]);
    }

    bool initial_simplex() {
        const int32_t n = static_cast<int32_t>(p_.size());
        if (n < 4) return false;
        int32_t i0 = 0, i1 = -1, i2 = -1, i3 = -1;
        for (int32_t i = 1; i < n; ++i)
            if (p_[static_cast<size_t>(i)].x < p_[static_cast<size_t>(i0)].x) i0 = i;
        Int128 best = 0;
        for (int32_t i = 0; i < n; ++i)
            if (const Int128 d = distance2(p_[static_cast<size_t>(i0)], p_[static_cast<size_t>(i)]); d > best) {
                best = d;
                i1 = i;
            }
        if (i1 < 0) return false;
        best = 0;
        for (int32_t i = 0; i < n; ++i)
            if (const Int128 d = cross_norm2(p_[static_cast<size_t>(i0)], p_[static_cast<size_t>(i1)], p_[static_cast<size_t>(i)]);
                d > best) {
                best = d;
                i2 = i;
            }
        if (i2 < 0) return false;
        best = 0;
        for (int32_t i = 0; i < n; ++i) {
            Int128 d = orient(p_[static_cast<size_t>(i0)], p_[static_cast<size_t>(i1)], p_[static_cast<size_t>(i2)],
                              p_[static_cast<size_t>(i)]);
            if (d < 0) d = -d;
            if (d > best) {
                best = d;
                i3 = i;
            }
        }
        if (i3 < 0) return false;
        const int32_t tetra[4] = {i0, i1, i2, i3};
        // Face k leaves out vertex k; orient each so the left-out vertex is below it.
        for (int k = 0; k < 4; ++k) {
            int32_t v[3], m = 0;
            for (int j = 0; j < 4; ++j)
                if (j != k) v[m++] = tetra[j];
            Face f{{v[0], v[1], v[2]}, {-1, -1, -1}, true, {}};
            if (height(f, tetra[k]) > 0) std::swap(f.v[1], f.v[2]);
            faces_.push_back(std::move(f));
        }
        for (size_t f = 0; f < 4; ++f)
            for (int k = 0; k < 3; ++k) {
                const int32_t a = faces_[f].v[k], b = faces_[f].v[(k + 1) % 3];
                for (size_t g = 0; g < 4; ++g)
                    for (int j = 0; j < 3; ++j)
                        if (faces_[g].v[j] == b && faces_[g].v[(j + 1) % 3] == a) faces_[f].adj[k] = static_cast<int32_t>(g);
            }
        for (int32_t q = 0; q < n; ++q) {
            if (q == i0 || q == i1 || q == i2 || q == i3) continue;
            for (Face& f : faces_)
                if (height(f, q) > 0) {
                    f.outside.push_back(q);
                    break;
                }
        }
        return true;
    }

    const std::vector<Point>& p_;
    std::vector<Face> faces_;
};

// Keeps only the points extreme on their line along axis `axis` (the others lie between two kept ones).
void keep_line_extremes(std::vector<std::array<int32_t, 3>>& points, int axis) {
    const int u = (axis + 1) % 3, v = (axis + 2) % 3;
    std::sort(points.begin(), points.end(), [&](const auto& a, const auto& b) {
        if (a[u] != b[u]) return a[u] < b[u];
        if (a[v] != b[v]) return a[v] < b[v];
        return a[axis] < b[axis];
    });
    size_t kept = 0;
    for (size_t i = 0; i < points.size();) {
        size_t j = i;
        while (j + 1 < points.size() && points[j + 1][u] == points[i][u] && points[j + 1][v] == points[i][v]) ++j;
        points[kept++] = points[i];
        if (points[j][axis] != points[i][axis]) points[kept++] = points[j];
        i = j + 1;
    }
    points.resize(kept);
}

}  // namespace

HullSummary convex_hull(std::vector<std::array<int32_t, 3>>& points, const double spacing[3]) {
    keep_line_extremes(points, 1);
    keep_line_extremes(points, 2);
    std::vector<Point> p;
    p.reserve(points.size());
    for (const auto& q : points) p.push_back({q[0], q[1], q[2]});
    Quickhull hull(p);
    HullSummary out;
    if (!hull.run()) return out;

    const double scale[3] = {spacing[0] / 2.0, spacing[1] / 2.0, spacing[2] / 2.0};
    auto mm = [&](int32_t i) {
        const Point& q = p[static_cast<size_t>(i)];
        return std::array<double, 3>{static_cast<double>(q.x) * scale[0], static_cast<double>(q.y) * scale[1],
                                     static_cast<double>(q.z) * scale[2]};
    };
    std::vector<uint8_t> is_vertex(p.size(), 0);
    double volume6 = 0.0;
    for (const Face& f : hull.faces()) {
        if (!f.alive) continue;
        const auto a = mm(f.v[0]), b = mm(f.v[1]), c = mm(f.v[2]);
        const double u[3] = {b[0] - a[0], b[1] - a[1], b[2] - a[2]}, v[3] = {c[0] - a[0], c[1] - a[1], c[2] - a[2]};
        const double n[3] = {u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]};
        out.area += 0.5 * std::sqrt(n[0] * n[0] + n[1] * n[1] + n[2] * n[2]);
        volume6 += n[0] * a[0] + n[1] * a[1] + n[2] * a[2];
        for (int32_t i : f.v) is_vertex[static_cast<size_t>(i)] = 1;
    }
    out.volume = volume6 / 6.0;

    // The farthest pair of a point set is a pair of its hull vertices; all pairs of those are compared.
    std::vector<double> xs, ys, zs;
    for (size_t i = 0; i < p.size(); ++i) {
        if (!is_vertex[i]) continue;
        const auto q = mm(static_cast<int32_t>(i));
        xs.push_back(q[0]);
        ys.push_back(q[1]);
        zs.push_back(q[2]);
    }
    double best = 0.0;
    for (size_t i = 0; i < xs.size(); ++i)
        for (size_t j = i + 1; j < xs.size(); ++j) {
            const double dx = xs[i] - xs[j], dy = ys[i] - ys[j], dz = zs[i] - zs[j];
            best = std::max(best, dx * dx + dy * dy + dz * dz);
        }
    out.diameter = std::sqrt(best);
    return out;
}

}  // namespace medfeat::detail
