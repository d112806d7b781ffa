#!/usr/bin/env bash
# MedSpark's one entry point on a machine of our kind (Debian + .NET SDK 10).
#   ./medspark.sh nightly --sample     generate a sample lake in ./lake (if absent) and run the nightly pipeline on it
#   ./medspark.sh test                 install test tools, build, run every test (native ctest + .NET)
#   ./medspark.sh <command> [args]     any other medspark command (sample, ingest, curate, ..., delta, parquet); --help lists them
# Each path installs what it needs first (apt packages, npm tools, the .NET restore; the .NET build runs CMake).
set -euo pipefail
cd "$(dirname "$0")"
REPO=$(pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { printf '\033[1;34m==>\033[0m %s\n' "$*" >&2; }

# Installs the Debian packages named, if any is missing. apt-get update runs only when something is missing.
apt_ensure() {
  local missing=()
  for p in "$@"; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing Debian packages: ${missing[*]}"
  local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

build() {
  apt_ensure cmake g++ make
  log "building MedSpark (Release; CMake builds the native library)"
  dotnet build MedSpark.sln -c Release -nologo -v quiet -clp:ErrorsOnly -clp:NoSummary
}

medspark() { dotnet "$REPO/jobs/MedSpark.Jobs/bin/Release/net10.0/medspark.dll" "$@"; }

case "${1:-}" in
  test)
    shift
    # Reference tools the tests cross-check against, and the native test toolchain.
    apt_ensure cmake g++ make libgtest-dev liblinear-tools python3-sklearn python3-skimage python3-nibabel python3-lz4
    # Node.js may come from elsewhere than Debian (with its own npm): install Debian's only when absent.
    command -v node >/dev/null && command -v npm >/dev/null || apt_ensure nodejs npm
    log "installing DuckDB (npm) for interoperability tests"
    (cd tests/tools/duckdb && npm install --no-audit --no-fund --no-package-lock --loglevel=error >/dev/null)
    log "installing Azurite (npm) for Azure Blob lake tests"
    (cd tests/tools/azurite && npm install --no-audit --no-fund --no-package-lock --loglevel=error >/dev/null)
    build
    exec bash tests/run-all.sh "$@"
    ;;
  ""|-h|--help)
    build >/dev/null
    medspark --help
    ;;
  *)
    build
    medspark "$@"
    ;;
esac
