#!/usr/bin/env bash
# Usage: bench/generate.sh facility|region|national|national-3m [database]
# Creates the database afresh (dropping it when it exists), migrates it by starting the built jar
# once (which also creates the account `admin` with $BENCH_PASSWORD), then
# fills it with bench/generate.sql. Needs psql/createdb/dropdb reaching PGHOST (default 127.0.0.1)
# as PGUSER (default postgres) and target/binaan-*.jar (./mvnw -q -B package -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/.."
scale=${1:?facility, region or national}
db=${2:-binaan_bench_${scale//-/_}}
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
password=${BENCH_PASSWORD:-Bench-Password-2026!}
case $scale in
  facility) inmates=1000;   programs=20;   per_program=100; partners=10 ;;
  region)   inmates=30000;  programs=200;  per_program=750; partners=60 ;;
  national) inmates=300000; programs=2000; per_program=750; partners=300 ;;
  # national with twice the enrollments (3 M) and attendance: only for the export's peak heap at 3 M rows
  national-3m) inmates=300000; programs=2000; per_program=1500; partners=300 ;;
  *) echo "unknown scale: $scale" >&2; exit 2 ;;
esac
jar=$(ls target/binaan-*.jar | grep -v original | head -1)
start=$(date +%s)
dropdb --if-exists "$db"
createdb "$db"
echo "migrating $db"
port=${BENCH_MIGRATE_PORT:-18089}
BINAAN_DB_URL="jdbc:postgresql://$PGHOST:${PGPORT:-5432}/$db" BINAAN_DB_USER="$PGUSER" BINAAN_DB_PASSWORD="${PGPASSWORD:-}" \
  BINAAN_ADMIN_PASSWORD="$password" java -Xmx256m -jar "$jar" --server.port=$port >/tmp/binaan-migrate-$db.log 2>&1 &
app=$!
until curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null; do
  kill -0 $app 2>/dev/null || { echo "the application did not start: /tmp/binaan-migrate-$db.log" >&2; exit 1; }
  sleep 1
done
kill $app; wait $app || true
echo "generating $scale: $inmates inmates, $programs programs, $((programs * per_program)) enrollments"
psql -q -d "$db" -v inmates=$inmates -v programs=$programs -v per_program=$per_program -v partners=$partners \
  -f bench/generate.sql
psql -q -d "$db" -c "vacuum analyze"
echo "done in $(( $(date +%s) - start )) s"
