#!/usr/bin/env bash
# Backs up the Binaan database into a dated pg_dump file (custom format) and removes the backups
# older than KEEP_DAYS days (by modification time; the file just written is always kept).
#   BACKUP_DIR=/var/backups/binaan KEEP_DAYS=30 scripts/backup.sh
# Connection: libpq's variables PGHOST, PGPORT, PGUSER, PGPASSWORD (or ~/.pgpass) and PGDATABASE
# (default binaan). Prints the path of the new file. Backups hold personal data: they are written
# readable by their owner only.
set -euo pipefail
backup_dir="${BACKUP_DIR:-./backups}"
keep_days="${KEEP_DAYS:-30}"
export PGDATABASE="${PGDATABASE:-binaan}"
if ! [[ "$keep_days" =~ ^[0-9]+$ ]] || [ "$keep_days" -lt 1 ]; then
  echo "KEEP_DAYS must be a whole number of days, at least 1 (not '$keep_days')." >&2
  exit 2
fi
umask 077
mkdir -p "$backup_dir"
file="$backup_dir/binaan-$(date -u +%Y-%m-%dT%H%M%SZ).dump"
if [ -e "$file" ]; then
  echo "$file exists already; run the backup again in a second." >&2
  exit 1
fi
trap 'rm -f "$file.partial"' EXIT
pg_dump --format=custom --no-owner --no-privileges --file="$file.partial"
mv "$file.partial" "$file"
find "$backup_dir" -maxdepth 1 -name 'binaan-*.dump' -type f -mmin +$((keep_days * 24 * 60)) ! -path "$file" -print -delete \
  | sed 's/^/Removed old backup /' >&2
echo "$file"
