#!/usr/bin/env bash
# Throughput of `attrition extract` on one core, measured in the same run
# against Microsoft Recognizers-Text (number and date-time models, which
# find only numbers and dates, so attrition does strictly more work) and
# against a plain Go byte scan of the same text (the floor). The corpus is
# at least 5 MB, built by repeating the development passages. Prints the
# rates and the ratios. Aims: attrition ≥ 100× Recognizers-Text numbers
# and ≥ 20 MB/s.
#
#   bench/extract.sh [SIZE_BYTES]     (default 5242880)
#
# Recognizers-Text is installed from npm into a temporary folder. It is
# slow, so it reads a prefix of the corpus (NUM_LIMIT, DATE_LIMIT bytes);
# its rate does not depend on the amount read. All rates are bytes per
# second of CPU time of the measuring process, so that other work on a
# shared machine does not skew the ratios.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
size=${1:-5242880}
NUM_LIMIT=${NUM_LIMIT:-1000000}
DATE_LIMIT=${DATE_LIMIT:-150000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Built with the profile attrition itself is built with (bench/pgo.sh).
(cd "$repo" && go build -pgo="$repo/cmd/attrition/default.pgo" -o "$work/extractbench" ./bench/extractbench)
"$work/extractbench" -gold "$repo/extract/testdata/corpus/gold.jsonl" -out "$work/corpus.txt" -size "$size"

att=$(GOMAXPROCS=1 "$work/extractbench" -in "$work/corpus.txt" -mode attrition)
scn=$(GOMAXPROCS=1 "$work/extractbench" -in "$work/corpus.txt" -mode scan)

rec=""
if command -v npm >/dev/null && command -v node >/dev/null; then
	cp "$repo/bench/extractbench/recognizers.js" "$work/"
	if (cd "$work" && npm install --no-save --silent --no-audit --no-fund \
		@microsoft/recognizers-text-number@1.3.1 @microsoft/recognizers-text-date-time@1.3.2 >/dev/null 2>&1); then
		rec=$(cd "$work" && node recognizers.js corpus.txt "$NUM_LIMIT" "$DATE_LIMIT")
	else
		echo "bench/extract.sh: npm install failed; Recognizers-Text not measured" >&2
	fi
else
	echo "bench/extract.sh: node/npm not found; Recognizers-Text not measured" >&2
fi

echo "$att"
echo "$scn"
[ -n "$rec" ] && echo "$rec"
rate() { awk -v n="$1" '$1 == n { print $2 }'; }
a=$(echo "$att" | rate attrition)
s=$(echo "$scn" | rate scan)
rn=$(echo "$rec" | rate recognizers-number)
rd=$(echo "$rec" | rate recognizers-datetime)
echo
awk -v a="$a" -v s="$s" -v rn="$rn" -v rd="$rd" 'BEGIN {
	printf "attrition / byte scan:             %.4f (attrition is %.1f%% of the floor)\n", a / s, 100 * a / s
	if (rn > 0) printf "attrition / recognizers number:    %.0fx (aim: >= 100x)\n", a / rn
	if (rd > 0) printf "attrition / recognizers date-time: %.0fx\n", a / rd
	printf "attrition rate:                    %.1f MB/s (aim: >= 20 MB/s)\n", a
}'
