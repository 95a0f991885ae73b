-- An inmate record reads the person's learning from the placements before it, never from later ones: the facility
-- that transferred someone away keeps its own records and does not read what the receiving facility records of them
-- afterwards (DESIGN.md rule 3). A receiving facility's inmate record is always made after the sending one's, so
-- the earlier placements are the person's inmate records of a lower id.
-- (enrollment_report is a repeatable migration's view, made after this one: the body is checked when first used)
set local check_function_bodies = false;
create or replace function learning_record(p_inmate bigint)
    returns table (facility_id bigint, facility_name text, inmate_id bigint, registration_number text,
                   enrollment_id bigint, program_kind text, program_title text, partner text, status text,
                   enrolled_on date, ended_on date, end_reason text, jp_held integer, jp_expected integer,
                   jp_attended integer, attendance_pct numeric, outcome text, certificate_number text,
                   certificate_code text)
    language sql stable security definer as
$$
select r.facility_id, f.name, e.inmate_id, r.registration_number, r.enrollment_id, r.program_kind, r.program_title,
       r.partner, r.status, r.enrolled_on, r.ended_on, r.end_reason, r.jp_held, r.jp_expected, r.jp_attended,
       r.attendance_pct, r.outcome, coalesce(c.number, r.certificate_number), c.verification_code
  from inmate me
  join inmate i on i.person_id = me.person_id and i.id <= me.id
  join enrollment e on e.inmate_id = i.id
  join enrollment_report r on r.enrollment_id = e.id
  join facility f on f.id = r.facility_id
  left join completion_certificate c on c.enrollment_id = e.id
 where me.id = p_inmate
   and (binaan_reads_all() or me.facility_id = any (binaan_read_facilities()))
 order by r.enrolled_on, r.enrollment_id
$$;
