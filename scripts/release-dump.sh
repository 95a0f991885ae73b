#!/usr/bin/env bash
# Run on the commit of a release, before its tag: writes src/test/resources/upgrade/binaan-VERSION.sql,
# the schema and demo data of that release (with attendance recorded by the liaison), which
# UpgradeTests migrates to every later version. Commit the file with the release.
#   PGHOST=127.0.0.1 PGUSER=postgres scripts/release-dump.sh 0.2.0
# Needs a PostgreSQL server where PGUSER may create databases, pg_dump/psql 15, curl.
set -euo pipefail
cd "$(dirname "$0")/.."
version="${1:?usage: release-dump.sh VERSION}"
database="binaan_release_${version//[^0-9a-zA-Z]/_}"
port=18089
password="demo-sandi-uji-2026"   # the demo password the tests use (BrowserTest.DEMO_PASSWORD)
out="src/test/resources/upgrade/binaan-$version.sql"
host="${PGHOST:-127.0.0.1}"

psql -X -qc "create database $database" postgres
app=""
stop_app() {
  # the Maven run forks the application: stop the process that listens on the port, then Maven ends
  local pid
  pid="$(ss -Hltnp "sport = :$port" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2 || true)"
  if [ -n "$pid" ]; then kill "$pid"; fi
  if [ -n "$app" ]; then wait "$app" 2>/dev/null || true; fi
  app=""
}
cleanup() {
  set +e
  stop_app
  psql -X -qc "drop database if exists $database with (force)" postgres
}
trap cleanup EXIT

BINAAN_DB_URL="jdbc:postgresql://$host:${PGPORT:-5432}/$database" BINAAN_DB_USER="${PGUSER:-postgres}" \
  BINAAN_DB_PASSWORD="${PGPASSWORD:-}" BINAAN_DEMO_PASSWORD="$password" \
  ./mvnw -q -B spring-boot:test-run -Dspring-boot.run.arguments=--server.port=$port > target/release-dump.log 2>&1 &
app=$!
for _ in $(seq 1 180); do
  curl -fs -o /dev/null "http://127.0.0.1:$port/actuator/health" && break
  sleep 1
done

# the liaison records today's attendance, as a user would
jar="$(mktemp)"
base="http://127.0.0.1:$port"
token() { curl -fs -b "$jar" -c "$jar" "$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
curl -fs -b "$jar" -c "$jar" -o /dev/null -d "username=bpvp&password=$password&_csrf=$(token "$base/login")" "$base/login"
session="$(psql -X -Atc "select s.id from program_session s join program p on p.id = s.program_id
  where p.title = 'Barista Kopi Pangkep' and s.session_date = current_date" "$database")"
curl -fs -b "$jar" -c "$jar" -o /dev/null -d "_csrf=$(token "$base/sessions/$session")" "$base/sessions/$session/all-present"
rm -f "$jar"

stop_app
# \restrict lines (pg_dump 15.14+) would stop an older psql; this file is ours, so they go
pg_dump --no-owner --no-privileges "$database" | sed '/^\\restrict /d;/^\\unrestrict /d' > "$out"
echo "Wrote $out ($(psql -X -Atc "select count(*) from attendance" "$database") attendance records)"
