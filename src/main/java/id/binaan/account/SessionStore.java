package id.binaan.account;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.JdbcHttpSessionConfiguration;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

import id.binaan.shared.DatabaseUnavailable;

/**
 * The session store as a signed-in request uses it: Spring Session JDBC's tables and repository (so sessions are
 * shared by every instance and survive a restart), read once per request and written only when something changed.
 * <p>
 * Spring Session on its own runs, on every signed-in request, a SELECT, an UPDATE of the last access time and the
 * same SELECT again, each in a JPA transaction of its own: nine round trips, most of a small page's time. Here:
 * <ul>
 * <li>the session is read with one statement, without a transaction, and kept for the rest of the request (the
 * filter asks for it again when it commits the response);</li>
 * <li>its last access time is written only when the stored one is a minute old or more: the 30-minute idle limit
 * does not need more precision than that (a session idle for 29 minutes after a burst of clicks within one minute
 * may end up to a minute early), and written as soon as the request reads its session, before the page;</li>
 * <li>a session nothing changed in is not saved at all; changes (sign-in, a new CSRF token, a flash message) are
 * written in a JDBC transaction of their own, as before.</li>
 * </ul>
 * The absolute limit (12 hours, {@link SessionLifetime}) and ending a user's sessions ({@link OpenSessions#end})
 * are unchanged: they read the creation time and delete rows.
 * <p>
 * A request waits for a database that does not answer once: after a call to the store that failed, or a failure of
 * the request's own statements for want of an answer ({@link DatabaseUnavailable#isUnavailable}), every later call
 * to the store in that request fails at once with the first failure. Spring Session's filter would otherwise try a
 * failed save again when the request ends (it saves when the response is committed, then once more), and each try
 * waits up to the pool's or the driver's time limit: two of them outlast the few seconds in which the unavailable
 * page is promised.
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

    static final Duration TOUCH_AFTER = Duration.ofMinutes(1);

    private static final ThreadLocal<Map<String, Optional<StoredSession>>> READ = new ThreadLocal<>();
    private static final ThreadLocal<RuntimeException> FAILED = new ThreadLocal<>();
    private static final ThreadLocal<Boolean> READING = new ThreadLocal<>();

    /**
     * Spring Session's statements go through plain JDBC transactions (its read through none), and its repository,
     * as Spring Boot configures it, is used through {@link ReadOnceSessions}.
     */
    @Bean
    static BeanPostProcessor readOnceSessionStore(ObjectProvider<DataSource> dataSource) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof JdbcHttpSessionConfiguration configuration) {
                    configuration.setTransactionOperations(new SessionTransactions(dataSource.getObject()));
                }
                return bean;
            }

            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JdbcIndexedSessionRepository store ? new ReadOnceSessions(store) : bean;
            }
        };
    }

    /** Just outside Spring Session's filter: what was read is forgotten when the request ends. */
    @Bean
    FilterRegistrationBean<RequestScope> sessionReadOncePerRequest() {
        FilterRegistrationBean<RequestScope> registration = new FilterRegistrationBean<>(new RequestScope());
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        return registration;
    }

    static final class RequestScope extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            READ.set(new HashMap<>());
            try {
                chain.doFilter(request, response);
            } finally {
                READ.remove();
                FAILED.remove();
            }
        }
    }

    /**
     * Just inside Spring Session's filter: a request that failed because the database did not answer (its page's
     * statements, a connection not had in time) does not then wait for it again to save its session when the
     * request ends. Its changes are not wanted anyway: the page that made them was not shown.
     */
    @Bean
    FilterRegistrationBean<NoSecondWait> sessionNotSavedAfterNoAnswer() {
        FilterRegistrationBean<NoSecondWait> registration = new FilterRegistrationBean<>(new NoSecondWait());
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
        return registration;
    }

    static final class NoSecondWait extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            try {
                chain.doFilter(request, response);
            } catch (ServletException | IOException | RuntimeException e) {
                if (READ.get() != null && FAILED.get() == null && DatabaseUnavailable.isUnavailable(e)) {
                    FAILED.set(e instanceof RuntimeException runtime ? runtime
                            : new DataAccessResourceFailureException("The database did not answer in this request", e));
                }
                throw e;
            }
        }
    }

    /**
     * Runs a call to the session store, unless the database already failed to answer in this request (then that
     * failure at once); a failure of the call itself is remembered for the rest of the request.
     */
    static <T> T unlessFailed(Supplier<T> call) {
        if (READ.get() == null) {
            return call.get();
        }
        if (FAILED.get() != null) {
            throw FAILED.get();
        }
        try {
            return call.get();
        } catch (RuntimeException e) {
            FAILED.set(e);
            throw e;
        }
    }

    static void unlessFailedDo(Runnable call) {
        unlessFailed(() -> {
            call.run();
            return null;
        });
    }

    /** Runs the session read without a transaction (one statement needs none), everything else in one. */
    static final class SessionTransactions implements TransactionOperations {

        private final TransactionTemplate transactions;

        SessionTransactions(DataSource dataSource) {
            transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
            transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        }

        @Override
        public <T> T execute(TransactionCallback<T> action) throws TransactionException {
            if (Boolean.TRUE.equals(READING.get())) {
                READING.remove();
                return action.doInTransaction(new SimpleTransactionStatus(false));
            }
            return transactions.execute(action);
        }
    }

    /** The repository the session filter and {@link OpenSessions} use. */
    static final class ReadOnceSessions implements FindByIndexNameSessionRepository<StoredSession>, DisposableBean {

        private final FindByIndexNameSessionRepository<Session> store;
        private final Runnable destroy;

        @SuppressWarnings({"unchecked", "rawtypes"})
        ReadOnceSessions(JdbcIndexedSessionRepository repository) {
            // its session type is not public; every call here passes back only sessions it made
            this((FindByIndexNameSessionRepository) repository, repository::destroy);
        }

        /** Over any store (the tests' own in memory); {@code destroy} is run when the context closes. */
        ReadOnceSessions(FindByIndexNameSessionRepository<Session> store, Runnable destroy) {
            this.store = store;
            this.destroy = destroy;
        }

        /** Stops the repository's own clean-up of expired sessions. */
        @Override
        public void destroy() {
            destroy.run();
        }

        @Override
        public StoredSession createSession() {
            StoredSession session = new StoredSession(store.createSession(), store);
            session.dirty = true;
            return session;
        }

        /**
         * Spring Session's filter saves a changed session twice when the first save fails: when the response is
         * committed (e.g. by the redirect after a form post) and again when the request ends. The second attempt, or
         * a save after the request's own statements found no database, would wait for it a second time.
         */
        @Override
        public void save(StoredSession session) {
            if (session.dirty) {
                unlessFailedDo(() -> store.save(session.stored));
                session.dirty = false;
            }
            Map<String, Optional<StoredSession>> read = READ.get();
            if (read != null) {
                read.put(session.getId(), Optional.of(session));
            }
        }

        @Override
        public StoredSession findById(String id) {
            Map<String, Optional<StoredSession>> read = READ.get();
            if (read == null) {
                return wrap(store.findById(id));
            }
            if (FAILED.get() != null) {
                // the database did not answer a moment ago in this request: do not wait for it a second time
                throw FAILED.get();
            }
            Optional<StoredSession> known = read.get(id);
            if (known == null) {
                READING.set(Boolean.TRUE);
                try {
                    known = Optional.ofNullable(wrap(unlessFailed(() -> store.findById(id))));
                } finally {
                    READING.remove();
                }
                read.put(id, known);
            }
            return known.orElse(null);
        }

        @Override
        public void deleteById(String id) {
            unlessFailedDo(() -> store.deleteById(id));
            Map<String, Optional<StoredSession>> read = READ.get();
            if (read != null) {
                read.put(id, Optional.empty());
            }
        }

        @Override
        public Map<String, StoredSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
            Map<String, StoredSession> found = new LinkedHashMap<>();
            store.findByIndexNameAndIndexValue(indexName, indexValue).forEach((id, session) -> found.put(id, wrap(session)));
            return found;
        }

        private StoredSession wrap(Session session) {
            return session == null ? null : new StoredSession(session, store);
        }
    }

    /** A stored session that knows whether it needs writing. */
    static final class StoredSession implements Session {

        private final Session stored;
        private final FindByIndexNameSessionRepository<Session> store;
        private boolean dirty;

        StoredSession(Session stored, FindByIndexNameSessionRepository<Session> store) {
            this.stored = stored;
            this.store = store;
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            dirty = true;
            return stored.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return stored.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            dirty = true;
            stored.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            dirty = true;
            stored.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        /**
         * Written only when the stored time is a minute old or more (see the class comment), and then at once: the
         * session filter sets it when the request first asks for its session, before anything of the page is sent,
         * so a database that does not answer gives the unavailable page rather than a page whose end is cut off.
         */
        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (Duration.between(stored.getLastAccessedTime(), lastAccessedTime).compareTo(TOUCH_AFTER) >= 0) {
                stored.setLastAccessedTime(lastAccessedTime);
                unlessFailedDo(() -> store.save(stored));
            }
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            dirty = true;
            stored.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}
