#!/bin/sh
# Builds medfeat and its native tests with -fsanitize=address,undefined and runs them with CTest. The hot loops are
# compiled for the baseline ISA only (MEDFEAT_BASELINE_ONLY), so these runs test the versions the CPU dispatch of the
# Release build does not pick on an AVX2/AVX-512 machine.
# Usage: tests/native/run_sanitized.sh [build-dir]   (default: udfs/native/medfeat/build/asan)
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-"$root/udfs/native/medfeat/build/asan"}
cmake -S "$root/udfs/native/medfeat" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DMEDFEAT_BUILD_TESTS=ON -DMEDFEAT_SANITIZE=ON -DMEDFEAT_BASELINE_ONLY=ON >/dev/null
cmake --build "$build" -j 2
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir "$build" --output-on-failure
