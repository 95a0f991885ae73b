package id.binaan.report;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import id.binaan.shared.Formats;
import id.binaan.shared.Labelled;

/** A completion certificate on one A4 landscape page, with its number and verification code. */
@Component
class CertificatePdf {

    private final PdfFonts fonts;
    private final MessageSource messages;
    private final Formats formats;

    CertificatePdf(PdfFonts fonts, MessageSource messages, Formats formats) {
        this.fonts = fonts;
        this.messages = messages;
        this.formats = formats;
    }

    /** {@code verifyAt} is the address of the verification page, printed for whoever checks the paper. */
    byte[] render(CompletionCertificates.Certificate c, LocalDate issuedOn, String verifyAt) {
        PdfFonts.Faces faces = fonts.faces();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 60, 60, 48, 48);
        PdfWriter.getInstance(document, out);
        document.addTitle(text("certificate.heading") + " " + c.number());
        document.addCreator("Binaan");
        document.open();
        centred(document, c.facilityName(), faces.bold(14), 4);
        centred(document, text("certificate.heading").toUpperCase(LocaleContextHolder.getLocale()), faces.bold(20), 2);
        centred(document, text("certificate.number", c.number()), faces.regular(11), 12);
        centred(document, text("certificate.givenTo"), faces.regular(11), 4);
        centred(document, c.inmateName(), faces.bold(22), 2);
        centred(document, text("certificate.registration", c.registrationNumber()), faces.regular(11), 10);
        centred(document, text("certificate.completed"), faces.regular(11), 4);
        centred(document, c.programTitle(), faces.bold(16), 2);
        centred(document, label(c.programKind()) + " · " + c.partner(), faces.regular(11), 10);

        PdfPTable facts = new PdfPTable(new float[] {2, 3});
        facts.setWidthPercentage(60);
        fact(facts, faces, text("certificate.period"), formats.date(c.from()) + " – " + formats.date(c.to()));
        fact(facts, faces, text("certificate.jp"), text("certificate.jpValue", c.jpAttended(), c.jpOf()));
        fact(facts, faces, text("certificate.outcome"), label(c.outcome()));
        if (c.partnerCertificateNumber() != null) {
            fact(facts, faces, text("certificate.partnerNumber"), c.partnerCertificateNumber());
        }
        facts.setSpacingAfter(14);
        document.add(facts);

        // the verification code on the left, the place, date and signatory on the right: one page
        PdfPTable foot = new PdfPTable(new float[] {1, 1});
        foot.setWidthPercentage(100);
        PdfPCell box = new PdfPCell();
        box.setBorder(Rectangle.BOX);
        box.setPadding(8);
        box.setVerticalAlignment(Element.ALIGN_BOTTOM);
        Paragraph code = new Paragraph(text("certificate.code", c.displayCode()), faces.bold(12));
        code.setAlignment(Element.ALIGN_CENTER);
        box.addElement(code);
        Paragraph where = new Paragraph(text("certificate.verifyAt", verifyAt), faces.regular(9));
        where.setAlignment(Element.ALIGN_CENTER);
        box.addElement(where);
        foot.addCell(box);
        PdfPCell signed = new PdfPCell();
        signed.setBorder(Rectangle.NO_BORDER);
        signed.addElement(centredParagraph(text("certificate.place", formats.date(issuedOn)), faces.regular(11), 2));
        if (c.signatoryName() != null) {
            signed.addElement(centredParagraph(text("certificate.signatoryTitle", c.facilityName()),
                    faces.regular(11), 40));
            signed.addElement(centredParagraph(c.signatoryName(), faces.bold(11), 0));
            signed.addElement(centredParagraph(text("certificate.nip", c.signatoryNip()), faces.regular(11), 0));
        }
        foot.addCell(signed);
        document.add(foot);
        document.close();
        return out.toByteArray();
    }

    private static void centred(Document document, String value, Font font, float spacingAfter) {
        document.add(centredParagraph(value, font, spacingAfter));
    }

    private static Paragraph centredParagraph(String value, Font font, float spacingAfter) {
        Paragraph paragraph = new Paragraph(value, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(spacingAfter);
        return paragraph;
    }

    private static void fact(PdfPTable table, PdfFonts.Faces faces, String label, String value) {
        PdfPCell left = new PdfPCell(new Phrase(label, faces.regular(11)));
        PdfPCell right = new PdfPCell(new Phrase(value, faces.bold(11)));
        for (PdfPCell cell : new PdfPCell[] {left, right}) {
            cell.setBorder(Rectangle.BOTTOM);
            cell.setPadding(5);
            table.addCell(cell);
        }
    }

    private String label(Labelled value) {
        return messages.getMessage(value, LocaleContextHolder.getLocale());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
