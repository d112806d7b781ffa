// Moran's I and Geary's C over every voxel pair of any ROI, in O(N log N) (the pair sum is O(N^2)).
// With d = x - mu and m = 1 inside the ROI (both 0 outside) on a grid, every pair sum of IBSI 3.1.24 / 3.1.25 is a
// sum over displacements: sum_{k != l} w(r_l - r_k) f_k g_l = sum_D W(D) C_fg(D), C_fg(D) = sum_v f(v) g(v + D),
// with the weight W(D) = 1 / |D| (mm) and W(0) = 0. On a zero-padded grid of at least 2n - 1 points per axis the
// circular correlation equals the linear one, and by Parseval sum_D W(D) C_fg(D) = (1/N) sum_k W^(k) conj(f^(k)) g^(k)
// (W is real and even, so W^ is real). Three such sums give everything:
//   S_dd = sum w d_k d_l,  S_mm = sum w = W,  S_em = sum w d_k^2 (e = m d^2),
//   I = N_v S_dd / (W sum d^2),   C = (N_v - 1) (2 S_em - 2 S_dd) / (2 W sum d^2).
// The four real signals W, m, d, e travel as two complex transforms (W + i m, d + i e) and are separated with
// Z^(-k) = conj: A^(k) = (Z^(k) + conj Z^(-k)) / 2, B^(k) = (Z^(k) - conj Z^(-k)) / 2i.
#include "internal.hpp"

#include <algorithm>
#include <cmath>
#include <complex>

namespace medfeat::detail {
namespace {

using Complex = std::complex<double>;

// Radix-2 transforms of one power-of-two length: bit-reversal order and twiddles exp(-2 pi i k / n) computed once.
struct Fft {
    size_t n;
    std::vector<size_t> reversed;
    std::vector<Complex> twiddle;

    explicit Fft(size_t size) : n(size), reversed(size), twiddle(size / 2) {
        size_t bits = 0;
        while ((size_t{1} << bits) < n) ++bits;
        for (size_t i = 0; i < n; ++i) {
            size_t r = 0;
            for (size_t b = 0; b < bits; ++b) r |= ((i >> b) & 1) << (bits - 1 - b);
            reversed[i] = r;
        }
        constexpr double kPi = 3.14159265358979323846;
        for (size_t k = 0; k < n / 2; ++k) twiddle[k] = std::polar(1.0, -2.0 * kPi * static_cast<double>(k) / static_cast<double>(n));
    }

    // In place, forward, unnormalised.
    void run(Complex* a) const {
        for (size_t i = 0; i < n; ++i)
            if (i < reversed[i]) std::swap(a[i], a[reversed[i]]);
        for (size_t half = 1; half < n; half *= 2) {
            const size_t step = n / (2 * half);
            for (size_t start = 0; start < n; start += 2 * half)
                for (size_t j = 0; j < half; ++j) {
                    const Complex t = twiddle[j * step] * a[start + j + half];
                    a[start + j + half] = a[start + j] - t;
                    a[start + j] += t;
                }
        }
    }
};

size_t power_of_two_at_least(int64_t n) {
    size_t p = 1;
    while (static_cast<int64_t>(p) < n) p *= 2;
    return p;
}

// The 3D transform of a px * py * pz grid (x fastest): the 1D transform along each axis in turn. Lines along y and
// z are copied to a buffer and back, eight neighbouring x at a time, so that each cache line read serves eight
// lines (one at a time, every element of those passes was a cache miss).
void fft_3d(std::vector<Complex>& grid, size_t px, size_t py, size_t pz) {
    const Fft fx(px), fy(py), fz(pz);
    const size_t block = std::min<size_t>(8, px);
    std::vector<Complex> lines(block * std::max(py, pz));
    for (size_t z = 0; z < pz; ++z)
        for (size_t y = 0; y < py; ++y) fx.run(&grid[(z * py + y) * px]);
    auto along = [&](const Fft& f, size_t count, size_t stride, Complex* first) {
        for (size_t i = 0; i < count; ++i)
            for (size_t b = 0; b < block; ++b) lines[b * count + i] = first[i * stride + b];
        for (size_t b = 0; b < block; ++b) f.run(&lines[b * count]);
        for (size_t i = 0; i < count; ++i)
            for (size_t b = 0; b < block; ++b) first[i * stride + b] = lines[b * count + i];
    };
    for (size_t z = 0; z < pz; ++z)
        for (size_t x = 0; x < px; x += block) along(fy, py, px, &grid[z * py * px + x]);
    for (size_t y = 0; y < py; ++y)
        for (size_t x = 0; x < px; x += block) along(fz, pz, py * px, &grid[y * px + x]);
}

// The transform grid: the ROI's bounding box [lo, hi] and, per axis, a power of two >= 2 (hi - lo) + 1, so that
// the circular correlation on the grid equals the linear one.
struct Grid {
    int64_t lo[3], hi[3];
    size_t px, py, pz;
};

Grid grid_of(const medfeat_image& image) {
    const int64_t nx = image.nx, ny = image.ny, nz = image.nz;
    Grid g{{nx, ny, nz}, {-1, -1, -1}, 0, 0, 0};
    for (int64_t z = 0; z < nz; ++z)
        for (int64_t y = 0; y < ny; ++y)
            for (int64_t x = 0; x < nx; ++x) {
                if (image.mask[(z * ny + y) * nx + x] == 0) continue;
                const int64_t p[3] = {x, y, z};
                for (int d = 0; d < 3; ++d) {
                    g.lo[d] = std::min(g.lo[d], p[d]);
                    g.hi[d] = std::max(g.hi[d], p[d]);
                }
            }
    g.px = power_of_two_at_least(2 * (g.hi[0] - g.lo[0]) + 1);
    g.py = power_of_two_at_least(2 * (g.hi[1] - g.lo[1]) + 1);
    g.pz = power_of_two_at_least(2 * (g.hi[2] - g.lo[2]) + 1);
    return g;
}

}  // namespace

double exact_autocorrelation_cells(const medfeat_image& image) {
    const Grid g = grid_of(image);
    return static_cast<double>(g.px) * static_cast<double>(g.py) * static_cast<double>(g.pz);  // powers of two: exact
}

void spatial_autocorrelation_exact(const medfeat_image& image, double* moran_i, double* geary_c) {
    const int64_t nx = image.nx, ny = image.ny;
    const Grid grid = grid_of(image);
    const int64_t* lo = grid.lo;
    const int64_t* hi = grid.hi;
    const size_t px = grid.px, py = grid.py, pz = grid.pz, cells = px * py * pz;
    // The ROI's mean intensity.
    double sum = 0.0, count = 0.0;
    for (int64_t z = lo[2]; z <= hi[2]; ++z)
        for (int64_t y = lo[1]; y <= hi[1]; ++y)
            for (int64_t x = lo[0]; x <= hi[0]; ++x) {
                const int64_t v = (z * ny + y) * nx + x;
                if (image.mask[v] == 0) continue;
                sum += image.values[v];
                count += 1.0;
            }
    const double mean = sum / count;
    std::vector<Complex> weights_and_mask(cells), deviation_and_square(cells);
    // W(D) at the wrapped index of each displacement; W(0) = 0.
    const double spacing[3] = {image.spacing_x, image.spacing_y, image.spacing_z};
    auto offset = [](size_t i, size_t p, double s) {
        const double d = static_cast<double>(i < p / 2 + p % 2 ? static_cast<int64_t>(i) : static_cast<int64_t>(i) - static_cast<int64_t>(p));
        return d * s;
    };
    double squares = 0.0;
    for (size_t z = 0; z < pz; ++z)
        for (size_t y = 0; y < py; ++y)
            for (size_t x = 0; x < px; ++x) {
                const double dx = offset(x, px, spacing[0]), dy = offset(y, py, spacing[1]), dz = offset(z, pz, spacing[2]);
                const double r2 = dx * dx + dy * dy + dz * dz;
                weights_and_mask[(z * py + y) * px + x] = Complex(r2 > 0.0 ? 1.0 / std::sqrt(r2) : 0.0, 0.0);
            }
    for (int64_t z = lo[2]; z <= hi[2]; ++z)
        for (int64_t y = lo[1]; y <= hi[1]; ++y)
            for (int64_t x = lo[0]; x <= hi[0]; ++x) {
                const int64_t v = (z * ny + y) * nx + x;
                if (image.mask[v] == 0) continue;
                const size_t g = (static_cast<size_t>(z - lo[2]) * py + static_cast<size_t>(y - lo[1])) * px + static_cast<size_t>(x - lo[0]);
                const double d = image.values[v] - mean;
                squares += d * d;
                weights_and_mask[g].imag(1.0);
                deviation_and_square[g] = Complex(d, d * d);
            }
    fft_3d(weights_and_mask, px, py, pz);
    fft_3d(deviation_and_square, px, py, pz);

    double s_dd = 0.0, s_mm = 0.0, s_em = 0.0;
    for (size_t z = 0; z < pz; ++z)
        for (size_t y = 0; y < py; ++y)
            for (size_t x = 0; x < px; ++x) {
                const size_t k = (z * py + y) * px + x;
                const size_t mirror = (((pz - z) % pz) * py + (py - y) % py) * px + (px - x) % px;
                const Complex a = weights_and_mask[k], a_mirror = std::conj(weights_and_mask[mirror]);
                const Complex b = deviation_and_square[k], b_mirror = std::conj(deviation_and_square[mirror]);
                const double w = 0.5 * (a + a_mirror).real();
                const Complex m = (a - a_mirror) * Complex(0.0, -0.5), d = 0.5 * (b + b_mirror), e = (b - b_mirror) * Complex(0.0, -0.5);
                s_dd += w * std::norm(d);
                s_mm += w * std::norm(m);
                s_em += w * (std::conj(e) * m).real();
            }
    const double n = static_cast<double>(cells);
    s_dd /= n;
    s_mm /= n;
    s_em /= n;
    // One voxel (W = 0) or a constant ROI (sum d^2 = 0) gives NaN, as the pair sums do.
    *moran_i = count * s_dd / (s_mm * squares);
    *geary_c = (count - 1.0) * (2.0 * s_em - 2.0 * s_dd) / (2.0 * s_mm * squares);
}

}  // namespace medfeat::detail
