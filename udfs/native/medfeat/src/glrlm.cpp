// IBSI-1 grey level run length matrix (GLRLM) and its 16 features (IBSI 3.7).
#include "internal.hpp"

#include <algorithm>
#include <iterator>

namespace medfeat::detail {
namespace {

// Scratch space of the run counting, reused across directions and slices.
struct RunScratch {
    explicit RunScratch(std::pmr::memory_resource* memory) : length(memory) {}
    std::pmr::vector<int32_t> length;     // per padded voxel: length of the run so far, up to and including it
    std::vector<int32_t> at_least;   // dense (level, k, copy): voxels whose run so far is k long, kCopies copies
    std::vector<uint64_t> keys;      // packed (level, length) keys when the dense table would be too large
};

// Runs are maximal lines of equal grey level along a direction inside the ROI; voxels outside the ROI break
// runs. A line is the same along d and -d, so the scan follows +delta or -delta, whichever points forward in
// memory: in raster order a voxel's predecessor is then done before it, and the running length is
// length[v] = length[v - step] + 1 when both have the same level, else 1 (a product, not a branch: runs end
// unpredictably). Counts the runs of slices [z_begin, z_end), which must be the whole volume for a direction
// leaving the slice.
//
// Counting: a run of length L passes through running lengths 1, 2, ..., L, so the number of voxels of level l
// with running length k is the number of runs of level l at least k long, and the runs exactly k long are
// at_least(l, k) - at_least(l, k + 1). Tallying every voxel at (level, running length) needs no look-ahead to
// find where a run ends (the earlier end test cost a load, a compare and a data-dependent index per voxel).
// Neighbouring voxels often hit the same cell (level l, length 1 in a noisy image); voxel v counts into copy
// v % kCopies of each cell (the copies of a cell share a cache line), so that an increment seldom waits for the
// store of the one before.
constexpr int64_t kCopies = 4;

CountMatrix runs(const Padded& g, const GreyImage& image, const int32_t* dir, int64_t z_begin, int64_t z_end,
                 RunScratch& scratch) {
    const int32_t* level = g.level.data();
    const int64_t delta = g.delta(dir[0], dir[1], dir[2]), step = delta < 0 ? -delta : delta;
    const int64_t columns = std::max({image.nx, image.ny, image.nz}) + 2;  // lengths 1..longest, and a 0 after
    const int64_t voxels_in_scope = (z_end - z_begin) * image.ny * image.nx;
    // Dense counts when the table is small next to the voxels (the usual case), as CountMatrix::add_keys decides.
    const bool dense = (image.levels + 1) * columns <= 4 * voxels_in_scope + 4096;
    const int64_t cells = (image.levels + 1) * columns;
    // The table is all zeros between calls: the counting below clears the cells it read.
    if (dense && scratch.at_least.size() != static_cast<size_t>(kCopies * cells))
        scratch.at_least.assign(static_cast<size_t>(kCopies * cells), 0);
    scratch.length.resize(g.level.size());
    int32_t* length = scratch.length.data();
    int32_t* tally = scratch.at_least.data();
    for (int64_t z = z_begin; z < z_end; ++z)
        for (int64_t y = 0; y < image.ny; ++y) {
            // Only the row's ROI span: outside it no run ends, and no run inside reads a length from outside.
            const size_t row = static_cast<size_t>(z * image.ny + y);
            const int64_t first = g.index(g.roi_begin[row], y, z), end = g.index(g.roi_end[row], y, z);
            if (step == 1 && dense) {
                // Along x the recurrence is serial: keep the running length in a register and tally at once.
                int32_t run = 0;
                for (int64_t v = first; v < end; ++v) {
                    run = static_cast<int32_t>((level[v - 1] == level[v]) & (level[v] != 0)) * run + 1;
                    ++tally[(level[v] * columns + run) * kCopies + (v & (kCopies - 1))];
                }
                continue;
            }
            // A voxel outside the ROI (level 0) always starts afresh: its length stays in 1..columns - 2, and a
            // length is only ever read from a voxel of this scope's ROI, computed earlier in this scan.
            for (int64_t v = first; v < end; ++v) {
                const int32_t same = (level[v - step] == level[v]) & (level[v] != 0);
                length[v] = same * length[v - step] + 1;
            }
            if (dense) {
                for (int64_t v = first; v < end; ++v) ++tally[(level[v] * columns + length[v]) * kCopies + (v & (kCopies - 1))];
                continue;
            }
            for (int64_t v = first; v < end; ++v) {
                const int32_t l = level[v];
                if (l != 0 && level[v + step] != l) scratch.keys.push_back(pack(l, length[v]));
            }
        }
    CountMatrix m;
    if (!dense) {
        for (int64_t z = z_begin; z < z_end; ++z)
            for (int64_t y = 0; y < image.ny; ++y) {
                const size_t row = static_cast<size_t>(z * image.ny + y);
                for (int64_t v = g.index(g.roi_begin[row], y, z), end = g.index(g.roi_end[row], y, z); v < end; ++v)
                    m.voxels += level[v] != 0;
            }
        m.add_keys(scratch.keys);
        return m;
    }
    // Row 0 tallied the voxels outside the ROI within the row spans, all at length 1; rows >= 1 tallied each ROI
    // voxel once. at_least(l, k) falls with k, so the first k without runs ends the row.
    std::fill_n(tally + columns * kCopies, kCopies, 0);
    int64_t roi = 0;
    for (int32_t l = 1; l <= image.levels; ++l) {
        int32_t* cell = tally + l * columns * kCopies;
        auto at_least = [&](int64_t k) {
            const int32_t* c = cell + k * kCopies;
            return static_cast<int64_t>(c[0]) + c[1] + c[2] + c[3];
        };
        int64_t k = 1;
        for (int64_t here = at_least(1); here != 0; ++k) {
            const int64_t next = at_least(k + 1);
            roi += here;
            if (here != next) m.entries.push_back({l, k, static_cast<double>(here - next)});
            here = next;
        }
        std::fill(cell + kCopies, cell + k * kCopies, 0);
    }
    m.voxels = static_cast<double>(roi);
    return m;
}

}  // namespace

CountMatrix glrlm_matrix(const GreyImage& image, int32_t dx, int32_t dy, int32_t dz, int32_t z_only) {
    const Padded g(image);
    const int32_t dir[3] = {dx, dy, dz};
    RunScratch scratch(image.memory());
    return z_only < 0 ? runs(g, image, dir, 0, image.nz, scratch) : runs(g, image, dir, z_only, z_only + 1, scratch);
}

// IBSI 3.7.1 aggregation, as for the GLCM: 2D matrices per slice and in-plane direction, averaged or
// merged per slice; 2.5D merged per direction over slices, or entirely; 3D over 13 directions. Merged
// matrices also sum N_v, so run percentage stays N_r / N_v of the merged counts. An in-plane run never
// leaves its slice, so the 3D matrix of an in-plane direction is its 2.5D direction-merged matrix.
void glrlm_extract(const GreyImage& image, const Padded& g, double* out) {
    RunScratch scratch(image.memory());
    FeatureMean averaged_2d(kZoneCount), slice_merged_2d(kZoneCount), direction_merged(kZoneCount);
    std::vector<CountMatrix> by_direction(4);
    CountMatrix all;
    double one[kNgldmCount];
    for (int32_t z = 0; z < image.nz; ++z) {
        CountMatrix slice;
        for (int d = 0; d < 4; ++d) {
            const CountMatrix m = runs(g, image, kDirections2d[d], z, z + 1, scratch);
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
                                  : runs(g, image, dir, 0, image.nz, scratch);
        if (count_matrix_features(m, image.levels, one)) averaged_3d.add(one);
        all.merge(m);
    }
    averaged_3d.write(out + 4 * kZoneCount);
    count_matrix_features(all, image.levels, one);
    std::copy(one, one + kZoneCount, out + 5 * kZoneCount);
}

}  // namespace medfeat::detail
