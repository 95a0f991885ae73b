package id.binaan.account;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import id.binaan.audit.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.UrlUtils;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.util.unit.DataSize;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * No inline script or style anywhere: every template loads its scripts and styles from the app itself.
     * Images may also be data: URIs, which Bootstrap's stylesheet uses for select arrows, check marks,
     * validation icons and the menu button.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
            + "base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    /** Spring Session's cookie; {@code server.servlet.session.cookie.name} says the same. */
    static final String SESSION_COOKIE = "SESSION";

    @Bean
    SecurityFilterChain web(HttpSecurity http, LoginThrottle throttle,
            AuditLog auditLog, Clock clock,
            @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxUpload) throws Exception {
        http.addFilterBefore(new UploadLimit(maxUpload), CsrfFilter.class)
                .addFilterBefore(new SessionLifetime(clock), SecurityContextHolderFilter.class)
                .addFilterBefore(new LoginThrottle.Filter(throttle, auditLog), UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/error", "/webjars/**", "/css/**", "/js/**", "/favicon.ico").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        // anyone holding a printed certificate may check its code (see CertificateVerificationController)
                        .requestMatchers("/certificates/verify").permitAll()
                        .requestMatchers("/actuator/prometheus").access(AuthorizationManagers.anyOf(
                                AuthorityAuthorizationManager.hasRole("ADMIN"), new FromLoopback()))
                        .requestMatchers("/actuator/**").denyAll()
                        .requestMatchers("/sessions", "/sessions/**").hasAnyRole("ADMIN", "STAFF", "PARTNER")
                        .requestMatchers("/account/**").authenticated()
                        // the home page sends each role to its own (RoleHome.of)
                        .requestMatchers(HttpMethod.GET, "/").authenticated()
                        .requestMatchers("/region", "/region/**").hasRole("REGIONAL")
                        .requestMatchers("/national", "/national/**").hasRole("NATIONAL")
                        .requestMatchers("/admin/facilities", "/admin/facilities/**").hasRole("NATIONAL")
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .requestMatchers("/reports/*.csv").hasAnyRole("ADMIN", "REGIONAL", "NATIONAL")
                        .requestMatchers(HttpMethod.GET, "/reports").hasAnyRole("ADMIN", "STAFF", "REGIONAL", "NATIONAL")
                        .anyRequest().hasAnyRole("ADMIN", "STAFF"))
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(new AuditedAccessDenied(auditLog))
                        .authenticationEntryPoint(new LoginEntryPoint()))
                // No session before sign-in (see AnonymousCsrfTokens): the CSRF token of anonymous forms, the page to
                // return to after sign-in and a failed sign-in's answer are kept without one.
                .csrf(csrf -> csrf.csrfTokenRepository(new AnonymousCsrfTokens()))
                .requestCache(cache -> cache.requestCache(RoleHome.RETURN_TO))
                .formLogin(form -> form
                        .loginPage("/login")
                        .successHandler(new RoleHome())
                        .failureHandler(failedLogin())
                        .permitAll())
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout")
                        .invalidateHttpSession(true)
                        .deleteCookies(SESSION_COOKIE))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()))
                .sessionManagement(session -> session
                        .sessionFixation(fixation -> fixation.changeSessionId()));
        return http.build();
    }

    private static SimpleUrlAuthenticationFailureHandler failedLogin() {
        SimpleUrlAuthenticationFailureHandler handler = new SimpleUrlAuthenticationFailureHandler("/login?error");
        handler.setAllowSessionCreation(false);
        return handler;
    }

    /**
     * Sends a request without a signed-in user to the login page; when it carried a session that no longer exists
     * (timed out, or ended by an administrator through {@link OpenSessions#end}), with the "session ended" message.
     */
    static final class LoginEntryPoint extends LoginUrlAuthenticationEntryPoint {

        LoginEntryPoint() {
            super("/login");
            // otherwise the login page's address is made absolute from the request's Host header
            setFavorRelativeUris(true);
        }

        @Override
        protected String determineUrlToUseForThisRequest(HttpServletRequest request, HttpServletResponse response,
                AuthenticationException exception) {
            return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid()
                    ? "/login?expired" : "/login";
        }
    }

    /**
     * A user whose password was set by an administrator goes to /account/password first; a liaison's
     * home is their sessions; everyone else returns where they were going, or the dashboard.
     */
    static final class RoleHome extends SavedRequestAwareAuthenticationSuccessHandler {

        /** The page a visitor asked for before signing in, kept in a cookie rather than a session. */
        static final CookieRequestCache RETURN_TO = new CookieRequestCache();

        private final CookieRequestCache requestCache = RETURN_TO;

        RoleHome() {
            setDefaultTargetUrl("/");
            setRequestCache(requestCache);
            setRedirectStrategy(new PathOnlyRedirects());
        }

        /** The home page of a role: a liaison's sessions, a region's or the nation's overview, else the dashboard. */
        static String of(CurrentUser user) {
            return switch (user.getRole()) {
                case PARTNER -> "/sessions";
                case REGIONAL -> "/region";
                case NATIONAL -> "/national";
                case ADMIN, STAFF -> "/";
            };
        }

        @Override
        public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                Authentication authentication) throws IOException, jakarta.servlet.ServletException {
            // the session's CSRF token is made now, with the sign-in's own session write, rather than by the first
            // page after it: pages then write nothing to the session while they are being sent
            if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
                token.getToken();
            }
            if (authentication.getPrincipal() instanceof CurrentUser user && user.isMustChangePassword()) {
                requestCache.removeRequest(request, response);
                clearAuthenticationAttributes(request);
                request.getSession().setAttribute(PasswordChangeRequired.ATTRIBUTE, Boolean.TRUE);
                getRedirectStrategy().sendRedirect(request, response, "/account/password");
                return;
            }
            if (authentication.getPrincipal() instanceof CurrentUser user && !user.isFacilityStaff()) {
                requestCache.removeRequest(request, response);
                clearAuthenticationAttributes(request);
                getRedirectStrategy().sendRedirect(request, response, of(user));
                return;
            }
            super.onAuthenticationSuccess(request, response, authentication);
        }
    }

    /**
     * The page saved before sign-in is kept as a full URL, built from the request's Host header; only its path and
     * query are sent back, so a forged Host never appears in a Location header.
     */
    static final class PathOnlyRedirects extends DefaultRedirectStrategy {

        @Override
        public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
            super.sendRedirect(request, response, pathOnly(url));
        }

        static String pathOnly(String url) {
            if (!UrlUtils.isAbsoluteUrl(url)) {
                return url;
            }
            URI uri = URI.create(url);
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        }
    }

    /**
     * The metrics scraper on the same machine needs no login. Behind a proxy with
     * {@code server.forward-headers-strategy=native}, the remote address is the client's as taken from
     * {@code X-Forwarded-For}; only the proxy may be a trusted internal proxy (see the README).
     */
    static final class FromLoopback implements AuthorizationManager<RequestAuthorizationContext> {

        @Override
        public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
                RequestAuthorizationContext context) {
            return new AuthorizationDecision(isLoopback(context.getRequest().getRemoteAddr()));
        }

        static boolean isLoopback(String address) {
            // only a literal address: a host name here would mean a DNS look-up on every scrape
            if (address == null || !(address.matches("\\d{1,3}(\\.\\d{1,3}){3}") || address.contains(":"))) {
                return false;
            }
            try {
                return InetAddress.getByName(address).isLoopbackAddress();
            } catch (UnknownHostException e) {
                return false;
            }
        }
    }
}
