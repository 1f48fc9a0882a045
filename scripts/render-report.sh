#!/usr/bin/env bash
# Renders a report page to PNG with headless Chromium, and fails when the page is not
# self-contained or not clean:
#   - any console message (CSP violations such as a blocked <img src="https://…">,
#     script errors, console.error/log: a report has no scripts, so any message is a bug);
#   - any request the page itself starts over the network (read from Chromium's NetLog:
#     requests whose network isolation key is the file:// page; the browser's own
#     background traffic has another key and is ignored). Host names resolve to nothing,
#     so no request leaves the machine either way;
#   - no PNG, or an empty one.
#
# usage: scripts/render-report.sh REPORT.html OUT.png [WIDTH [HEIGHT]]
#   WIDTH × HEIGHT is the window (default 1100 × 1600; 390 wide is a phone); the PNG is
#   the top WIDTH × HEIGHT of the page.
# env: CHROMIUM  the browser binary (default: the first of chromium, chromium-browser,
#       google-chrome on the PATH, then Chromium or Google Chrome in /Applications)
# exit: 0 rendered and clean; 1 the page failed a check (reasons on stderr); 2 usage or
#       no browser (run scripts/install-deps.sh).
set -uo pipefail

if [ $# -lt 2 ] || [ $# -gt 4 ]; then
    echo "usage: $0 REPORT.html OUT.png [WIDTH [HEIGHT]]" >&2
    exit 2
fi
file=$1 out=$2 width=${3:-1100} height=${4:-1600}
if [ ! -f "$file" ]; then
    echo "$0: no such file: $file" >&2
    exit 2
fi

browser=${CHROMIUM:-}
if [ -z "$browser" ]; then
    for b in chromium chromium-browser google-chrome \
        "/Applications/Chromium.app/Contents/MacOS/Chromium" \
        "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"; do
        if command -v "$b" >/dev/null 2>&1; then browser=$b; break; fi
    done
fi
if [ -z "$browser" ] || ! command -v "$browser" >/dev/null 2>&1; then
    echo "$0: no headless browser found (chromium); run scripts/install-deps.sh" >&2
    exit 2
fi

abs=$(cd "$(dirname "$file")" && pwd)/$(basename "$file")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rm -f "$out"

# A fresh profile per run (parallel runs must not share one), no background traffic,
# every host name unresolvable.
timeout 120 "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --user-data-dir="$work/profile" --no-first-run --no-default-browser-check \
    --disable-background-networking --disable-component-update --disable-sync --disable-default-apps \
    --disable-extensions --disable-breakpad --no-pings \
    --host-resolver-rules="MAP * ~NOTFOUND" \
    --enable-logging=stderr --v=0 --log-net-log="$work/net.json" \
    --window-size="$width,$height" --screenshot="$out" \
    "file://$abs" >"$work/stdout" 2>"$work/stderr"
status=$?

failed=0
if [ $status -ne 0 ]; then
    echo "$0: $browser exited with status $status" >&2
    tail -20 "$work/stderr" >&2
    failed=1
fi
if grep -E 'CONSOLE[:(]' "$work/stderr" >"$work/console"; then
    echo "$0: the page logged to the console:" >&2
    sed 's/^[^]]*] /  /' "$work/console" >&2
    failed=1
fi
if [ -f "$work/net.json" ] && grep '"network_isolation_key":"file://' "$work/net.json" \
    | grep -o '"url":"[^"]*"' | sort -u >"$work/requests" && [ -s "$work/requests" ]; then
    echo "$0: the page requested something over the network:" >&2
    sed 's/^"url":/  /' "$work/requests" >&2
    failed=1
fi
if [ ! -s "$out" ]; then
    echo "$0: no screenshot written to $out" >&2
    failed=1
fi
exit $failed
