#!/usr/bin/env bash
# rotaplan's optimiser (every formulation) and greedy baseline on the bench suite, with
# HiGHS and CBC solving the single model rotaplan exports (MPS), in one run, one table.
#
#   bash benchmarks/run-models.sh PROBLEM [--install] [--time-limit S] [--scratch DIR] [FILE...]
#
# PROBLEM is exchange, training or walking. FILE defaults to instances/bench/*-{tiny,small,
# medium,large}-s1.json. --install installs highspy and coinor-cbc when missing. Writes
# benchmarks/results/PROBLEM-DATE.tsv (rotaplan), PROBLEM-external-DATE.tsv (HiGHS, CBC)
# and PROBLEM-DATE.md (the joined table, also printed), with the machine and the command.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || { echo "usage: $0 PROBLEM [--install] [--time-limit S] [FILE...]" >&2; exit 64; }
problem="$1"; shift
limit=120; install=""; files=(); scratch=".build"
while [ $# -gt 0 ]; do
    case "$1" in
        --install) install="--install" ;;
        --time-limit) limit="$2"; shift ;;
        --scratch) scratch="$2"; shift ;;
        *) files+=("$1") ;;
    esac
    shift
done
if [ ${#files[@]} -eq 0 ]; then
    for size in tiny small medium large; do files+=(instances/bench/*-$size-s1.json); done
fi
bash scripts/install-deps.sh
swift build -c release --product rotaplan-bench --scratch-path "$scratch" >&2
day=$(date +%Y-%m-%d)
export_dir=$(mktemp -d)
trap 'rm -rf "$export_dir"' EXIT
mkdir -p benchmarks/results
own="benchmarks/results/$problem-$day.tsv"; ext="benchmarks/results/$problem-external-$day.tsv"
"$scratch/release/rotaplan-bench" models --problem "$problem" --time-limit "$limit" --export "$export_dir" "${files[@]}" | tee "$own" >&2
python3 benchmarks/external_solvers.py $install --time-limit "$limit" "$export_dir"/*.mps | tee "$ext" >&2
machine="$(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -m), $(date -u +%Y-%m-%dT%H:%MZ)"
python3 benchmarks/models_table.py "$own" "$ext" --command "bash benchmarks/run-models.sh $problem --time-limit $limit" \
    --machine "$machine" | tee "benchmarks/results/$problem-$day.md"
