package id.binaan.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.Session;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The application's own wall: every facility-owned entity carries {@code @Filter(name = FacilityScope.FILTER)},
 * and each transaction of a facility or regional scope enables that filter with the scope's facilities, so no
 * entity of another facility is read, even by id (an id outside the scope is as if it did not exist: 404).
 */
public final class FacilityScope {

    public static final String FILTER = "facilityScope";
    public static final String PARAMETER = "facilities";

    private FacilityScope() {
    }

    static void apply(EntityManager entityManager) {
        Scope scope = Scope.current();
        Session session = entityManager.unwrap(Session.class);
        if ((scope.kind() == Scope.Kind.FACILITY || scope.kind() == Scope.Kind.REGIONAL)) {
            session.enableFilter(FILTER).setParameterList(PARAMETER, scope.facilities().isEmpty()
                    ? java.util.List.of(-1L) : scope.facilities());
        } else if (scope.kind() == Scope.Kind.NONE) {
            session.enableFilter(FILTER).setParameterList(PARAMETER, java.util.List.of(-1L));
        } else {
            session.disableFilter(FILTER);
        }
    }

    /** A JPA transaction manager that applies the work's scope at the start of each transaction. */
    static class TransactionManager extends JpaTransactionManager {

        TransactionManager(EntityManagerFactory factory) {
            super(factory);
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
            super.doBegin(transaction, definition);
            EntityManagerHolder holder = (EntityManagerHolder) TransactionSynchronizationManager
                    .getResource(obtainEntityManagerFactory());
            if (holder != null) {
                apply(holder.getEntityManager());
            }
        }
    }
}
