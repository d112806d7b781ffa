// IBSI-1 neighbouring grey level dependence matrix (NGLDM) and its 17 features (IBSI 3.11), with
// Chebyshev distance 1 and coarseness alpha = 0: j counts the voxel itself and its neighbours inside
// the ROI with the same grey level.
#include "internal.hpp"

namespace medfeat::detail {

namespace {

// The 2D matrices of every slice (8 neighbours) into slices, and the 3D matrix (26 neighbours) into volume; either
// may be null. Dependence counts are box counts of equal levels over the padded grid (outside voxels are 0 and
// equal no grey level), one neighbour row at a time so that the loops over x vectorise; the 3D box is the 2D box
// plus the 3 x 3 rows of the slices above and below. Counts go straight into dense (level, count) tables.
void neighbourhood_matrices(const GreyImage& image, const Padded& g, std::vector<CountMatrix>* slices,
                            CountMatrix* volume) {
    const int64_t nx = image.nx, columns = 28;  // dependence counts 1..27
    std::vector<int32_t> dependence(static_cast<size_t>(nx));
    std::vector<double> slice_counts(static_cast<size_t>((image.levels + 1) * columns), 0.0), volume_counts(slice_counts);
    if (slices != nullptr) slices->assign(static_cast<size_t>(image.nz), CountMatrix());
    double volume_voxels = 0.0;
    auto add_rows = [&](const int32_t* level, int64_t centre, int64_t dz) {
        for (int64_t dy = -1; dy <= 1; ++dy) {
            const int32_t* n = &g.level[static_cast<size_t>(centre + g.delta(0, dy, dz))];
            for (int64_t x = 0; x < nx; ++x)
                dependence[static_cast<size_t>(x)] += (n[x - 1] == level[x]) + (n[x] == level[x]) + (n[x + 1] == level[x]);
        }
    };
    auto add_voxels = [&](const int32_t* level, std::vector<double>& counts) {
        double voxels = 0.0;
        for (int64_t x = 0; x < nx; ++x) {
            if (level[x] == 0) continue;
            counts[static_cast<size_t>(level[x] * columns + dependence[static_cast<size_t>(x)])] += 1.0;
            voxels += 1.0;
        }
        return voxels;
    };
    for (int64_t z = 0; z < image.nz; ++z) {
        double slice_voxels = 0.0;
        for (int64_t y = 0; y < image.ny; ++y) {
            const int64_t centre = g.index(0, y, z);
            const int32_t* level = &g.level[static_cast<size_t>(centre)];
            std::fill(dependence.begin(), dependence.end(), 0);
            add_rows(level, centre, 0);
            if (slices != nullptr) slice_voxels += add_voxels(level, slice_counts);
            if (volume == nullptr) continue;
            add_rows(level, centre, -1);
            add_rows(level, centre, 1);
            volume_voxels += add_voxels(level, volume_counts);
        }
        if (slices == nullptr) continue;
        CountMatrix& m = (*slices)[static_cast<size_t>(z)];
        m.add_dense(slice_counts, columns);
        m.voxels = slice_voxels;
    }
    if (volume == nullptr) return;
    *volume = CountMatrix();
    volume->add_dense(volume_counts, columns);
    volume->voxels = volume_voxels;
}

}  // namespace

std::vector<CountMatrix> ngldm_matrices(const GreyImage& image, const Padded& g, bool three_d) {
    std::vector<CountMatrix> matrices(1);
    if (three_d) neighbourhood_matrices(image, g, nullptr, &matrices[0]);
    else neighbourhood_matrices(image, g, &matrices, nullptr);
    return matrices;
}

// IBSI 3.11.1 aggregation: 2D matrices per slice (8 neighbours), features averaged over slices; 2.5D
// merges the slice matrices (and N_v, N_s); 3D uses the 26 neighbours.
void ngldm_extract(const GreyImage& image, const Padded& g, double* out) {
    std::vector<CountMatrix> slices;
    CountMatrix volume;
    neighbourhood_matrices(image, g, &slices, &volume);
    slice_family_features(slices, volume, image.levels, kNgldmCount, out);
}

}  // namespace medfeat::detail
