// IBSI-1 grey level run length matrix (GLRLM) and its 16 features (IBSI 3.7).
#include "internal.hpp"

#include <algorithm>
#include <iterator>

namespace medfeat::detail {
namespace {

// Runs are maximal lines of equal grey level along a direction inside the ROI. A voxel starts a run when its
// predecessor is outside the image, outside the ROI or of another level, so every ROI voxel is visited once per
// direction. Voxels outside the ROI break runs. On the padded grid the border ends every run, so a run walk
// needs no bounds checks. Counts the runs starting in slices [z_begin, z_end); keys is scratch space.
CountMatrix runs(const Padded& g, const GreyImage& image, const int32_t* dir, int64_t z_begin, int64_t z_end,
                 std::vector<uint64_t>& keys) {
    const int32_t* level = g.level.data();
    const int64_t delta = g.delta(dir[0], dir[1], dir[2]);
    CountMatrix m;
    int64_t voxels = 0;
    for (int64_t z = z_begin; z < z_end; ++z)
        for (int64_t y = 0; y < image.ny; ++y)
            for (int64_t v = g.index(0, y, z), end = v + image.nx; v < end; ++v) {
                const int32_t l = level[v];
                if (l == 0) continue;
                ++voxels;
                if (level[v - delta] == l) continue;
                int64_t length = 1;
                for (int64_t u = v + delta; level[u] == l; u += delta) ++length;
                keys.push_back(pack(l, length));
            }
    m.voxels = static_cast<double>(voxels);
    m.add_keys(keys);
    return m;
}

}  // namespace

CountMatrix glrlm_matrix(const GreyImage& image, int32_t dx, int32_t dy, int32_t dz, int32_t z_only) {
    const Padded g(image);
    const int32_t dir[3] = {dx, dy, dz};
    std::vector<uint64_t> keys;
    return z_only < 0 ? runs(g, image, dir, 0, image.nz, keys) : runs(g, image, dir, z_only, z_only + 1, keys);
}

// IBSI 3.7.1 aggregation, as for the GLCM: 2D matrices per slice and in-plane direction, averaged or
// merged per slice; 2.5D merged per direction over slices, or entirely; 3D over 13 directions. Merged
// matrices also sum N_v, so run percentage stays N_r / N_v of the merged counts. An in-plane run never
// leaves its slice, so the 3D matrix of an in-plane direction is its 2.5D direction-merged matrix.
void glrlm_extract(const GreyImage& image, double* out) {
    const Padded g(image);
    std::vector<uint64_t> keys;
    FeatureMean averaged_2d(kZoneCount), slice_merged_2d(kZoneCount), direction_merged(kZoneCount);
    std::vector<CountMatrix> by_direction(4);
    CountMatrix all;
    double one[kNgldmCount];
    for (int32_t z = 0; z < image.nz; ++z) {
        CountMatrix slice;
        for (int d = 0; d < 4; ++d) {
            const CountMatrix m = runs(g, image, kDirections2d[d], z, z + 1, keys);
            if (count_matrix_features(m, image.levels, one)) averaged_2d.add(one);
            slice.merge(m);
            by_direction[static_cast<size_t>(d)].merge(m);
        }
        if (count_matrix_features(slice, image.levels, one)) slice_merged_2d.add(one);
    }
    averaged_2d.write(out);
    slice_merged_2d.write(out + kZoneCount);
    for (const CountMatrix& m : by_direction) {
        if (count_matrix_features(m, image.levels, one)) direction_merged.add(one);
        all.merge(m);
    }
    direction_merged.write(out + 2 * kZoneCount);
    count_matrix_features(all, image.levels, one);
    std::copy(one, one + kZoneCount, out + 3 * kZoneCount);

    FeatureMean averaged_3d(kZoneCount);
    all = CountMatrix();
    for (const auto& dir : kDirections3d) {
        const auto in_plane = std::find_if(std::begin(kDirections2d), std::end(kDirections2d), [&](const int32_t* d) {
            return dir[2] == 0 && d[0] == dir[0] && d[1] == dir[1];
        });
        const CountMatrix m = in_plane != std::end(kDirections2d)
                                  ? by_direction[static_cast<size_t>(in_plane - std::begin(kDirections2d))]
                                  : runs(g, image, dir, 0, image.nz, keys);
        if (count_matrix_features(m, image.levels, one)) averaged_3d.add(one);
        all.merge(m);
    }
    averaged_3d.write(out + 4 * kZoneCount);
    count_matrix_features(all, image.levels, one);
    std::copy(one, one + kZoneCount, out + 5 * kZoneCount);
}

}  // namespace medfeat::detail
