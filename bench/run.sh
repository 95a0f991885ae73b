#!/usr/bin/env bash
# Usage: bench/run.sh facility|region|national
# Runs every measurement of the performance goals at one scale, side by side in one run, and writes
# bench/RESULTS.md. The database binaan_bench_<scale> is generated first when it does not exist
# (bench/generate.sh); set BENCH_BUILD=0 to use the jar already in target/.
# Pages are loaded by wrk as fifty distinct signed-in staff (staf1..staf50 of generate.sql, each signed in once
# through the login form with its CSRF token; a Lua script rotates their SESSION cookies), after every page and
# every SQL script has been warmed. Each page and the SQL it ran (pgbench) are measured in BENCH_ROUNDS_MEASURE
# (default 3) interleaved rounds: login page, floor, then page, SQL, page, SQL...; the results give the median and
# the range of each figure, the load average around each measurement, and flag a range that crosses its goal.
# Needs: java 17+, wrk, pgbench, psql, curl, python3, jstat; PostgreSQL reachable as PGUSER (superuser,
# default postgres) on PGHOST (default 127.0.0.1), and read access to its log file (PG_LOG) to
# capture the SQL each page runs.
set -euo pipefail
cd "$(dirname "$0")/.."
scale=${1:?facility, region or national}
db=${BENCH_DB:-binaan_bench_$scale}
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
PG_LOG=${PG_LOG:-$(ls -t /var/log/postgresql/postgresql-*.log | head -1)}
port=${BENCH_PORT:-18080}
base=http://127.0.0.1:$port
duration=${BENCH_SECONDS:-10}
rounds=${BENCH_ROUNDS_MEASURE:-3}
users=${BENCH_USERS:-50}
password=${BENCH_PASSWORD:-Bench-Password-2026!}
work=$(mktemp -d /tmp/binaan-bench.XXXXXX)
results=${BENCH_RESULTS:-bench/RESULTS.md}
psqlc() { psql -d "$db" -Atqc "$1"; }
# The application connects as its own role (made by bench/generate.sh), neither superuser nor owner: row-level
# security applies to every statement it runs, and pgbench runs the captured SQL as the same role with the same
# scope settings the application gives its connections (shared.ScopedDataSource).
app_role=${BENCH_APP_ROLE:-binaan_bench}
first_facility=$(psqlc "select min(id) from facility")
first_region=$(psqlc "select region_id from facility where id = $first_facility")
scope_options() { # scope_options staff|regional|national
  case $1 in
    staff) echo "-c binaan.read=$first_facility -c binaan.write=$first_facility -c binaan.facility=$first_facility" ;;
    regional) echo "-c binaan.read=region:$first_region" ;;
    national) echo "-c binaan.read=*" ;;
  esac
}
# pgbench and psql run the captured SQL with the settings the application's connections have
# (spring.datasource.hikari.data-source-properties.options in application.properties)
app_options=$(sed -n 's/^spring.datasource.hikari.data-source-properties.options=//p' src/main/resources/application.properties)
log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }

load_start=$(cut -d' ' -f1-3 /proc/loadavg)
run_started=$(date -u '+%Y-%m-%d %H:%M UTC')
if [ "${BENCH_BUILD:-1}" = 1 ]; then
  log "building the jar"
  ./mvnw -o -q -B package -DskipTests
fi
jar=${BENCH_JAR:-$(ls target/binaan-*.jar | grep -v original | head -1)}
if ! psql -d postgres -Atqc "select 1 from pg_database where datname = '$db'" | grep -q 1; then
  log "generating $db"
  BENCH_PASSWORD="$password" bench/generate.sh "$scale" "$db"
fi

app=
stop_app() {
  if [ -n "$app" ]; then kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; app=; fi
}
trap 'stop_app; [ -z "${fapp:-}" ] || kill "$fapp" 2>/dev/null; psql -d postgres -qc "alter database $db reset log_min_duration_statement" >/dev/null 2>&1 || true' EXIT
# start_app LOGFILE: starts the jar under -Xmx256m, waits until it answers; started_in: the seconds it took
start_app() { # start_app LOGFILE [DATABASE [PORT]]: sets app (its pid) and started_in
  local t0 p=${3:-$port}; t0=$(date +%s.%N)
  BINAAN_DB_URL="jdbc:postgresql://$PGHOST:${PGPORT:-5432}/${2:-$db}" BINAAN_DB_USER="$app_role" BINAAN_DB_PASSWORD="" \
    BINAAN_OWNER_USER="$PGUSER" BINAAN_OWNER_PASSWORD="${PGPASSWORD:-}" \
    java -Xmx256m -jar "$jar" --server.port=$p >"$1" 2>&1 &
  app=$!
  until curl -fs "http://127.0.0.1:$p/actuator/health" >/dev/null; do
    kill -0 "$app" 2>/dev/null || { log "the application did not start, see $1"; exit 1; }
    sleep 0.2
  done
  started_in=$(echo "$(date +%s.%N) - $t0" | bc)
}
login() { # login USER COOKIEJAR [BASE]
  local csrf b=${3:-$base}
  rm -f "$2"
  csrf=$(curl -s -c "$2" -b "$2" "$b/login" | grep -o 'name="_csrf"[^>]*value="[^"]*"' | sed 's/.*value="//;s/"$//')
  curl -s -o /dev/null -c "$2" -b "$2" --data-urlencode "username=$1" --data-urlencode "password=$password" \
    --data-urlencode "_csrf=$csrf" "$b/login"
  [ "$(curl -s -o /dev/null -w '%{http_code}' -b "$2" "$b/account/password")" = 200 ] || { log "login as $1 failed"; exit 1; }
}
cookie() { awk '$6 == "SESSION" { print "SESSION=" $7 }' "$1"; }

# The pages measured, with the data they show chosen from the generated database.
program=$(psqlc "select p.id from program p join enrollment e on e.program_id = p.id where p.status = 'RUNNING'
                 and p.facility_id = $first_facility group by p.id order by count(*) desc, p.id limit 1")
session=$(psqlc "select s.id from program_session s join attendance a on a.session_id = s.id
                 where s.program_id = $program group by s.id order by count(*) desc, s.id limit 1")
program_enrollments=$(psqlc "select count(*) from enrollment where program_id = $program")
inmates=$(psqlc "select count(*) from inmate where facility_id = $first_facility")
depth=$(( inmates > 100020 ? 100000 : inmates / 2 ))
cursor=$(psqlc "select lower(full_name) || '|' || id from inmate where facility_id = $first_facility
                order by lower(full_name), id offset $((depth - 1)) limit 1")
deep_key=$(python3 -c "import urllib.parse,sys; print(urllib.parse.quote(sys.argv[1]))" "${cursor%|*}")
for who in staf wilayah nasional; do
  [ "$(psqlc "select count(*) from user_account where username like '$who%'")" -ge "$users" ] \
    || { log "$db has fewer than $users accounts ${who}1..$who$users: generate it again (bench/generate.sh $scale)"; exit 1; }
done
facilities=$(psqlc "select count(*) from facility")
# Beside a database of many facilities, the same pages of its first facility on a database that holds only that
# facility (bench/generate.sh facility makes the same records with the same ids): the cost of a facility's page
# should follow the facility, not the nation.
dbf=binaan_bench_facility
compare=
if [ "$facilities" -gt 1 ]; then
  compare=1
  if ! psql -d postgres -Atqc "select 1 from pg_database where datname = '$dbf'" | grep -q 1; then
    log "generating $dbf"
    BENCH_PASSWORD="$password" bench/generate.sh facility "$dbf"
  fi
fi
fport=$((port + 1))
fbase=http://127.0.0.1:$fport
# name|path|label|who (staff, regional or national); the floor is a signed-in page without SQL of its own
pages=(
  "floor|/account/password|signed in, no SQL of its own|staff"
  "inmates-1|/inmates|inmate list, page 1|staff"
  "search|/inmates?q=rahm|inmate search by a name fragment (rahm)|staff"
  "inmates-deep|/inmates?after=$deep_key&afterId=${cursor#*|}|inmate list, $depth rows deep|staff"
  "program|/programs/$program|program page (program $program, $program_enrollments enrollments)|staff"
  "enrollments|/programs/$program/enrollments|enrollment list of program $program, page 1|staff"
  "session|/sessions/$session|attendance sheet (session $session)|staff"
  "dashboard|/|dashboard|staff"
)
if [ "$facilities" -gt 1 ]; then
  pages+=("region|/region|regional overview ($(psqlc "select count(*) from facility where region_id = $first_region") facilities)|regional"
          "national|/national|national overview ($facilities facilities)|national")
fi
declare -A first_user=([staff]=staf1 [regional]=wilayah1 [national]=nasional1)
declare -A prefix=([staff]=staf [regional]=wilayah [national]=nasional)

# 1. Capture: one request per page with every statement logged, as pgbench scripts. The first request warms the
# page's code (and fills the dashboard's one-minute cache of its twelve months); the second is captured. For the
# dashboard the twelve-months statement is captured from the first request: it runs at most once a minute.
log "capturing the SQL of each page"
psql -d postgres -qc "alter database $db set log_min_duration_statement = 0"
start_app "$work/app-capture.log"
login admin "$work/admin.jar"
for who in staff regional national; do login "${first_user[$who]}" "$work/capture-$who.jar"; done
declare -A statements url label kind_of
for entry in "${pages[@]}"; do
  IFS='|' read -r name path text who <<<"$entry"
  url[$name]=$path; label[$name]=$text; kind_of[$name]=$who
  first=$(stat -c %s "$PG_LOG")
  curl -s -o /dev/null -b "$work/capture-$who.jar" "$base$path"
  sleep 0.5
  offset=$(stat -c %s "$PG_LOG")
  if [ "$name" = dashboard ]; then
    python3 bench/capture.py "$PG_LOG" "$first" "$db" "$work/dashboard-cold.sql" >/dev/null
  fi
  code=$(curl -s -o "$work/$name.html" -w '%{http_code}' -b "$work/capture-$who.jar" "$base$path")
  [ "$code" = 200 ] || { log "$path answered $code"; exit 1; }
  sleep 0.5
  read -r own store <<<"$(python3 bench/capture.py "$PG_LOG" "$offset" "$db" "$work/$name.sql")"
  statements[$name]="$own (+ $store)"
done
# the twelve months' statement alone (the cold dashboard request's statement that the warm one does not run)
python3 - "$work/dashboard-cold.sql" "$work/dashboard.sql" "$work/months.sql" <<'PY'
import sys
cold = [s for s in open(sys.argv[1]).read().split(';\n') if s.strip()]
warm = {s.strip() for s in open(sys.argv[2]).read().split(';\n') if s.strip()}
months = [s for s in cold if s.strip() not in warm and 'width_bucket' in s]
open(sys.argv[3], 'w').write(months[0].strip() + ';\n' if months else '')
PY
[ -s "$work/months.sql" ] || { log "the dashboard's twelve-months statement was not captured"; exit 1; }
# the export's COPY statement, with a filter that matches nothing, to run the same statement through psql
# (the export of the nation's records, as a national officer, and of a region's, as a regional officer)
export_who=$([ "$facilities" -gt 1 ] && echo national || echo staff)
for who in $(echo "$export_who"; [ "$facilities" -gt 1 ] && echo regional); do
  offset=$(stat -c %s "$PG_LOG")
  curl -s -o /dev/null -b "$work/capture-$who.jar" "$base/reports/enrollments.csv?from=2199-12-31"
  sleep 0.5
  python3 bench/capture.py "$PG_LOG" "$offset" "$db" "$work/export-$who.sql" >/dev/null
  python3 -c "import re,sys; print(re.search(r'^copy \(.*?\) to stdout with \([^)]*\)', open(sys.argv[1]).read(), re.S | re.M).group(0))" \
    "$work/export-$who.sql" >"$work/copy-$who.sql"
done
stop_app
psql -d postgres -qc "alter database $db reset log_min_duration_statement"
# the plan of the twelve months' statement, as the application's connections run it
PGOPTIONS="$app_options $(scope_options staff) -c statement_timeout=0" psql -U "$app_role" -d "$db" -Atqc "explain (analyze, buffers) $(sed 's/;$//' "$work/months.sql")" >"$work/months-plan.txt"

# 2. The measured start, then fifty staff signed in, each with its own session.
log "starting the application"
start_app "$work/app.log"
start_seconds=$started_in
login admin "$work/admin.jar"
users_lua() { # users_lua WHO BASE OUT: signs in WHO's fifty accounts at BASE, writes the Lua script rotating their cookies
  local who=$1 b=$2 i
  {
    echo "local cookies = {"
    for i in $(seq 1 "$users"); do
      login "${prefix[$who]}$i" "$work/$who-$i.jar" "$b"
      echo "  \"$(cookie "$work/$who-$i.jar")\","
    done
    echo "}"
    cat <<'LUA'
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", nil, { ["Cookie"] = cookies[(n % #cookies) + 1] })
end
LUA
  } >"$3"
}
whos=$(for entry in "${pages[@]}"; do echo "${entry##*|}"; done | sort -u)
for who in $whos; do
  log "signing in $users accounts: ${prefix[$who]}1..${prefix[$who]}$users"
  users_lua "$who" "$base" "$work/users-$who.lua"
done
fapp=
if [ -n "$compare" ]; then
  log "starting the application on $dbf beside it (port $fport)"
  main_app=$app
  start_app "$work/app-facility-compare.log" "$dbf" "$fport"
  fapp=$app; app=$main_app
  users_lua staff "$fbase" "$work/users-facility.lua"
fi
sessions_before=$(psqlc "select count(*) from spring_session")
loadavg() { cut -d' ' -f1 /proc/loadavg; }
wrk_rps() { # wrk_rps PATH SECONDS [LUA [BASE]]: requests/s at 8 connections, signed in by LUA; reports non-2xx answers
  local out
  out=$(wrk -t2 -c8 -d"$2"s --timeout 30s ${3:+-s "$3"} "${4:-$base}$1" 2>&1) || log "wrk failed on $1: $out"
  if grep -q "Non-2xx" <<<"$out"; then log "non-2xx answers from $1: $(grep Non-2xx <<<"$out")"; fi
  awk '/Requests\/sec/ { print $2 }' <<<"$out"
}
pgbench_tps() { # pgbench_tps SCRIPT SECONDS [CLIENTS [WHO]]: as the application's role with WHO's scope (staff)
  local out c=${3:-8}
  out=$(PGOPTIONS="$app_options $(scope_options "${4:-staff}")" pgbench -U "$app_role" -n -c "$c" -j "$(( c < 2 ? 1 : 2 ))" \
    -T "$2" -M extended -f "$1" "$db" 2>&1) \
    || log "pgbench failed on $1: $(tail -3 <<<"$out")"
  awk '/^tps = / { print $3 }' <<<"$out"
}
# measure NAME KIND ROUND COMMAND...: runs it, appends "round name kind value load-before load-after" to the figures
measure() {
  local name=$1 kind=$2 round=$3 l0 l1 value; shift 3
  l0=$(loadavg); value=$("$@"); l1=$(loadavg)
  echo "$round $name $kind ${value:-0} $l0 $l1" >>"$work/figures.txt"
  log "round $round $name $kind: $value (load $l0 → $l1)"
}

# 3. Warm-up: the login page and every page (signed in) and every SQL script, before anything is measured.
log "warming up"
wrk_rps /login 20 >/dev/null
for entry in "${pages[@]}"; do
  IFS='|' read -r name path text who <<<"$entry"
  wrk_rps "$path" "$([ "$name" = floor ] && echo 20 || echo 5)" "$work/users-$who.lua" >/dev/null
  if [ -n "$compare" ] && [ "$who" = staff ]; then
    wrk_rps "$path" "$([ "$name" = floor ] && echo 20 || echo 5)" "$work/users-facility.lua" "$fbase" >/dev/null
  fi
  [ "$name" = floor ] || pgbench_tps "$work/$name.sql" 3 8 "$who" >/dev/null
done
pgbench_tps "$work/months.sql" 5 1 >/dev/null

# 4. Interleaved rounds: login page, floor, then each page and its SQL.
: >"$work/figures.txt"
for round in $(seq 1 "$rounds"); do
  measure login page "$round" wrk_rps /login "$duration"
  for entry in "${pages[@]}"; do
    IFS='|' read -r name path text who <<<"$entry"
    measure "$name" page "$round" wrk_rps "$path" "$duration" "$work/users-$who.lua"
    # the same page of the same facility on the database that holds only that facility
    if [ -n "$compare" ] && [ "$who" = staff ]; then
      measure "$name" fpage "$round" wrk_rps "$path" "$duration" "$work/users-facility.lua" "$fbase"
    fi
    [ "$name" = floor ] || measure "$name" sql "$round" pgbench_tps "$work/$name.sql" "$duration" 8 "$who"
    # the overviews' SQL one request at a time (its time per request, for the goal of 100 ms)
    if [ "$who" != staff ]; then
      measure "$name" sql1 "$round" pgbench_tps "$work/$name.sql" "$duration" 1 "$who"
    fi
  done
  # the dashboard's twelve months, one at a time (it runs at most once a minute, see report.RecentParticipation)
  measure months sql1 "$round" pgbench_tps "$work/months.sql" "$duration" 1
done
sessions_after=$(psqlc "select count(*) from spring_session")
if [ -n "$fapp" ]; then kill "$fapp" 2>/dev/null || true; wait "$fapp" 2>/dev/null || true; fapp=; fi
jcmd "$app" GC.run >/dev/null
heap_warm=$(jcmd "$app" GC.heap_info | awk '/used/ { for (i = 1; i <= NF; i++) if ($i == "used") { print $(i+1); exit } }')

# 4. CSV export against COPY of the same query; peak heap while exporting.
copy_of() { # copy_of WHERE WHO: the export's own COPY statement as WHO ran it (captured above) with that filter
  local where=$1
  python3 -c "import sys; print(open(sys.argv[1]).read().replace(\" and enrolled_on >= date '2199-12-31'\", sys.argv[2]))" \
    "$work/copy-$2.sql" "$where"
}
export_run() { # export_run QUERYSTRING WHERE LABEL [DB [WHO]]: app rows, app s, psql COPY s, peak heap MB
  local q=$1 where=$2 target=${4:-$db} who=${5:-$export_who} peak t0 t1 rows copy_s
  jcmd "$app" GC.run >/dev/null
  ( while kill -0 "$app" 2>/dev/null; do jstat -gc "$app" | awk 'NR == 2 { printf "%.0f\n", ($3 + $4 + $6 + $8) }'; sleep 0.2; done ) >"$work/heap-$3.txt" &
  local sampler=$!
  t0=$(date +%s.%N)
  rows=$(curl -s -b "$work/capture-$who.jar" "$base/reports/enrollments.csv$q" | wc -l)
  t1=$(date +%s.%N)
  kill $sampler; wait $sampler 2>/dev/null || true
  peak=$(sort -n "$work/heap-$3.txt" | tail -1)
  t2=$(date +%s.%N)
  # the application raises its statement limit for the export (shared.LongStatements); psql has none here
  PGOPTIONS="$app_options $(scope_options "$who") -c statement_timeout=0" psql -U "$app_role" -d "$target" -Atqc \
    "$(copy_of "$where" "$who")" | wc -l >/dev/null
  t3=$(date +%s.%N)
  echo "$((rows - 1)) $(echo "$t1 - $t0" | bc) $(echo "$t3 - $t2" | bc) $((peak / 1024))"
}
log "CSV export"
export_load=$(cut -d' ' -f1 /proc/loadavg)
total_enrollments=$(psqlc "select count(*) from enrollment")
# about a million rows: enrollments up to the date where a million is reached
million_to=$(psqlc "select enrolled_on from enrollment order by enrolled_on offset $(( total_enrollments > 1000000 ? 999999 : total_enrollments * 2 / 3 )) limit 1")
for who in staff regional national; do login "${first_user[$who]}" "$work/capture-$who.jar"; done
read -r csv1_rows csv1_app csv1_copy csv1_heap <<<"$(export_run "?to=$million_to" " and enrolled_on <= date '$million_to'" part)"
read -r csv2_rows csv2_app csv2_copy csv2_heap <<<"$(export_run "" "" all)"
csvr_rows=
if [ "$facilities" -gt 1 ]; then
  read -r csvr_rows csvr_app csvr_copy csvr_heap <<<"$(export_run "" "" region "$db" regional)"
fi
export_load="$export_load → $(cut -d' ' -f1 /proc/loadavg)"

# 5. Contention: 50 concurrent enrollments into a 10-place program, 100 times.
log "contention"
contention_rounds=${BENCH_ROUNDS:-100}
psql -d "$db" -q <<SQL
delete from enrollment_event where enrollment_id in (select e.id from enrollment e join program p on p.id = e.program_id where p.title like 'Uji Kontensi %');
delete from enrollment where program_id in (select id from program where title like 'Uji Kontensi %');
delete from program where title like 'Uji Kontensi %';
insert into program (facility_id, kind, partner_id, title, start_date, end_date, capacity, target_jp, status, vocation,
                     completion_threshold_percent)
select $first_facility, 'TRAINING', 1, 'Uji Kontensi ' || g, date '2027-03-01', date '2027-04-30', 10, 40, 'OPEN', 'Uji', 80
  from generate_series(1, $contention_rounds) g;
SQL
contention_programs=($(psqlc "select id from program where title like 'Uji Kontensi %' order by id"))
# inmates every rule lets in without an override: active, released (if known) after the programs end
candidates=($(psqlc "select i.id from inmate i where i.status = 'ACTIVE' and i.facility_id = $first_facility
   and (i.expected_release_date is null or i.expected_release_date > date '2027-04-30') order by i.id limit 50"))
csrf=$(curl -s -b "$work/admin.jar" "$base/programs/${contention_programs[0]}/enrollments/new" | grep -o 'name="_csrf"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
t0=$(date +%s.%N)
for p in "${contention_programs[@]}"; do
  printf '%s\n' "${candidates[@]}" | xargs -P 50 -I{} curl -s -o /dev/null -w '%{http_code}\n' -b "$work/admin.jar" \
    --data-urlencode "inmateId={}" --data-urlencode "_csrf=$csrf" "$base/programs/$p/enrollments" >>"$work/contention-codes.txt"
done
t1=$(date +%s.%N)
contention_seconds=$(echo "$t1 - $t0" | bc)
# answers: 302 is an enrollment made (redirect to the list); anything else is a refusal or an error
contention_codes=$(sort "$work/contention-codes.txt" | uniq -c | awk '{ printf "%s%s × %s", (NR > 1 ? ", " : ""), $1, $2 }')
contention_bad=$(psqlc "select count(*) from program p where p.title like 'Uji Kontensi %'
   and (select count(*) from enrollment e where e.program_id = p.id and e.status = 'ACTIVE') <> 10")
contention_total=$(psqlc "select count(*) from enrollment e join program p on p.id = e.program_id where p.title like 'Uji Kontensi %'")
contention_active=$(psqlc "select count(*) from enrollment e join program p on p.id = e.program_id where p.title like 'Uji Kontensi %' and e.status = 'ACTIVE'")
stop_app

# 6b. Start and heap at facility scale, beside the national figures.
facility_start=
if [ "$scale" = national ]; then
  dbf=binaan_bench_facility
  if ! psql -d postgres -Atqc "select 1 from pg_database where datname = '$dbf'" | grep -q 1; then
    log "generating $dbf"
    BENCH_PASSWORD="$password" bench/generate.sh facility "$dbf"
  fi
  log "start and heap at facility scale"
  start_app "$work/app-facility.log" "$dbf"
  facility_start=$started_in
  login admin "$work/facility.jar"
  for path in /account/password /inmates "/inmates?q=rahm" /programs /sessions /; do
    wrk -t2 -c8 -d3s -H "Cookie: $(cookie "$work/facility.jar")" "$base$path" >/dev/null
  done
  jcmd "$app" GC.run >/dev/null
  facility_heap=$(jcmd "$app" GC.heap_info | awk '/used/ { for (i = 1; i <= NF; i++) if ($i == "used") { print $(i+1); exit } }')
  facility_spring=$(grep -o 'Started [A-Za-z]* in [0-9.]* seconds' "$work/app-facility.log" | head -1)
  stop_app
fi

# 4b. The whole export of a database with twice the enrollments (3 M), for the peak heap at 3 M rows.
db3=${BENCH_DB_3M:-binaan_bench_${scale}_3m}
csv3_rows=
if [ "${BENCH_3M:-0}" = 1 ] || [ -n "${BENCH_DB_3M:-}" ]; then
  if ! psql -d postgres -Atqc "select 1 from pg_database where datname = '$db3'" | grep -q 1; then
    log "generating $db3"
    BENCH_PASSWORD="$password" bench/generate.sh "$scale-3m" "$db3"
  fi
  log "CSV export of $db3"
  start_app "$work/app-3m.log" "$db3"
  login "${first_user[$export_who]}" "$work/capture-$export_who.jar"
  read -r csv3_rows csv3_app csv3_copy csv3_heap <<<"$(export_run "" "" all3m "$db3")"
  stop_app
fi

# Results
log "writing $results"
f() { python3 -c "import sys; print(f'{float(sys.argv[1]):,.${2:-1}f}')" "$1" 2>/dev/null || echo "$1"; }
for entry in "${pages[@]}"; do
  IFS='|' read -r name path text who <<<"$entry"
  echo "$name|$path|$text|${statements[$name]}|$who"
done >"$work/labels.txt"
counts=$(psqlc "select format('%s inmates, %s programs, %s sessions, %s enrollments, %s attendance rows, %s partners',
  (select count(*) from inmate), (select count(*) from program), (select count(*) from program_session),
  (select count(*) from enrollment), (select count(*) from attendance), (select count(*) from partner))")
{
  echo "# Benchmark results"
  echo
  echo "Written by \`bench/run.sh $scale\` (BENCH_SECONDS=$duration, BENCH_ROUNDS_MEASURE=$rounds) from $run_started to $(date -u '+%H:%M UTC'); nothing in this file comes from another run."
  echo
  echo "- Machine: $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GB memory, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); shared with other work while it ran: the load average beside each figure says how much."
  echo "- Load average (1, 5, 15 min) at the start: $load_start; at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "- Scale: **$scale** — $counts"
  echo "- PostgreSQL: $(psqlc 'show server_version'); Java: $(java -version 2>&1 | head -1); the app runs with -Xmx256m, pool of 10"
  echo "- Load: \`wrk -t2 -c8 -d${duration}s --timeout 30s\` per page, signed in as $users distinct staff (each signed in once through the login form with its CSRF token; a Lua script sends their SESSION cookies in turn; $sessions_before sessions in the database before the rounds, $sessions_after after); beside it \`pgbench -n -c 8 -j 2 -T $duration -M extended\` running the SQL that page ran (captured from the PostgreSQL log, parameters included) with the application's connection options (\`$app_options\`)."
  echo "- Before measuring: 20 s of the login page and of the floor, 5 s of every other page, 3 s of every SQL script. Then $rounds rounds, each: login page, floor, then every page followed by its SQL."
  echo
  echo "## 1–3. Goals: the floor and k"
  echo
  python3 bench/figures.py "$work/figures.txt" "$work/labels.txt"
  echo
  echo "Statements are the page's own, and in brackets the session store's (one read; its last access is written at most once a minute). pgbench runs the page's own statements; the session store's belong to the floor."
  echo
  echo "## 2b. The dashboard's twelve months at this scale"
  echo
  echo "The statement as the application ran it (captured above), \`EXPLAIN (ANALYZE, BUFFERS)\` with the application's connection options, load average $(cut -d' ' -f1-3 /proc/loadavg | cut -d' ' -f1) around the end of the run:"
  echo
  echo '```'
  cat "$work/months-plan.txt"
  echo '```'
  if [ -f "bench/dashboard-before-$scale.txt" ]; then
    echo
    echo "Before (the statement this replaced, on the same database; recorded once in \`bench/dashboard-before-$scale.txt\`):"
    echo
    echo '```'
    cat "bench/dashboard-before-$scale.txt"
    echo '```'
  fi
  echo
  echo "## 4. CSV export"
  echo
  echo "| rows | app (GET /reports/enrollments.csv) s | psql COPY of the same query s | COPY s / app s | peak heap while exporting (-Xmx256m) |"
  echo "|---:|---:|---:|---:|---:|"
  echo "| $(f "$csv1_rows" 0) | $(f "$csv1_app" 2) | $(f "$csv1_copy" 2) | $(python3 -c "print(f'{$csv1_copy / $csv1_app:.2f}')") | $(f "$csv1_heap" 0) MB |"
  echo "| $(f "$csv2_rows" 0) | $(f "$csv2_app" 2) | $(f "$csv2_copy" 2) | $(python3 -c "print(f'{$csv2_copy / $csv2_app:.2f}')") | $(f "$csv2_heap" 0) MB |"
  if [ -n "$csvr_rows" ]; then
    echo "| $(f "$csvr_rows" 0) (region $first_region, as a regional officer) | $(f "$csvr_app" 2) | $(f "$csvr_copy" 2) | $(python3 -c "print(f'{$csvr_copy / $csvr_app:.2f}')") | $(f "$csvr_heap" 0) MB |"
  fi
  if [ -n "$csv3_rows" ]; then
    echo "| $(f "$csv3_rows" 0) | $(f "$csv3_app" 2) | $(f "$csv3_copy" 2) | $(python3 -c "print(f'{$csv3_copy / $csv3_app:.2f}')") | $(f "$csv3_heap" 0) MB |"
  fi
  echo
  echo "Goal: COPY/app ≥ 0.85; peak heap of the largest export within 10 % of the one at a million rows. One run each (load average $export_load). The 3 M-row database (\`bench/generate.sh $scale-3m\`) is exported only with BENCH_3M=1$( [ -n "$csv3_rows" ] && echo ': last row' || echo '; not in this run')."
  echo
  echo "## 5. Contention"
  echo
  echo "$contention_rounds rounds of 50 concurrent enrollment requests into a new 10-place program: $contention_total enrollments made, $contention_active active; rounds without exactly 10 active: **$contention_bad**; HTTP answers: $contention_codes (302 = enrolled, active or waitlisted). $(python3 -c "print(f'{$contention_total / $contention_seconds:.1f}')") enrollments/s ($(f "$contention_seconds" 1) s in all)."
  echo
  echo "## 6. Start and heap"
  echo
  echo "- Start to the first healthy answer: $(f "$start_seconds" 1) s (Spring's own figure: $(grep -o 'Started [A-Za-z]* in [0-9.]* seconds' "$work/app.log" | head -1))"
  echo "- Heap used after the rounds and a full GC: $(python3 -c "print(f'{int(\"${heap_warm%K}\") / 1024:.0f}')") MB"
  if [ -n "$facility_start" ]; then
    echo "- At facility scale (\`binaan_bench_facility\`): start $(f "$facility_start" 1) s ($facility_spring); heap after warm-up (3 s of wrk on six pages) and a full GC: $(python3 -c "print(f'{int(\"${facility_heap%K}\") / 1024:.0f}')") MB"
  fi
} >"$results"
cat "$results"
log "done; work files in $work"
