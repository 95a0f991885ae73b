-- The dashboard's twelve months for one facility: the same range as enrollment_taking_part_idx (V2026.11.30.40),
-- within the facility, so that a facility's dashboard costs what its own enrollments cost, not the whole database's.
create index if not exists enrollment_facility_taking_part_idx
    on enrollment (facility_id, (coalesce(ended_on, date 'infinity'))) include (ended_on, activated_on, inmate_id)
    where activated_on is not null;
