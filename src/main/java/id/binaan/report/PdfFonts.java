package id.binaan.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * DejaVu Sans, shipped in the jar (licence beside it in {@code fonts/}) and embedded as a subset in every PDF, so
 * that a document never depends on the reader's fonts and shows every Indonesian and typographic character.
 */
@Component
class PdfFonts {

    private final byte[] regular;
    private final byte[] bold;

    PdfFonts() {
        this.regular = read("fonts/DejaVuSans.ttf");
        this.bold = read("fonts/DejaVuSans-Bold.ttf");
    }

    /** A document's two faces. A new pair per document, so no glyph subset is shared between documents. */
    Faces faces() {
        try {
            return new Faces(BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, regular, null),
                    BaseFont.createFont("DejaVuSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bold, null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Faces(BaseFont regularFace, BaseFont boldFace) {

        Font regular(float size) {
            return new Font(regularFace, size);
        }

        Font bold(float size) {
            return new Font(boldFace, size);
        }
    }

    private static byte[] read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF font " + path + " is missing from the application", e);
        }
    }
}
