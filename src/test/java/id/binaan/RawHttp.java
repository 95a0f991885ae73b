package id.binaan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * HTTP/1.1 written by hand, for what a well-behaved client will not send: a forged Host header, paths that are not
 * normalised, malformed escapes, a chunked body of any length. One request per connection; the answer is read until
 * the server closes it.
 */
public final class RawHttp {

    private RawHttp() {
    }

    public record Response(int status, List<String> headers, String body) {

        public Optional<String> header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headers.stream().filter(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(h -> h.substring(prefix.length()).strip()).findFirst();
        }
    }

    /** A request line and headers (each ending without CRLF), then an optional body sent as it is. */
    public static Response send(int port, String requestLine, List<String> headers, byte[] body) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder(requestLine).append("\r\n");
            for (String header : headers) {
                head.append(header).append("\r\n");
            }
            head.append("Connection: close\r\n\r\n");
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                try {
                    out.write(body);
                } catch (IOException closedEarly) {
                    // the server may answer and close before it has read all of a body it refuses
                }
            }
            out.flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Response get(int port, String target, String... headers) {
        List<String> all = new ArrayList<>(List.of(headers));
        if (all.stream().noneMatch(h -> h.regionMatches(true, 0, "Host:", 0, 5))) {
            all.add("Host: 127.0.0.1:" + port);
        }
        return send(port, "GET " + target + " HTTP/1.1", all, null);
    }

    private static Response read(InputStream in) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        try {
            in.transferTo(received);
        } catch (IOException reset) {
            // a connection reset after the answer was sent still leaves the answer
        }
        byte[] bytes = received.toByteArray();
        int end = indexOf(bytes, 0);
        String head = new String(bytes, 0, end < 0 ? bytes.length : end, StandardCharsets.ISO_8859_1);
        String[] lines = head.split("\r\n");
        if (lines.length == 0 || !lines[0].startsWith("HTTP/1.1 ")) {
            throw new IllegalStateException("Not an HTTP answer: " + head);
        }
        int status = Integer.parseInt(lines[0].substring(9, 12));
        List<String> headers = List.of(lines).subList(1, lines.length);
        boolean chunked = headers.stream().anyMatch(h -> h.equalsIgnoreCase("Transfer-Encoding: chunked"));
        int from = end < 0 ? bytes.length : end + 4;
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (!chunked) {
            body.write(bytes, from, bytes.length - from);
        } else {
            int at = from;
            while (at < bytes.length) {
                int lineEnd = lineEnd(bytes, at);
                if (lineEnd < 0) {
                    break;
                }
                int size = Integer.parseInt(new String(bytes, at, lineEnd - at, StandardCharsets.ISO_8859_1)
                        .split(";")[0].strip(), 16);
                if (size == 0) {
                    break;
                }
                body.write(bytes, lineEnd + 2, Math.min(size, bytes.length - lineEnd - 2));
                at = lineEnd + 2 + size + 2;
            }
        }
        return new Response(status, headers, body.toString(StandardCharsets.UTF_8));
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i + 3 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n' && bytes[i + 2] == '\r' && bytes[i + 3] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static int lineEnd(byte[] bytes, int from) {
        for (int i = from; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
