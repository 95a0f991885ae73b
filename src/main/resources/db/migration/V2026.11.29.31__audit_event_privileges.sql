-- Beside the trigger that refuses every change (V2026.11.28.60), privileges: the role the application
-- runs as may read and append audit events, never update, delete or truncate them.
--
-- One role for everything (the owner runs the migrations and the application): the owner gives up
-- those rights on audit_event here. It could grant them back to itself, so the recommended set-up is
-- a separate owner that runs the migrations (SPRING_FLYWAY_USER / SPRING_FLYWAY_PASSWORD) and a plain
-- role for the application (BINAAN_DB_USER): after every migration the callback
-- afterMigrate__application_role.sql calls binaan_grant_app_role for the application's role.

revoke update, delete, truncate on audit_event from public;
revoke update, delete, truncate on audit_event from current_user;

-- What the application's role needs and no more: rows of its tables, its sequences; audit events only
-- read and appended; nothing of Flyway's history. Safe to run again (each grant and revoke is idempotent).
create function binaan_grant_app_role(app_role name) returns void
    language plpgsql as
$$
begin
    execute format('grant usage on schema %I to %I', current_schema(), app_role);
    execute format('grant select, insert, update, delete on all tables in schema %I to %I', current_schema(), app_role);
    execute format('grant usage, select on all sequences in schema %I to %I', current_schema(), app_role);
    execute format('revoke update, delete, truncate on audit_event from %I', app_role);
    if to_regclass('flyway_schema_history') is not null then
        execute format('revoke all on flyway_schema_history from %I', app_role);
    end if;
end
$$;
