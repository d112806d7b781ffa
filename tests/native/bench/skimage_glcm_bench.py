#!/usr/bin/python3
"""GLCM on a 512 x 512 slice, 32 grey levels, distance 1, 4 angles, symmetric: scikit-image graycomatrix and
medfeat_glcm_slice (through ctypes) on the same image in the same process, after checking they give equal counts.

    /usr/bin/python3 tests/native/bench/skimage_glcm_bench.py [path/to/libmedfeat.so] [--threads]

Use Debian's /usr/bin/python3 with python3-skimage (0.19.3). The slice comes from the same 64-bit LCG as
bench_medfeat.cpp, so both benchmarks count the same pairs. --threads also times 2 threads each doing whole
slices (medfeat releases the GIL through ctypes; graycomatrix's Cython loop does not).
"""
import ctypes
import os
import sys
import threading
import time

import numpy as np
import skimage
from skimage.feature import graycomatrix

SIDE, LEVELS = 512, 32
ANGLES = [0, np.pi / 4, np.pi / 2, 3 * np.pi / 4]


def lcg_slice():
    state, out, mask = 20261121, np.empty(SIDE * SIDE, np.uint8), (1 << 64) - 1
    for i in range(SIDE * SIDE):
        state = (state * 6364136223846793005 + 1442695040888963407) & mask
        out[i] = (state >> 33) % LEVELS
    return out.reshape(SIDE, SIDE)  # row = y, column = x: x fastest, as medfeat


def best_of(fn, repeats=7, number=20, clock=time.thread_time):
    """Best mean time per call; the default clock is this thread's CPU time, robust to a loaded machine."""
    times = []
    for _ in range(repeats):
        t = clock()
        for _ in range(number):
            fn()
        times.append((clock() - t) / number)
    return min(times)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default = os.path.join(here, "..", "..", "..", "udfs", "native", "medfeat", "build", "Release", "libmedfeat.so")
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    lib = ctypes.CDLL(args[0] if args else default)
    lib.medfeat_glcm_slice.restype = ctypes.c_int
    lib.medfeat_glcm_slice.argtypes = [ctypes.c_void_p, ctypes.c_int64, ctypes.c_int32, ctypes.c_int32, ctypes.c_int32,
                                       ctypes.c_int32, ctypes.c_void_p, ctypes.c_size_t]
    image = np.ascontiguousarray(lcg_slice())
    counts = np.zeros((4, LEVELS, LEVELS), np.uint32)

    def ours(out=counts):
        status = lib.medfeat_glcm_slice(image.ctypes.data, image.size, SIDE, SIDE, LEVELS, 1, out.ctypes.data, out.size)
        assert status == 0, status

    def theirs():
        return graycomatrix(image, [1], ANGLES, levels=LEVELS, symmetric=True)

    ours()
    reference = theirs()
    for a in range(4):
        assert np.array_equal(counts[a], reference[:, :, 0, a]), f"angle {a}: medfeat differs from graycomatrix"
    checksum = sum((c + 1) * (a + 1) * int(v) for a in range(4) for c, v in enumerate(counts[a].ravel()))
    print(f"scikit-image {skimage.__version__}, numpy {np.__version__}: equal GLCM counts on all 4 angles (checksum {checksum})")
    for clock_name, clock in (("CPU", time.thread_time), ("wall", time.perf_counter)):
        t_sk, t_mf = best_of(theirs, number=5, clock=clock), best_of(ours, number=50, clock=clock)
        print(f"{clock_name:>4} skimage graycomatrix : {t_sk * 1e3:8.3f} ms/slice")
        print(f"{clock_name:>4} medfeat glcm_slice   : {t_mf * 1e3:8.3f} ms/slice  ({t_sk / t_mf:.1f}x)")
    if "--threads" in sys.argv:
        for name, fn, number in (("medfeat", ours, 400), ("skimage", theirs, 40)):
            def work(fn=fn, number=number):
                buffer = np.zeros_like(counts)
                for _ in range(number):
                    fn(buffer) if fn is ours else fn()
            for threads in (1, 2):
                pool = [threading.Thread(target=work) for _ in range(threads)]
                t = time.perf_counter()
                for p in pool:
                    p.start()
                for p in pool:
                    p.join()
                elapsed = time.perf_counter() - t
                print(f"{name} {threads} thread(s): {threads * number / elapsed:9.1f} slices/s")


if __name__ == "__main__":
    main()
