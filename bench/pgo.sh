#!/usr/bin/env bash
# Refreshes cmd/attrition/default.pgo, the CPU profile the Go toolchain
# uses for profile-guided optimisation when it builds attrition (go build
# picks up default.pgo in the main package's folder). The profile is of
# the hot path, extraction, over the benchmark corpus that
# bench/extract.sh measures; bench/extract.sh builds with the same file,
# so the benchmark measures the binary users get. Refresh it after large
# changes to the extractor. Forty rounds: a profile of fewer samples
# moves inlining decisions from one refresh to the next (by ±1 M
# instructions on 1 MB in one measure).
#
#   bench/pgo.sh && git add cmd/attrition/default.pgo
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Built without a profile, so that the new one does not describe a
# binary the old one shaped.
(cd "$repo" && go build -pgo=off -o "$work/extractbench" ./bench/extractbench)
"$work/extractbench" -gold "$repo/extract/testdata/corpus/gold.jsonl" -out "$work/corpus.txt" -size 5242880
GOMAXPROCS=1 "$work/extractbench" -in "$work/corpus.txt" -mode attrition -rounds 40 -cpuprofile "$work/cpu.pprof"
cp "$work/cpu.pprof" "$repo/cmd/attrition/default.pgo"
echo "wrote cmd/attrition/default.pgo ($(wc -c <"$repo/cmd/attrition/default.pgo") bytes)"
