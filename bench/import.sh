#!/usr/bin/env bash
# Times importing every real dataset of ../shared/data into a fresh SQLite
# ledger with the real binary, the way a user would, and prints seconds.
# Baseline, measured in the same run on the same files: the same command
# with --dry-run into a ledger that does not exist, i.e. reading, parsing
# and checking every claim without storing any. The ratio says what
# storing costs on top of parsing. Target: the full import under 10 s.
#
#   bench/import.sh [DATA_DIR]        (default: ../shared/data beside the repository)
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
data=${1:-"$repo/../shared/data"}
if [ ! -d "$data" ]; then
	echo "bench/import.sh: no datasets at $data" >&2
	exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bin="$work/attrition"
(cd "$repo" && go build -o "$bin" ./cmd/attrition)

g=("$data"/petroivaniuk-ua-genstaff/russia_losses_personnel.json
	"$data"/petroivaniuk-ua-genstaff/russia_losses_equipment.json
	"$data"/petroivaniuk-ua-genstaff/russia_losses_equipment_correction.json
	"$data"/petroivaniuk-ua-genstaff/russia_losses_equipment_oryx.json
	"$data"/lod-orc-losses/russian-losses.json)
o=("$data"/scarnecchia-oryx/daily_count_baseline2023-02-25.csv
	"$data"/scarnecchia-oryx/totals_by_system2023-02-26.csv)
e=("$data"/economist-estimates/estimates.csv
	"$data"/economist-estimates/uk-mod-month-by-month.csv
	"$data"/economist-estimates/meduza-probate-weekly-2025.csv
	"$data"/economist-estimates/meduza-probate-weekly-2026.csv)

# import DB [--dry-run]: all three formats, one ingest each; prints the
# ingest summaries on stderr.
import() {
	local db=$1
	shift
	"$bin" ingest --db "$db" --format genstaff-json "$@" "${g[@]}" 2>/dev/null >&2
	"$bin" ingest --db "$db" --format oryx-csv "$@" "${o[@]}" 2>/dev/null >&2
	"$bin" ingest --db "$db" --format economist-csv "$@" "${e[@]}" 2>/dev/null >&2
}

now() { date +%s.%N; }

t0=$(now)
import "$work/none.db" --dry-run
t1=$(now)
import "$work/ledger.db"
t2=$(now)
claims=$("$bin" claims --db "$work/ledger.db" --format jsonl | wc -l)
t3=$(now)
import "$work/ledger.db"
t4=$(now)

awk -v p="$t0" -v q="$t1" -v r="$t2" -v s="$t4" -v u="$t3" -v n="$claims" 'BEGIN {
	parse = q - p; full = r - q; again = s - u
	printf "claims stored:               %d\n", n
	printf "parse and check only (base): %.2f s\n", parse
	printf "full import, fresh ledger:   %.2f s  (%.2fx the baseline)\n", full, full / parse
	printf "re-import, nothing new:      %.2f s  (%.2fx the baseline)\n", again, again / parse
	printf "target: full import under 10 s: %s\n", (full < 10 ? "met" : "MISSED")
}'
