#!/usr/bin/env python3
"""Writes the pages' section of bench/RESULTS.md from the interleaved rounds of bench/run.sh.

Usage: figures.py FIGURES LABELS
FIGURES: lines "round name kind value load-before load-after" (kind: page = wrk requests/s, fpage = the same page
on the database of the first facility alone, sql = pgbench tps at 8 clients, sql1 = pgbench tps at one client).
LABELS: lines "name|path|label|statements|who".
Each figure is given as its median and range over the rounds, with the 1-minute load average seen around its
measurements; a figure whose range crosses its goal is flagged, one whose whole range misses it is marked missed.
"""
import statistics
import sys
from collections import defaultdict

rows = [line.split() for line in open(sys.argv[1]) if line.strip()]
labels = [(line.rstrip('\n').split('|') + [''])[:5] for line in open(sys.argv[2]) if line.strip()]
value = defaultdict(dict)   # (name, kind) -> {round: value}
load = defaultdict(list)    # (name, kind) -> loads
for r, name, kind, v, l0, l1 in rows:
    if float(v) > 0:  # a failed measurement (wrk or pgbench answered nothing) is left out, not counted as 0
        value[(name, kind)][int(r)] = float(v)
    load[(name, kind)] += [float(l0), float(l1)]
rounds = sorted({int(r[0]) for r in rows})


def summary(values, digits=2):
    values = [v for v in values if v is not None]
    if not values:
        return 'n/a', None, None, None
    med = statistics.median(values)
    return f'{med:,.{digits}f} ({min(values):,.{digits}f}–{max(values):,.{digits}f})', med, min(values), max(values)


def verdict(lo, hi, goal, at_most):
    if lo is None:
        return 'not measured'
    if at_most:
        return 'met' if hi <= goal else ('**missed**' if lo > goal else '**range crosses the goal**')
    return 'met' if lo >= goal else ('**missed**' if hi < goal else '**range crosses the goal**')


def loads(*keys):
    ls = [x for k in keys for x in load[k]]
    return f'{min(ls):.2f}–{max(ls):.2f}' if ls else 'n/a'


def per_round(f, *keys):
    out = []
    for r in rounds:
        try:
            out.append(f(*[value[k][r] for k in keys]))
        except (KeyError, ZeroDivisionError):
            out.append(None)
    return out


out = []
login, floor = ('login', 'page'), ('floor', 'page')
text, med, lo, hi = summary(per_round(lambda f, l: f / l, floor, login))
out.append('| figure | goal | median (range) over %d rounds | load average (1 min) around it | verdict |' % len(rounds))
out.append('|---|---|---|---|---|')
out.append(f'| signed-in floor ÷ login page (`/account/password` ÷ `/login`, req/s) | ≥ 0.70 | {text} | '
           f'{loads(floor, login)} | {verdict(lo, hi, 0.70, False)} |')
floor_rps = summary(per_round(lambda f: f, floor), 1)
for name, path, label, stmts, who in labels:
    if name == 'floor':
        continue
    page, sql = (name, 'page'), (name, 'sql')
    text, med, lo, hi = summary(per_round(lambda p, s: s / p, page, sql))
    out.append(f'| k = page time ÷ its SQL time, {label} | ≤ 2 | {text} | {loads(page, sql)} | '
               f'{verdict(lo, hi, 2, True)} |')
out.append('')
out.append('Each figure per page: requests/s of the page (wrk, 8 connections, the fifty staff sessions in turn) and '
           'transactions/s of the SQL it ran (pgbench, 8 clients); k′ = (1/page − 1/floor) × SQL tps, the page\'s '
           'cost beyond the signed-in floor in units of its SQL\'s cost (the definition of the earlier results).')
out.append('')
out.append('| page | URL | statements (+ session store) | page req/s | SQL tps | k = SQL tps ÷ page req/s | k′ beyond the floor |')
out.append('|---|---|---:|---:|---:|---:|---:|')
out.append(f'| anonymous login page | `/login` | — | {summary(per_round(lambda v: v, login), 1)[0]} | — | — | — |')
for name, path, label, stmts, who in labels:
    page, sql = (name, 'page'), (name, 'sql')
    p = summary(per_round(lambda v: v, page), 1)[0]
    if name == 'floor':
        out.append(f'| {label} | `{path}` | {stmts} | {p} | — | — | — |')
        continue
    s = summary(per_round(lambda v: v, sql), 1)[0]
    k = summary(per_round(lambda a, b: b / a, page, sql))[0]
    k2 = summary(per_round(lambda a, f, b: (1 / a - 1 / f) * b, page, floor, sql))[0]
    short = path if len(path) <= 60 else path[:57] + '…'
    out.append(f'| {label} | `{short}` | {stmts} | {p} | {s} | {k} | {k2} |')
compared = [l for l in labels if (l[0], 'fpage') in value]
if compared:
    out.append('')
    out.append('### A facility\'s page on the nation\'s database and on a database of that facility alone')
    out.append('')
    out.append('The same page of the same facility (the first: the same records with the same ids in both databases), '
               'signed in as fifty staff of that facility on each, the two measured one after the other in every round. '
               'Ratio = page time on the nation\'s database ÷ page time on the facility\'s (facility req/s ÷ national '
               'req/s); goal ≤ 1.2.')
    out.append('')
    out.append('| page | nation\'s database req/s | facility\'s database req/s | ratio | load average | verdict |')
    out.append('|---|---:|---:|---:|---|---|')
    for name, path, label, stmts, who in compared:
        page, fpage = (name, 'page'), (name, 'fpage')
        text, med, lo, hi = summary(per_round(lambda n, f: f / n, page, fpage))
        out.append(f'| {label} | {summary(per_round(lambda v: v, page), 1)[0]} | '
                   f'{summary(per_round(lambda v: v, fpage), 1)[0]} | {text} | {loads(page, fpage)} | '
                   f'{verdict(lo, hi, 1.2, True)} |')
overviews = [l for l in labels if (l[0], 'sql1') in value]
if overviews:
    out.append('')
    out.append('### The regional and national overviews\' SQL, one request at a time')
    out.append('')
    out.append('| page | SQL ms per request (pgbench, 1 client) | goal | load average | verdict |')
    out.append('|---|---:|---|---|---|')
    for name, path, label, stmts, who in overviews:
        text, med, lo, hi = summary(per_round(lambda v: 1000 / v, (name, 'sql1')), 1)
        out.append(f'| {label} | {text} | < 100 ms | {loads((name, "sql1"))} | {verdict(lo, hi, 100, True)} |')
months = per_round(lambda v: 1000 / v, ('months', 'sql1'))
out.append('')
out.append(f'The dashboard\'s twelve-months statement alone, one at a time (pgbench, 1 client): '
           f'{summary(months, 0)[0]} ms each (load {loads(("months", "sql1"))}). The dashboard runs it at most once '
           f'a minute per instance (report.RecentParticipation); its other statements are the page\'s SQL above.')
print('\n'.join(out))
