package id.binaan;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person's browser over real HTTP: keeps the session cookie it was given, follows no redirects, and
 * reads the CSRF token from the forms of the pages it loads. It can be pointed at any instance.
 */
public final class HttpUser {

    public static final String SESSION_COOKIE = "SESSION";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SET_COOKIE = Pattern.compile("^([^=;\\s]+)=([^;]*)");

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    /** Every cookie it was given: the session, and before sign-in the CSRF token's cookie. */
    private final Map<String, String> cookies = new java.util.concurrent.ConcurrentHashMap<>();

    public record Page(int status, String location, String body) {
    }

    public String session() {
        return cookies.get(SESSION_COOKIE);
    }

    /** Replays a session cookie, as someone who copied it would. */
    public void useSession(String value) {
        if (value == null) {
            cookies.remove(SESSION_COOKIE);
        } else {
            cookies.put(SESSION_COOKIE, value);
        }
    }

    public Page get(String base, String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** Posts the form fields, adding the CSRF token read from {@code formPage} on the same instance. */
    public Page submit(String base, String formPage, String action, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrf(get(base, formPage)).orElseThrow(() -> new AssertionError("no CSRF token on " + formPage)));
        return post(base, action, all);
    }

    public Page post(String base, String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Uploads a file the way the browser's form does: multipart, the CSRF token read from {@code formPage} as a field. */
    public Page upload(String base, String formPage, String action, String field, String fileName, byte[] content) {
        String token = csrf(get(base, formPage)).orElseThrow(() -> new AssertionError("no CSRF token on " + formPage));
        String boundary = "----binaan" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(URI.create(base + action))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                        HttpRequest.BodyPublishers.ofByteArray(content), HttpRequest.BodyPublishers.ofByteArray(tail))));
    }

    /** Signs in through the login form and returns the answer to the login post. */
    public Page logIn(String base, String username, String password) {
        return submit(base, "/login", "/login", Map.of("username", username, "password", password));
    }

    public static Optional<String> csrf(Page page) {
        Matcher m = CSRF.matcher(page.body());
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The Cookie header this browser would send now (empty when it holds none). */
    public String cookieHeader() {
        return cookies.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
    }

    private Page send(HttpRequest.Builder request) {
        String header = cookieHeader();
        if (!header.isEmpty()) {
            request.header("Cookie", header);
        }
        request.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").timeout(Duration.ofSeconds(60));
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String cookie : response.headers().allValues("Set-Cookie")) {
                Matcher m = SET_COOKIE.matcher(cookie);
                if (m.find()) {
                    if (cookie.contains("Max-Age=0")) {
                        cookies.remove(m.group(1));
                    } else {
                        cookies.put(m.group(1), m.group(2));
                    }
                }
            }
            return new Page(response.statusCode(), response.headers().firstValue("Location").orElse(null), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
