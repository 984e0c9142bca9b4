#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster on loopback for tests (see DESIGN.md appendix).
# Usage: source scripts/pg-test-cluster.sh   → exports DATABASE_URL and PG_TEST_STOP (a command).
# PostgreSQL refuses to run as root, so the cluster belongs to the `postgres` system user.
# fsync is off for tests (throwaway data); benchmarks set PG_FSYNC=on so that writes cost what
# they cost in production.
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
export PGPORT=${PGPORT:-55432}
export PGDATA_TEST=$(mktemp -d -t upr-pgdata.XXXXXX)
chown postgres:postgres "$PGDATA_TEST"; chmod 700 "$PGDATA_TEST"
runuser -u postgres -- "$PGBIN/initdb" -D "$PGDATA_TEST" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDATA_TEST" -l "$PGDATA_TEST/server.log" -w -t 30 \
  -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGDATA_TEST -c fsync=${PG_FSYNC:-off} -c max_connections=200" start >/dev/null
psql -h 127.0.0.1 -p "$PGPORT" -U postgres -qc "CREATE DATABASE app" >/dev/null
export DATABASE_URL="postgres://postgres@127.0.0.1:$PGPORT/app"
export PG_TEST_STOP="runuser -u postgres -- $PGBIN/pg_ctl -D $PGDATA_TEST -m fast -w stop >/dev/null; rm -rf $PGDATA_TEST"
