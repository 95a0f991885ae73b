#!/bin/sh
# Run once by the official PostgreSQL image when it makes the database: the application's own role, neither
# superuser nor owner, so that row-level security applies to every statement Binaan runs. The image's user
# (POSTGRES_USER, a superuser) owns the tables and runs the migrations.
set -e
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<SQL
create role "${BINAAN_DB_USER:-binaan}" login password '${BINAAN_DB_PASSWORD:-binaan}' nosuperuser nocreatedb nocreaterole nobypassrls;
SQL
