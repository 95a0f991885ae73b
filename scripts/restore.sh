#!/usr/bin/env bash
# Restores a backup made by backup.sh into an EMPTY database (create it first), in one transaction:
#   createdb binaan_restored && PGDATABASE=binaan_restored scripts/restore.sh backups/binaan-….dump
# Connection: libpq's variables PGHOST, PGPORT, PGUSER, PGPASSWORD and PGDATABASE (default binaan).
# Refuses a database that already holds tables, views, sequences or functions of its own.
set -euo pipefail
file="${1:?usage: restore.sh BACKUP_FILE}"
export PGDATABASE="${PGDATABASE:-binaan}"
if [ ! -r "$file" ]; then
  echo "Cannot read $file." >&2
  exit 2
fi
objects="$(psql -X -v ON_ERROR_STOP=1 -Atc "
  select (select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg_toast%'
            and n.nspname not like 'pg_temp%')
       + (select count(*) from pg_proc p join pg_namespace n on n.oid = p.pronamespace
          where n.nspname not in ('pg_catalog', 'information_schema'))")"
if [ "$objects" != "0" ]; then
  echo "Database $PGDATABASE is not empty ($objects objects); restore into a new, empty database." >&2
  exit 1
fi
pg_restore --exit-on-error --single-transaction --no-owner --no-privileges --dbname="$PGDATABASE" "$file"
echo "Restored $file into $PGDATABASE"
