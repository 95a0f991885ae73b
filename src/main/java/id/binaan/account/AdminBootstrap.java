package id.binaan.account;


import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Outside the demo data, no account exists until the first administrator is made from BINAAN_ADMIN_PASSWORD. */
@Component
@Order(10)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final Accounts accounts;
    private final String adminPassword;

    AdminBootstrap(Accounts accounts, @Value("${binaan.admin.password:}") String adminPassword) {
        this.accounts = accounts;
        this.adminPassword = adminPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyAdminExists()) {
            return;
        }
        if (adminPassword.isBlank()) {
            log.warn("No administrator account exists. Set BINAAN_ADMIN_PASSWORD and restart to create the account 'admin'.");
            return;
        }
        // the first administrator belongs to the first facility (the start-up work's scope, see StartupLock)
        accounts.createIfAbsent("system", "admin", "Administrator", Role.ADMIN, null, adminPassword);
        log.info("Created the administrator account 'admin' from BINAAN_ADMIN_PASSWORD.");
    }
}
