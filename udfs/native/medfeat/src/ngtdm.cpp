// IBSI-1 neighbourhood grey tone difference matrix (NGTDM) and its 5 features (IBSI 3.10), with
// Chebyshev distance 1. A voxel has a valid neighbourhood when at least one neighbour lies in the ROI;
// its neighbourhood average uses the W_k neighbours inside the ROI only.
#include "internal.hpp"

#include <algorithm>
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

// Adds the voxels of slice z to slice (2D, 8 neighbours) and to volume (3D, 26 neighbours); either may be null.
// Neighbourhood sums are box sums over the padded grid (outside voxels are 0 and count as absent), one
// neighbour row at a time so that the loops over x vectorise; the centre voxel is then taken out. The 3D box
// is the 2D box plus the 3 x 3 rows of the slices above and below. Sums are integers, so the means equal
// those of summing neighbour by neighbour.
void accumulate(const Padded& g, const GreyImage& image, int64_t z, Ngtdm* slice, Ngtdm* volume) {
    const int64_t nx = image.nx;
    std::vector<int32_t> sum(static_cast<size_t>(nx)), count(static_cast<size_t>(nx));
    auto add_rows = [&](int64_t centre, int64_t dz) {
        for (int64_t dy = -1; dy <= 1; ++dy) {
            const int32_t* n = &g.level[static_cast<size_t>(centre + g.delta(0, dy, dz))];
            for (int64_t x = 0; x < nx; ++x) {
                sum[static_cast<size_t>(x)] += n[x - 1] + n[x] + n[x + 1];
                count[static_cast<size_t>(x)] += (n[x - 1] != 0) + (n[x] != 0) + (n[x + 1] != 0);
            }
        }
    };
    auto add_voxels = [&](const int32_t* level, Ngtdm& t) {
        for (int64_t x = 0; x < nx; ++x) {
            const int32_t l = level[x];
            const size_t k = static_cast<size_t>(x);
            if (l == 0 || count[k] == 1) continue;  // outside, or no neighbour besides itself
            const double mean = static_cast<double>(sum[k] - l) / static_cast<double>(count[k] - 1);
            t.s[static_cast<size_t>(l)] += std::fabs(l - mean);
            t.n[static_cast<size_t>(l)] += 1.0;
        }
    };
    for (int64_t y = 0; y < image.ny; ++y) {
        const int64_t centre = g.index(0, y, z);
        const int32_t* level = &g.level[static_cast<size_t>(centre)];
        std::fill(sum.begin(), sum.end(), 0);
        std::fill(count.begin(), count.end(), 0);
        add_rows(centre, 0);
        if (slice != nullptr) add_voxels(level, *slice);
        if (volume == nullptr) continue;
        add_rows(centre, -1);
        add_rows(centre, 1);
        add_voxels(level, *volume);
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
    const Padded g(image);
    Ngtdm t(image.levels);
    for (int64_t k = z < 0 ? 0 : z; k < (z < 0 ? image.nz : z + 1); ++k)
        accumulate(g, image, k, z < 0 ? nullptr : &t, z < 0 ? &t : nullptr);
    s = t.s;
    n = t.n;
}

// IBSI 3.10.1 aggregation: 2D per slice (8 neighbours), features averaged over slices; 2.5D merges s_i
// and n_i over slices; 3D uses the 26 neighbours.
void ngtdm_extract(const GreyImage& image, const Padded& g, double* out) {
    FeatureMean averaged(kNgtdmCount);
    Ngtdm merged(image.levels), volume(image.levels);
    double one[kNgtdmCount];
    for (int64_t z = 0; z < image.nz; ++z) {
        Ngtdm slice(image.levels);
        accumulate(g, image, z, &slice, &volume);
        if (features(slice, one)) averaged.add(one);
        merged.merge(slice);
    }
    averaged.write(out);
    features(merged, out + kNgtdmCount);
    features(volume, out + 2 * kNgtdmCount);
}

}  // namespace medfeat::detail
