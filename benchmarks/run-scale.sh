#!/usr/bin/env bash
# Issue 15 "Scale": wall clock and peak memory against --time-limit on the large bench
# files with allowCrossGroup (one district's schools all open to every teacher), the
# refusal of a model too large for memory, and validate on huge groups without
# locations. One TSV row per run.
#
#   bash benchmarks/run-scale.sh ROTAPLAN [LIMIT...]       (default limits: 10 20)
#   e.g. bash benchmarks/run-scale.sh .build/release/rotaplan 10 20
#
# Columns: case, instance, limit, wall s, overrun s (wall - limit, empty without a
# limit), max RSS MiB (/usr/bin/time -v), exit code, status written (or the stderr's
# first words for validate). Instances and solutions go to a temporary folder.
set -euo pipefail
bin=$(realpath "$1"); shift
if [ $# -gt 0 ]; then limits=("$@"); else limits=(10 20); fi
here=$(cd "$(dirname "$0")" && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

for name in luohe-large-s1 zhengzhou-large-s1 changsha-large-s1; do
  python3 - "$here/../instances/bench/$name.json" "$out/$name-cross.json" <<'PY'
import json, sys
x = json.load(open(sys.argv[1]))
x["policy"].setdefault("exchange", {})["allowCrossGroup"] = True
json.dump(x, open(sys.argv[2], "w"), ensure_ascii=False)
PY
done
python3 "$here/scale/make_cross_group.py" --schools 1000 --teachers 5000 -o "$out/cross-1000x5000.json"
python3 "$here/scale/make_cross_group.py" --schools 200 --teachers 4000 -o "$out/cross-200x4000.json"
for n in 2000 10000; do
  python3 - "$n" "$out/group-$n-no-locations.json" <<'PY'
import json, sys
n = int(sys.argv[1])
s = [{"id": f"S{k}", "name": f"School {k}", "stage": "primary", "students": 100} for k in range(n)]
g = [{"id": "G1", "name": "G", "type": "tight", "core": "S0", "members": [f"S{k}" for k in range(1, n)]}]
json.dump({"format": "rotaplan-instance/1", "name": f"one group of {n}", "groups": g, "schools": s, "teachers": []}, open(sys.argv[2], "w"))
PY
done

run() {  # case instance limit command...
  local label=$1 instance=$2 limit=$3; shift 3
  set +e
  /usr/bin/time -v -o "$out/time" "$@" > /dev/null 2> "$out/err"
  local code=$?
  set -e
  local wall rss status over=""
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s}' "$out/time")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$out/time")
  [ -n "$limit" ] && over=$(awk -v w="$wall" -v l="$limit" 'BEGIN {printf "%+.2f", w - l}')
  status=$(sed -n 's/^ "status": "\(.*\)",$/\1/p' "$out/solution.json" 2>/dev/null || true)
  [ -n "$status" ] || status="$(wc -l < "$out/err") stderr lines"
  rm -f "$out/solution.json"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$(basename "$instance" .json)" "${limit:--}" "$wall" "$over" "$rss" "$code" "$status"
}

printf 'case\tinstance\tlimit\twall_s\toverrun_s\tmax_rss_mib\texit\tstatus\n'
for limit in "${limits[@]}"; do
  for f in "$out"/*-large-s1-cross.json "$out/cross-200x4000.json"; do
    run exchange "$f" "$limit" "$bin" exchange "$f" -o "$out/solution.json" --force --quiet --time-limit "$limit"
  done
done
run "exchange (too large)" "$out/cross-1000x5000.json" 30 "$bin" exchange "$out/cross-1000x5000.json" -o "$out/solution.json" --force --quiet --time-limit 30
for n in 2000 10000; do
  run validate "$out/group-$n-no-locations.json" "" "$bin" validate "$out/group-$n-no-locations.json"
done
