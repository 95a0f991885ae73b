#!/usr/bin/env python3
"""Turns the PostgreSQL log of one request into the SQL it ran, parameters filled in.

Usage: capture.py LOGFILE BYTE_OFFSET DATABASE OUT.sql
Reads the log from BYTE_OFFSET, keeps the statements executed on DATABASE (log_min_duration_statement=0
logs each with its bind parameters), and writes them as a pgbench script, one statement per command.
Prints two numbers: the page's own statements, and the session store's (Spring Session's SPRING_SESSION
statements, which every signed-in request runs, the no-SQL floor page included). Transaction control (BEGIN,
COMMIT, ROLLBACK, SET) and the pool's empty validation statement are not counted; the scope's set_config, run only
when a pooled connection changes scope, is left out. The script holds the
page's own statements only: the session store's cost is part of the floor the page is measured against.
"""
import re
import sys

log, offset, database, out = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
entry_start = re.compile(r'^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+ \w+ \[(\d+)\] (\S*)@(\S*) ?(\w+):  (.*)$')
with open(log, 'rb') as f:
    f.seek(offset)
    text = f.read().decode('utf-8', 'replace')

entries = []  # (pid, db, level, message)
for line in text.split('\n'):
    m = entry_start.match(line)
    if m:
        entries.append([m.group(1), m.group(3), m.group(4), m.group(5)])
    elif entries and line.startswith('\t'):
        entries[-1][3] += '\n' + line[1:]
    elif entries and line and not re.match(r'^\d{4}-', line):
        entries[-1][3] += '\n' + line

param = re.compile(r"\$(\d+) = (NULL|'(?:[^']|'')*')")
statements = []
pending = None
for pid, db, level, message in entries:
    if db != database:
        continue
    m = re.match(r'duration: [\d.]+ ms  (execute [^:]+|statement): (.*)$', message, re.S)
    if level == 'LOG' and m:
        pending = [m.group(2).strip(), {}]
        statements.append(pending)
    elif level == 'DETAIL' and message.startswith('parameters:') and pending is not None:
        pending[1] = {int(n): v for n, v in param.findall(message)}
        pending = None
    elif level == 'LOG':
        pending = None

def fill(sql, params):
    return re.sub(r'\$(\d+)\b', lambda m: params.get(int(m.group(1)), m.group(0)), sql)

control = re.compile(r'^(BEGIN|COMMIT|ROLLBACK|SET |SHOW |$)', re.I)
# the scope a pooled connection is given when it changes hands between scopes (shared.ScopedDataSource): not a
# statement of the page (a connection keeps its scope while the same facility's staff borrow it), so left out
scope = re.compile(r"^select set_config\('binaan\.", re.I)
session_store = re.compile(r'\bSPRING_SESSION', re.I)
own = store = 0
with open(out, 'w') as f:
    for sql, params in statements:
        sql = fill(sql, params)
        if session_store.search(sql):
            store += 1
            continue
        if scope.match(sql):
            continue
        if not control.match(sql):
            own += 1
        if sql:
            f.write(sql.rstrip(';') + ';\n')
print(own, store)
