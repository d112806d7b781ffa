/*
 * medfeat filters and image processing: smoothing, edges, histogram methods, thresholding,
 * connected components, IBSI resampling and re-segmentation, and a 2D slice GLCM.
 * Included by medfeat.h; the same rules hold: reentrant, no process-wide state, no exception
 * crosses the boundary, every failure is a medfeat_status.
 *
 * Conventions for every function here:
 *  - A volume is x fastest, then y, then z; nz = 1 is a 2D image and is filtered in 2D (no z axis).
 *  - Inputs are validated: NULL pointers and capacities (MEDFEAT_E_ARGUMENT), dimensions and lengths
 *    (MEDFEAT_E_SHAPE), sizes above MEDFEAT_MAX_VOXELS (MEDFEAT_E_TOO_LARGE), NaN/Inf anywhere in a
 *    filtered image (MEDFEAT_E_NONFINITE), and out-of-range parameters (MEDFEAT_E_ARGUMENT).
 *  - Outputs must not overlap inputs; on failure their content is unspecified.
 *  - Border handling uses the scipy.ndimage names, so results agree with scipy/scikit-image.
 */
#ifndef MEDFEAT_FILTERS_H
#define MEDFEAT_FILTERS_H

#ifndef MEDFEAT_H
#error "include medfeat.h, not medfeat_filters.h"
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* Largest accepted smoothing radius (mean, median) in voxels, and largest Gaussian kernel radius. */
#define MEDFEAT_MAX_FILTER_RADIUS 64

/* How a filter reads outside the image (scipy.ndimage mode names). */
typedef enum medfeat_border {
    MEDFEAT_BORDER_REFLECT = 0,  /* d c b a | a b c d | d c b a (scipy "reflect") */
    MEDFEAT_BORDER_NEAREST = 1,  /* a a a a | a b c d | d d d d */
    MEDFEAT_BORDER_MIRROR = 2,   /* d c b | a b c d | c b a */
    MEDFEAT_BORDER_CONSTANT = 3  /* 0 0 0 0 | a b c d | 0 0 0 0 */
} medfeat_border;

/* An image without mask or spacing, for the filters. */
typedef struct medfeat_volume {
    const float* values; /* count intensities, x fastest */
    int64_t count;       /* must equal nx * ny * nz */
    int32_t nx, ny, nz;  /* each >= 1; nz = 1 for 2D */
    int32_t reserved;    /* set to 0 */
} medfeat_volume;

/* Box mean over (2r+1)^d voxels (d = 2 or 3). radius 1..MEDFEAT_MAX_FILTER_RADIUS; border a medfeat_border.
 * Equals scipy.ndimage.uniform_filter(image, 2r+1, mode=border). */
MEDFEAT_API medfeat_status medfeat_filter_mean(const medfeat_volume* image, int32_t radius, int32_t border,
                                               float* out, size_t out_capacity);

/* Box median over (2r+1)^d voxels. Equals skimage.filters.median(image, np.ones((2r+1,)*d), mode=border);
 * radius 1 is skimage's default footprint. */
MEDFEAT_API medfeat_status medfeat_filter_median(const medfeat_volume* image, int32_t radius, int32_t border,
                                                 float* out, size_t out_capacity);

/* Gaussian smoothing, sigma in voxels (> 0, finite), kernel radius int(truncate * sigma + 0.5) with
 * truncate > 0 and the radius <= MEDFEAT_MAX_FILTER_RADIUS. Separable, computed in double.
 * Equals skimage.filters.gaussian(image, sigma, mode=border, truncate=truncate) (skimage's default
 * border is NEAREST, truncate 4). */
MEDFEAT_API medfeat_status medfeat_filter_gaussian(const medfeat_volume* image, double sigma, double truncate,
                                                   int32_t border, float* out, size_t out_capacity);

/* Laplacian of Gaussian: sum over axes of the second Gaussian derivative, sigma in voxels.
 * Equals scipy.ndimage.gaussian_laplace(image, sigma, mode=border, truncate=truncate). */
MEDFEAT_API medfeat_status medfeat_filter_laplacian_of_gaussian(const medfeat_volume* image, double sigma,
                                                                double truncate, int32_t border, float* out,
                                                                size_t out_capacity);

/* Sobel gradient magnitude sqrt(sum_a g_a^2 / d), each g_a the [1 0 -1] derivative along axis a
 * smoothed by [1 2 1]/4 along the others. Equals skimage.filters.sobel(image, mode=border). */
MEDFEAT_API medfeat_status medfeat_filter_sobel(const medfeat_volume* image, int32_t border, float* out,
                                                size_t out_capacity);

/* Canny edges of a 2D image (nz must be 1, else MEDFEAT_E_SHAPE) as 0/1 flags: Gaussian smoothing
 * (sigma >= 0 voxels, zero-padded and normalised by the smoothed support), Sobel gradients,
 * non-maximum suppression with interpolation, hysteresis with 8-connectivity.
 * 0 <= low <= high, absolute gradient magnitudes. Equals
 * skimage.feature.canny(image, sigma, low, high) for float images. */
MEDFEAT_API medfeat_status medfeat_filter_canny(const medfeat_volume* image, double sigma, double low_threshold,
                                                double high_threshold, uint8_t* out_edges, size_t out_capacity);

/* Histogram equalisation: nbins (2..65536) equal bins over [min, max] of the image, output the
 * interpolated cumulative distribution in [0, 1]. Equals skimage.exposure.equalize_hist(image, nbins),
 * including numpy's widening of a constant image's range by +/- 0.5 (a constant image maps to 0.5 for even nbins). */
MEDFEAT_API medfeat_status medfeat_equalize_hist(const medfeat_volume* image, int32_t nbins, float* out,
                                                 size_t out_capacity);

/* Contrast-limited adaptive histogram equalisation (Zuiderveld 1994) of a 2D image (nz = 1):
 * intensities are rescaled to [0, 1] over the image range and binned into nbins (2..65536);
 * tiles_x x tiles_y contextual regions (each 1..image size); each region histogram is clipped at
 * clip_limit (0 < clip_limit <= 1, a fraction of the region's pixels per bin, excess redistributed
 * evenly); the mapping is bilinearly interpolated between region centres. Output in [0, 1]. */
MEDFEAT_API medfeat_status medfeat_clahe(const medfeat_volume* image, int32_t tiles_x, int32_t tiles_y,
                                         double clip_limit, int32_t nbins, float* out, size_t out_capacity);

/* Otsu's threshold (Otsu 1979) over a nbins (2..65536) histogram of [min, max]; voxels > threshold are
 * foreground. A constant image returns its value. Equals skimage.filters.threshold_otsu(image, nbins). */
MEDFEAT_API medfeat_status medfeat_threshold_otsu(const medfeat_volume* image, int32_t nbins,
                                                  double* out_threshold);

/* Keeps the largest connected component of a mask (nonzero = inside) with 6- or 26-connectivity
 * in 3D (4- or 8-connectivity within a 2D image); ties go to the component met first in memory order.
 * out_mask receives 0/1; *out_voxels the component's size (0 for an empty mask, which is not an error). */
MEDFEAT_API medfeat_status medfeat_largest_component(const uint8_t* mask, int64_t count, int32_t nx, int32_t ny,
                                                     int32_t nz, int32_t connectivity, uint8_t* out_mask,
                                                     size_t out_capacity, int64_t* out_voxels);

/* ---- IBSI image processing chain (IBSI-1 sections 2.4 to 2.6) ---- */

typedef enum medfeat_mask_interpolation {
    MEDFEAT_MASK_NEAREST = 0,        /* nearest neighbour */
    MEDFEAT_MASK_PARTIAL_VOLUME = 1  /* trilinear on 0/1, then >= 0.5 */
} medfeat_mask_interpolation;

typedef struct medfeat_preprocess_settings {
    double spacing;             /* isotropic target voxel size in mm (> 0), or 0 for no interpolation */
    int32_t mask_interpolation; /* a medfeat_mask_interpolation */
    int32_t resegment_range;    /* 1: keep ROI voxels with range_min <= x <= range_max; 0: off */
    double range_min;           /* may be -infinity */
    double range_max;           /* may be +infinity; range_min <= range_max */
    double outlier_sigma;       /* > 0: keep ROI voxels within mean +/- outlier_sigma * sd (IBSI: 3); 0: off */
    int32_t round_intensities;  /* 1: round interpolated intensities to the nearest integer (IBSI, e.g. CT); 0: off */
    int32_t reserved;           /* set to 0 */
} medfeat_preprocess_settings;

/* The grid medfeat_preprocess produces: per axis ceil(n * s / spacing) voxels (IBSI "align grid centres");
 * a 2D image (nz = 1) keeps nz = 1 and its z spacing. Without interpolation the input grid.
 * Codes: MEDFEAT_E_ARGUMENT (NULL, bad settings or spacing), MEDFEAT_E_SHAPE, MEDFEAT_E_TOO_LARGE. */
MEDFEAT_API medfeat_status medfeat_preprocess_grid(const medfeat_image* image,
                                                   const medfeat_preprocess_settings* settings, int32_t* out_nx,
                                                   int32_t* out_ny, int32_t* out_nz);

/* Interpolates image (trilinear, clamped at the border) and mask to the isotropic grid whose centre is the
 * input grid's centre, optionally rounds intensities (half away from zero), then re-segments the ROI: first the intensity range, then the outlier filter
 * (mean and population sd of the range-filtered ROI). Writes out_nx*out_ny*out_nz values and mask flags
 * (capacity from medfeat_preprocess_grid). The image must be finite everywhere.
 * Codes: as medfeat_preprocess_grid, MEDFEAT_E_NONFINITE, MEDFEAT_E_EMPTY_MASK (input mask, or the ROI
 * emptied by interpolation or re-segmentation), MEDFEAT_E_NO_MEMORY. */
MEDFEAT_API medfeat_status medfeat_preprocess(const medfeat_image* image, const medfeat_preprocess_settings* settings,
                                              float* out_values, uint8_t* out_mask, size_t out_capacity);

/* ---- 2D GLCM fast path ---- */

/* Symmetric co-occurrence counts of one 2D slice of grey levels (0..levels-1, levels 1..256, every pixel
 * counted, skimage's convention) for Chebyshev distance d (>= 1) at the four angles 0, 45, 90, 135 degrees,
 * i.e. offsets (dx, dy) = (d, 0), (d, d), (0, d), (-d, d). out_counts receives 4 levels x levels row-major
 * matrices (capacity >= 4 * levels^2), entry [angle][i][j]. Equals medfeat_glcm_matrix on the same slice
 * with grey level g + 1 and a full mask, and, for d = 1, skimage graycomatrix(img, [1],
 * [0, pi/4, pi/2, 3pi/4], levels, symmetric=True) (skimage rounds diagonal offsets for d > 1).
 * Codes: MEDFEAT_E_ARGUMENT (NULL, capacity, d, a level >= levels), MEDFEAT_E_SHAPE, MEDFEAT_E_TOO_LARGE
 * (levels above 256 or too many voxels). */
MEDFEAT_API medfeat_status medfeat_glcm_slice(const uint8_t* grey, int64_t count, int32_t nx, int32_t ny,
                                              int32_t levels, int32_t distance, uint32_t* out_counts,
                                              size_t out_capacity);

#ifdef __cplusplus
}
#endif

#endif /* MEDFEAT_FILTERS_H */
