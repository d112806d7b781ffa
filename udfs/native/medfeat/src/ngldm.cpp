// IBSI-1 neighbouring grey level dependence matrix (NGLDM) and its 17 features (IBSI 3.11), with
// Chebyshev distance 1 and coarseness alpha = 0: j counts the voxel itself and its neighbours inside
// the ROI with the same grey level.
#include "internal.hpp"

namespace medfeat::detail {

std::vector<CountMatrix> ngldm_matrices(const GreyImage& image, bool three_d) {
    const int64_t nx = image.nx, ny = image.ny, nz = image.nz;
    const size_t count = three_d ? 1 : static_cast<size_t>(nz);
    std::vector<CountMatrix> matrices(count);
    std::vector<uint64_t> keys;
    const int64_t z_reach = three_d ? 1 : 0;
    for (int64_t z = 0; z < nz; ++z) {
        CountMatrix& m = matrices[three_d ? 0 : static_cast<size_t>(z)];
        for (int64_t y = 0; y < ny; ++y)
            for (int64_t x = 0; x < nx; ++x) {
                const int32_t level = image.level[static_cast<size_t>((z * ny + y) * nx + x)];
                if (level == 0) continue;
                int64_t dependence = 0;  // includes the centre voxel (m = 0)
                for (int64_t z2 = z - z_reach; z2 <= z + z_reach; ++z2) {
                    if (z2 < 0 || z2 >= nz) continue;
                    for (int64_t y2 = y - 1; y2 <= y + 1; ++y2) {
                        if (y2 < 0 || y2 >= ny) continue;
                        for (int64_t x2 = x - 1; x2 <= x + 1; ++x2) {
                            if (x2 < 0 || x2 >= nx) continue;
                            dependence += image.level[static_cast<size_t>((z2 * ny + y2) * nx + x2)] == level;
                        }
                    }
                }
                keys.push_back(pack(level, dependence));
                m.voxels += 1.0;
            }
        if (!three_d) m.add_keys(keys);
    }
    if (three_d) matrices[0].add_keys(keys);
    return matrices;
}

// IBSI 3.11.1 aggregation: 2D matrices per slice (8 neighbours), features averaged over slices; 2.5D
// merges the slice matrices (and N_v, N_s); 3D uses the 26 neighbours.
void ngldm_extract(const GreyImage& image, double* out) {
    slice_family_features(ngldm_matrices(image, false), ngldm_matrices(image, true)[0], image.levels, kNgldmCount, out);
}

}  // namespace medfeat::detail
