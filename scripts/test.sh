#!/usr/bin/env bash
# The README's second command (and what CI runs): installs what is missing, builds and
# runs the whole test suite, then the workbench's browser tests (Tests/browser: headless
# chromium over `rotaplan serve`; screenshots in .build/browser-artifacts/;
# ROTAPLAN_SKIP_BROWSER=1 skips them).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
swift build --build-tests
swift test --skip-build
if [ "${ROTAPLAN_SKIP_BROWSER:-}" != "1" ]; then
    PYTHONDONTWRITEBYTECODE=1 python3 -m pytest -q -p no:cacheprovider Tests/browser
fi
