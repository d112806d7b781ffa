// IBSI-1 local intensity features (IBSI 3.2): local and global intensity peak.
#include "internal.hpp"

#include <algorithm>
#include <cmath>

namespace medfeat::detail {

// The peak is the mean raw intensity of the voxels whose centres lie within a 1 cm^3 sphere (radius
// 6.2035 mm) around a voxel, over the whole image, not only the ROI. Voxels outside the ROI with a
// non-finite intensity are left out of the mean (the input check only covers the ROI).
// Cost: one prefix sum per image row, then one chord per (dy, dz) of the sphere for each ROI voxel.
void local_intensity(const medfeat_image& image, double* out) {
    const int64_t nx = image.nx, ny = image.ny, nz = image.nz;
    constexpr double kPi = 3.14159265358979323846;
    const double radius = std::cbrt(3.0 * 1000.0 / (4.0 * kPi));
    // Reaches are clamped to the image in floating point first, so a tiny spacing cannot overflow int64.
    auto reach = [](double length, double spacing, int64_t limit) {
        return static_cast<int64_t>(std::min(std::floor(length / spacing), static_cast<double>(limit)));
    };
    struct Chord {
        int64_t dy, dz, half;  // x from -half to +half
    };
    std::vector<Chord> chords;
    const int64_t ry = reach(radius, image.spacing_y, ny), rz = reach(radius, image.spacing_z, nz);
    for (int64_t dz = -rz; dz <= rz; ++dz)
        for (int64_t dy = -ry; dy <= ry; ++dy) {
            const double oy = static_cast<double>(dy) * image.spacing_y, oz = static_cast<double>(dz) * image.spacing_z;
            const double rest = radius * radius - oy * oy - oz * oz;
            if (rest < 0.0) continue;
            chords.push_back({dy, dz, reach(std::sqrt(rest), image.spacing_x, nx)});
        }

    // Row prefix sums of the finite intensities and of their count, nx + 1 entries per row.
    std::vector<double> sum(static_cast<size_t>((nx + 1) * ny * nz)), count(sum.size());
    for (int64_t row = 0; row < ny * nz; ++row) {
        double s = 0.0, c = 0.0;
        for (int64_t x = 0; x < nx; ++x) {
            const float v = image.values[row * nx + x];
            if (std::isfinite(v)) {
                s += v;
                c += 1.0;
            }
            sum[static_cast<size_t>(row * (nx + 1) + x + 1)] = s;
            count[static_cast<size_t>(row * (nx + 1) + x + 1)] = c;
        }
    }

    double maximum = -INFINITY;
    for (int64_t v = 0; v < nx * ny * nz; ++v)
        if (image.mask[v] != 0) maximum = std::max(maximum, static_cast<double>(image.values[v]));
    double local = -INFINITY, global = -INFINITY;
    for (int64_t z = 0; z < nz; ++z)
        for (int64_t y = 0; y < ny; ++y)
            for (int64_t x = 0; x < nx; ++x) {
                const int64_t v = (z * ny + y) * nx + x;
                if (image.mask[v] == 0) continue;
                double s = 0.0, c = 0.0;
                for (const Chord& chord : chords) {
                    const int64_t y2 = y + chord.dy, z2 = z + chord.dz;
                    if (y2 < 0 || y2 >= ny || z2 < 0 || z2 >= nz) continue;
                    const int64_t row = (z2 * ny + y2) * (nx + 1);
                    const int64_t x0 = std::max<int64_t>(x - chord.half, 0), x1 = std::min(x + chord.half + 1, nx);
                    s += sum[static_cast<size_t>(row + x1)] - sum[static_cast<size_t>(row + x0)];
                    c += count[static_cast<size_t>(row + x1)] - count[static_cast<size_t>(row + x0)];
                }
                const double mean = s / c;  // c >= 1: the centre voxel is in the ROI, hence finite
                global = std::max(global, mean);
                if (image.values[v] == maximum) local = std::max(local, mean);
            }
    out[0] = local;
    out[1] = global;
}

}  // namespace medfeat::detail
