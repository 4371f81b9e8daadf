#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server on 127.0.0.1 for the store test
# suite and prints its URL on stdout (nothing else goes to stdout).
# Installs Debian's postgresql package when the server binaries are missing.
# Idempotent: a server already running from an earlier call is reused.
#
#   export ATTRITION_TEST_POSTGRES=$(scripts/start-postgres.sh)
set -euo pipefail

port=${ATTRITION_PG_PORT:-54329}
dir=${ATTRITION_PG_DIR:-/tmp/attrition-pg-$port}
url="postgres://attrition@127.0.0.1:$port/attrition?sslmode=disable"

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
	echo "installing postgresql (Debian package)..." >&2
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq >&2
	apt-get install -y -qq postgresql >&2
	bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi

# initdb and postgres refuse to run as root: use the package's user.
run() {
	if [ "$(id -u)" = 0 ]; then
		id postgres >/dev/null 2>&1 || useradd --system --home-dir "$dir" postgres
		runuser -u postgres -- "$@"
	else
		"$@"
	fi
}

if [ ! -f "$dir/PG_VERSION" ]; then
	mkdir -p "$dir"
	[ "$(id -u)" = 0 ] && chown postgres "$dir"
	run "$bindir/initdb" -D "$dir" -U attrition --auth=trust -E UTF8 >/dev/null
fi

if ! run "$bindir/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
	# fsync off: the data are thrown away, and tests should not wait on disks.
	run "$bindir/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 start \
		-o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" >/dev/null
fi

if ! run "$bindir/psql" -h 127.0.0.1 -p "$port" -U attrition -d postgres -Atqc "select 1 from pg_database where datname='attrition'" | grep -q 1; then
	run "$bindir/createdb" -h 127.0.0.1 -p "$port" -U attrition attrition
fi
echo "$url"
