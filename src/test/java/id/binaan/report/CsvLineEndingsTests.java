package id.binaan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** COPY's LF line ends become RFC 4180's CRLF; a line break inside a quoted value stays as it was typed. */
class CsvLineEndingsTests {

    @Test
    void recordsEndWithCrlfAndQuotedLineBreaksAreKept() throws IOException {
        String copied = "no,name\n1,\"Baso \"\"Daeng\"\"\nbaris dua\"\n2,Andi\n";

        assertThat(pass(copied, copied.length())).isEqualTo("no,name\r\n1,\"Baso \"\"Daeng\"\"\nbaris dua\"\r\n2,Andi\r\n");
    }

    @Test
    void theResultDoesNotDependOnHowTheBytesArrive() throws IOException {
        String copied = "a,\"x\ny\"\nb,\"\"\"q\"\"\"\nc,d\n";
        String whole = pass(copied, copied.length());

        for (int chunk = 1; chunk < copied.length(); chunk++) {
            assertThat(pass(copied, chunk)).as("in pieces of %d bytes", chunk).isEqualTo(whole);
        }
        assertThat(whole).isEqualTo("a,\"x\ny\"\r\nb,\"\"\"q\"\"\"\r\nc,d\r\n");
    }

    private static String pass(String text, int chunk) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EnrollmentReport.CrlfLines lines = new EnrollmentReport.CrlfLines(out);
        for (int i = 0; i < bytes.length; i += chunk) {
            if (chunk == 1) {
                lines.write(bytes[i]);
            } else {
                lines.write(bytes, i, Math.min(chunk, bytes.length - i));
            }
        }
        lines.flush();
        return out.toString(StandardCharsets.UTF_8);
    }
}
