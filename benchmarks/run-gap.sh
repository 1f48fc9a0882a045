#!/usr/bin/env bash
# GLPK through rotaplan's modelling layer on the OR-Library GAP sets, with HiGHS and CBC
# solving the very files rotaplan exports (MPS), side by side.
#
#   bash benchmarks/run-gap.sh [--install] [--time-limit S] [--config NAME]... [SET...]
#
# SET defaults to gapb gapc gapd; --config defaults to rotaplan-default and glpk-default
# (see `rotaplan-bench gap --help` for the list). --install installs highspy and
# coinor-cbc when missing. Writes benchmarks/results/gap-DATE.tsv (GLPK) and
# benchmarks/results/gap-external-DATE.tsv (HiGHS, CBC) and prints both.
set -euo pipefail
cd "$(dirname "$0")/.."
limit=60; install=""; sets=(); configs=()
while [ $# -gt 0 ]; do
    case "$1" in
        --install) install="--install" ;;
        --time-limit) limit="$2"; shift ;;
        --config) configs+=(--config "$2"); shift ;;
        *) sets+=("$1") ;;
    esac
    shift
done
[ ${#sets[@]} -gt 0 ] || sets=(gapb gapc gapd)
[ ${#configs[@]} -gt 0 ] || configs=(--config rotaplan-default --config glpk-default)
bash scripts/install-deps.sh
swift build -c release --product rotaplan-bench >&2
day=$(date +%Y-%m-%d)
export_dir=$(mktemp -d)
trap 'rm -rf "$export_dir"' EXIT
files=(); for s in "${sets[@]}"; do files+=("../shared/data/gap/$s.txt"); done
mkdir -p benchmarks/results
.build/release/rotaplan-bench gap "${files[@]}" "${configs[@]}" --time-limit "$limit" \
    --export "$export_dir" | tee "benchmarks/results/gap-$day.tsv"
python3 benchmarks/external_solvers.py $install --time-limit "$limit" "$export_dir"/*.mps \
    | tee "benchmarks/results/gap-external-$day.tsv"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -m)" >&2
