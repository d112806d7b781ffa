// medfeat benchmarks: the 2D slice GLCM (512 x 512, 32 levels, distance 1, 4 angles, symmetric) on the fast
// path and on the general path, and the full feature set (medfeat_extract) on 64^3 and 128^3 ROIs, each on 1
// and 2 threads (independent images per thread, as Spark executors run them). Before timing, the fast GLCM
// path is checked against the general path on the benchmark image; a mismatch aborts the run.
#include "medfeat.h"

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <vector>

namespace {

constexpr int32_t kSide = 512, kLevels = 32;

// The slice shared with tests/native/bench/skimage_glcm_bench.py: a 64-bit LCG, level = (state >> 33) % 32.
std::vector<uint8_t> lcg_slice() {
    std::vector<uint8_t> grey(static_cast<size_t>(kSide * kSide));
    uint64_t state = 20261121;
    for (uint8_t& g : grey) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        g = static_cast<uint8_t>((state >> 33) % kLevels);
    }
    return grey;
}

struct SliceImage {
    std::vector<uint8_t> grey = lcg_slice();
    std::vector<float> values;
    std::vector<uint8_t> mask;
    medfeat_image image{};
    medfeat_settings settings{};

    SliceImage() {
        values.resize(grey.size());
        for (size_t i = 0; i < grey.size(); ++i) values[i] = static_cast<float>(grey[i] + 1);
        mask.assign(grey.size(), 1);
        image.values = values.data();
        image.mask = mask.data();
        image.value_count = image.mask_count = static_cast<int64_t>(grey.size());
        image.nx = image.ny = kSide;
        image.nz = 1;
        image.spacing_x = image.spacing_y = image.spacing_z = 1.0;
        settings.discretisation = MEDFEAT_DISCRETISATION_NONE;
        settings.glcm_distance = 1;
    }
};

const SliceImage& slice() {
    static const SliceImage s;
    return s;
}

void check_parity() {
    const SliceImage& s = slice();
    std::vector<uint32_t> fast(4 * kLevels * kLevels);
    std::vector<double> general(kLevels * kLevels);
    if (medfeat_glcm_slice(s.grey.data(), kSide * kSide, kSide, kSide, kLevels, 1, fast.data(), fast.size()) != MEDFEAT_OK) std::abort();
    const int32_t offsets[4][2] = {{1, 0}, {1, 1}, {0, 1}, {-1, 1}};
    uint64_t checksum = 0;
    for (int a = 0; a < 4; ++a) {
        int32_t levels = 0;
        if (medfeat_glcm_matrix(&s.image, &s.settings, offsets[a][0], offsets[a][1], 0, general.data(), general.size(), &levels) !=
            MEDFEAT_OK) {
            std::abort();
        }
        for (size_t c = 0; c < general.size(); ++c) {
            if (static_cast<double>(fast[a * general.size() + c]) != general[c]) {
                std::fprintf(stderr, "parity failure: angle %d cell %zu fast %u general %g\n", a * 45, c, fast[a * general.size() + c], general[c]);
                std::abort();
            }
            checksum += (c + 1) * (static_cast<uint64_t>(a) + 1) * fast[a * general.size() + c];
        }
    }
    std::fprintf(stderr, "GLCM fast path == general path on the 512x512 slice; checksum %llu\n", static_cast<unsigned long long>(checksum));
}

void BM_GlcmSlice512_FastPath(benchmark::State& state) {
    const SliceImage& s = slice();
    std::vector<uint32_t> counts(4 * kLevels * kLevels);
    for (auto _ : state) {
        medfeat_glcm_slice(s.grey.data(), kSide * kSide, kSide, kSide, kLevels, 1, counts.data(), counts.size());
        benchmark::DoNotOptimize(counts.data());
    }
    state.SetItemsProcessed(state.iterations() * kSide * kSide);
}

void BM_GlcmSlice512_GeneralPath(benchmark::State& state) {
    const SliceImage& s = slice();
    std::vector<double> counts(kLevels * kLevels);
    const int32_t offsets[4][2] = {{1, 0}, {1, 1}, {0, 1}, {-1, 1}};
    int32_t levels = 0;
    for (auto _ : state) {
        for (const auto& o : offsets) medfeat_glcm_matrix(&s.image, &s.settings, o[0], o[1], 0, counts.data(), counts.size(), &levels);
        benchmark::DoNotOptimize(counts.data());
    }
    state.SetItemsProcessed(state.iterations() * kSide * kSide);
}

// ROI shapes of BM_ExtractFullFeatureSet: the whole cube, the inscribed ellipsoid (semi-axes n/2, 0.4 n, 0.3 n),
// or a dense random mask (each voxel in with probability 0.8: many zones, a large mesh, the worst case).
enum RoiShape { kCube = 0, kEllipsoid = 1, kRandom80 = 2 };

std::vector<uint8_t> roi_mask(int32_t n, int shape) {
    std::vector<uint8_t> mask(static_cast<size_t>(n) * n * n, 1);
    uint64_t lcg = 99;
    for (int32_t z = 0; z < n; ++z)
        for (int32_t y = 0; y < n; ++y)
            for (int32_t x = 0; x < n; ++x) {
                const size_t v = (static_cast<size_t>(z) * n + y) * n + x;
                if (shape == kEllipsoid) {
                    const double c = (n - 1) / 2.0, dx = (x - c) / (0.5 * n), dy = (y - c) / (0.4 * n), dz = (z - c) / (0.3 * n);
                    mask[v] = dx * dx + dy * dy + dz * dz <= 1.0;
                } else if (shape == kRandom80) {
                    lcg = lcg * 6364136223846793005ULL + 1442695040888963407ULL;
                    mask[v] = (lcg >> 33) % 10 < 8;
                }
            }
    return mask;
}

// Times medfeat_extract on the image (spacing 1 mm, fixed bin number 32, GLCM distance 1); items = voxels.
// With `workspace`, medfeat_extract_with and one workspace for all iterations (the batch path of the featurize job).
void run_extract(benchmark::State& state, const std::vector<float>& values, const std::vector<uint8_t>& mask,
                 int32_t nx, int32_t ny, int32_t nz, bool workspace) {
    medfeat_image image{};
    image.values = values.data();
    image.mask = mask.data();
    image.value_count = image.mask_count = static_cast<int64_t>(values.size());
    image.nx = nx;
    image.ny = ny;
    image.nz = nz;
    image.spacing_x = image.spacing_y = image.spacing_z = 1.0;
    medfeat_settings settings{};
    settings.discretisation = MEDFEAT_DISCRETISATION_FIXED_BIN_NUMBER;
    settings.bin_number = 32;
    settings.glcm_distance = 1;
    std::vector<double> out(static_cast<size_t>(medfeat_feature_count()));
    medfeat_workspace* memory = nullptr;
    if (workspace && medfeat_workspace_create(&memory) != MEDFEAT_OK) state.SkipWithError("no workspace");
    for (auto _ : state) {
        const medfeat_status status = workspace ? medfeat_extract_with(memory, &image, &settings, out.data(), out.size())
                                                : medfeat_extract(&image, &settings, out.data(), out.size());
        if (status != MEDFEAT_OK) state.SkipWithError("extract failed");
        benchmark::DoNotOptimize(out.data());
    }
    medfeat_workspace_free(memory);
    state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(values.size()));
}

// A cubic image of side n: smooth-ish intensities plus noise, ROI per shape (state.range(1), default the whole
// cube), fixed bin number 32.
void BM_ExtractFullFeatureSet(benchmark::State& state) {
    const int32_t n = static_cast<int32_t>(state.range(0));
    const int shape = state.range(1) >= 0 ? static_cast<int>(state.range(1)) : kCube;
    std::vector<float> values(static_cast<size_t>(n) * n * n);
    uint64_t lcg = 7 + static_cast<uint64_t>(state.thread_index());
    for (size_t i = 0; i < values.size(); ++i) {
        lcg = lcg * 6364136223846793005ULL + 1442695040888963407ULL;
        values[i] = static_cast<float>((i % n) + (i / n % n) + static_cast<double>(lcg >> 40) / (1 << 20));
    }
    std::vector<uint8_t> mask = roi_mask(n, shape);
    run_extract(state, values, mask, n, n, n, state.range(2) != 0);
}

// The full feature set on one 512 x 512 slice (nz = 1; the 2D case): same intensity model and ROI shapes
// as the cubes, the ellipsoid becoming the inscribed ellipse (semi-axes 256, 204.8) and spacing 1 mm.
void BM_ExtractFullFeatureSetSlice512(benchmark::State& state) {
    const int32_t n = 512;
    const int shape = static_cast<int>(state.range(0));
    std::vector<float> values(static_cast<size_t>(n) * n);
    std::vector<uint8_t> mask(values.size(), 1);
    uint64_t lcg = 7 + static_cast<uint64_t>(state.thread_index());
    for (size_t i = 0; i < values.size(); ++i) {
        lcg = lcg * 6364136223846793005ULL + 1442695040888963407ULL;
        values[i] = static_cast<float>((i % n) + (i / n) + static_cast<double>(lcg >> 40) / (1 << 20));
        const double c = (n - 1) / 2.0, dx = (static_cast<double>(i % n) - c) / (0.5 * n), dy = (static_cast<double>(i / n) - c) / (0.4 * n);
        if (shape == kEllipsoid) mask[i] = dx * dx + dy * dy <= 1.0;
        if (shape == kRandom80) mask[i] = (lcg >> 33) % 10 < 8;
    }
    run_extract(state, values, mask, n, n, 1, state.range(1) != 0);
}

}  // namespace

BENCHMARK(BM_GlcmSlice512_FastPath)->Threads(1)->Threads(2)->UseRealTime();
BENCHMARK(BM_GlcmSlice512_GeneralPath)->Threads(1)->Threads(2)->UseRealTime();
BENCHMARK(BM_ExtractFullFeatureSet)
    ->ArgNames({"side", "roi", "workspace"})
    ->ArgsProduct({{64}, {kCube, kEllipsoid, kRandom80}, {0, 1}})->Args({128, kCube, 0})->Args({128, kCube, 1})
    ->Threads(1)->Threads(2)->UseRealTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ExtractFullFeatureSetSlice512)
    ->ArgNames({"roi", "workspace"})->ArgsProduct({{kCube, kEllipsoid, kRandom80}, {0, 1}})
    ->Threads(1)->Threads(2)->UseRealTime()->Unit(benchmark::kMillisecond);

int main(int argc, char** argv) {
    check_parity();
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
