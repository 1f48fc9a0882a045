#!/usr/bin/env bash
# Installs what rotaplan needs on Debian/Ubuntu when it is missing:
#   libglpk-dev     GLPK's header and library (required to build)
#   zlib1g-dev      zlib's header and library (required to build: the Excel reader inflates with it)
#   glpk-utils      glpsol, used by the tests to read exported LP/MPS files back (optional)
#   chromium        headless browser: the tests render the plan report to PNG and fail on
#                   console errors or network requests (scripts/render-report.sh;
#                   ROTAPLAN_SKIP_BROWSER=1 skips them). Any of chromium, chromium-browser
#                   or google-chrome on the PATH will do.
#   fonts-noto-cjk  Chinese glyphs for those screenshots (without them the text is boxes)
#   chromium-driver, python3-pip, then selenium and pytest from PyPI: the workbench's
#                   browser tests (Tests/browser, run by scripts/test.sh; ROTAPLAN_SKIP_BROWSER=1
#                   skips them and these installs). Selenium drives /usr/bin/chromium through
#                   /usr/bin/chromedriver: no browser build is downloaded.
# Idempotent: does nothing when everything is present.
set -euo pipefail

need=()
[ -f /usr/include/glpk.h ] || need+=(libglpk-dev)
[ -f /usr/include/zlib.h ] || need+=(zlib1g-dev)
command -v glpsol >/dev/null 2>&1 || need+=(glpk-utils)
browser=""
for b in chromium chromium-browser google-chrome; do
    if command -v "$b" >/dev/null 2>&1; then browser=$b; break; fi
done
[ -n "$browser" ] || need+=(chromium)
if ! command -v fc-list >/dev/null 2>&1 || [ -z "$(fc-list :lang=zh 2>/dev/null | head -1)" ]; then
    need+=(fonts-noto-cjk)
fi
browser_tests=1
[ "${ROTAPLAN_SKIP_BROWSER:-}" = "1" ] && browser_tests=0
if [ $browser_tests -eq 1 ]; then
    command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
    command -v python3 >/dev/null 2>&1 || need+=(python3)
    python3 -m pip --version >/dev/null 2>&1 || need+=(python3-pip)
fi
# Selenium and pytest from PyPI, once the apt packages are there (Debian's own Python
# refuses a system-wide pip install without --break-system-packages: PEP 668).
python_packages() {
    [ $browser_tests -eq 1 ] || return 0
    python3 -c 'import selenium, pytest' 2>/dev/null && return 0
    echo "Installing selenium and pytest with pip…" >&2
    python3 -m pip install --quiet --disable-pip-version-check selenium pytest 2>/dev/null ||
        python3 -m pip install --quiet --disable-pip-version-check --break-system-packages selenium pytest
}
if [ ${#need[@]} -eq 0 ]; then python_packages; exit 0; fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "rotaplan needs ${need[*]}; install them with your package manager (macOS: brew install glpk; brew install --cask chromium; zlib comes with the SDK)." >&2
    [ -f /usr/include/glpk.h ] || [ -f /opt/homebrew/include/glpk.h ] || [ -f /usr/local/include/glpk.h ] || exit 1
    exit 0
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing ${need[*]} with apt-get…" >&2
$sudo apt-get update -qq >/dev/null
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
python_packages
