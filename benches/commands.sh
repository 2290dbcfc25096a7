#!/usr/bin/env bash
# Times whole commands of the release binary and prints the median of several runs, with
# peak memory. Usage: benches/commands.sh [RUNS]   (default 11)
# Uses the O*NET text release in ../shared/onet/db_30_1_text when it is there.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-11}
cargo build --release --quiet
bin=target/release/rolediff
onet=../shared/onet/db_30_1_text
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export NO_COLOR=1 XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache"
unset ROLEDIFF_PATH CLICOLOR_FORCE

# measure NAME SETUP COMMAND...: runs SETUP, then COMMAND, $runs times; prints the median
# wall time and the largest peak resident memory (GNU time's %M) of the runs.
measure() {
  local name=$1 setup=$2; shift 2
  local times=() peak=0 start end kb
  for _ in $(seq "$runs"); do
    eval "$setup"
    start=$(date +%s%N)
    /usr/bin/time -f "%M" -o "$work/rss" "$@" > /dev/null 2>&1
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000 )))
    kb=$(tail -1 "$work/rss")
    (( kb > peak )) && peak=$kb
  done
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
  printf '%-55s %10.2f ms %8d KB\n' "$name" "$(echo "$median / 1000" | bc -l)" "$peak"
}

printf '%-55s %13s %11s\n' "command ($runs runs)" "median" "peak RSS"
measure "rolediff --version" ":" $bin --version
measure "compare data-manager ml-engineer" ":" $bin compare data-manager ml-engineer
measure "compare data-manager ml-engineer --format json" ":" $bin compare data-manager ml-engineer --format json
measure "list (32 built-in roles)" ":" $bin list
measure "show data-scientist" ":" $bin show data-scientist
if [ -f "$onet/Occupation Data.txt" ]; then
  measure "import onet (1,016 occupations)" "rm -rf $work/onet" $bin import onet "$onet" --out "$work/onet"
  measure "list --roles-dir <O*NET import>" ":" $bin list --roles-dir "$work/onet"
  measure "compare two ids in the O*NET import" ":" $bin compare data-scientists database-architects --roles-dir "$work/onet"
  measure "compare two codes (aliases) in the O*NET import" ":" $bin compare 15-2051.00 15-1243.00 --roles-dir "$work/onet"
  measure "similar in the O*NET import" ":" $bin similar data-scientists --roles-dir "$work/onet"
  measure "matrix of 100 roles of the O*NET import" ":" $bin matrix $(ls "$work/onet" | head -100 | sed 's/\.yaml$//') --roles-dir "$work/onet"
  measure "list --roles-dir <O*NET import>, no cache" "rm -rf $work/cache" $bin list --roles-dir "$work/onet"
else
  echo "skipped the O*NET figures: $onet is not there"
fi
