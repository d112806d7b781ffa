#!/usr/bin/python3
"""Regenerates glcm_aggregations.txt: scikit-image references for the 2D and 2.5D GLCM aggregations.

Run with Debian's python3 + python3-skimage (0.19):
    /usr/bin/python3 make_glcm_aggregations.py > glcm_aggregations.txt

Each case is a stack of z slices of grey levels 1..Ng that are already discretised here (both sides see the
same integers; medfeat reads them with discretisation "none", so Ng = the largest level inside the ROI) and
a mask. Per slice and per angle (0, pi/4, pi/2, 3pi/4) scikit-image's graycomatrix counts the symmetric
co-occurrences at Chebyshev distance d. skimage has no mask and 0-based levels: it sees level - 1, and every
voxel outside the ROI gets the extra level Ng (0-based), whose row and column are cut off afterwards, so the
kept Ng x Ng block counts exactly the pairs with both voxels inside the ROI. For the diagonals at distance
d > 1 skimage is given the distance d * sqrt(2), because it rounds (d sin a, d cos a) to the offset.

Features per matrix: contrast (ACUI), dissimilarity (8S9J), homogeneity = inverse difference moment (WF0Z),
ASM = angular second moment (8ZQL) and correlation (NI2N) come from skimage's graycoprops; the other 20 IBSI-1
GLCM features are computed below in numpy from the same skimage matrix, with 1-based levels i, j = 1..Ng, as
written in the IBSI reference manual (docs/03_Image_features.rst, section "Grey level co-occurrence based
features"). Aggregation (IBSI 3.6.1 / the manual's "Aggregating features"):
  2d_avg          features of every (slice, angle) matrix, averaged;
  2d_slice_merged the 4 angle matrices of a slice summed, features averaged over slices;
  25d_dir_merged  each angle's matrices summed over slices, features averaged over the 4 angles;
  25d_merged      all matrices summed into one.
Conventions the manual leaves open, taken as medfeat documents them (udfs/MedSpark.Udfs/Radiomics/FeatureColumns.cs):
a matrix without any pair (a slice without ROI voxel pairs) is left out of an average, and a feature a matrix
does not define (correlation and information correlation 1 of a single-grey-level matrix, 0/0) is averaged
over the matrices that do define it, and is "nan" when none does. skimage's graycoprops returns 1 for the
correlation of a single-level matrix; that value is replaced by nan here (0/0 is not 1).
"""
import numpy as np
import scipy.ndimage as ndi
import skimage
from skimage import data
from skimage.feature import graycomatrix, graycoprops

ANGLES = [0.0, np.pi / 4, np.pi / 2, 3 * np.pi / 4]
AGGREGATIONS = ["2d_avg", "2d_slice_merged", "25d_dir_merged", "25d_merged"]
SKIMAGE_PROPS = {"ACUI": "contrast", "8S9J": "dissimilarity", "WF0Z": "homogeneity", "8ZQL": "ASM", "NI2N": "correlation"}
CODES = ["GYBY", "60VM", "UR99", "TU9B", "TF7R", "D3YU", "NTRS", "ZGXS", "OEEB", "P6QZ", "8ZQL", "ACUI", "8S9J",
         "IB1Z", "NDRX", "WF0Z", "1QCO", "E8JP", "NI2N", "QWB0", "DG8W", "7NFM", "AE86", "R8DG", "JN9H"]


def entropy(p):
    p = p[p > 0]
    return float(-(p * np.log2(p)).sum())


def features(counts):
    """The 25 IBSI GLCM features of one symmetric count matrix (Ng x Ng, level i at index i - 1)."""
    ng = counts.shape[0]
    out = {code: float(graycoprops(counts[:, :, None, None], prop)[0, 0]) for code, prop in SKIMAGE_PROPS.items()}
    p = counts / counts.sum()
    i, j = np.meshgrid(np.arange(1, ng + 1), np.arange(1, ng + 1), indexing="ij")
    p_i, p_j = p.sum(axis=1), p.sum(axis=0)
    levels = np.arange(1, ng + 1)
    mu_i, mu_j = float((levels * p_i).sum()), float((levels * p_j).sum())
    var_i = float(((levels - mu_i) ** 2 * p_i).sum())
    if var_i == 0:
        out["NI2N"] = float("nan")
    k_diff = np.abs(i - j)
    p_diff = np.bincount(k_diff.ravel(), weights=p.ravel(), minlength=ng)       # k = 0 .. Ng-1
    p_sum = np.bincount((i + j).ravel(), weights=p.ravel(), minlength=2 * ng + 1)  # k = 2 .. 2Ng
    k = np.arange(p_diff.size)
    s = np.arange(p_sum.size)
    diff_avg = float((k * p_diff).sum())
    sum_avg = float((s * p_sum).sum())
    hxy = entropy(p)
    hx = entropy(p_i)
    marginal = np.outer(p_i, p_j)
    hxy1 = float(-(p[marginal > 0] * np.log2(marginal[marginal > 0])).sum())
    hxy2 = entropy(marginal)
    cluster = i + j - mu_i - mu_j
    out.update({
        "GYBY": float(p.max()),
        "60VM": mu_i,
        "UR99": float(((i - mu_i) ** 2 * p).sum()),
        "TU9B": hxy,
        "TF7R": diff_avg,
        "D3YU": float(((k - diff_avg) ** 2 * p_diff).sum()),
        "NTRS": entropy(p_diff),
        "ZGXS": sum_avg,
        "OEEB": float(((s - sum_avg) ** 2 * p_sum).sum()),
        "P6QZ": entropy(p_sum),
        "IB1Z": float((p / (1 + k_diff)).sum()),
        "NDRX": float((p / (1 + k_diff / ng)).sum()),
        "1QCO": float((p / (1 + k_diff ** 2 / ng ** 2)).sum()),
        "E8JP": float((p_diff[1:] / k[1:] ** 2).sum()),
        "QWB0": float((i * j * p).sum()),
        "DG8W": float((cluster ** 2 * p).sum()),
        "7NFM": float((cluster ** 3 * p).sum()),
        "AE86": float((cluster ** 4 * p).sum()),
        "R8DG": (hxy - hxy1) / hx if hx > 0 else float("nan"),
        # HXY2 >= HXY mathematically; max() only absorbs rounding when the two are equal.
        "JN9H": float(np.sqrt(max(0.0, 1 - np.exp(-2 * (hxy2 - hxy))))),
    })
    return out


def mean_features(matrices):
    """Features of each matrix that holds a pair, averaged per feature over the matrices defining it."""
    rows = [features(m) for m in matrices if m.sum() > 0]
    result = {}
    for code in CODES:
        defined = [r[code] for r in rows if not np.isnan(r[code])]
        result[code] = float(np.mean(defined)) if defined else float("nan")
    return result


def slice_matrices(grey, mask, distance):
    """counts[z][a]: skimage's symmetric Ng x Ng GLCM of slice z at angle a, restricted to the ROI."""
    ng = int(grey[mask].max())
    shifted = np.where(mask, grey - 1, ng).astype(np.int64)  # 0-based levels; outside the ROI = extra level ng
    counts = []
    for z in range(grey.shape[0]):
        per_angle = []
        for angle in ANGLES:
            d = distance * np.sqrt(2) if angle in (np.pi / 4, 3 * np.pi / 4) else distance
            m = graycomatrix(shifted[z], distances=[d], angles=[angle], levels=ng + 1, symmetric=True, normed=False)
            per_angle.append(m[:ng, :ng, 0, 0].astype(np.float64))
        counts.append(per_angle)
    return ng, counts


def aggregations(counts):
    nz = len(counts)
    return {
        "2d_avg": mean_features([counts[z][a] for z in range(nz) for a in range(4)]),
        "2d_slice_merged": mean_features([sum(counts[z]) for z in range(nz)]),
        "25d_dir_merged": mean_features([sum(counts[z][a] for z in range(nz)) for a in range(4)]),
        "25d_merged": mean_features([sum(sum(c) for c in counts)]),
    }


def fixed_bins(x, bins):
    """IBSI fixed bin number discretisation over the whole array: floor(Ng (x - min) / (max - min)) + 1, max in bin Ng."""
    x = x.astype(np.float64)
    level = np.floor(bins * (x - x.min()) / (x.max() - x.min())).astype(np.int64) + 1
    return np.minimum(level, bins)


def disc(nz, ny, nx, radius_by_slice):
    yy, xx = np.mgrid[0:ny, 0:nx]
    return np.stack([(yy - (ny - 1) / 2) ** 2 + (xx - (nx - 1) / 2) ** 2 <= r * r for r in radius_by_slice])


def cases():
    rng = np.random.default_rng(20261121)
    full = lambda g: np.ones(g.shape, dtype=bool)

    g = rng.integers(1, 17, size=(3, 20, 24))
    yield "uniform_random", g, full(g), 1

    g = rng.integers(1, 9, size=(3, 17, 19))
    yield "uniform_random_distance2", g, full(g), 2

    blobs = ndi.gaussian_filter(rng.normal(size=(4, 32, 32)), sigma=(0, 3, 3))
    g = fixed_bins(blobs, 8)
    yield "smooth_blobs", g, full(g), 1

    yy, xx = np.mgrid[0:16, 0:20]
    g = np.stack([np.where(xx < 9, 1, 4), np.where(yy + xx < 18, 2, 3), 1 + (yy >= 8) + 2 * (xx >= 10)])
    yield "step_edges", g, full(g), 1

    g = np.full((2, 9, 10), 3)
    yield "constant_region", g, full(g), 1

    g = np.stack([np.full((12, 14), 5), rng.integers(1, 6, size=(12, 14))])
    yield "constant_slice_and_random_slice", g, full(g), 1

    g = rng.integers(1, 7, size=(3, 5, 6))
    m = np.zeros(g.shape, dtype=bool)
    m[0, 1, 2:5] = True   # three voxels in a row: only the x direction has pairs
    m[0, 2, 3] = True
    m[1, 3, 1] = True     # a single voxel: no pair in this slice
    yield "tiny_roi", g, m, 1

    g = rng.integers(1, 13, size=(3, 30, 30))
    yield "random_disc_roi", g, disc(3, 30, 30, [13, 9, 5]), 1

    g = fixed_bins(data.camera()[200:296, 180:276], 32)[None]
    yield "camera_96", g, full(g), 1

    crops = [data.camera()[100:164, 200:264], data.coins()[60:124, 100:164], data.moon()[300:364, 250:314]]
    g = np.stack([fixed_bins(c, 16) for c in crops])
    yield "camera_coins_moon_disc_roi", g, disc(3, 64, 64, [26, 31, 20]), 1

    g = fixed_bins(data.brick()[0:64, 0:80], 24)[None]
    yield "brick_distance3", g, full(g), 3


def main():
    print(f"# scikit-image {skimage.__version__} / numpy {np.__version__} GLCM aggregation references, "
          "generated by make_glcm_aggregations.py.")
    print("# case NAME NX NY NZ DISTANCE NG; values and mask x fastest, then y, then z (\"mask all\": every voxel);")
    print("# matrix Z DX DY: skimage counts of slice Z for the offset (DX, DY), row-major Ng x Ng (level i at row i - 1);")
    print("# feature IBSI_CODE AGGREGATION VALUE.")
    for name, grey, mask, distance in cases():
        nz, ny, nx = grey.shape
        ng, counts = slice_matrices(grey, mask, distance)
        print(f"case {name} {nx} {ny} {nz} {distance} {ng}")
        print("values " + " ".join(str(int(v)) for v in grey.ravel()))
        print("mask all" if mask.all() else "mask " + " ".join(str(int(v)) for v in mask.ravel()))
        for z in range(nz):
            for a, angle in enumerate(ANGLES):
                dx, dy = int(round(np.cos(angle))) * distance, int(round(np.sin(angle))) * distance
                print(f"matrix {z} {dx} {dy} " + " ".join(str(int(c)) for c in counts[z][a].ravel()))
        for aggregation, values in aggregations(counts).items():
            for code in CODES:
                print(f"feature {code} {aggregation} {values[code]:.17g}")


if __name__ == "__main__":
    main()
