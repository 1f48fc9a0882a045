#!/usr/bin/env bash
# Proofs side by side (issue 20): rotaplan (release build, default formulation and options)
# and HiGHS (one thread, on rotaplan's exported plain model) solve the same instance at the
# same time, one per core, once each up to the largest limit; the table gives the time to
# proof, plan and bound at every limit (read off each solver's timeline) and the ratio
# rotaplan / HiGHS of the times to proof. Every rotaplan plan is checked with `rotaplan check`.
#
#   bash benchmarks/run-proofs.sh [--limits 30,120,600] [--problems exchange,walking]
#        [--files FILE...] [--install] [--scratch DIR]
#
# --files defaults to the conformance examples (../shared/spec/examples/{tiny-luohe,
# small-zhengdong,small-changsha}.json) and instances/bench/*-{small,medium,large}-s1.json;
# it takes every argument up to the next option. --install installs highspy when missing.
# Writes benchmarks/results/proofs-DATE.tsv (raw rows, benchmarks/proofs_table.py says the
# columns) and proofs-DATE.md (the table for benchmarks/README.md, also printed), with the
# command, machine, date and load average.
set -euo pipefail
cd "$(dirname "$0")/.."
limits="30,120,600"; problems="exchange,walking"; install=""; files=(); scratch=".build"; files_given=""
while [ $# -gt 0 ]; do
    case "$1" in
        --limits) limits="$2"; shift ;;
        --problems) problems="$2"; shift ;;
        --install) install="--install" ;;
        --scratch) scratch="$2"; shift ;;
        --files) shift; files_given=1
            while [ $# -gt 0 ] && [ "${1#--}" = "$1" ]; do files+=("$1"); shift; done
            continue ;;
        -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
        *) echo "run-proofs.sh: unknown argument $1 (see --help)" >&2; exit 64 ;;
    esac
    shift
done
if [ ${#files[@]} -eq 0 ]; then
    examples=../shared/spec/examples
    [ -d "$examples" ] || examples=/work/shared/spec/examples
    for f in tiny-luohe small-zhengdong small-changsha; do files+=("$examples/$f.json"); done
    for size in small medium large; do files+=(instances/bench/*-$size-s1.json); done
fi
for f in "${files[@]}"; do [ -f "$f" ] || { echo "run-proofs.sh: no such file $f" >&2; exit 66; }; done
if [ -n "$install" ]; then python3 -c "import highspy" 2>/dev/null || python3 -m pip install -q highspy; fi
swift build -c release --product rotaplan --scratch-path "$scratch" >&2
rotaplan="$scratch/release/rotaplan"
day=$(date -u +%Y-%m-%d)
mkdir -p benchmarks/results
tsv="benchmarks/results/proofs-$day.tsv"; md="benchmarks/results/proofs-$day.md"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
started=$(date -u +%Y-%m-%dT%H:%MZ)
python3 benchmarks/proofs_table.py run --rotaplan "$rotaplan" --limits "$limits" --problems "$problems" \
    --tsv "$tsv" $install "${files[@]}"
highs=$(python3 -c "import importlib.metadata as m; print(m.version('highspy'))" 2>/dev/null || echo "not installed")
machine="$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), \
$(free -g | awk '/Mem:/{print $2}') GiB, $(uname -m), GLPK $(glpsol --version 2>/dev/null | head -1 | awk '{print $NF}'), \
HiGHS $highs; $started to $(date -u +%H:%MZ); load average before $load_before, after $(cut -d' ' -f1-3 /proc/loadavg); \
commit $(git rev-parse --short HEAD)"
args="--limits $limits --problems $problems"
[ -n "$files_given" ] && args="$args --files ${files[*]}"
python3 benchmarks/proofs_table.py table "$tsv" --command "bash benchmarks/run-proofs.sh $args" \
    --machine "$machine" | tee "$md"
