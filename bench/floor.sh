#!/usr/bin/env bash
# Usage: bench/floor.sh [JAR]
# The signed-in floor against the anonymous sign-in page, with many distinct signed-in users: a fresh database
# with the demo data and 50 more staff accounts, each signed in once (its own session), then wrk on
# /account/password (signed in, no SQL of its own) rotating the 50 session cookies, and on /login without a
# cookie. After a warm-up of both, three interleaved rounds; prints each round, the medians and ranges of the
# two rates and of their ratio, and the load average before and after each measurement. Writes nothing in
# bench/RESULTS.md. Needs java 17+, wrk, psql, curl, python3; PostgreSQL as PGUSER (default postgres) on PGHOST.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${1:-$(ls target/binaan-*.jar | grep -v original | head -1)}
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
db=binaan_floor_$$
port=${BENCH_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
base=http://127.0.0.1:$port
seconds=${BENCH_SECONDS:-15}
users=${BENCH_USERS:-50}
password=Floor-Bench-2026!
work=$(mktemp -d /tmp/binaan-floor.XXXXXX)
app=
cleanup() {
  if [ -n "$app" ]; then kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; fi
  psql -d postgres -qc "drop database if exists $db with (force)" >/dev/null 2>&1 || true
}
trap cleanup EXIT
psql -d postgres -qc "create database $db"
BINAAN_DB_URL="jdbc:postgresql://$PGHOST:${PGPORT:-5432}/$db" BINAAN_DB_USER="$PGUSER" BINAAN_DB_PASSWORD="${PGPASSWORD:-}" \
  BINAAN_DEMO_PASSWORD="$password" java -Xmx256m -jar "$jar" --server.port=$port --spring.profiles.active=demo \
  >"$work/app.log" 2>&1 &
app=$!
until grep -q "Started BinaanApplication" "$work/app.log" && curl -fs "$base/actuator/health" >/dev/null; do
  kill -0 "$app" 2>/dev/null || { echo "the application did not start, see $work/app.log" >&2; exit 1; }
  sleep 0.5
done
psql -d "$db" -qc "insert into user_account (username, password_hash, full_name, role)
  select 'lantai' || g, (select password_hash from user_account where username = 'petugas'), 'Petugas Lantai ' || g, 'STAFF'
  from generate_series(1, $users) g"
cookies=()
for i in $(seq 1 "$users"); do
  jar_file="$work/c$i"
  csrf=$(curl -s -c "$jar_file" -b "$jar_file" "$base/login" | grep -o 'name="_csrf"[^>]*value="[^"]*"' | sed 's/.*value="//;s/"$//')
  curl -s -o /dev/null -c "$jar_file" -b "$jar_file" --data-urlencode "username=lantai$i" \
    --data-urlencode "password=$password" --data-urlencode "_csrf=$csrf" "$base/login"
  session=$(awk '$6 == "SESSION" {print $7}' "$jar_file")
  [ -n "$session" ] || { echo "lantai$i could not sign in" >&2; exit 1; }
  cookies+=("$session")
done
{
  echo "local cookies = {"
  for c in "${cookies[@]}"; do echo "  \"SESSION=$c\","; done
  echo "}"
  cat <<'LUA'
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", nil, { ["Cookie"] = cookies[(n % #cookies) + 1] })
end
response = function(status, headers, body)
  if status ~= 200 then wrk.thread:stop() end
end
LUA
} >"$work/rotate.lua"
sessions=$(psql -d "$db" -Atqc "select count(*) from spring_session")
rate() { # rate PATH [lua]: requests/s at 8 connections
  wrk -t2 -c8 -d"${2:-$seconds}"s ${3:+-s "$3"} "$base$1" | awk '/Requests\/sec/ {print $2}'
}
load() { cut -d' ' -f1 /proc/loadavg; }
warmup=${BENCH_WARMUP:-60}
echo "warming up ($warmup s each)" >&2
rate /login "$warmup" >/dev/null
rate /account/password "$warmup" "$work/rotate.lua" >/dev/null
floors=(); logins=(); ratios=()
for round in 1 2 3; do
  l0=$(load); login=$(rate /login "$seconds"); l1=$(load)
  floor=$(rate /account/password "$seconds" "$work/rotate.lua"); l2=$(load)
  ratio=$(python3 -c "print(f'{$floor / $login:.2f}')")
  echo "round $round: login $login req/s (load $l0 → $l1), floor $floor req/s (load $l1 → $l2), floor ÷ login $ratio"
  floors+=("$floor"); logins+=("$login"); ratios+=("$ratio")
done
python3 - "${logins[*]}" "${floors[*]}" "${ratios[*]}" <<'PY'
import statistics, sys
for name, values in zip(("login page", "signed-in floor", "floor ÷ login"), sys.argv[1:]):
    v = [float(x) for x in values.split()]
    print(f"{name}: median {statistics.median(v):.2f}, range {min(v):.2f}–{max(v):.2f}")
PY
echo "sessions in the database: $sessions after signing in $users users; $(psql -d "$db" -Atqc "select count(*) from spring_session") after the runs"
