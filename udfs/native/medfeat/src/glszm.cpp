// IBSI-1 grey level size zone matrix (GLSZM) and its 16 features (IBSI 3.8): j is the number of
// voxels of a zone of linked equal grey levels (zones: see zones.cpp).
#include "internal.hpp"

namespace medfeat::detail {

// IBSI 3.8.1 aggregation: 2D matrices per slice (8-connected zones), features averaged over slices;
// 2.5D merges the slice matrices (and their N_v); 3D uses 26-connected zones.
void glszm_extract(const GreyImage& image, const ZoneList& zones_2d, const ZoneList& zones_3d,
                   double* out) {
    slice_family_features(zone_matrices(zones_2d, image.nz, false, false), zone_matrices(zones_3d, image.nz, true, false)[0],
                          image.levels, kZoneCount, out);
}

}  // namespace medfeat::detail
