#!/usr/bin/env bash
# Backs up the Binaan database into a dated pg_dump file (custom format) and keeps the last
# KEEP_DAYS days of backups.
#   BACKUP_DIR=/var/backups/binaan KEEP_DAYS=30 scripts/backup.sh
# Connection: PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE (libpq's variables; database
# defaults to binaan).
set -euo pipefail
backup_dir="${BACKUP_DIR:-./backups}"
keep_days="${KEEP_DAYS:-30}"
database="${PGDATABASE:-binaan}"
mkdir -p "$backup_dir"
file="$backup_dir/binaan-$(date -u +%Y-%m-%dT%H%M%SZ).dump"
pg_dump --format=custom --no-owner --no-privileges --dbname="$database" --file="$file.partial"
mv "$file.partial" "$file"
find "$backup_dir" -name 'binaan-*.dump' -type f -mtime +"$keep_days" -delete
echo "$file"
