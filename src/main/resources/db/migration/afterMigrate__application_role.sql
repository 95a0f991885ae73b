-- After every migration: when the application runs as a role other than the one that migrates
-- (spring.flyway.user set apart from spring.datasource.username), that role gets exactly the rights it
-- needs on every table, including tables added since (see V2026.11.29.31). With one role, nothing to do.
do
$$
    begin
        if '${app_role}' <> current_user then
            perform binaan_grant_app_role('${app_role}');
        end if;
    end
$$;
