package id.binaan.account;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Answers that never reach the application's pages still carry the security headers and a short page in Indonesian:
 * a request Spring Security's firewall rejects (a path with {@code ;}, {@code //}, an encoded slash ...), and an
 * error Tomcat raises itself before any filter runs (a malformed escape such as {@code /%zz}, a body over the size
 * limit), which used to get Tomcat's own page naming the server and no headers at all.
 */
@Configuration(proxyBeanMethods = false)
class ErrorResponses {

    /** What Spring Security writes on every page (SecurityConfiguration), for the answers it never sees. */
    static void writeSecurityHeaders(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
        response.setHeader("Pragma", "no-cache");
        response.setHeader("Expires", "0");
    }

    private static final Map<Integer, String[]> PAGES = Map.of(
            400, new String[] {"Permintaan tidak valid",
                    "Alamat atau isi permintaan ini tidak dapat dibaca. Periksa alamatnya lalu coba lagi."},
            404, new String[] {"Halaman tidak ditemukan", "Halaman yang Anda cari tidak ada, atau sudah dipindahkan."},
            413, new String[] {"Kiriman terlalu besar",
                    "Berkas atau isian yang dikirim lebih besar dari yang diterima Binaan (10 MB untuk berkas)."});
    private static final String[] OTHER = {"Permintaan tidak dapat diproses",
            "Permintaan Anda tidak dapat diproses. Coba lagi; jika berulang, hubungi administrator."};

    /** A whole answer: status, headers and a minimal page (its style from the application, no inline code). */
    static void writePage(HttpServletResponse response, int status) throws IOException {
        String[] page = PAGES.getOrDefault(status, OTHER);
        response.setStatus(status);
        writeSecurityHeaders(response);
        response.setContentType("text/html;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String html = "<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + page[0] + " · Binaan</title>\n"
                + "<link rel=\"stylesheet\" href=\"/webjars/bootstrap/css/bootstrap.min.css\">\n</head>\n"
                + "<body>\n<main class=\"container py-4\" id=\"error-page\">\n<h1 class=\"h3\">" + page[0] + "</h1>\n"
                + "<p>" + page[1] + "</p>\n<p><a href=\"/\">Kembali ke beranda</a></p>\n</main>\n</body>\n</html>\n";
        Writer writer = response.getWriter();
        writer.write(html);
        writer.flush();
    }

    /** A request the firewall rejects: 400 with the page, instead of an error dispatch answered as JSON. */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return new RequestRejectedHandler() {
            @Override
            public void handle(HttpServletRequest request, HttpServletResponse response,
                    RequestRejectedException rejected) throws IOException {
                if (!response.isCommitted()) {
                    response.reset();
                    writePage(response, HttpServletResponse.SC_BAD_REQUEST);
                }
            }
        };
    }

    /**
     * Replaces the host's error report valve, Tomcat's and the one Spring Boot adds, with {@link Page}. Runs after
     * Boot's own customiser, whose valve it removes.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> errorReportValve() {
        return new Customizer();
    }

    static final class Customizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(Customizer::replaceValve);
        }

        private static void replaceValve(Context context) {
            Container host = context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            if (host instanceof org.apache.catalina.core.StandardHost standard) {
                standard.setErrorReportValveClass(Page.class.getName());
            }
            host.getPipeline().addValve(new Page());
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    /** Tomcat's error report, for errors no page of the application answered: the headers and the short page. */
    public static final class Page extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            try {
                response.resetBuffer();
                writePage(response.getResponse(), status);
                response.finishResponse();
            } catch (IOException | IllegalStateException e) {
                // the connection is gone or the answer already begun: nothing more to send
            }
        }
    }
}
