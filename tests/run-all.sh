#!/usr/bin/env bash
# Runs every test after ./medspark.sh test has installed the tools and built the solution:
# the native library's CTest suite (also under AddressSanitizer + UndefinedBehaviorSanitizer), then the .NET tests.
# Ends with one line "Tests: N passed, N failed" that sums both; exits non-zero if anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
passed=0; failed=0; status=0

run_ctest() { # $1 = build dir, $2 = extra cmake args
  local dir=$1; shift
  cmake -S udfs/native/medfeat -B "$dir" -DMEDFEAT_BUILD_TESTS=ON "$@" >/dev/null || return 1
  cmake --build "$dir" -j 2 >/dev/null || { cmake --build "$dir" 2>&1 | tail -30; return 1; }
  local out; out=$(cd "$dir" && ctest --output-on-failure 2>&1); local rc=$?
  echo "$out" | tail -15
  local total fail
  total=$(echo "$out" | sed -n 's/.*tests failed out of \([0-9]*\).*/\1/p' | tail -1)
  fail=$(echo "$out" | sed -n 's/.*, \([0-9]*\) tests failed out of.*/\1/p' | tail -1)
  passed=$((passed + ${total:-0} - ${fail:-0})); failed=$((failed + ${fail:-0}))
  return $rc
}

if [ -d tests/native ]; then
  echo "== native tests (Release)"
  run_ctest udfs/native/medfeat/build/tests-release -DCMAKE_BUILD_TYPE=Release || status=1
  echo "== native tests (ASan + UBSan, baseline ISA only: the versions the Release dispatch skips here)"
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    run_ctest udfs/native/medfeat/build/tests-sanitize -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMEDFEAT_SANITIZE=ON \
      -DMEDFEAT_BASELINE_ONLY=ON || status=1
fi

echo "== .NET tests"
results=$(mktemp -d)
dotnet test MedSpark.sln -c Release --no-build --logger "trx;LogFileName=results.trx" --results-directory "$results" "$@"
[ $? -eq 0 ] || status=1
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  p=$(grep -o '<Counters [^>]*' "$trx" | sed -n 's/.* passed="\([0-9]*\)".*/\1/p')
  f=$(grep -o '<Counters [^>]*' "$trx" | sed -n 's/.* failed="\([0-9]*\)".*/\1/p')
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
[ "$failed" -eq 0 ] || status=1
echo "Tests: $passed passed, $failed failed"
exit $status
