// IBSI-1 grey level run length matrix (GLRLM) and its 16 features (IBSI 3.7).
#include "internal.hpp"

#include <algorithm>

namespace medfeat::detail {

// Runs are maximal lines of equal grey level along (dx, dy, dz) inside the ROI. A voxel starts a run
// when its predecessor is outside the image, outside the ROI or of another level, so every ROI voxel
// is visited once per direction. Voxels outside the ROI break runs.
CountMatrix glrlm_matrix(const GreyImage& image, int32_t dx, int32_t dy, int32_t dz, int32_t z_only) {
    const int64_t nx = image.nx, ny = image.ny, nz = image.nz;
    const int64_t z_begin = z_only < 0 ? 0 : z_only, z_end = z_only < 0 ? nz : z_only + 1;
    auto at = [&](int64_t x, int64_t y, int64_t z) -> int32_t {
        if (x < 0 || x >= nx || y < 0 || y >= ny || z < 0 || z >= nz) return 0;
        return image.level[static_cast<size_t>((z * ny + y) * nx + x)];
    };
    CountMatrix m;
    std::vector<uint64_t> keys;
    for (int64_t z = z_begin; z < z_end; ++z) {
        for (int64_t y = 0; y < ny; ++y) {
            for (int64_t x = 0; x < nx; ++x) {
                const int32_t level = at(x, y, z);
                if (level == 0) continue;
                m.voxels += 1.0;
                if (at(x - dx, y - dy, z - dz) == level) continue;
                int64_t length = 1;
                while (at(x + length * dx, y + length * dy, z + length * dz) == level) ++length;
                keys.push_back(pack(level, length));
            }
        }
    }
    m.add_keys(keys);
    return m;
}

// IBSI 3.7.1 aggregation, as for the GLCM: 2D matrices per slice and in-plane direction, averaged or
// merged per slice; 2.5D merged per direction over slices, or entirely; 3D over 13 directions. Merged
// matrices also sum N_v, so run percentage stays N_r / N_v of the merged counts.
void glrlm_extract(const GreyImage& image, double* out) {
    FeatureMean averaged_2d(kZoneCount), slice_merged_2d(kZoneCount), direction_merged(kZoneCount);
    std::vector<CountMatrix> by_direction(4);
    CountMatrix all;
    double one[kNgldmCount];
    for (int32_t z = 0; z < image.nz; ++z) {
        CountMatrix slice;
        for (int d = 0; d < 4; ++d) {
            const CountMatrix m = glrlm_matrix(image, kDirections2d[d][0], kDirections2d[d][1], 0, z);
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
        const CountMatrix m = glrlm_matrix(image, dir[0], dir[1], dir[2], -1);
        if (count_matrix_features(m, image.levels, one)) averaged_3d.add(one);
        all.merge(m);
    }
    averaged_3d.write(out + 4 * kZoneCount);
    count_matrix_features(all, image.levels, one);
    std::copy(one, one + kZoneCount, out + 5 * kZoneCount);
}

}  // namespace medfeat::detail
