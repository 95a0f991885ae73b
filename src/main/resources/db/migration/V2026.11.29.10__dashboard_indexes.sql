-- Indexes the dashboard's figures need at national scale (bench/RESULTS.md): without them each of these
-- counts read the whole enrollment, program_session or inmate table on every dashboard request.

-- completions and certificates this year
create index enrollment_completed_idx on enrollment (ended_on) include (certificate_number) where status = 'COMPLETED';
-- held sessions the partner has not confirmed yet
create index program_session_unconfirmed_idx on program_session (session_date) where status = 'HELD' and confirmed_at is null;
-- sessions whose day has passed without attendance being recorded
create index program_session_scheduled_idx on program_session (session_date) where status = 'SCHEDULED';
-- inmates released soon (release readiness)
create index inmate_active_release_idx on inmate (expected_release_date) where status = 'ACTIVE';
