#!/usr/bin/env bash
# Build, load and solve time of generated models of 10^3 … 10^6 nonzeros.
#
#   bash benchmarks/run-scaling.sh [--install]
#
# Solves up to 10^5 nonzeros with GLPK (10^6 is built and loaded only: GLPK's simplex
# needs far longer than the benchmark budget there), then solves the exported MPS of the
# same models with HiGHS and CBC. Writes benchmarks/results/scaling-DATE.tsv.
set -euo pipefail
cd "$(dirname "$0")/.."
install=""; [ "${1:-}" = "--install" ] && install="--install"
bash scripts/install-deps.sh
swift build -c release --product rotaplan-bench >&2
day=$(date +%Y-%m-%d)
export_dir=$(mktemp -d)
trap 'rm -rf "$export_dir"' EXIT
mkdir -p benchmarks/results
.build/release/rotaplan-bench scaling --nonzeros 1000 10000 100000 1000000 --solve-up-to 100000 \
    --export "$export_dir" | tee "benchmarks/results/scaling-$day.tsv"
python3 benchmarks/external_solvers.py $install --time-limit 300 \
    "$export_dir"/semi-assignment-{1000,10000,100000}.mps | tee "benchmarks/results/scaling-external-$day.tsv"
