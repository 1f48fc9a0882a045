#!/usr/bin/env bash
# Installs what rotaplan needs on Debian/Ubuntu when it is missing:
#   libglpk-dev  GLPK's header and library (required to build)
#   glpk-utils   glpsol, used by the tests to read exported LP/MPS files back (optional)
# Idempotent: does nothing when both are present.
set -euo pipefail

need=()
[ -f /usr/include/glpk.h ] || need+=(libglpk-dev)
command -v glpsol >/dev/null 2>&1 || need+=(glpk-utils)
[ ${#need[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
    echo "rotaplan needs GLPK (${need[*]}); install it with your package manager (macOS: brew install glpk)." >&2
    [ -f /usr/include/glpk.h ] || [ -f /opt/homebrew/include/glpk.h ] || [ -f /usr/local/include/glpk.h ] || exit 1
    exit 0
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing ${need[*]} with apt-get…" >&2
$sudo apt-get update -qq >/dev/null
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
