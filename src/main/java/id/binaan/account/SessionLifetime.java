package id.binaan.account;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session 12 hours after it began, however active it was; the idle timeout (30 minutes) is
 * {@code spring.session.timeout}. The creation time is the one stored with the session in the database,
 * so the limit holds whichever instance serves the request.
 */
class SessionLifetime extends OncePerRequestFilter {

    static final Duration ABSOLUTE = Duration.ofHours(12);

    private final Clock clock;

    SessionLifetime(Clock clock) {
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && clock.millis() - session.getCreationTime() > ABSOLUTE.toMillis()) {
            session.invalidate();
            response.sendRedirect(request.getContextPath() + "/login?expired");
            return;
        }
        chain.doFilter(request, response);
    }
}
