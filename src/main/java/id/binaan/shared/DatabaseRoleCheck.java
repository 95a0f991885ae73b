package id.binaan.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Checks at start whether the application's database role escapes row-level security (a superuser, a role with
 * BYPASSRLS, or the tables' owner): then only the application's own facility filter would separate the facilities.
 * With one facility there is nothing to separate, and a single-role install keeps working with a warning; with
 * several, Binaan refuses to start, since the second wall the facilities rely on would be missing (unless
 * {@code binaan.database.require-row-security=false} says the deployment knowingly runs without it: then a warning).
 * The README's "Database roles" says how to give the application a plain role.
 */
@Component
class DatabaseRoleCheck implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DatabaseRoleCheck.class);

    private final JdbcTemplate jdbc;
    private final boolean required;

    DatabaseRoleCheck(JdbcTemplate jdbc,
            @org.springframework.beans.factory.annotation.Value("${binaan.database.require-row-security:true}") boolean required) {
        this.jdbc = jdbc;
        this.required = required;
    }

    @Override
    public void run(ApplicationArguments args) {
        Boolean escapes = jdbc.queryForObject("""
                select r.rolsuper or r.rolbypassrls
                       or exists (select 1 from pg_tables t where t.tablename = 'inmate' and t.tableowner = current_user)
                  from pg_roles r where r.rolname = current_user""", Boolean.class);
        if (!Boolean.TRUE.equals(escapes)) {
            return;
        }
        String role = jdbc.queryForObject("select current_user", String.class);
        Long facilities = jdbc.queryForObject("select count(*) from facility", Long.class);
        if (required && facilities != null && facilities > 1) {
            throw new IllegalStateException("The database role '" + role + "' is a superuser, bypasses row-level "
                    + "security or owns the tables, and this Binaan holds " + facilities + " facilities: the database "
                    + "would not keep them apart. Run the application as a plain role and the migrations as the owner "
                    + "(BINAAN_OWNER_USER; README, \"Database roles\").");
        }
        log.warn("The database role '{}' is a superuser, bypasses row-level security or owns the tables: the "
                    + "database does not enforce the facility scope a second time. Run the application as a plain role "
                    + "and the migrations as the owner (BINAAN_OWNER_USER; README, \"Database roles\").", role);
    }
}
