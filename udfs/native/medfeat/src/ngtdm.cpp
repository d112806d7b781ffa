// IBSI-1 neighbourhood grey tone difference matrix (NGTDM) and its 5 features (IBSI 3.10), with
// Chebyshev distance 1. A voxel has a valid neighbourhood when at least one neighbour lies in the ROI;
// its neighbourhood average uses the W_k neighbours inside the ROI only.
#include "internal.hpp"

#include <cmath>
#include <limits>

namespace medfeat::detail {
namespace {

// s_i (summed |i - mean of neighbours|) and n_i (voxels with a valid neighbourhood) per grey level i.
struct Ngtdm {
    std::vector<double> s, n;
    explicit Ngtdm(int32_t levels) : s(static_cast<size_t>(levels) + 1, 0.0), n(static_cast<size_t>(levels) + 1, 0.0) {}
    void merge(const Ngtdm& other) {
        for (size_t i = 0; i < s.size(); ++i) {
            s[i] += other.s[i];
            n[i] += other.n[i];
        }
    }
};

// Adds slice z (2D, 8 neighbours) or, with three_d, the whole volume (26 neighbours) to t.
void accumulate(const GreyImage& image, bool three_d, int64_t z_begin, int64_t z_end, Ngtdm& t) {
    const int64_t nx = image.nx, ny = image.ny, nz = image.nz;
    const int64_t z_reach = three_d ? 1 : 0;
    for (int64_t z = z_begin; z < z_end; ++z)
        for (int64_t y = 0; y < ny; ++y)
            for (int64_t x = 0; x < nx; ++x) {
                const int32_t level = image.level[static_cast<size_t>((z * ny + y) * nx + x)];
                if (level == 0) continue;
                double sum = 0.0, count = 0.0;
                for (int64_t z2 = z - z_reach; z2 <= z + z_reach; ++z2) {
                    if (z2 < 0 || z2 >= nz) continue;
                    for (int64_t y2 = y - 1; y2 <= y + 1; ++y2) {
                        if (y2 < 0 || y2 >= ny) continue;
                        for (int64_t x2 = x - 1; x2 <= x + 1; ++x2) {
                            if (x2 < 0 || x2 >= nx || (x2 == x && y2 == y && z2 == z)) continue;
                            const int32_t other = image.level[static_cast<size_t>((z2 * ny + y2) * nx + x2)];
                            if (other == 0) continue;
                            sum += other;
                            count += 1.0;
                        }
                    }
                }
                if (count == 0.0) continue;
                t.s[static_cast<size_t>(level)] += std::fabs(level - sum / count);
                t.n[static_cast<size_t>(level)] += 1.0;
            }
}

// Coarseness, contrast, busyness, complexity, strength, with the IBSI conventions for degenerate
// matrices (coarseness 10^6 when sum p_i s_i = 0; contrast, busyness 0 for one grey level; strength 0
// when sum s_i = 0). All NaN, returning false, when no voxel has a valid neighbourhood.
bool features(const Ngtdm& t, double* out) {
    double nvc = 0.0, s_total = 0.0;
    for (size_t i = 0; i < t.n.size(); ++i) {
        nvc += t.n[i];
        s_total += t.s[i];
    }
    if (nvc <= 0.0) {
        for (int k = 0; k < kNgtdmCount; ++k) out[k] = std::numeric_limits<double>::quiet_NaN();
        return false;
    }
    std::vector<size_t> present;
    std::vector<double> p(t.n.size(), 0.0);
    double ps = 0.0;
    for (size_t i = 0; i < t.n.size(); ++i) {
        if (t.n[i] <= 0.0) continue;
        present.push_back(i);
        p[i] = t.n[i] / nvc;
        ps += p[i] * t.s[i];
    }
    const double ngp = static_cast<double>(present.size());
    double contrast = 0.0, busy_denominator = 0.0, complexity = 0.0, strength = 0.0;
    for (size_t a : present) {
        for (size_t b : present) {
            const double d = static_cast<double>(a) - static_cast<double>(b);
            contrast += p[a] * p[b] * d * d;
            busy_denominator += std::fabs(static_cast<double>(a) * p[a] - static_cast<double>(b) * p[b]);
            complexity += std::fabs(d) * (p[a] * t.s[a] + p[b] * t.s[b]) / (p[a] + p[b]);
            strength += (p[a] + p[b]) * d * d;
        }
    }
    out[0] = ps > 0.0 ? 1.0 / ps : 1e6;
    out[1] = ngp > 1.0 ? contrast / (ngp * (ngp - 1.0)) * s_total / nvc : 0.0;
    out[2] = ngp > 1.0 && busy_denominator > 0.0 ? ps / busy_denominator : 0.0;
    out[3] = complexity / nvc;
    out[4] = s_total > 0.0 ? strength / s_total : 0.0;
    return true;
}

}  // namespace

void ngtdm_matrix(const GreyImage& image, int32_t z, std::vector<double>& s, std::vector<double>& n) {
    Ngtdm t(image.levels);
    accumulate(image, z < 0, z < 0 ? 0 : z, z < 0 ? image.nz : z + 1, t);
    s = t.s;
    n = t.n;
}

// IBSI 3.10.1 aggregation: 2D per slice (8 neighbours), features averaged over slices; 2.5D merges s_i
// and n_i over slices; 3D uses the 26 neighbours.
void ngtdm_extract(const GreyImage& image, double* out) {
    FeatureMean averaged(kNgtdmCount);
    Ngtdm merged(image.levels);
    double one[kNgtdmCount];
    for (int64_t z = 0; z < image.nz; ++z) {
        Ngtdm slice(image.levels);
        accumulate(image, false, z, z + 1, slice);
        if (features(slice, one)) averaged.add(one);
        merged.merge(slice);
    }
    averaged.write(out);
    features(merged, out + kNgtdmCount);
    Ngtdm volume(image.levels);
    accumulate(image, true, 0, image.nz, volume);
    features(volume, out + 2 * kNgtdmCount);
}

}  // namespace medfeat::detail
