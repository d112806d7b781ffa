// IBSI-1 grey level distance zone matrix (GLDZM) and its 16 features (IBSI 3.9): zones as in the
// GLSZM, j is a zone's smallest distance to the ROI edge (face-connected steps, 1 at the edge).
#include "internal.hpp"

namespace medfeat::detail {

// IBSI 3.9.1 aggregation: 2D matrices per slice (8-connected zones, 4-connected distances), features
// averaged over slices; 2.5D merges the slice matrices; 3D uses 26-connected zones, 6-connected distances.
// The ROI mask is both the intensity and the morphological mask here (no re-segmentation).
void gldzm_extract(const GreyImage& image, const ZoneList& zones_2d, const ZoneList& zones_3d,
                   double* out) {
    slice_family_features(zone_matrices(zones_2d, image.nz, false, true), zone_matrices(zones_3d, image.nz, true, true)[0],
                          image.levels, kZoneCount, out);
}

}  // namespace medfeat::detail
