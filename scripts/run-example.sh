#!/usr/bin/env bash
# The README's first command: installs what is missing, builds rotaplan in release mode
# and runs it on a bundled example.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
swift build -c release --product rotaplan
.build/release/rotaplan --version
