// Internal interfaces of medfeat. Nothing here is exported; the C ABI lives in medfeat.h.
#ifndef MEDFEAT_INTERNAL_HPP
#define MEDFEAT_INTERNAL_HPP

#include "medfeat.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory_resource>
#include <vector>

// Hot loops are compiled for AVX-512, AVX2 and the baseline ISA and picked at load time by the CPU (GCC function
// multi-versioning); every version performs the same IEEE operations per element. MEDFEAT_BASELINE_ONLY (set in the
// sanitizer build) compiles the baseline version alone, so that the tests exercise it too.
#ifdef MEDFEAT_BASELINE_ONLY
#define MEDFEAT_MULTIVERSION
#else
#define MEDFEAT_MULTIVERSION __attribute__((target_clones("avx512f", "avx2", "default")))
#endif

namespace medfeat::detail {

inline constexpr int kStatisticsCount = 18;
// Voxel-counting volume and voxel count, then the mesh-based and shape features of morphology().
inline constexpr int kMorphologyCount = 2 + 24;
inline constexpr int kGlcmCount = 25;
// GLRLM, GLSZM and GLDZM share the 16 features of a (grey level, j) count matrix; the NGLDM adds energy.
inline constexpr int kLocalIntensityCount = 2;
inline constexpr int kHistogramCount = 23;
inline constexpr int kVolumeHistogramCount = 6;
inline constexpr int kZoneCount = 16;
inline constexpr int kNgldmCount = 17;
inline constexpr int kNgtdmCount = 5;
// GLCM and GLRLM: 2D averaged, 2D slice-merged, 2.5D direction-merged, 2.5D merged, 3D averaged, 3D merged.
inline constexpr int kMatrixAggregations = 6;
// GLSZM, GLDZM, NGTDM, NGLDM: 2D (averaged over slices), 2.5D (slices merged), 3D.
inline constexpr int kSliceAggregations = 3;
// Output layout: statistics, morphology, then each texture family in the aggregation order above.
inline constexpr int kFeatureCount = kStatisticsCount + kMorphologyCount + kLocalIntensityCount + kHistogramCount +
                                     kVolumeHistogramCount + kMatrixAggregations * kGlcmCount +
                                     kMatrixAggregations * kZoneCount + 2 * kSliceAggregations * kZoneCount +
                                     kSliceAggregations * kNgtdmCount + kSliceAggregations * kNgldmCount;

// The ROI after discretisation: level[v] in 1..levels inside the ROI, 0 outside.
// The large working buffers derived from it (padded grid, run lengths, zone labels) come from memory(), the
// workspace of a medfeat_extract call (see workspace.hpp), or plain operator new by default.
struct GreyImage {
    GreyImage() = default;
    explicit GreyImage(std::pmr::memory_resource* memory) : level(memory) {}
    std::pmr::memory_resource* memory() const { return level.get_allocator().resource(); }

    int32_t nx = 0, ny = 0, nz = 0;
    int32_t levels = 0;
    std::pmr::vector<int32_t> level{std::pmr::new_delete_resource()};
};

// n uninitialised values of a trivial type T from `memory`, returned to it at the end of the scope: for large
// arrays filled piecemeal, where a vector's zero-fill would be a pass over memory for nothing.
template <typename T>
class UninitialisedArray {
public:
    UninitialisedArray(size_t n, std::pmr::memory_resource* memory)
        : memory_(memory), n_(n), data_(static_cast<T*>(memory->allocate(n * sizeof(T), alignof(T)))) {}
    UninitialisedArray(const UninitialisedArray&) = delete;
    UninitialisedArray& operator=(const UninitialisedArray&) = delete;
    ~UninitialisedArray() { memory_->deallocate(data_, n_ * sizeof(T), alignof(T)); }
    T& operator[](size_t i) { return data_[i]; }

private:
    std::pmr::memory_resource* memory_;
    size_t n_;
    T* data_;
};

// The grey levels with a border of 0 (outside) around the image, `pad` voxels wide on each side: neighbours
// up to `pad` steps away are index offsets, never out of bounds, and need no coordinates.
// The padded grey-level grid is built once per medfeat_extract call and shared by the GLRLM, the zones, the
// NGTDM and the NGLDM (each built its own 1.1 MB copy for a 64^3 image before).
struct Padded {
    int64_t pad, px, py, pz;
    std::pmr::vector<int32_t> level;  // from the image's memory()
    // Per image row (y, z), at z * ny + y: the x range [roi_begin, roi_end) holding its ROI voxels (empty: 0, 0).
    std::vector<int32_t> roi_begin, roi_end;
    explicit Padded(const GreyImage& image, int64_t border = 1);
    int64_t index(int64_t x, int64_t y, int64_t z) const { return ((z + pad) * py + (y + pad)) * px + (x + pad); }
    int64_t delta(int64_t dx, int64_t dy, int64_t dz) const { return (dz * py + dy) * px + dx; }
};

// Checks pointers, shape, sizes, spacing and settings, then scans the ROI (empty, non-finite).
// On success *roi_voxels holds the number of voxels inside the mask.
medfeat_status validate_input(const medfeat_image* image, const medfeat_settings* settings, int64_t* roi_voxels);

medfeat_status validate_settings(const medfeat_settings* settings);

// Maps ROI intensities to grey levels per settings.discretisation. Input must be validated.
medfeat_status discretise(const medfeat_image& image, const medfeat_settings& settings, GreyImage& out);

// The 18 IBSI intensity-based statistics of `sorted` (ascending), in table order.
void intensity_statistics(const std::pmr::vector<double>& sorted, double* out);
// The same statistics of a sample given as `size` distinct ascending values, value[i] occurring count[i] > 0 times.
void intensity_statistics(const double* value, const double* count, size_t size, double* out);
// The ROI intensities of a validated image (roi_voxels of them), sorted ascending, in `memory`.
std::pmr::vector<double> sorted_roi_values(const medfeat_image& image, int64_t roi_voxels,
                                           std::pmr::memory_resource* memory);

// Surface area, enclosed volume and vertex bounds (mm) of the marching cubes mesh of the mask.
struct MeshSummary {
    double area = 0.0, volume = 0.0;
    double low[3] = {0, 0, 0}, high[3] = {0, 0, 0};
    // Mesh vertices in doubled index coordinates shifted by 2 (vertex at voxel position p has 2 p + 2, so
    // edge midpoints are integers >= 0): the two x-extreme vertices of each x-line, a superset of the convex
    // hull vertices. Coordinates in mm are (g - 2) * spacing / 2.
    std::vector<std::array<int32_t, 3>> hull_points;
};
// Working buffers come from `memory`.
MeshSummary mesh_summary(const medfeat_image& image, std::pmr::memory_resource* memory);

// Convex hull of mesh vertices (IBSI 3.1.13, 3.1.20, 3.1.21): volume and area in mm, and the largest
// distance between two vertices (maximum 3D diameter). Zeros when the points span no volume.
struct HullSummary {
    double volume = 0.0, area = 0.0, diameter = 0.0;
};
// points: doubled grid coordinates as in MeshSummary::hull_points (reordered in place).
HullSummary convex_hull(std::vector<std::array<int32_t, 3>>& points, const double spacing[3]);

// Moran's I and Geary's C of the ROI intensities with weights 1 / distance (IBSI 3.1.24, 3.1.25).
// Exact over all voxel pairs up to kAutocorrelationExactVoxels ROI voxels; above that, over a fixed-seed
// uniform sample of that many ROI voxels (an estimate: the pair sum is quadratic in the ROI size), or, when
// `exact`, over all pairs by FFT (spatial_autocorrelation_exact).
inline constexpr int64_t kAutocorrelationExactVoxels = 2048;
void spatial_autocorrelation(const medfeat_image& image, bool exact, double* moran_i, double* geary_c);
// Moran's I and Geary's C over all voxel pairs of any ROI in O(N log N) (autocorrelation_fft.cpp).
void spatial_autocorrelation_exact(const medfeat_image& image, double* moran_i, double* geary_c);
// The cells of spatial_autocorrelation_exact's transform grid for this ROI (32 bytes each).
double exact_autocorrelation_cells(const medfeat_image& image);
// The 24 morphological features after the voxel counts, in feature table order.
void morphology(const medfeat_image& image, double mean_intensity, bool exact_autocorrelation, double* out,
                std::pmr::memory_resource* memory);

// Local and global intensity peak of the raw image (IBSI 3.2).
// Working buffers come from `memory`.
void local_intensity(const medfeat_image& image, double* out, std::pmr::memory_resource* memory);
// The 23 IBSI intensity histogram features of the discretised ROI, in table order.
// counts[l]: the voxels of grey level l (levels + 2 entries; index 0 counts the voxels outside the ROI).
std::vector<double> level_counts(const GreyImage& image);
void intensity_histogram(const GreyImage& image, const std::vector<double>& counts, double* out);
// V10, V90, I10, I90, V10 - V90, I10 - I90 of the intensity-volume histogram.
void intensity_volume_histogram(const GreyImage& image, const std::vector<double>& counts,
                                const medfeat_settings& settings, double* out);

// Adds the symmetric co-occurrence counts for offset (dx, dy, dz) to counts (levels x levels, row-major).
void glcm_accumulate(const GreyImage& image, int32_t dx, int32_t dy, int32_t dz, std::vector<double>& counts);

// The 25 IBSI GLCM features of one count matrix, in table order; all NaN when the matrix is empty.
void glcm_features(const std::vector<double>& counts, int32_t levels, double* out);

// All GLCM features in output order: 6 aggregations x 25, Chebyshev distance `distance`.
void glcm_extract(const GreyImage& image, int32_t distance, double* out);

// Adds the symmetric co-occurrence counts for offset (dx, dy, 0) within slice z only.
void glcm_accumulate_slice(const GreyImage& image, int32_t dx, int32_t dy, int32_t z, std::vector<double>& counts);

// A count matrix over grey level i (1..levels) and a second index j >= 1 (run length, zone size,
// zone distance or dependence count). Stored sparsely, since j can reach the number of voxels.
struct CountMatrix {
    struct Entry {
        int32_t i;
        int64_t j;
        double n;
    };
    std::vector<Entry> entries;  // sorted by (i, j), each pair once
    double voxels = 0.0;         // N_v: voxels the matrix describes (summed when matrices merge)

    // Adds one count for each packed key (see pack), then sorts and combines; clears keys.
    void add_keys(std::vector<uint64_t>& keys);
    // Adds dense[i * columns + j] to cell (i, j) for every non-zero entry, then zeroes dense.
    void add_dense(std::vector<double>& dense, int64_t columns);
    // Adds every entry of other and its voxels.
    void merge(const CountMatrix& other);
    double total() const;
};

inline uint64_t pack(int32_t i, int64_t j) { return (static_cast<uint64_t>(i) << 40) | static_cast<uint64_t>(j); }

// The 17 features shared by GLRLM, GLSZM, GLDZM (first 16) and NGLDM (all 17), IBSI order: short/long
// j emphasis, low/high grey level emphasis, the four mixed emphases, grey level non-uniformity and its
// normalised form, j non-uniformity and its normalised form, percentage (N_s / N_v), grey level variance,
// j variance, entropy, energy. All NaN when the matrix is empty; returns false then.
bool count_matrix_features(const CountMatrix& m, int32_t levels, double* out);

// Running mean of feature vectors over the non-empty matrices of an "averaged" aggregation. Each feature is
// averaged over the matrices where it is defined: a slice with a single grey level has no GLCM correlation
// (0 / 0) but still counts for the other features, and must not turn the whole average into NaN.
struct FeatureMean {
    explicit FeatureMean(int count) : sum(static_cast<size_t>(count), 0.0), added(static_cast<size_t>(count), 0) {}
    void add(const double* values);
    void write(double* out) const;  // NaN for a feature no matrix defines
    std::vector<double> sum;
    std::vector<int> added;
};

// All GLRLM features in output order: 6 aggregations x 16.
void glrlm_extract(const GreyImage& image, const Padded& g, double* out);

// Connected zones of equal grey level: 26-connected in 3D, 8-connected within a slice in 2D.
struct Zone {
    int32_t level;
    int32_t z;         // slice of the zone's first voxel (the only slice of a 2D zone)
    int64_t size;      // voxels
    int64_t distance;  // minimum distance of its voxels to the ROI edge (GLDZM)
};
using ZoneList = std::pmr::vector<Zone>;
// The zones of every slice (2D) and of the volume (3D), in the image's memory().
struct ZoneSets {
    ZoneList in_slices, in_volume;
};
ZoneSets find_zones(const GreyImage& image, const Padded& g);
// Zone count matrices with j = zone size (GLSZM) or zone distance (GLDZM): one per slice in 2D
// (index z), or a single matrix in 3D.
std::vector<CountMatrix> zone_matrices(const ZoneList& zones, int32_t nz, bool three_d, bool by_distance);
// NGLDM count matrices (j = dependence count): one per slice in 2D, or a single matrix in 3D.
std::vector<CountMatrix> ngldm_matrices(const GreyImage& image, const Padded& g, bool three_d);

// Features of a slice-wise family: 2D (mean over non-empty slices), 2.5D (slices merged), 3D, each
// `count` values of count_matrix_features.
void slice_family_features(const std::vector<CountMatrix>& slices, const CountMatrix& volume, int32_t levels,
                           int count, double* out);

// All GLSZM features in output order: 2D, 2.5D, 3D x 16, from find_zones(image).
void glszm_extract(const GreyImage& image, const ZoneList& zones_2d, const ZoneList& zones_3d,
                   double* out);
// All GLDZM features in output order: 2D, 2.5D, 3D x 16, from find_zones(image).
void gldzm_extract(const GreyImage& image, const ZoneList& zones_2d, const ZoneList& zones_3d,
                   double* out);
// All NGTDM features in output order: 2D, 2.5D, 3D x 5 (Chebyshev distance 1).
void ngtdm_extract(const GreyImage& image, const Padded& g, double* out);
// NGTDM s_i and n_i (index i = grey level, 0 unused) of slice z (z >= 0, 2D) or the volume (z = -1).
void ngtdm_matrix(const GreyImage& image, int32_t z, std::vector<double>& s, std::vector<double>& n);
// All NGLDM features in output order: 2D, 2.5D, 3D x 17 (Chebyshev distance 1, coarseness 0).
void ngldm_extract(const GreyImage& image, const Padded& g, double* out);

// The GLSZM (kind 0), GLDZM (1) or NGLDM (2) of slice z (z >= 0, 2D) or of the volume (z = -1, 3D).
CountMatrix zone_family_matrix(const GreyImage& image, int kind, int32_t z);
// The GLRLM of one direction, restricted to slice z (z >= 0, in-plane direction) or the volume (z = -1).
CountMatrix glrlm_matrix(const GreyImage& image, int32_t dx, int32_t dy, int32_t dz, int32_t z);

// The 4 in-plane directions (dz = 0) of kDirections3d.
extern const int32_t kDirections2d[4][3];

// The 13 unique 3D neighbour directions (one of each +/- pair), as used by the IBSI.
extern const int32_t kDirections3d[13][3];

const medfeat_feature_info& feature_info(int index);

}  // namespace medfeat::detail

#endif
