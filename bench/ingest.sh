#!/usr/bin/env bash
# Bulk ingest benchmark: `attrition ingest` of N generated claims into a
# fresh ledger against the sqlite3 shell importing the same CSV rows into a
# plain table (no indexes, no validation, no hashing), measured in the same
# run on the same machine. Prints both rates and their ratio, by wall clock
# and by CPU time (the CPU figures move less when the machine is shared).
#
#   bench/ingest.sh              # 1,000,000 claims, one run of each
#   N=200000 RUNS=3 bench/ingest.sh   # best of three runs each
set -euo pipefail

N=${N:-1000000}
RUNS=${RUNS:-1}
cd "$(dirname "$0")/.."

if ! command -v sqlite3 >/dev/null; then
	echo "installing sqlite3 (Debian package) ..." >&2
	apt-get update -qq && apt-get install -y -qq sqlite3 >/dev/null
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

go build -o "$work/attrition" ./cmd/attrition
go build -o "$work/gen" ./bench/gen
"$work/gen" -n "$N" -format csv >"$work/claims.csv"
echo "input: $N claims, $(du -h "$work/claims.csv" | cut -f1) of CSV; sqlite3 $(sqlite3 --version | cut -d' ' -f1)"

# timed CMD...: runs CMD and sets WALL and CPU (user + system seconds).
timed() {
	local t
	t=$( { TIMEFORMAT='%R %U %S'; time "$@" >/dev/null 2>"$work/stderr"; } 2>&1 ) || {
		cat "$work/stderr" >&2
		return 1
	}
	read -r WALL user sys <<<"$t"
	CPU=$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')
}

best_a_wall= best_a_cpu= best_s_wall= best_s_cpu=
min() { awk -v a="$1" -v b="$2" 'BEGIN { print (a == "" || b + 0 < a + 0) ? b : a }'; }

for run in $(seq "$RUNS"); do
	rm -f "$work"/ledger.db*
	timed "$work/attrition" ingest --db "$work/ledger.db" "$work/claims.csv"
	best_a_wall=$(min "$best_a_wall" "$WALL") best_a_cpu=$(min "$best_a_cpu" "$CPU")
	stored=$(sqlite3 "$work/ledger.db" 'SELECT count(*) FROM claims')
	[ "$stored" = "$N" ] || { echo "attrition stored $stored claims, want $N" >&2; exit 1; }

	rm -f "$work/plain.db"
	timed sqlite3 "$work/plain.db" -cmd '.mode csv' ".import $work/claims.csv claims"
	best_s_wall=$(min "$best_s_wall" "$WALL") best_s_cpu=$(min "$best_s_cpu" "$CPU")
	stored=$(sqlite3 "$work/plain.db" 'SELECT count(*) FROM claims')
	[ "$stored" = "$N" ] || { echo "sqlite3 stored $stored rows, want $N" >&2; exit 1; }
done

rate() { awk -v n="$N" -v t="$1" 'BEGIN { printf "%.0f", n / t }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
printf '%-28s %12s %12s\n' "" "wall" "cpu"
printf '%-28s %12s %12s  claims/s\n' "attrition ingest" "$(rate "$best_a_wall")" "$(rate "$best_a_cpu")"
printf '%-28s %12s %12s  rows/s\n' "sqlite3 .import (plain)" "$(rate "$best_s_wall")" "$(rate "$best_s_cpu")"
printf '%-28s %12s %12s  (aim: >= 0.5)\n' "ratio attrition / sqlite3" \
	"$(ratio "$best_s_wall" "$best_a_wall")" "$(ratio "$best_s_cpu" "$best_a_cpu")"
