-- The second wall: row-level security on every facility-owned table, keyed on the facilities the transaction
-- may read and change (V2026.11.30.51). The application's role is neither a superuser nor the tables' owner, so
-- these policies apply to every statement it runs, whether or not the statement filters by facility itself.
-- The owner (migrations, backups) is not subject to them.
do
$$
    declare
        t text;
    begin
        foreach t in array array ['inmate', 'agreement', 'coordination_meeting', 'follow_up', 'program',
            'program_session', 'enrollment', 'enrollment_event', 'attendance', 'completion_certificate',
            'inmate_import', 'inmate_import_row']
            loop
                execute format('alter table %I enable row level security', t);
                execute format('create policy facility_read on %I for select using '
                                   || '((select binaan_reads_all()) or facility_id = any ((select binaan_read_facilities())::bigint[]))', t);
                execute format('create policy facility_insert on %I for insert with check '
                                   || '((select binaan_writes_all()) or facility_id = any ((select binaan_write_facilities())::bigint[]))', t);
                execute format('create policy facility_update on %I for update using '
                                   || '((select binaan_writes_all()) or facility_id = any ((select binaan_write_facilities())::bigint[])) with check '
                                   || '((select binaan_writes_all()) or facility_id = any ((select binaan_write_facilities())::bigint[]))', t);
                execute format('create policy facility_delete on %I for delete using '
                                   || '((select binaan_writes_all()) or facility_id = any ((select binaan_write_facilities())::bigint[]))', t);
            end loop;
    end
$$;

-- Audit events: a facility's events to those who read that facility; events of accounts without a facility
-- (regional and national officers, anonymous checks) to national readers. Appending is open: a failed sign-in
-- to a facility's account belongs in that facility's log although nobody is signed in yet, and events are only
-- ever appended (V2026.11.28.60, V2026.11.29.31).
alter table audit_event enable row level security;
create policy audit_read on audit_event for select using
    ((select binaan_reads_all()) or facility_id = any ((select binaan_read_facilities())::bigint[]));
create policy audit_append on audit_event for insert with check (true);

-- The chain links every event to the one before, of whichever facility: the trigger reads the newest event as
-- the table's owner.
alter function audit_event_chain() security definer;
