package id.binaan.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends an upload larger than the server accepts to the "file too large" page before anything reads the
 * body. Without it the first reader, the CSRF check, fails inside the container and the user sees the
 * container's bare English error page instead of a message. The body is never read, so the page is
 * reached by a redirect (a GET) rather than rendered for the upload itself.
 */
class UploadLimit extends OncePerRequestFilter {

    static final String PAGE = "/upload-too-large";

    private final long maxBytes;

    UploadLimit(DataSize maxRequestSize) {
        this.maxBytes = maxRequestSize.toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !type.toLowerCase().startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (maxBytes >= 0 && request.getContentLengthLong() > maxBytes) {
            response.setHeader("Connection", "close");
            response.sendRedirect(request.getContextPath() + PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    @Controller
    static class Page {

        @GetMapping(PAGE)
        @ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
        String tooLarge() {
            return "error/413";
        }
    }
}
