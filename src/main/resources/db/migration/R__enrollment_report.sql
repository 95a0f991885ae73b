-- One row per enrollment with the figures of the CSV enrollment report (DESIGN.md).
-- The attendance columns come from the attendance rows of the enrollment's HELD sessions, counted
-- as the attendance module counts them for completion.
drop view if exists enrollment_report;

create view enrollment_report as
select e.id                   as enrollment_id,
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
       coalesce(t.sessions_held, 0)     as sessions_held,
       coalesce(t.sessions_attended, 0) as sessions_attended,
       coalesce(t.jp_attended, 0)       as jp_attended,
       e.outcome              as outcome,
       e.certificate_number   as certificate_number
  from enrollment e
  join inmate i on i.id = e.inmate_id
  join program p on p.id = e.program_id
  join partner pa on pa.id = p.partner_id
  -- the same figures as the attendance module's AttendanceTally: rows of held sessions
  left join lateral (
        select count(*)::integer                                          as sessions_held,
               count(*) filter (where a.status = 'PRESENT')::integer      as sessions_attended,
               coalesce(sum(s.jp) filter (where a.status = 'PRESENT'), 0)::integer as jp_attended
          from attendance a
          join program_session s on s.id = a.session_id and s.status = 'HELD'
         where a.enrollment_id = e.id) t on true;
