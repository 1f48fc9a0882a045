#!/usr/bin/env bash
# Makes the Excel fixtures of Tests/DomainTests/XLSXTests.swift with a real spreadsheet
# program (LibreOffice), and commits nothing by itself: run it, look at `git diff`, commit.
#
#   apt-get install -y libreoffice-calc-nogui    # once; Debian's package
#   scripts/make-xlsx-fixtures.sh                # writes Tests/Fixtures/xlsx/*
#
# CI does not run this script and needs no LibreOffice: the workbooks it writes and the CSV
# that LibreOffice reads back from our writer's workbook are committed, and the tests read
# those files. What it makes:
#   roster.xlsx      from roster.fods: Chinese sheet names and text, official titles, dates
#                    (2015-09-01) and a date-time, numbers, booleans, an empty row, formulas
#                    (a number, a text and an #N/A result), a rich-text cell (two runs)
#   slots.xlsx       from slots.csv: LibreOffice turns the slot `2025/1/1` into a date, as
#                    Excel does (the "date-mangled slot" of issue 17)
#   epoch1904.xlsx   from epoch1904.fods: a workbook in the 1904 date system
#   bureau.xlsx      from bureau.fods: a bureau's whole roster, one sheet per table (学校, 集团,
#                    教师 with 性别/出生年月/入校时间 date cells, 路程, 作息时间 with time cells,
#                    走教需求 with a slot as a date cell, 新教师, 岗位空缺, 政策, a sheet not read)
#   written.xlsx     our writer's bytes (written by the test `writerFixture` when
#                    ROTAPLAN_WRITE_XLSX_FIXTURE is set), then read back by LibreOffice into
#                    written-<sheet>.csv: the round trip.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=Tests/Fixtures/xlsx
src=$dir/source
command -v soffice >/dev/null || { echo "soffice not found: apt-get install -y libreoffice-calc-nogui" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
profile="-env:UserInstallation=file://$tmp/profile"

# 1. Source documents → xlsx.
for name in roster epoch1904 bureau; do
    soffice "$profile" --headless --convert-to xlsx --outdir "$tmp" "$src/$name.fods" >/dev/null
    cp "$tmp/$name.xlsx" "$dir/$name.xlsx"
done
# CSV import: comma separated, quote ", UTF-8 (76), from line 1; language zh-CN (2052), special numbers (dates) detected.
soffice "$profile" --headless --infilter="CSV:44,34,76,1,,2052,false,true" \
    --convert-to xlsx --outdir "$tmp" "$src/slots.csv" >/dev/null
cp "$tmp/slots.xlsx" "$dir/slots.xlsx"

# 2. Our writer's workbook, as the test writes it, and LibreOffice's reading of it.
swift build --build-tests >/dev/null
# The test writes the file, then fails if it differs from the committed one (it does when
# the writer changed): that is expected here.
rm -f "$dir/written.xlsx"
ROTAPLAN_WRITE_XLSX_FIXTURE="$PWD/$dir/written.xlsx" swift test --skip-build --filter 'XLSXWriterTests/writerFixture' >/dev/null || true
test -s "$dir/written.xlsx" || { echo "the writer test wrote no $dir/written.xlsx" >&2; exit 1; }
# Every sheet to its own CSV (-1), UTF-8, formatted as shown.
soffice "$profile" --headless \
    --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' \
    --outdir "$tmp" "$dir/written.xlsx" >/dev/null
rm -f "$dir"/written-*.csv
for f in "$tmp"/written-*.csv; do cp "$f" "$dir/"; done
ls -l "$dir"
