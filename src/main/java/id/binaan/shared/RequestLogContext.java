package id.binaan.shared;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the request id and the signed-in user into every log line of a request (MDC keys
 * {@code requestId} and {@code user}; see {@code logging.pattern.correlation}). The request id comes
 * from a well-formed {@code X-Request-Id} (as a proxy sets it) or is made here, and is echoed in the
 * response so that a user's report can be matched with the log. Each request ends with one line:
 * method, path, status, milliseconds.
 */
@Configuration(proxyBeanMethods = false)
class RequestLogContext {

    static final String HEADER = "X-Request-Id";
    static final String REQUEST_ID = "requestId";
    static final String REQUEST_ID_ATTRIBUTE = RequestLogContext.class.getName() + ".requestId";
    static final String USER = "user";
    /** Letters, digits and a few separators, at most 64: nothing a log reader could mistake for another line. */
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{8,64}");

    @Bean
    FilterRegistrationBean<RequestId> requestIdFilter() {
        FilterRegistrationBean<RequestId> registration = new FilterRegistrationBean<>(new RequestId());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** After Spring Security's filters, when the user is known. */
    @Bean
    FilterRegistrationBean<SignedInUser> signedInUserFilter() {
        FilterRegistrationBean<SignedInUser> registration = new FilterRegistrationBean<>(new SignedInUser());
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    static String requestId(String offered) {
        return offered != null && WELL_FORMED.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }

    /** One line per page or form post; not for the app's own styles and scripts, nor for the metrics scraper. */
    static boolean worthALine(String path) {
        return !(path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/")
                || path.startsWith("/actuator/") || path.equals("/favicon.ico"));
    }

    static final class RequestId extends OncePerRequestFilter {

        private static final Logger log = LoggerFactory.getLogger("id.binaan.request");

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            // an async dispatch of the same request keeps the id it was given first
            String id = (String) request.getAttribute(REQUEST_ID_ATTRIBUTE);
            if (id == null) {
                id = requestId(request.getHeader(HEADER));
                request.setAttribute(REQUEST_ID_ATTRIBUTE, id);
                response.setHeader(HEADER, id);
            }
            MDC.put(REQUEST_ID, id);
            long started = System.nanoTime();
            try {
                chain.doFilter(request, response);
            } finally {
                if (!request.isAsyncStarted() && worthALine(request.getRequestURI())) {
                    // the path only: a query string may hold what someone searched for, such as a name or NIK
                    log.info("{} {} {} {} ms", request.getMethod(), request.getRequestURI(), response.getStatus(),
                            (System.nanoTime() - started) / 1_000_000);
                }
                MDC.remove(REQUEST_ID);
                MDC.remove(USER);
            }
        }

        @Override
        protected boolean shouldNotFilterAsyncDispatch() {
            return false;
        }
    }

    static final class SignedInUser extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null && authentication.isAuthenticated()
                    && !(authentication instanceof AnonymousAuthenticationToken)) {
                MDC.put(USER, authentication.getName());
            }
            chain.doFilter(request, response);
        }
    }
}
