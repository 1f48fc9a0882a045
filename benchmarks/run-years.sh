#!/usr/bin/env bash
# Year to year (MODEL.md §11, §13) on the bundled instances and bench files: the time of
# `rotaplan rollover` (from a checked plan of the year) and of `rotaplan horizon --years H`
# (plan, check, roll over, H times), with the optimiser and with the greedy baseline side by
# side, and what the horizon found: years planned, years without an exchange plan,
# teachers rotated and the share of those ever eligible. Files without "year" get
# "year": 2025 in a scratch copy.
#
#   bash benchmarks/run-years.sh [--years H] [--time-limit S] [--scratch DIR] [FILE...]
#
# FILE defaults to instances/*.json and instances/bench/*-large-s1.json. --time-limit is
# each year's plan's (as `horizon` applies it). Writes benchmarks/results/years-DATE.tsv
# and years-DATE.md (also printed), with the machine and the command.
set -euo pipefail
cd "$(dirname "$0")/.."
years=6; limit=60; files=(); scratch=".build"
while [ $# -gt 0 ]; do
    case "$1" in
        --years) years="$2"; shift ;;
        --time-limit) limit="$2"; shift ;;
        --scratch) scratch="$2"; shift ;;
        *) files+=("$1") ;;
    esac
    shift
done
[ ${#files[@]} -gt 0 ] || files=(instances/*.json instances/bench/*-large-s1.json)
bash scripts/install-deps.sh
swift build -c release --product rotaplan --scratch-path "$scratch" >&2
bin="$scratch/release/rotaplan"
day=$(date +%Y-%m-%d)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p benchmarks/results
tsv="benchmarks/results/years-$day.tsv"
printf 'instance\tteachers\tsolver\tplan_s\trollover_s\trollover_mib\thorizon_s\thorizon_mib\thorizon_exit\tyears\tno_exchange_years\trotated\tshare_rotated\n' > "$tsv"
for f in "${files[@]}"; do
    name=$(basename "$f" .json)
    input="$work/$name.json"
    python3 - "$f" "$input" <<'PY'
import json, sys
src, dst = sys.argv[1:]
text = open(src, encoding="utf-8-sig").read()
d = json.loads(text)
if "year" not in d:
    i = text.index('"name"'); j = text.index("\n", i)
    text = text[:j + 1] + ' "year": 2025,\n' + text[j + 1:] if text[j - 1] == "," else text.replace('"name"', '"year": 2025, "name"', 1)
open(dst, "w", encoding="utf-8").write(text)
PY
    teachers=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['teachers']))" "$input")
    for solver in glpk greedy; do
        plan="$work/$name.$solver.plan.json"
        /usr/bin/time -f "%e %M" -o "$work/time" "$bin" plan "$input" --solver "$solver" --time-limit "$limit" -o "$plan" --quiet 2>/dev/null || true
        read -r plan_s _ < <(tail -1 "$work/time")
        r_s="-"; r_mib="-"
        if [ -f "$plan" ]; then
            set +e
            /usr/bin/time -f "%e %M" -o "$work/time" "$bin" rollover "$input" "$plan" -o "$work/$name.$solver.next.json" --force --quiet 2>/dev/null
            rc=$?
            set -e
            read -r r_s r_kb < <(tail -1 "$work/time")
            r_mib=$(( r_kb / 1024 )); [ $rc -eq 0 ] || r_s="exit $rc"
        fi
        out="$work/$name.$solver.years"; rm -rf "$out" "$out.report"
        set +e
        /usr/bin/time -f "%e %M" -o "$work/time" "$bin" horizon "$input" --years "$years" --solver "$solver" --time-limit "$limit" \
            -o "$out" --report "$out.report" --lang en --no-timing --quiet 2>/dev/null
        code=$?
        set -e
        read -r h_s h_kb < <(tail -1 "$work/time")
        python3 - "$out.report/horizon.csv" "$name" "$teachers" "$solver" "$plan_s" "$r_s" "$r_mib" "$h_s" "$h_kb" "$code" >> "$tsv" <<'PY'
import csv, os, sys
path, name, teachers, solver, plan_s, r_s, r_mib, h_s, h_kb, code = sys.argv[1:]
rows = list(csv.DictReader(open(path, encoding="utf-8-sig"))) if os.path.exists(path) else []
last = rows[-1] if rows else {}
no_exchange = sum(1 for r in rows if "Exchange" in r.get("stages without a plan", ""))
share = last.get("share rotated", "")
print("\t".join([name, teachers, solver, plan_s, r_s, r_mib, h_s, str(int(h_kb) // 1024), code, str(len(rows)), str(no_exchange),
                 last.get("rotated so far", "-"), f"{float(share) * 100:.1f}%" if share else "-"]))
PY
    done
done
machine="$(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -m), $(date -u +%Y-%m-%dT%H:%MZ), load $(cut -d' ' -f1 /proc/loadavg)"
python3 - "$tsv" "bash benchmarks/run-years.sh --years $years --time-limit $limit" "$machine" <<'PY' | tee "benchmarks/results/years-$day.md"
import csv, sys
path, command, machine = sys.argv[1:]
rows = list(csv.DictReader(open(path), delimiter="\t"))
print(f"`{command}` — {machine}\n")
print("| instance | teachers | solver | plan s | rollover s (MiB) | horizon s (MiB) | exit | years | without exchange plan | rotated | share of ever eligible |")
print("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|")
for r in rows:
    print(f"| {r['instance']} | {r['teachers']} | {r['solver']} | {r['plan_s']} | {r['rollover_s']} ({r['rollover_mib']}) | {r['horizon_s']} ({r['horizon_mib']}) "
          f"| {r['horizon_exit']} | {r['years']} | {r['no_exchange_years']} | {r['rotated']} | {r['share_rotated']} |")
PY
