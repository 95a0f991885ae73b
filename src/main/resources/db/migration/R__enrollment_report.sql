-- DESIGN.md "Counting JP, one definition everywhere", written once: every page, PDF, CSV column and rule reads the
-- figures below (pages and completion through enrollment_jp and program_jp_held, the CSV, the evidence pack and the
-- certificates through the enrollment_report view).
drop view if exists enrollment_report;
drop function if exists enrollment_jp(bigint);

-- An enrollment takes part on a day from the day it became active up to and including the day it ended.
create or replace function enrollment_active_on(activated_on date, ended_on date, day date) returns boolean
    language sql immutable parallel safe as
$$
select activated_on is not null and activated_on <= day and (ended_on is null or ended_on >= day)
$$;

-- A session's JP held: its JP once it is HELD, the JP delivered that the partner confirmed once confirmed; a
-- cancelled or unheld session holds none.
create or replace function session_jp_held(status varchar, jp integer, jp_delivered integer) returns integer
    language sql immutable parallel safe as
$$
select case when status = 'HELD' then coalesce(jp_delivered, jp) else 0 end
$$;

-- The JP a program has held.
create or replace function program_jp_held(program bigint) returns integer
    language sql stable parallel safe as
$$
select coalesce(sum(session_jp_held(s.status, s.jp, s.jp_delivered)), 0)::integer
  from program_session s
 where s.program_id = program
$$;

-- One enrollment's figures: the sessions held while it was active and those attended; the JP held while active,
-- the JP of its excused absences among them, the JP expected (held less excused), the JP attended, and the
-- attendance percentage (attended of expected, one decimal, none when nothing was expected); the first and the
-- last of those sessions.
create function enrollment_jp(enrollment bigint)
    returns table (sessions_held integer, sessions_attended integer, jp_held integer, jp_excused integer,
                   jp_expected integer, jp_attended integer, attendance_pct numeric, first_held_on date,
                   last_held_on date)
    language sql stable parallel safe as
$$
select f.sessions_held, f.sessions_attended, f.jp_held, f.jp_excused, f.jp_held - f.jp_excused,
       f.jp_attended,
       case when f.jp_held - f.jp_excused > 0 then round(f.jp_attended * 100.0 / (f.jp_held - f.jp_excused), 1) end,
       f.first_held_on, f.last_held_on
  from (select count(s.id)::integer                                                        as sessions_held,
               count(s.id) filter (where a.status = 'PRESENT')::integer                    as sessions_attended,
               coalesce(sum(session_jp_held(s.status, s.jp, s.jp_delivered)), 0)::integer as jp_held,
               coalesce(sum(session_jp_held(s.status, s.jp, s.jp_delivered))
                        filter (where a.status = 'EXCUSED'), 0)::integer                   as jp_excused,
               coalesce(sum(session_jp_held(s.status, s.jp, s.jp_delivered))
                        filter (where a.status = 'PRESENT'), 0)::integer                   as jp_attended,
               min(s.session_date)                                                         as first_held_on,
               max(s.session_date)                                                         as last_held_on
          from enrollment e
          join program_session s on s.program_id = e.program_id and s.status = 'HELD'
                                and enrollment_active_on(e.activated_on, e.ended_on, s.session_date)
          left join attendance a on a.session_id = s.id and a.enrollment_id = e.id
         where e.id = enrollment) f
$$;

-- One row per enrollment with the figures of the CSV enrollment report (DESIGN.md), and its facility. Read with
-- the rights and row-level security of whoever reads it (security_invoker), never of the view's owner.
create view enrollment_report with (security_invoker = true) as
select e.id                   as enrollment_id,
       e.facility_id          as facility_id,
       f.code                 as facility_code,
       i.registration_number  as registration_number,
       i.full_name            as inmate_name,
       p.kind                 as program_kind,
       p.title                as program_title,
       p.partner_id           as partner_id,
       pa.name                as partner,
       e.status               as status,
       e.enrolled_on          as enrolled_on,
       e.ended_on             as ended_on,
       e.end_reason           as end_reason,
       t.sessions_held        as sessions_held,
       t.sessions_attended    as sessions_attended,
       t.attendance_pct       as attendance_pct,
       t.jp_held              as jp_held,
       t.jp_excused           as jp_excused,
       t.jp_expected          as jp_expected,
       t.jp_attended          as jp_attended,
       t.first_held_on        as first_held_on,
       t.last_held_on         as last_held_on,
       e.outcome              as outcome,
       e.certificate_number   as certificate_number
  from enrollment e
  join inmate i on i.id = e.inmate_id
  join program p on p.id = e.program_id
  join partner pa on pa.id = p.partner_id
  join facility f on f.id = e.facility_id
  cross join lateral enrollment_jp(e.id) t;
