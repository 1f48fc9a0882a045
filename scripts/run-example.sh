#!/usr/bin/env bash
# The README's first command: installs what is missing, builds rotaplan in release mode
# and runs the main job on a bundled example — next year's plan for the five Zhengdong
# groups: exchange 交流轮岗, first-station training 首站式培育 and walking teaching 走教 —
# then re-checks the plan independently.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
swift build -c release --product rotaplan
bin=.build/release/rotaplan
mkdir -p out
$bin --version
$bin validate instances/zhengdong-2025.json
$bin plan instances/zhengdong-2025.json -o out/zhengdong-2025.plan.json --report out/zhengdong-2025-report --force
$bin check instances/zhengdong-2025.json out/zhengdong-2025.plan.json
echo "The plan is in out/zhengdong-2025.plan.json; open out/zhengdong-2025-report/report.html (or the CSV files in Excel)."
