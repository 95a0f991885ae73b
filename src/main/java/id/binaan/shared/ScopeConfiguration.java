package id.binaan.shared;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every use of the application's DataSource carries the work's {@link Scope} to PostgreSQL. */
@Configuration(proxyBeanMethods = false)
class ScopeConfiguration {

    /** Boot's JPA transaction manager, applying the work's scope at the start of each transaction. */
    @Bean
    FacilityScope.TransactionManager transactionManager(EntityManagerFactory factory,
            ObjectProvider<TransactionManagerCustomizers> customizers) {
        FacilityScope.TransactionManager manager = new FacilityScope.TransactionManager(factory);
        customizers.ifAvailable(c -> c.customize(manager));
        return manager;
    }

    @Bean
    static BeanPostProcessor scopedDataSources() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource && !(bean instanceof ScopedDataSource)
                        && "dataSource".equals(beanName)) {
                    return new ScopedDataSource(dataSource);
                }
                return bean;
            }
        };
    }
}
