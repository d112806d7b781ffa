// The C ABI of medfeat: validation, dispatch, and the exception barrier.
#include "internal.hpp"
#include "workspace.hpp"

#include <algorithm>
#include <cmath>
#include <new>

namespace medfeat::detail {

medfeat_status validate_settings(const medfeat_settings* settings) {
    if (settings == nullptr) return MEDFEAT_E_ARGUMENT;
    switch (settings->discretisation) {
        case MEDFEAT_DISCRETISATION_NONE:
            break;
        case MEDFEAT_DISCRETISATION_FIXED_BIN_NUMBER:
            if (settings->bin_number < 1 || settings->bin_number > MEDFEAT_MAX_GREY_LEVELS) return MEDFEAT_E_ARGUMENT;
            break;
        case MEDFEAT_DISCRETISATION_FIXED_BIN_SIZE:
            if (!std::isfinite(settings->bin_size) || settings->bin_size <= 0.0) return MEDFEAT_E_ARGUMENT;
            if (!std::isfinite(settings->bin_min)) return MEDFEAT_E_ARGUMENT;
            break;
        default:
            return MEDFEAT_E_ARGUMENT;
    }
    if (settings->glcm_distance < 1 || settings->glcm_distance > MEDFEAT_MAX_GLCM_DISTANCE) return MEDFEAT_E_ARGUMENT;
    if (settings->autocorrelation != MEDFEAT_AUTOCORRELATION_SAMPLED &&
        settings->autocorrelation != MEDFEAT_AUTOCORRELATION_EXACT)
        return MEDFEAT_E_ARGUMENT;
    return MEDFEAT_OK;
}

medfeat_status validate_input(const medfeat_image* image, const medfeat_settings* settings, int64_t* roi_voxels) {
    if (image == nullptr) return MEDFEAT_E_ARGUMENT;
    if (const medfeat_status s = validate_settings(settings); s != MEDFEAT_OK) return s;
    if (image->nx <= 0 || image->ny <= 0 || image->nz <= 0) return MEDFEAT_E_SHAPE;
    // Each factor is below 2^31, so the product of two fits in int64; test before the third multiply.
    const int64_t plane = static_cast<int64_t>(image->nx) * image->ny;
    if (plane > MEDFEAT_MAX_VOXELS || plane * image->nz > MEDFEAT_MAX_VOXELS) return MEDFEAT_E_TOO_LARGE;
    const int64_t voxels = plane * image->nz;
    if (image->value_count != voxels || image->mask_count != voxels) return MEDFEAT_E_SHAPE;
    // Checked after the shape so that an empty managed span (null pointer) with a zero-sized
    // shape reports the shape, the actual mistake.
    if (image->values == nullptr || image->mask == nullptr) return MEDFEAT_E_ARGUMENT;
    const double spacing[3] = {image->spacing_x, image->spacing_y, image->spacing_z};
    for (double s : spacing) {
        if (!std::isfinite(s) || s <= 0.0) return MEDFEAT_E_ARGUMENT;
    }

    int64_t inside = 0;
    bool finite = true;
    for (int64_t v = 0; v < voxels; ++v) {
        if (image->mask[v] == 0) continue;
        ++inside;
        finite = finite && std::isfinite(image->values[v]);
    }
    if (inside == 0) return MEDFEAT_E_EMPTY_MASK;
    if (!finite) return MEDFEAT_E_NONFINITE;
    *roi_voxels = inside;
    return MEDFEAT_OK;
}

namespace {

medfeat_status extract(const medfeat_image& image, const medfeat_settings& settings, int64_t roi_voxels,
                       double* out, std::pmr::memory_resource* memory) {
    // The exact autocorrelation's memory follows from the ROI: refuse it before any work, as data, not as a
    // failed allocation (which the UDF would treat as memory pressure and retry).
    if (settings.autocorrelation == MEDFEAT_AUTOCORRELATION_EXACT && roi_voxels > kAutocorrelationExactVoxels &&
        exact_autocorrelation_cells(image) > static_cast<double>(MEDFEAT_MAX_AUTOCORRELATION_CELLS))
        return MEDFEAT_E_TOO_LARGE;
    intensity_statistics(sorted_roi_values(image, roi_voxels, memory), out);
    out += kStatisticsCount;

    out[0] = static_cast<double>(roi_voxels) * image.spacing_x * image.spacing_y * image.spacing_z;
    out[1] = static_cast<double>(roi_voxels);
    morphology(image, out[-kStatisticsCount], settings.autocorrelation == MEDFEAT_AUTOCORRELATION_EXACT, out + 2, memory);
    out += kMorphologyCount;

    GreyImage grey(memory);
    if (const medfeat_status s = discretise(image, settings, grey); s != MEDFEAT_OK) return s;
    local_intensity(image, out, memory);
    out += kLocalIntensityCount;
    const std::vector<double> counts = level_counts(grey);
    intensity_histogram(grey, counts, out);
    out += kHistogramCount;
    intensity_volume_histogram(grey, counts, settings, out);
    out += kVolumeHistogramCount;
    glcm_extract(grey, settings.glcm_distance, out);
    out += kMatrixAggregations * kGlcmCount;
    // One padded grid for the four families that scan it; zones are shared by the GLSZM and the GLDZM.
    const Padded padded(grey);
    glrlm_extract(grey, padded, out);
    out += kMatrixAggregations * kZoneCount;
    const ZoneSets zones = find_zones(grey, padded);
    glszm_extract(grey, zones.in_slices, zones.in_volume, out);
    out += kSliceAggregations * kZoneCount;
    gldzm_extract(grey, zones.in_slices, zones.in_volume, out);
    out += kSliceAggregations * kZoneCount;
    ngtdm_extract(grey, padded, out);
    out += kSliceAggregations * kNgtdmCount;
    ngldm_extract(grey, padded, out);
    return MEDFEAT_OK;
}

}  // namespace
}  // namespace medfeat::detail

using namespace medfeat::detail;

// The C API's workspace handle (medfeat.h): a memory resource the buffers of each call come from.
struct medfeat_workspace {
    Workspace memory;
};

extern "C" {

const char* medfeat_version(void) { return "0.1.0"; }

const char* medfeat_status_message(int32_t status) {
    switch (status) {
        case MEDFEAT_OK: return "ok";
        case MEDFEAT_E_ARGUMENT: return "invalid argument (null pointer, setting, spacing or capacity)";
        case MEDFEAT_E_SHAPE: return "invalid shape (dimension <= 0 or array length != nx*ny*nz)";
        case MEDFEAT_E_NONFINITE: return "non-finite intensity (NaN or infinity) inside the mask";
        case MEDFEAT_E_EMPTY_MASK: return "the mask selects no voxel";
        case MEDFEAT_E_TOO_LARGE: return "input too large (voxels or grey levels above the library limit)";
        case MEDFEAT_E_NO_MEMORY: return "out of memory";
        case MEDFEAT_E_INTERNAL: return "internal error in medfeat";
        default: return "unknown status";
    }
}

int32_t medfeat_feature_count(void) { return kFeatureCount; }

medfeat_status medfeat_feature_info_get(int32_t index, medfeat_feature_info* out) {
    if (out == nullptr || index < 0 || index >= kFeatureCount) return MEDFEAT_E_ARGUMENT;
    *out = feature_info(index);
    return MEDFEAT_OK;
}

medfeat_status medfeat_settings_validate(const medfeat_settings* settings) { return validate_settings(settings); }

medfeat_status medfeat_extract(const medfeat_image* image, const medfeat_settings* settings, double* out_values,
                               size_t out_capacity) {
    medfeat_workspace workspace;
    return medfeat_extract_with(&workspace, image, settings, out_values, out_capacity);
}

medfeat_status medfeat_workspace_create(medfeat_workspace** out) {
    if (out == nullptr) return MEDFEAT_E_ARGUMENT;
    *out = new (std::nothrow) medfeat_workspace;
    return *out == nullptr ? MEDFEAT_E_NO_MEMORY : MEDFEAT_OK;
}

void medfeat_workspace_free(medfeat_workspace* workspace) { delete workspace; }

medfeat_status medfeat_extract_with(medfeat_workspace* workspace, const medfeat_image* image,
                                    const medfeat_settings* settings, double* out_values, size_t out_capacity) {
    if (workspace == nullptr) return MEDFEAT_E_ARGUMENT;
    // Every buffer of the call is gone when extract returns or throws; then the idle blocks can go.
    struct EndCall {
        Workspace& memory;
        ~EndCall() { memory.end_call(); }
    } end_call{workspace->memory};
    try {
        int64_t roi_voxels = 0;
        if (out_values == nullptr || out_capacity < static_cast<size_t>(kFeatureCount)) return MEDFEAT_E_ARGUMENT;
        if (const medfeat_status s = validate_input(image, settings, &roi_voxels); s != MEDFEAT_OK) return s;
        return extract(*image, *settings, roi_voxels, out_values, &workspace->memory);
    } catch (const std::bad_alloc&) {
        return MEDFEAT_E_NO_MEMORY;
    } catch (...) {
        return MEDFEAT_E_INTERNAL;
    }
}

medfeat_status medfeat_glcm_matrix(const medfeat_image* image, const medfeat_settings* settings, int32_t dx,
                                   int32_t dy, int32_t dz, double* out_counts, size_t out_capacity,
                                   int32_t* out_levels) {
    try {
        int64_t roi_voxels = 0;
        if (out_levels == nullptr || (out_counts == nullptr && out_capacity != 0)) return MEDFEAT_E_ARGUMENT;
        if (dx == 0 && dy == 0 && dz == 0) return MEDFEAT_E_ARGUMENT;
        if (const medfeat_status s = validate_input(image, settings, &roi_voxels); s != MEDFEAT_OK) return s;
        GreyImage grey;
        if (const medfeat_status s = discretise(*image, *settings, grey); s != MEDFEAT_OK) return s;
        *out_levels = grey.levels;
        const size_t cells = static_cast<size_t>(grey.levels) * static_cast<size_t>(grey.levels);
        if (out_capacity < cells) return MEDFEAT_E_ARGUMENT;
        std::vector<double> counts(cells, 0.0);
        // Offsets reaching beyond the image find no pairs; accumulate indexes in int64, so any int32 is safe.
        glcm_accumulate(grey, dx, dy, dz, counts);
        std::copy(counts.begin(), counts.end(), out_counts);
        return MEDFEAT_OK;
    } catch (const std::bad_alloc&) {
        return MEDFEAT_E_NO_MEMORY;
    } catch (...) {
        return MEDFEAT_E_INTERNAL;
    }
}

medfeat_status medfeat_texture_matrix(const medfeat_image* image, const medfeat_settings* settings, int32_t kind,
                                      int32_t slice, int32_t dx, int32_t dy, int32_t dz, double* out,
                                      size_t out_capacity, int32_t* out_rows, int32_t* out_cols) {
    try {
        int64_t roi_voxels = 0;
        if (out_rows == nullptr || out_cols == nullptr || (out == nullptr && out_capacity != 0)) return MEDFEAT_E_ARGUMENT;
        if (kind < MEDFEAT_MATRIX_GLCM || kind > MEDFEAT_MATRIX_NGTDM) return MEDFEAT_E_ARGUMENT;
        const bool directional = kind == MEDFEAT_MATRIX_GLCM || kind == MEDFEAT_MATRIX_GLRLM;
        const bool unit = dx >= -1 && dx <= 1 && dy >= -1 && dy <= 1 && dz >= -1 && dz <= 1;
        const bool zero = dx == 0 && dy == 0 && dz == 0;
        if (directional ? (!unit || zero || (slice >= 0 && dz != 0)) : !zero) return MEDFEAT_E_ARGUMENT;
        if (const medfeat_status s = validate_input(image, settings, &roi_voxels); s != MEDFEAT_OK) return s;
        if (slice < -1 || slice >= image->nz) return MEDFEAT_E_ARGUMENT;
        GreyImage grey;
        if (const medfeat_status s = discretise(*image, *settings, grey); s != MEDFEAT_OK) return s;

        const size_t rows = static_cast<size_t>(grey.levels);
        size_t cols = 0;
        std::vector<double> dense;
        if (kind == MEDFEAT_MATRIX_GLCM) {
            cols = rows;
            dense.assign(rows * cols, 0.0);
            const int32_t d = settings->glcm_distance;
            if (slice < 0) glcm_accumulate(grey, dx * d, dy * d, dz * d, dense);
            else glcm_accumulate_slice(grey, dx * d, dy * d, slice, dense);
        } else if (kind == MEDFEAT_MATRIX_NGTDM) {
            std::vector<double> s, n;
            ngtdm_matrix(grey, slice, s, n);
            cols = 2;
            dense.assign(rows * cols, 0.0);
            for (size_t i = 1; i <= rows; ++i) {
                dense[(i - 1) * 2] = s[i];
                dense[(i - 1) * 2 + 1] = n[i];
            }
        } else {
            const CountMatrix m = kind == MEDFEAT_MATRIX_GLRLM ? glrlm_matrix(grey, dx, dy, dz, slice)
                                  : zone_family_matrix(grey, kind - MEDFEAT_MATRIX_GLSZM, slice);
            for (const CountMatrix::Entry& e : m.entries) cols = std::max(cols, static_cast<size_t>(e.j));
            *out_rows = grey.levels;
            *out_cols = static_cast<int32_t>(cols);
            if (out_capacity < rows * cols) return MEDFEAT_E_ARGUMENT;
            std::fill(out, out + rows * cols, 0.0);
            for (const CountMatrix::Entry& e : m.entries)
                out[static_cast<size_t>(e.i - 1) * cols + static_cast<size_t>(e.j - 1)] = e.n;
            return MEDFEAT_OK;
        }
        *out_rows = grey.levels;
        *out_cols = static_cast<int32_t>(cols);
        if (out_capacity < rows * cols) return MEDFEAT_E_ARGUMENT;
        std::copy(dense.begin(), dense.end(), out);
        return MEDFEAT_OK;
    } catch (const std::bad_alloc&) {
        return MEDFEAT_E_NO_MEMORY;
    } catch (...) {
        return MEDFEAT_E_INTERNAL;
    }
}

}  // extern "C"
