package id.binaan;

import java.util.List;

import id.binaan.shared.Scope;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.PropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points every test's application context at {@link TestDatabase}. The database is made only
 * when a context actually asks for the datasource, so web-slice tests start none.
 */
class TestDatabaseCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return new Customizer();
    }

    static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            context.getEnvironment().getPropertySources().addFirst(new LazyDatabaseProperties());
            // A test's own code (fixtures, services called directly) works as staff of the first facility.
            Scope.useFallback(Scope.facility(TestDatabase.FACILITY));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }

    static final class LazyDatabaseProperties extends PropertySource<Object> {

        LazyDatabaseProperties() {
            super("binaanTestDatabase", new Object());
        }

        @Override
        public Object getProperty(String name) {
            return switch (name) {
                case "spring.datasource.url" -> TestDatabase.get().url();
                // the application as a plain role, the migrations as the owner (as README's deployments do)
                case "spring.datasource.username" -> TestDatabase.get().appUsername();
                case "spring.datasource.password" -> TestDatabase.get().appPassword();
                case "spring.flyway.url" -> TestDatabase.get().url();
                case "spring.flyway.user" -> TestDatabase.get().username();
                case "spring.flyway.password" -> TestDatabase.get().password();
                // Many cached test contexts share one server (max_connections 100): each keeps one idle
                // connection rather than ten, and gives back what it grew to after 30 idle seconds.
                case "spring.datasource.hikari.minimum-idle" -> "1";
                case "spring.datasource.hikari.idle-timeout" -> "30000";
                default -> null;
            };
        }
    }
}
