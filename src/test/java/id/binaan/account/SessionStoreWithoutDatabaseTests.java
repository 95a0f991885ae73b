package id.binaan.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.sql.SQLTransientConnectionException;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.Session;
import org.springframework.session.web.http.HeaderHttpSessionIdResolver;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * A request whose database stops answering waits for it once: a session change that could not be saved is not tried
 * again when the request ends, and a request whose own statements found no database does not then try to save its
 * session. Each wait is up to the pool's or the driver's time limit (5 or 6 s); two in a row outlast the 10 s in which
 * {@code FrozenDatabaseTests} wants every answer. The filters in the order the application runs them, around a
 * session store whose database is frozen at a chosen moment.
 */
class SessionStoreWithoutDatabaseTests {

    private final Store store = new Store();
    private final String sessionId = store.existing();

    @Test
    void aChangedSessionIsSavedOnceAsUsual() throws Exception {
        run(new Page((request, response) -> {
            request.getSession().setAttribute("flash", "disimpan");
            response.sendRedirect("/inmates/1");
        }));

        assertThat(store.sessions.get(sessionId).<String>getAttribute("flash")).isEqualTo("disimpan");
        assertThat(store.saves).isEqualTo(1);
    }

    @Test
    void aSaveThatGotNoAnswerIsNotTriedAgainWhenTheRequestEnds() {
        // a form post: its record committed, then the redirect commits the response and saves the flash message
        Page post = new Page((request, response) -> {
            request.getSession().setAttribute("flash", "disimpan");
            store.frozen = true;
            response.sendRedirect("/inmates/1");
        });

        assertThatThrownBy(() -> run(post)).isInstanceOf(CannotGetJdbcConnectionException.class);
        assertThat(store.callsWhileFrozen).as("calls to the store that each wait for the frozen database").isEqualTo(1);
    }

    @Test
    void aRequestWhoseStatementsGotNoAnswerDoesNotWaitAgainToSaveItsSession() {
        // a page that changed its session (a new CSRF token), then found no database for its own statements
        Page page = new Page((request, response) -> {
            request.getSession().setAttribute("csrf", "token");
            store.frozen = true;
            throw Store.noConnection();
        });

        assertThatThrownBy(() -> run(page)).isInstanceOf(CannotGetJdbcConnectionException.class);
        assertThat(store.callsWhileFrozen).as("calls to the store that each wait for the frozen database").isZero();
    }

    @Test
    void aSessionReadThatGotNoAnswerIsNotTriedAgain() {
        store.frozen = true;
        Page page = new Page((request, response) -> {
            try {
                request.getSession(false);
            } catch (CannotGetJdbcConnectionException first) {
                request.getSession(false);
            }
        });

        assertThatThrownBy(() -> run(page)).isInstanceOf(CannotGetJdbcConnectionException.class);
        assertThat(store.callsWhileFrozen).isEqualTo(1);
    }

    /** The session store's filters in the application's order: read once, Spring Session, no second wait. */
    private void run(Page page) throws Exception {
        SessionRepositoryFilter<SessionStore.StoredSession> sessions = new SessionRepositoryFilter<>(
                new SessionStore.ReadOnceSessions(store, () -> { }));
        sessions.setHttpSessionIdResolver(HeaderHttpSessionIdResolver.xAuthToken());
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/inmates");
        request.addHeader("X-Auth-Token", sessionId);
        new MockFilterChain(page, new SessionStore.RequestScope(), sessions, new SessionStore.NoSecondWait())
                .doFilter(request, new MockHttpServletResponse());
    }

    interface Work {
        void run(HttpServletRequest request, HttpServletResponse response) throws IOException;
    }

    static final class Page extends HttpServlet {

        private final transient Work work;

        Page(Work work) {
            this.work = work;
        }

        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
            work.run(request, response);
        }
    }

    /** Sessions in memory; once frozen, every call fails as one that waited for a connection in vain. */
    static final class Store implements FindByIndexNameSessionRepository<Session> {

        final Map<String, Session> sessions = new HashMap<>();
        boolean frozen;
        int callsWhileFrozen;
        int saves;

        static CannotGetJdbcConnectionException noConnection() {
            return new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                    new SQLTransientConnectionException("Connection is not available, request timed out after 5000ms."));
        }

        String existing() {
            MapSession session = new MapSession();
            sessions.put(session.getId(), session);
            return session.getId();
        }

        private void call() {
            if (frozen) {
                callsWhileFrozen++;
                throw noConnection();
            }
        }

        @Override
        public Session createSession() {
            return new MapSession();
        }

        @Override
        public void save(Session session) {
            call();
            saves++;
            sessions.put(session.getId(), new MapSession(session));
        }

        @Override
        public Session findById(String id) {
            call();
            Session session = sessions.get(id);
            return session == null ? null : new MapSession(session);
        }

        @Override
        public void deleteById(String id) {
            call();
            sessions.remove(id);
        }

        @Override
        public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
            call();
            return Map.of();
        }
    }
}
