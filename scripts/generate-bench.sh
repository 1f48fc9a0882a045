#!/usr/bin/env bash
# Regenerates the benchmark suite instances/bench/ (every profile × tiny, small, medium,
# large, seed 1) byte-identically; see instances/bench/README.md and docs/generator.md.
#
#   scripts/generate-bench.sh           rewrite the files in instances/bench/
#   scripts/generate-bench.sh --check   generate into a temporary folder and compare:
#                                       exit 1 if any file differs from the committed one
#
# SCRATCH=path sets the build folder (default .build); ROTAPLAN=path uses a built binary.
set -euo pipefail
cd "$(dirname "$0")/.."

check=0
case "${1:-}" in
    --check) check=1 ;;
    "") ;;
    *) echo "usage: $0 [--check]" >&2; exit 64 ;;
esac

if [[ -z "${ROTAPLAN:-}" ]]; then
    scratch="${SCRATCH:-.build}"
    swift build -c release --scratch-path "$scratch" --product rotaplan >&2
    ROTAPLAN="$scratch/release/rotaplan"
fi

profiles=(luohe changsha zhengzhou qingdao nanchang)
sizes=(tiny small medium large)
seed=1

out=instances/bench
if [[ $check == 1 ]]; then
    out=$(mktemp -d)
    trap 'rm -rf "$out"' EXIT
fi
mkdir -p "$out"

status=0
for p in "${profiles[@]}"; do
    for s in "${sizes[@]}"; do
        f="$p-$s-s$seed.json"
        "$ROTAPLAN" generate --profile "$p" --size "$s" --seed "$seed" -o "$out/$f" --force
        if [[ $check == 1 ]]; then
            if cmp -s "$out/$f" "instances/bench/$f"; then
                echo "same: instances/bench/$f"
            else
                echo "DIFFERENT: instances/bench/$f" >&2
                status=1
            fi
        fi
    done
done
exit $status
