package id.binaan.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Someone with a browser-like cookie jar using Binaan over HTTP: real login form, real CSRF token. */
final class WebUser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern MAIN = Pattern.compile("<main[^>]*>(.*)</main>", Pattern.DOTALL);

    private final String base;
    private final HttpClient client;

    WebUser(int port) {
        this.base = "http://127.0.0.1:" + port;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    void login(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> response = post("/login", "/login", Map.of("username", username, "password", password));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).as("login of " + username)
                .doesNotContain("error");
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A response to read at one's own pace (a large download on a slow line). */
    HttpResponse<java.io.InputStream> stream(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofInputStream());
    }

    /** The page's text inside {@code <main>} as a user reads it: tags, hidden tokens and spacing left out. */
    String read(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as("GET " + path).isEqualTo(200);
        Matcher main = MAIN.matcher(response.body());
        assertThat(main.find()).as("a main element on " + path).isTrue();
        return main.group(1).replaceAll("(?s)<script.*?</script>", " ").replaceAll("<[^>]+>", " ")
                .replaceAll("\\s+", " ").strip();
    }

    /** Posts a form the way the page at {@code formPage} would, with its CSRF token. */
    HttpResponse<String> post(String formPage, String path, Map<String, String> fields) throws IOException, InterruptedException {
        Matcher token = CSRF.matcher(get(formPage).body());
        assertThat(token.find()).as("a CSRF token on " + formPage).isTrue();
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("_csrf", token.group(1));
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
