package id.binaan.audit;

import java.io.PrintStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;

import id.binaan.shared.LongStatements;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The audit chain check for the server's administrator: {@code java -jar binaan.jar --binaan.verify-audit}
 * connects to the database named by the usual settings (BINAAN_DB_URL, BINAAN_DB_USER, BINAAN_DB_PASSWORD),
 * runs the very check of the page /admin/audit/verify ({@link AuditChain}), prints the outcome and ends with
 * exit code 0 when the chain holds, 1 when it is broken (naming the first broken event) and 2 when the
 * check could not run. It starts no web server, runs no migration and opens its connection read-only.
 * {@code --lang=en} prints the outcome in English.
 */
public final class AuditChainCommand {

    public static final String FLAG = "--binaan.verify-audit";

    public static final int INTACT = 0;
    public static final int BROKEN = 1;
    public static final int NOT_CHECKED = 2;

    private AuditChainCommand() {
    }

    public static boolean requested(String[] args) {
        return Arrays.asList(args).contains(FLAG);
    }

    public static int run(String[] args, PrintStream out) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "i18n/account");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        Locale locale = Arrays.asList(args).contains("--lang=en") ? Locale.ENGLISH : Locale.ROOT;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Checker.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties("spring.datasource.hikari.read-only=true", "logging.level.root=warn",
                        // the chain runs through every facility's events (row-level security, V2026.11.30.52)
                        "spring.datasource.hikari.connection-init-sql=select set_config('binaan.read', '*', false)")
                .run(args)) {
            AuditChain.Verification result = context.getBean(AuditChain.class).verify();
            if (result.anchorMissing() != null) {
                ZoneId zone = ZoneId.of(context.getEnvironment().getProperty("binaan.zone", "Asia/Makassar"));
                String when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone)
                        .format(result.anchorMissing().at());
                out.println(messages.getMessage("audit.verify.anchorMissing",
                        new Object[] {result.anchorMissing().id(), when}, locale));
                return BROKEN;
            }
            if (result.firstBroken() == null) {
                out.println(messages.getMessage("audit.verify.intact", new Object[] {String.valueOf(result.checked())}, locale));
                return INTACT;
            }
            AuditChain.BrokenEvent event = result.firstBroken();
            ZoneId zone = ZoneId.of(context.getEnvironment().getProperty("binaan.zone", "Asia/Makassar"));
            String when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone).format(event.occurredAt());
            out.println(messages.getMessage("audit.verify.broken", new Object[] {event.id()}, locale));
            out.println(messages.getMessage("audit.verify.brokenEvent",
                    new Object[] {when, event.actor(), event.action()}, locale));
            return BROKEN;
        } catch (RuntimeException e) {
            out.println(messages.getMessage("audit.verify.notChecked", new Object[] {rootMessage(e)}, locale));
            return NOT_CHECKED;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    /** Only what the check needs: a connection, a transaction manager and {@link AuditChain}. */
    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
            JdbcTemplateAutoConfiguration.class, TransactionAutoConfiguration.class})
    @Import({AuditChain.class, AuditAnchor.class, LongStatements.class})
    static class Checker {
    }
}
