package id.binaan.shared;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Arrays;
import java.util.EnumSet;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * When the database does not answer (down, frozen, unreachable, or a statement over its time limit), a request
 * gets the page {@code error/503} in the layout within a few seconds instead of hanging or ending on the
 * container's bare error page. The time limits themselves are the pool's and the driver's
 * ({@code application.properties}): a connection within 5 s, no read waiting longer than 6 s, no statement
 * running longer than 5 s unless {@link LongStatements} allows it.
 * <p>
 * The filter sits outside the session store (which is the database too) and shows the page without the request's
 * session, so it needs nothing from the database. A response that had already begun is not turned into
 * anything: the exception goes on to the container, which closes the connection, so the browser sees an incomplete
 * page rather than one that looks whole. For a form post, the page says whether the change was saved: nothing was
 * committed in the request, or something was (or a commit was in flight), and the user should look before sending
 * it again.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseUnavailable {

    /** Request attribute read by {@code error/503.html}: {@code READ}, {@code NOT_SAVED} or {@code CHECK}. */
    static final String ATTRIBUTE = "databaseUnavailable";
    private static final String COMMITTED = DatabaseUnavailable.class.getName() + ".committed";

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);

    /** Just after the request id, before the session store (Spring Session's filter is at MIN_VALUE + 50). */
    @Bean
    FilterRegistrationBean<Filter> databaseUnavailableFilter(
            @Value("${server.servlet.session.cookie.name:SESSION}") String sessionCookie) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Filter(sessionCookie));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST));
        return registration;
    }

    /**
     * Remembers, per request, that a transaction committed, or tried to: a commit that got no answer may have been
     * carried out by the database before it stopped answering.
     */
    @Bean
    TransactionExecutionListener committedInRequest() {
        return new TransactionExecutionListener() {
            @Override
            public void afterCommit(TransactionExecution transaction, Throwable commitFailure) {
                RequestAttributes request = RequestContextHolder.getRequestAttributes();
                if (request != null && !transaction.isReadOnly()) {
                    request.setAttribute(COMMITTED, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
                }
            }
        };
    }

    /** Whether that failure means the database did not answer, as opposed to a refusal or a bug. */
    public static boolean isUnavailable(Throwable failure) {
        boolean resourceFailure = false;
        boolean sqlFailure = false;
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CannotGetJdbcConnectionException || cause instanceof CannotCreateTransactionException
                    || cause instanceof QueryTimeoutException || cause instanceof SQLTransientConnectionException
                    || cause instanceof SocketTimeoutException) {
                return true;
            }
            if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && isUnavailable(rollback.getApplicationException())) {
                return true;
            }
            // The pool's answer once the driver has given up on a connection (e.g. a read timed out, then Spring
            // tried to roll back on it): the rollback's failure replaces the first one.
            if (cause instanceof SQLException sql && sql.getSQLState() == null && "Connection is closed".equals(sql.getMessage())) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                sqlFailure = true;
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.equals("57014") || state.startsWith("57P")) {
                    return true;
                }
            }
            resourceFailure |= cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessResourceException;
        }
        return resourceFailure && !sqlFailure;
    }

    static final class Filter extends OncePerRequestFilter {

        private final String sessionCookie;

        Filter(String sessionCookie) {
            this.sessionCookie = sessionCookie;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            try {
                chain.doFilter(request, response);
            } catch (ServletException | IOException | RuntimeException e) {
                if (!isUnavailable(e) || response.isCommitted()) {
                    throw e;
                }
                String outcome = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()) ? "READ"
                        : request.getAttribute(COMMITTED) != null ? "CHECK" : "NOT_SAVED";
                log.warn("Database unavailable: {} {} answered 503 ({}): {}", request.getMethod(), request.getRequestURI(),
                        outcome, rootMessage(e));
                request.setAttribute(ATTRIBUTE, outcome);
                request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                response.resetBuffer();
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                response.setHeader("Retry-After", "10");
                // A forward rather than sendError: an error dispatch skips Spring Security's header writer, and the
                // page must carry the same protective headers as every other. The session store is the database,
                // so the page is shown without the session.
                request.getRequestDispatcher("/error").forward(new WithoutSession(request, sessionCookie), response);
            }
        }

        private static String rootMessage(Throwable failure) {
            Throwable root = failure;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            return root.getClass().getSimpleName() + ": " + root.getMessage();
        }
    }

    /**
     * The request as the error page sees it: without the session cookie, so nothing asks the session store, and as a
     * GET, so that the page is not taken for a form post needing a CSRF token (which lives in that session).
     */
    static final class WithoutSession extends HttpServletRequestWrapper {

        private final String sessionCookie;

        WithoutSession(HttpServletRequest request, String sessionCookie) {
            super(request);
            this.sessionCookie = sessionCookie;
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public Cookie[] getCookies() {
            Cookie[] cookies = super.getCookies();
            return cookies == null ? null
                    : Arrays.stream(cookies).filter(cookie -> !cookie.getName().equals(sessionCookie)).toArray(Cookie[]::new);
        }
    }
}
