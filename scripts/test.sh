#!/usr/bin/env bash
# The README's second command (and what CI runs): installs what is missing, builds and
# runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
swift build --build-tests
swift test --skip-build
