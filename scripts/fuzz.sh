#!/usr/bin/env bash
# Fuzzes rotaplan's loaders (docs/reliability.md "Fuzzing").
#
#   bash scripts/fuzz.sh [SECONDS] [TARGET...]     default: 600 s over instance csv solution
#
# With libFuzzer (swiftc -sanitize=fuzzer, present in the Swift toolchain on Linux) the
# domain, checker, generator (its SplitMix64) and fuzz modules are compiled with coverage and AddressSanitizer into
# .build-fuzz/libfuzzer/, and each target runs for SECONDS / (number of targets) from a
# corpus seeded with the bundled instances, CSV tables and solutions. Without it (or with
# ROTAPLAN_FUZZ_ENGINE=mutation) the seeded mutation loop `rotaplan-fuzz` runs instead.
# Findings land in fuzz-artifacts/; copy one to Tests/FuzzTests/Regressions/TARGET-NAME.bin
# to keep it as a regression test. Exit 0: no finding; 1: a finding; 2: build failure.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_TOTAL=${1:-600}
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=(instance csv solution)
PER=$(( SECONDS_TOTAL / ${#TARGETS[@]} ))
[ "$PER" -lt 1 ] && PER=1
ROOT=$(pwd)
B="$ROOT/.build-fuzz/libfuzzer"
ART="$ROOT/fuzz-artifacts"
mkdir -p "$B" "$ART"

engine=${ROTAPLAN_FUZZ_ENGINE:-libfuzzer}
FLAGS=(-sanitize=fuzzer,address -parse-as-library -O -g -swift-version 6)

build_libfuzzer() {
    # One static library per module, in dependency order, then the entry point.
    local mod deps srcs
    for mod in RotaplanDomain RotaplanChecker RotaplanGenerator RotaplanFuzz; do
        mapfile -t srcs < <(find "Sources/$mod" -name '*.swift' | sort)
        swiftc "${FLAGS[@]}" -module-name "$mod" -I "$B" -emit-module -emit-module-path "$B/$mod.swiftmodule" \
            -emit-library -static -o "$B/lib$mod.a" "${srcs[@]}"
    done
    swiftc "${FLAGS[@]}" -I "$B" -L "$B" -lRotaplanFuzz -lRotaplanGenerator -lRotaplanChecker -lRotaplanDomain \
        Fuzz/LibFuzzerEntry.swift -o "$B/rotaplan-libfuzzer" 2> >(grep -v "Cannot export local symbol" >&2)
}

if [ "$engine" = libfuzzer ]; then
    echo "building the libFuzzer targets in $B ..."
    if ! build_libfuzzer; then
        echo "libFuzzer build failed; falling back to the mutation loop" >&2
        engine=mutation
    fi
fi

status=0
if [ "$engine" = libfuzzer ]; then
    for t in "${TARGETS[@]}"; do
        corpus="$ROOT/.build-fuzz/corpus/$t"
        mkdir -p "$corpus"
        case "$t" in
            instance) cp instances/*.json "$corpus/" ; cp instances/bench/*-tiny-*.json "$corpus/" 2>/dev/null || true
                      cp ../shared/spec/examples/*.json "$corpus/" 2>/dev/null || true ;;
            csv) i=0; for table in schools groups teachers travel new-hires vacancies demand calendar; do
                     f="instances/csv/luohe/$table.csv"
                     [ -f "$f" ] && { printf "\\x$(printf %02x $i)" | cat - "$f" > "$corpus/seed-$table.bin"; }
                     i=$((i + 1)); done ;;
            solution) cp ../shared/spec/examples/solutions/*.json "$corpus/" 2>/dev/null || true ;;
            *) echo "unknown target $t (instance, csv, solution)" >&2; exit 2 ;;
        esac
        echo "== $t: libFuzzer for $PER s (corpus $corpus)"
        if ! ROTAPLAN_FUZZ_TARGET=$t ROTAPLAN_REPOSITORY="$ROOT" "$B/rotaplan-libfuzzer" "$corpus" \
                -max_total_time="$PER" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
                -artifact_prefix="$ART/$t-" -print_final_stats=1 2> "$B/$t.log"; then
            status=1
            echo "FINDING in $t: see $B/$t.log and $ART/" >&2
        fi
        grep -E "^stat::(number_of_executed_units|peak_rss_mb|new_units_added)|^#[0-9]+.*DONE" "$B/$t.log" || tail -3 "$B/$t.log"
    done
else
    swift build -c release --product rotaplan-fuzz --scratch-path .build-fuzz
    for t in "${TARGETS[@]}"; do
        .build-fuzz/release/rotaplan-fuzz --target "$t" --seconds "$PER" --artifacts "$ART" || status=1
    done
fi
[ "$status" -eq 0 ] && echo "no findings" || echo "findings saved under $ART/"
exit "$status"
