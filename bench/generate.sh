#!/usr/bin/env bash
# Usage: bench/generate.sh facility|region|national|national-3m [database]
# Creates the database afresh (dropping it when it exists), migrates it by starting the built jar
# once as the application's own role $BENCH_APP_ROLE (default binaan_bench: neither superuser nor owner, so that
# row-level security applies to it; the migrations run as PGUSER), which also creates the account `admin` with
# $BENCH_PASSWORD, then fills it with bench/generate.sql.
#   facility     one facility: 1,000 inmates, 20 programs of 100 enrollments
#   national     the nation's shape: 530 facilities in 33 regions, ~270,000 inmates, ~1.5 M enrollments, ~10 M
#                attendance rows; its first facility is exactly the facility scale (same records, same ids)
#   region       one facility of 30,000 inmates (an older, unreal shape, kept for comparison)
#   national-3m  one facility of 300,000 inmates and 3 M enrollments: only for the export's heap at 3 M rows Needs psql/createdb/dropdb reaching PGHOST (default 127.0.0.1)
# as PGUSER (default postgres) and target/binaan-*.jar (./mvnw -q -B package -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/.."
scale=${1:?facility, region or national}
db=${2:-binaan_bench_${scale//-/_}}
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
password=${BENCH_PASSWORD:-Bench-Password-2026!}
app_role=${BENCH_APP_ROLE:-binaan_bench}
shape=one
case $scale in
  facility) inmates=1000;   programs=20;   per_program=100; partners=10 ;;
  region)   inmates=30000;  programs=200;  per_program=750; partners=60 ;;
  national) inmates=1000;   programs=20;   per_program=100; partners=10; shape=national ;;
  national-3m) inmates=300000; programs=2000; per_program=1500; partners=300 ;;
  *) echo "unknown scale: $scale" >&2; exit 2 ;;
esac
jar=$(ls target/binaan-*.jar | grep -v original | head -1)
start=$(date +%s)
dropdb --if-exists "$db"
createdb "$db"
psql -d postgres -qc "do \$\$ begin if not exists (select 1 from pg_roles where rolname = '$app_role') then
  create role $app_role login nosuperuser nocreatedb nocreaterole nobypassrls; end if; end \$\$"
echo "migrating $db"
port=${BENCH_MIGRATE_PORT:-18089}
BINAAN_DB_URL="jdbc:postgresql://$PGHOST:${PGPORT:-5432}/$db" BINAAN_DB_USER="$app_role" BINAAN_DB_PASSWORD="" \
  BINAAN_OWNER_USER="$PGUSER" BINAAN_OWNER_PASSWORD="${PGPASSWORD:-}" \
  BINAAN_ADMIN_PASSWORD="$password" java -Xmx256m -jar "$jar" --server.port=$port >/tmp/binaan-migrate-$db.log 2>&1 &
app=$!
until curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null; do
  kill -0 $app 2>/dev/null || { echo "the application did not start: /tmp/binaan-migrate-$db.log" >&2; exit 1; }
  sleep 1
done
kill $app; wait $app || true
echo "generating $scale"
psql -q -d "$db" -v shape=$shape -v inmates=$inmates -v programs=$programs -v per_program=$per_program -v partners=$partners \
  -f bench/generate.sql
psql -q -d "$db" -c "vacuum analyze"
echo "done in $(( $(date +%s) - start )) s"
