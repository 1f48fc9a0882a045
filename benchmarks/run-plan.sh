#!/usr/bin/env bash
# The yearly plan (rotaplan plan: exchange → training → walking) on the bundled instances
# and bench files, optimiser beside the greedy baseline (`--solver greedy`), in one run:
# wall seconds, peak memory, status, each stage's objective and the total, and how much
# lower the optimiser's total is. Every plan is re-checked by `rotaplan check`.
#
#   bash benchmarks/run-plan.sh [--time-limit S] [--scratch DIR] [FILE...]
#
# FILE defaults to instances/*.json. Writes benchmarks/results/plan-DATE.tsv and
# plan-DATE.md (also printed), with the machine and the command.
set -euo pipefail
cd "$(dirname "$0")/.."
limit=60; files=(); scratch=".build"
while [ $# -gt 0 ]; do
    case "$1" in
        --time-limit) limit="$2"; shift ;;
        --scratch) scratch="$2"; shift ;;
        *) files+=("$1") ;;
    esac
    shift
done
[ ${#files[@]} -gt 0 ] || files=(instances/*.json)
bash scripts/install-deps.sh
swift build -c release --product rotaplan --scratch-path "$scratch" >&2
bin="$scratch/release/rotaplan"
day=$(date +%Y-%m-%d)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p benchmarks/results
tsv="benchmarks/results/plan-$day.tsv"
printf 'instance\tsolver\twall_s\tpeak_mib\texit\tstatus\texchange\ttraining\twalking\ttotal\tgap\tcheck\n' > "$tsv"
for f in "${files[@]}"; do
    name=$(basename "$f" .json)
    for solver in glpk greedy; do
        out="$work/$name.$solver.json"
        set +e
        /usr/bin/time -f "%e %M" -o "$work/time" "$bin" plan "$f" --solver "$solver" --time-limit "$limit" -o "$out" --quiet 2> "$work/err"
        code=$?
        set -e
        read -r wall kb < <(tail -1 "$work/time")
        check="-"
        [ -f "$out" ] && { "$bin" check "$f" "$out" --quiet >/dev/null 2>&1 && check=ok || check=FAILED; }
        python3 - "$out" "$name" "$solver" "$wall" "$kb" "$code" "$check" >> "$tsv" <<'PY'
import json, os, sys
out, name, solver, wall, kb, code, check = sys.argv[1:]
d = json.load(open(out)) if os.path.exists(out) else {}
st = d.get("stages", {})
def num(x): return "-" if x is None else f"{x:.6f}"
row = [name, solver, wall, f"{int(kb) / 1024:.0f}", code, d.get("status", "none")]
row += [num(st.get(k, {}).get("objective")) for k in ("exchange", "training", "walking")]
row += [num(d.get("objective")), "-" if d.get("gap") is None else f"{d['gap']:.2e}", check]
print("\t".join(row))
PY
    done
done
machine="$(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -m), $(date -u +%Y-%m-%dT%H:%MZ), load $(cut -d' ' -f1 /proc/loadavg)"
python3 - "$tsv" "bash benchmarks/run-plan.sh --time-limit $limit" "$machine" <<'PY' | tee "benchmarks/results/plan-$day.md"
import csv, sys
path, command, machine = sys.argv[1:]
rows = list(csv.DictReader(open(path), delimiter="\t"))
print(f"`{command}` — {machine}\n")
print("| instance | optimiser: s, MiB | status | exchange | training | walking | total (gap) | greedy total | lower by | check |")
print("|---|---|---|---|---|---|---|---|---|---|")
by = {}
for r in rows: by.setdefault(r["instance"], {})[r["solver"]] = r
for name, r in by.items():
    g, h = r.get("glpk"), r.get("greedy")
    def f(x): return "-" if x in (None, "-") else f"{float(x):.3f}"
    gap = "" if g["gap"] in ("-", "0.00e+00") else f" ({float(g['gap']) * 100:.2g}%)"
    better = "-"
    if g["total"] != "-" and h and h["total"] != "-" and float(h["total"]) != 0:
        better = f"{(float(h['total']) - float(g['total'])) / abs(float(h['total'])) * 100:.1f}%"
    print(f"| {name} | {g['wall_s']}, {g['peak_mib']} | {g['status']} | {f(g['exchange'])} | {f(g['training'])} | {f(g['walking'])} "
          f"| {f(g['total'])}{gap} | {f(h['total']) if h else '-'} | {better} | {g['check']}/{h['check'] if h else '-'} |")
PY
