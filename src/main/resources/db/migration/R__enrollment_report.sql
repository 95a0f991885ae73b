-- One row per enrollment with the figures of the CSV enrollment report (DESIGN.md).
-- The attendance columns come only from here: sessions_held counts the program's HELD sessions
-- within the enrollment's active period; sessions_attended and jp_attended are 0 until attendance
-- records exist, then they are computed from them in this view.
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
       (select count(*)
          from program_session s
         where s.program_id = e.program_id
           and s.status = 'HELD'
           and e.activated_on is not null
           and s.session_date >= e.activated_on
           and (e.ended_on is null or s.session_date <= e.ended_on))::integer as sessions_held,
       0                      as sessions_attended,
       0                      as jp_attended,
       e.outcome              as outcome,
       e.certificate_number   as certificate_number
  from enrollment e
  join inmate i on i.id = e.inmate_id
  join program p on p.id = e.program_id
  join partner pa on pa.id = p.partner_id;
