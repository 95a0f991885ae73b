#!/usr/bin/env bash
# Restores a backup made by backup.sh into an EMPTY database (create it first):
#   createdb binaan_restored && PGDATABASE=binaan_restored scripts/restore.sh backups/binaan-….dump
# Refuses a database that already has Binaan's tables.
set -euo pipefail
file="${1:?usage: restore.sh BACKUP_FILE}"
database="${PGDATABASE:-binaan}"
if [ "$(psql --dbname="$database" -Atc "select count(*) from pg_tables where schemaname = 'public'")" != "0" ]; then
  echo "Database $database is not empty; restore into a new, empty database." >&2
  exit 1
fi
pg_restore --exit-on-error --no-owner --no-privileges --dbname="$database" "$file"
echo "Restored $file into $database"
