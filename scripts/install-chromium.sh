#!/usr/bin/env bash
# Installs Debian's chromium for the report's browser check
# (report/browser_test.go), which skips when it is missing. Idempotent and
# quiet: does nothing when /usr/bin/chromium is already there. Never
# downloads a browser from anywhere but the distribution's archive.
#
#   scripts/install-chromium.sh && go test ./report -run Browser
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
	exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
	echo "install-chromium: apt-get not found; install chromium with your package manager" >&2
	exit 1
fi
sudo=""
if [ "$(id -u)" != 0 ]; then
	sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq >/dev/null
$sudo apt-get install -y -qq --no-install-recommends chromium >/dev/null
/usr/bin/chromium --version >&2
