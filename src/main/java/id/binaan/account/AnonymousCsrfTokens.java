package id.binaan.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * CSRF tokens without a session for those who have none: a visitor of the login page (or of the certificate check)
 * gets the token in an HttpOnly, SameSite cookie, compared with the form's field as usual, so that anonymous requests
 * write no session row. A signed-in user's token stays in their session. Sessions therefore begin only at sign-in
 * (where Spring Security still changes the id of any session that existed), and an outsider cannot fill the
 * session table by loading the login page.
 */
final class AnonymousCsrfTokens implements CsrfTokenRepository {

    static final String COOKIE = "binaan-csrf";

    private final HttpSessionCsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();
    private final CookieCsrfTokenRepository cookies = new CookieCsrfTokenRepository();

    AnonymousCsrfTokens() {
        cookies.setCookieName(COOKIE);
        cookies.setParameterName(sessions.generateToken(null).getParameterName());
        cookies.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Lax").path("/"));
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return sessions.generateToken(request);
    }

    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        if (request.getSession(false) != null) {
            sessions.saveToken(token, request, response);
            if (token == null && cookies.loadToken(request) != null) {
                cookies.saveToken(null, request, response);
            }
        } else {
            cookies.saveToken(token, request, response);
        }
    }

    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        return request.getSession(false) != null ? sessions.loadToken(request) : cookies.loadToken(request);
    }
}
