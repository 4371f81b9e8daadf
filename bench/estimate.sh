#!/usr/bin/env bash
# Speed of the estimation engine. Estimates every actor/category series of
# a ledger holding all of ../shared/data (built in memory by the
# benchmark's own loader, 25 series from 43,000 claims) and prints wall
# and CPU time per run against the aim of one second. Then times one
# series as the war lengthens (250 → 2000 days, 100 claims) and as the
# claims grow (100 → 10,000 over 1000 days), and prints each one's CPU
# time as a ratio to the smallest case measured in the same run. Last,
# asks a report's questions (every personnel category of Russia with
# milestones) of one engine and of an engine each, and prints the ratio.
#
#   bench/estimate.sh [BENCHTIME]     (default 5x)
#
# CPU time is reported because the machine may be shared: wall time then
# measures the neighbours as much as the engine.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
benchtime=${1:-5x}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ ! -d "$repo/../shared/data" ]; then
	echo "bench/estimate.sh: ../shared/data not found next to the repository" >&2
	exit 1
fi
(cd "$repo/estimate" && go test -c -o "$work/estimate.test" .)
cd "$repo/estimate"
"$work/estimate.test" -test.run '^$' -test.bench 'FullLedger|Scaling|ReportQuestions' -test.benchtime "$benchtime" | tee "$work/out.txt"

echo
awk '
/^BenchmarkFullLedger/ {
	for (i = 1; i <= NF; i++) {
		if ($(i+1) == "ns/op") wall = $i
		if ($(i+1) == "cpu-ns/op") cpu = $i
		if ($(i+1) == "series") series = $i
		if ($(i+1) == "claims") claims = $i
	}
	printf "all of ../shared/data: %d series from %d claims in %.3f s wall, %.3f s CPU (aim: < 1 s)\n", series, claims, wall / 1e9, cpu / 1e9
}
function cpuns(   i) { for (i = 1; i <= NF; i++) if ($(i+1) == "cpu-ns/op") return $i }
/^BenchmarkScaling\/days=[0-9]+\/claims=100-/ {
	split($1, p, /[=\/-]/); days = p[3]; t = cpuns()
	if (!d0) { d0 = t; dd = days }
	printf "days %5d, 100 claims:    %8.1f ms CPU (%.2fx the %d-day case)\n", days, t / 1e6, t / d0, dd
}
/^BenchmarkScaling\/days=1000\/claims=[0-9]+-/ {
	split($1, p, /[=\/-]/); n = p[5]; t = cpuns()
	c[n] = t
}
/^BenchmarkReportQuestions\/fresh/ { fresh = cpuns() }
/^BenchmarkReportQuestions\/shared/ { shared = cpuns() }
END {
	if (fresh && shared)
		printf "the questions of a report (7 personnel categories with milestones): %.1f ms CPU on one engine, %.1f ms with an engine each (%.2fx)\n", shared / 1e6, fresh / 1e6, fresh / shared
	base = c[100]
	for (n = 100; n <= 10000; n *= 10) if (n in c)
		printf "1000 days, %5d claims: %8.1f ms CPU (%.2fx the 100-claim case)\n", n, c[n] / 1e6, c[n] / base
}' "$work/out.txt"
