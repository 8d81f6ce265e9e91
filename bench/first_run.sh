#!/usr/bin/env bash
# A newcomer's first and second `make run`: a fresh clone of this checkout, a fresh home, no pip
# cache; the time until the page answers, as a table (also written to bench/results/first-run.md).
# Targets (issue 11): first run at most 6 minutes on a 2-core machine, a later one at most 15 s.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "$HOME/.cache/interviewer-first-run.XXXXXX")
trap 'pkill -f "$work/clone/.venv/bin/python app.py" || true; rm -rf "$work"' EXIT
git clone -q "$repo" "$work/clone"
mkdir "$work/home"
port=${PORT:-7871}
served() {
  for _ in $(seq 1 900); do curl -sf -o /dev/null "http://127.0.0.1:$port/" && return 0; sleep 1; done
  return 1
}
run_once() {
  local start; start=$(date +%s)
  (cd "$work/clone" && env -u XDG_DATA_HOME -u XDG_CACHE_HOME HOME="$work/home" \
    PIP_NO_CACHE_DIR=1 INTERVIEWER_PORT="$port" make run > "$work/run.log" 2>&1 &)
  served
  echo $(( $(date +%s) - start ))
  pkill -f "$work/clone/.venv/bin/python app.py" || true
  sleep 3
}
first=$(run_once)
second=$(run_once)
table="| make run | seconds to a served page | target |
|---|---|---|
| first, from a fresh clone (no venv, no pip cache, fresh home) | $first | 360 |
| second | $second | 15 |"
echo "$table"
printf '# First run (bench/first_run.sh, %s, %s cores)\n\n%s\n' "$(date +%F)" "$(nproc)" "$table" \
  > "$repo/bench/results/first-run.md"
