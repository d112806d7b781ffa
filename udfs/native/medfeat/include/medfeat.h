/*
 * medfeat: IBSI-1 radiomics features for one 3D image and one ROI mask.
 *
 * Thread safety: every function is reentrant. The library keeps no process-wide state; all
 * scratch memory is owned by the call. Strings returned by the library are static constants.
 * No C++ exception crosses this boundary: failures are reported as a medfeat_status.
 *
 * Feature definitions follow the IBSI reference manual (Zwanenburg et al., arXiv:1612.07003);
 * each feature carries its four-character IBSI code (see medfeat_feature_info).
 */
#ifndef MEDFEAT_H
#define MEDFEAT_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(_WIN32)
#define MEDFEAT_API __declspec(dllexport)
#else
#define MEDFEAT_API __attribute__((visibility("default")))
#endif

#define MEDFEAT_VERSION_MAJOR 0
#define MEDFEAT_VERSION_MINOR 1
#define MEDFEAT_VERSION_PATCH 0

/* Largest transform grid of MEDFEAT_AUTOCORRELATION_EXACT (cells of 32 bytes: 512 MiB). */
#define MEDFEAT_MAX_AUTOCORRELATION_CELLS (1LL << 24)

/* Largest accepted image, in voxels (nx * ny * nz). Larger inputs give MEDFEAT_E_TOO_LARGE. */
#define MEDFEAT_MAX_VOXELS (1LL << 30)
/* Largest accepted number of grey levels after discretisation (bounds the GLCM size). */
#define MEDFEAT_MAX_GREY_LEVELS 1024
/* Largest accepted GLCM Chebyshev distance. */
#define MEDFEAT_MAX_GLCM_DISTANCE 64

typedef enum medfeat_status {
    MEDFEAT_OK = 0,
    MEDFEAT_E_ARGUMENT,   /* null pointer, bad setting, capacity too small, spacing <= 0 or NaN */
    MEDFEAT_E_SHAPE,      /* a dimension <= 0, or an array length that is not nx * ny * nz */
    MEDFEAT_E_NONFINITE,  /* a NaN or infinite intensity inside the mask */
    MEDFEAT_E_EMPTY_MASK, /* the mask selects no voxel */
    MEDFEAT_E_TOO_LARGE,  /* more than MEDFEAT_MAX_VOXELS voxels, MEDFEAT_MAX_GREY_LEVELS levels or (exact
                           * autocorrelation) MEDFEAT_MAX_AUTOCORRELATION_CELLS */
    MEDFEAT_E_NO_MEMORY,  /* an allocation failed */
    MEDFEAT_E_INTERNAL    /* a bug in medfeat; please report it */
} medfeat_status;

typedef enum medfeat_discretisation {
    /* Intensities inside the mask are already grey levels: integers in 1..MEDFEAT_MAX_GREY_LEVELS. */
    MEDFEAT_DISCRETISATION_NONE = 0,
    /* Fixed bin number Ng over [min, max] of the ROI (IBSI "FBN"). */
    MEDFEAT_DISCRETISATION_FIXED_BIN_NUMBER = 1,
    /* Fixed bin size w from a fixed lower bound (IBSI "FBS"); values below the bound go to bin 1. */
    MEDFEAT_DISCRETISATION_FIXED_BIN_SIZE = 2
} medfeat_discretisation;

/* One image and its mask. Layout: x fastest, then y, then z; a 2D image has nz = 1. */
typedef struct medfeat_image {
    const float* values;   /* value_count intensities */
    const uint8_t* mask;   /* mask_count flags; nonzero = inside the ROI */
    int64_t value_count;   /* must equal nx * ny * nz */
    int64_t mask_count;    /* must equal nx * ny * nz */
    int32_t nx, ny, nz;    /* voxels per axis, each >= 1 */
    int32_t reserved;      /* set to 0 */
    double spacing_x, spacing_y, spacing_z; /* voxel size in mm, finite and > 0 */
} medfeat_image;

/* How Moran's I and Geary's C (IBSI 3.1.24, 3.1.25) treat a large ROI. */
typedef enum medfeat_autocorrelation {
    /* Every voxel pair up to 2048 ROI voxels; above, the pairs of a fixed-seed uniform sample of 2048 ROI voxels
     * (an estimate, reproducible; about 2 ms). */
    MEDFEAT_AUTOCORRELATION_SAMPLED = 0,
    /* Every voxel pair of any ROI (IBSI-exact): above 2048 ROI voxels by FFT over the ROI's bounding box doubled
     * per axis (rounded up to powers of two), which needs 32 bytes per grid cell (64 MB for a 64^3 box, 0.2 s);
     * more than MEDFEAT_MAX_AUTOCORRELATION_CELLS cells (a box above 128^3, or 2048 x 2048 in 2D) gives
     * MEDFEAT_E_TOO_LARGE before any work. */
    MEDFEAT_AUTOCORRELATION_EXACT = 1
} medfeat_autocorrelation;

typedef struct medfeat_settings {
    int32_t discretisation; /* a medfeat_discretisation */
    int32_t bin_number;     /* FIXED_BIN_NUMBER: 1..MEDFEAT_MAX_GREY_LEVELS; otherwise ignored */
    double bin_size;        /* FIXED_BIN_SIZE: finite and > 0; otherwise ignored */
    double bin_min;         /* FIXED_BIN_SIZE: finite lower bound of bin 1; otherwise ignored */
    int32_t glcm_distance;  /* Chebyshev distance between neighbours, 1..MEDFEAT_MAX_GLCM_DISTANCE */
    int32_t autocorrelation; /* a medfeat_autocorrelation; 0 (sampled) is the default */
} medfeat_settings;

/* Texture matrices that medfeat_texture_matrix returns (the intermediates of the texture families). */
typedef enum medfeat_matrix_kind {
    MEDFEAT_MATRIX_GLCM = 1,  /* symmetric co-occurrence counts for offset glcm_distance * (dx, dy, dz); Ng x Ng */
    MEDFEAT_MATRIX_GLRLM = 2, /* run counts along (dx, dy, dz); Ng x longest run */
    MEDFEAT_MATRIX_GLSZM = 3, /* zone counts by size; Ng x largest zone */
    MEDFEAT_MATRIX_GLDZM = 4, /* zone counts by distance to the ROI edge; Ng x largest distance */
    MEDFEAT_MATRIX_NGLDM = 5, /* neighbourhood counts by dependence (distance 1, coarseness 0); Ng x largest count */
    MEDFEAT_MATRIX_NGTDM = 6  /* Ng x 2: column 1 holds s_i, column 2 n_i (distance 1) */
} medfeat_matrix_kind;

/* Static description of one output value of medfeat_extract. Strings are static UTF-8. */
typedef struct medfeat_feature_info {
    const char* name;        /* IBSI name, e.g. "Joint maximum" */
    const char* ibsi_code;   /* IBSI four-character code, e.g. "GYBY"; "" when IBSI has none */
    const char* family;      /* e.g. "intensity_statistics", "morphology", "glcm" */
    const char* aggregation; /* IBSI aggregation, e.g. "3D, averaged"; "" when not applicable */
    const char* column_name; /* snake_case output column, e.g. "glcm_joint_max_3d_avg" */
} medfeat_feature_info;

/* Library version as "major.minor.patch" (static string). */
MEDFEAT_API const char* medfeat_version(void);

/* English description of a status code (static string); unknown codes give "unknown status". */
MEDFEAT_API const char* medfeat_status_message(int32_t status);

/* Number of values medfeat_extract writes; the order is fixed for a library version. */
MEDFEAT_API int32_t medfeat_feature_count(void);

/* Describes output value `index` (0 <= index < medfeat_feature_count()).
 * Codes: MEDFEAT_E_ARGUMENT if out is NULL or index is out of range. */
MEDFEAT_API medfeat_status medfeat_feature_info_get(int32_t index, medfeat_feature_info* out);

/* Checks settings alone. Codes: MEDFEAT_E_ARGUMENT for NULL or any out-of-range field. */
MEDFEAT_API medfeat_status medfeat_settings_validate(const medfeat_settings* settings);

/* Computes every feature for the ROI of `image` into out_values[0 .. medfeat_feature_count()).
 * Intensity statistics, local intensity and morphology use raw intensities and the mask geometry;
 * intensity histogram, intensity-volume histogram and the texture families (GLCM, GLRLM, GLSZM, GLDZM,
 * NGTDM, NGLDM, with their IBSI 2D / 2.5D / 3D aggregations) use discretised grey levels. "Averaged"
 * aggregations average each feature over the matrices that define it. A feature that is undefined for the
 * input (e.g. a GLCM without any voxel pair) is NaN.
 * Codes: MEDFEAT_E_ARGUMENT (NULL pointer, bad settings or spacing, out_capacity too small,
 * NONE discretisation with non-integer levels), MEDFEAT_E_SHAPE, MEDFEAT_E_TOO_LARGE,
 * MEDFEAT_E_EMPTY_MASK, MEDFEAT_E_NONFINITE, MEDFEAT_E_NO_MEMORY, MEDFEAT_E_INTERNAL.
 * On failure out_values is left unspecified. */
MEDFEAT_API medfeat_status medfeat_extract(const medfeat_image* image, const medfeat_settings* settings,
                                           double* out_values, size_t out_capacity);

/* Working memory kept between medfeat_extract_with calls: a batch of images (a Spark partition) then reuses the
 * same buffers instead of the system's fresh, page-faulted memory for every image (about 8 % of the time of a
 * 64^3 extraction). It holds about what its last image needed. Not thread-safe: use one workspace per thread;
 * different workspaces are independent. */
typedef struct medfeat_workspace medfeat_workspace;

/* Creates an empty workspace in *out (NULL on failure). Codes: MEDFEAT_E_ARGUMENT if out is NULL,
 * MEDFEAT_E_NO_MEMORY. Free it with medfeat_workspace_free. */
MEDFEAT_API medfeat_status medfeat_workspace_create(medfeat_workspace** out);

/* Frees a workspace and everything it holds; NULL is ignored. */
MEDFEAT_API void medfeat_workspace_free(medfeat_workspace* workspace);

/* medfeat_extract with its working memory taken from and returned to `workspace` (not NULL); same outputs,
 * same codes (MEDFEAT_E_ARGUMENT also for a NULL workspace). */
MEDFEAT_API medfeat_status medfeat_extract_with(medfeat_workspace* workspace, const medfeat_image* image,
                                                const medfeat_settings* settings, double* out_values,
                                                size_t out_capacity);

/* The symmetric co-occurrence count matrix of the discretised ROI for one offset (dx, dy, dz),
 * counting each voxel pair in both orders (IBSI GLCM before normalisation).
 * out_counts receives a row-major levels x levels matrix, entry [(i-1) * levels + (j-1)] for
 * grey levels i, j; *out_levels receives levels (the number of grey levels, Ng).
 * out_counts may be NULL with out_capacity 0 to learn levels (the call then returns MEDFEAT_E_ARGUMENT).
 * Codes: as medfeat_extract; MEDFEAT_E_ARGUMENT also when out_capacity < levels * levels
 * (then *out_levels still holds the needed levels) or when the offset is (0, 0, 0). */
MEDFEAT_API medfeat_status medfeat_glcm_matrix(const medfeat_image* image, const medfeat_settings* settings,
                                               int32_t dx, int32_t dy, int32_t dz, double* out_counts,
                                               size_t out_capacity, int32_t* out_levels);

/* One texture matrix of the discretised ROI, as the features use it before normalisation.
 * slice = -1 gives the 3D matrix; 0 <= slice < nz gives the 2D matrix of slice z = slice (8-connected
 * zones, 4-connected edge distances, 8 neighbours). GLCM and GLRLM take a direction (dx, dy, dz) with each
 * component in {-1, 0, 1}, not all 0, and dz = 0 for a slice; the other kinds need (0, 0, 0).
 * out receives a row-major rows x cols matrix, entry [(i - 1) * cols + (j - 1)] for grey level i and second
 * index j (grey level, run length, zone size, distance, dependence count; NGTDM: 1 = s_i, 2 = n_i);
 * *out_rows = Ng (the number of grey levels), *out_cols its second extent (0 when the matrix is empty).
 * out may be NULL with out_capacity 0 to learn the shape (the call then returns MEDFEAT_E_ARGUMENT).
 * Codes: as medfeat_extract; MEDFEAT_E_ARGUMENT also for an unknown kind, a slice outside -1..nz-1, a bad
 * direction, or out_capacity < rows * cols (then *out_rows and *out_cols still hold the shape). */
MEDFEAT_API medfeat_status medfeat_texture_matrix(const medfeat_image* image, const medfeat_settings* settings,
                                                  int32_t kind, int32_t slice, int32_t dx, int32_t dy, int32_t dz,
                                                  double* out, size_t out_capacity, int32_t* out_rows,
                                                  int32_t* out_cols);

#ifdef __cplusplus
}
#endif

/* Filters, the IBSI image processing chain and the 2D slice GLCM. */
#include "medfeat_filters.h"

#endif /* MEDFEAT_H */
