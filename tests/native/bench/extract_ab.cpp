// A/B driver for medfeat_extract, loading libraries by path (dlopen) so that two builds run in one process:
//   extract_ab LIB ROI CALLS [OUT [SIDE]]  CPU time (CLOCK_PROCESS_CPUTIME_ID) of CALLS medfeat_extract calls on the
//                                          benchmark image of bench_medfeat.cpp (SIDE^3, default 64; ROI 0 whole cube,
//                                          1 ellipsoid, 2 random 80 %); OUT ("-" for none) receives the outputs.
//                                          Under valgrind --tool=callgrind with CALLS = 1: instruction counts.
//   extract_ab LIB cmp LIB2 SEEDS          all outputs of two builds on SEEDS random images, masks, spacings and
//                                          settings, then on the three benchmark ROIs (64^3); exit status 1 if any
//                                          output differs by more than 1e-12 relative.
// With EXTRACT_AB_WORKSPACE=1 in the environment, LIB's calls go through medfeat_extract_with and one workspace
// kept for the whole run (the batch path), when LIB has it. EXTRACT_AB_EXACT_AUTOCORRELATION=1 sets
// MEDFEAT_AUTOCORRELATION_EXACT (Moran's I and Geary's C over all pairs, by FFT) for the timed calls.
// See docs/benchmarks-radiomics.md.
#include "medfeat.h"
#include <dlfcn.h>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <cmath>
#include <ctime>
#include <vector>
#include <string>
typedef medfeat_status (*extract_fn)(const medfeat_image*, const medfeat_settings*, double*, size_t);
typedef int32_t (*count_fn)(void);
typedef medfeat_status (*create_fn)(medfeat_workspace**);
typedef medfeat_status (*extract_with_fn)(medfeat_workspace*, const medfeat_image*, const medfeat_settings*, double*, size_t);
static extract_with_fn g_with; static medfeat_workspace* g_workspace;
static medfeat_status extract_in_workspace(const medfeat_image* i, const medfeat_settings* s, double* o, size_t n) {
  return g_with(g_workspace, i, s, o, n);
}
static extract_fn load(const char* p, count_fn* c, bool workspace = false) {
  void* h = dlopen(p, RTLD_NOW | RTLD_LOCAL);
  if (!h) { fprintf(stderr, "%s\n", dlerror()); exit(1); }
  *c = (count_fn)dlsym(h, "medfeat_feature_count");
  const char* env = getenv("EXTRACT_AB_WORKSPACE");
  create_fn create = (create_fn)dlsym(h, "medfeat_workspace_create");
  if (workspace && env && strcmp(env, "1") == 0 && create) {
    g_with = (extract_with_fn)dlsym(h, "medfeat_extract_with");
    if (create(&g_workspace)) exit(1);
    fprintf(stderr, "%s: one workspace for all calls\n", p);
    return extract_in_workspace;
  }
  return (extract_fn)dlsym(h, "medfeat_extract");
}
static double cpu() { timespec t; clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t); return t.tv_sec + 1e-9 * t.tv_nsec; }
struct Img { std::vector<float> v; std::vector<uint8_t> m; medfeat_image im{}; };
static void bench_image(Img& I, int n, int shape) {
  I.v.resize((size_t)n*n*n); uint64_t lcg = 7;
  for (size_t i = 0; i < I.v.size(); ++i) { lcg = lcg * 6364136223846793005ULL + 1442695040888963407ULL;
    I.v[i] = (float)((i % n) + (i / n % n) + (double)(lcg >> 40) / (1 << 20)); }
  I.m.assign(I.v.size(), 1); uint64_t l2 = 99;
  for (int z = 0; z < n; ++z) for (int y = 0; y < n; ++y) for (int x = 0; x < n; ++x) {
    size_t v = ((size_t)z * n + y) * n + x;
    if (shape == 1) { double c = (n - 1) / 2.0, dx = (x - c) / (0.5 * n), dy = (y - c) / (0.4 * n), dz = (z - c) / (0.3 * n);
      I.m[v] = dx*dx+dy*dy+dz*dz <= 1.0; }
    else if (shape == 2) { l2 = l2 * 6364136223846793005ULL + 1442695040888963407ULL; I.m[v] = (l2 >> 33) % 10 < 8; } }
  I.im.values = I.v.data(); I.im.mask = I.m.data(); I.im.value_count = I.im.mask_count = (int64_t)I.v.size();
  I.im.nx = I.im.ny = I.im.nz = n; I.im.spacing_x = I.im.spacing_y = I.im.spacing_z = 1.0;
}
int main(int argc, char** argv) {
  count_fn cnt; extract_fn ex = load(argv[1], &cnt, true);
  int nf = cnt();
  medfeat_settings s{}; s.discretisation = MEDFEAT_DISCRETISATION_FIXED_BIN_NUMBER; s.bin_number = 32; s.glcm_distance = 1;
  if (const char* e = getenv("EXTRACT_AB_EXACT_AUTOCORRELATION"); e && strcmp(e, "1") == 0) s.autocorrelation = MEDFEAT_AUTOCORRELATION_EXACT;
  if (strcmp(argv[2], "cmp") == 0) {
    count_fn c2; extract_fn ex2 = load(argv[3], &c2);
    int seeds = atoi(argv[4]); double worst = 0; int bad = 0, differing = 0, compared = 0, worst_k = -1;
    auto compare = [&](const std::vector<double>& a, const std::vector<double>& b, const char* what, int which) {
      for (int k = 0; k < nf; ++k) {
        ++compared;
        if ((std::isnan(a[k]) && std::isnan(b[k])) || a[k] == b[k]) continue;
        ++differing;
        double rel = std::fabs(a[k]-b[k]) / std::max(std::fabs(a[k]), std::fabs(b[k]));
        if (rel > worst) { worst = rel; worst_k = k; }
        if (rel > 1e-12 || std::isnan(a[k]) != std::isnan(b[k])) { if (bad < 100000) printf("%s %d feature %d: %.17g vs %.17g\n", what, which, k, a[k], b[k]); bad++; }
      }
    };
    for (int seed = 1; seed <= seeds; ++seed) {
      uint64_t r = seed * 0x9E3779B97F4A7C15ULL + 1;
      auto rnd = [&]() { r = r * 6364136223846793005ULL + 1442695040888963407ULL; return (uint32_t)(r >> 33); };
      int nx = 1 + rnd() % 24, ny = 1 + rnd() % 24, nz = 1 + rnd() % 12; if (seed % 5 == 0) nz = 1;
      Img I; size_t N = (size_t)nx*ny*nz; I.v.resize(N); I.m.resize(N);
      int dens = rnd() % 100; int lv = 1 + rnd() % 40;
      for (size_t i = 0; i < N; ++i) { I.v[i] = (float)(rnd() % (lv+1)) + ((seed%3)? 0.f : (float)(rnd()%1000)/1000.f) - ((seed%4==1)? (float)lv/2.f : 0.f); I.m[i] = (int)(rnd() % 100) < dens; }
      if (seed % 7 == 0) { std::fill(I.m.begin(), I.m.end(), 0); I.m[rnd() % N] = 1; if (N>1) I.m[rnd()%N]=1; }
      I.im.values = I.v.data(); I.im.mask = I.m.data(); I.im.value_count = I.im.mask_count = (int64_t)N;
      I.im.nx = nx; I.im.ny = ny; I.im.nz = nz;
      I.im.spacing_x = 0.5 + (rnd() % 20) / 10.0; I.im.spacing_y = (seed%2)? I.im.spacing_x : 0.5 + (rnd() % 20) / 10.0; I.im.spacing_z = 0.5 + (rnd() % 30) / 10.0;
      medfeat_settings ss = s; ss.bin_number = 1 + rnd() % 40; ss.glcm_distance = 1 + (seed % 4 == 0);
      if (seed % 6 == 0) { ss.discretisation = MEDFEAT_DISCRETISATION_FIXED_BIN_SIZE; ss.bin_size = 2.5; ss.bin_min = -1; }
      std::vector<double> a(nf), b(nf);
      int sa = ex(&I.im, &ss, a.data(), nf), sb = ex2(&I.im, &ss, b.data(), nf);
      if (sa != sb) { printf("seed %d status %d vs %d\n", seed, sa, sb); bad++; continue; }
      if (sa) continue;
      compare(a, b, "seed", seed);
    }
    // The three benchmark ROIs (64^3, 32 bins) too.
    for (int shape = 0; shape < 3; ++shape) {
      Img I; bench_image(I, 64, shape);
      std::vector<double> a(nf), b(nf);
      if (ex(&I.im, &s, a.data(), nf) || ex2(&I.im, &s, b.data(), nf)) { printf("shape %d failed\n", shape); bad++; continue; }
      compare(a, b, "shape", shape);
    }
    printf("compared %d seeds and 3 benchmark ROIs, %d outputs, %d not bit-identical, mismatches %d, worst rel %.3g"
           " (output %d)\n", seeds, compared, differing, bad, worst, worst_k);
    return bad != 0;
  }
  int shape = atoi(argv[2]), reps = atoi(argv[3]); int n = argc > 5 ? atoi(argv[5]) : 64;
  Img I; bench_image(I, n, shape);
  std::vector<double> out(nf);
  double best = 1e9, total = 0;
  for (int r = 0; r < reps; ++r) { double t0 = cpu(); if (ex(&I.im, &s, out.data(), nf)) return 2; double t = cpu() - t0; total += t; if (t < best) best = t; }
  printf("shape %d: %d calls, mean %.2f ms, min %.2f ms CPU\n", shape, reps, 1e3*total/reps, 1e3*best);
  if (argc > 4 && strcmp(argv[4], "-")) { FILE* f = fopen(argv[4], "w"); for (double d : out) fprintf(f, "%.17g\n", d); fclose(f); }
}
