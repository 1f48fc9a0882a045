#!/usr/bin/env bash
# Wall clock (process start to exit) and peak memory of the solving commands under
# --time-limit: one TSV row per command and instance.
#
#   bash benchmarks/limits.sh ROTAPLAN LIMIT INSTANCE...
#   e.g. bash benchmarks/limits.sh .build/release/rotaplan 10 instances/bench/*-{medium,large}-s1.json
#
# Columns: command, instance, limit, wall s, overrun s (wall - limit), max RSS MiB
# (/usr/bin/time -v), exit code, status written. Solutions go to a temporary folder.
set -euo pipefail
bin=$1 limit=$2
shift 2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
printf 'command\tinstance\tlimit\twall_s\toverrun_s\tmax_rss_mib\texit\tstatus\n'
for instance in "$@"; do
  name=$(basename "$instance" .json)
  for command in exchange training walking; do
    solution="$out/$name.$command.json"
    set +e
    /usr/bin/time -v -o "$out/time" "$bin" "$command" "$instance" -o "$solution" --force --quiet \
      --time-limit "$limit" 2>/dev/null >/dev/null
    code=$?
    set -e
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s}' "$out/time")
    rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$out/time")
    status=$(sed -n 's/^ "status": "\(.*\)",$/\1/p' "$solution" 2>/dev/null || true)
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$command" "$name" "$limit" "$wall" \
      "$(awk -v w="$wall" -v l="$limit" 'BEGIN {printf "%+.2f", w - l}')" "$rss" "$code" "${status:--}"
  done
done
