-- The dashboard's twelve months of participation (report.DashboardQueries.MONTHS) read only the enrollments that can
-- take part in those months: activated, and ended after the first month's last day or not ended. Open enrollments
-- sort last (infinity). The included columns let the statement read the index alone.
create index if not exists enrollment_taking_part_idx
    on enrollment ((coalesce(ended_on, date 'infinity'))) include (ended_on, activated_on, inmate_id)
    where activated_on is not null;
