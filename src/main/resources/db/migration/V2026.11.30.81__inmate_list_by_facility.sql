-- The inmate list of a facility, in each of its orders, read from an index led by the facility: a facility's first
-- page then reads its own first rows, not the nation's rows in that order filtered down to the facility's (at 530
-- facilities: 5,400 rows read for the 21 shown, 7.5 ms instead of a fraction of one).
create index inmate_facility_name_sort on inmate (facility_id, lower(full_name), id);
create index inmate_facility_admission_sort on inmate (facility_id, admission_date, id);
create index inmate_facility_release_sort on inmate (facility_id, (coalesce(expected_release_date, date '9999-12-31')), id);
