package id.binaan.report;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import id.binaan.inmate.InmateSummary;
import id.binaan.shared.Formats;
import id.binaan.shared.Labels;

/** The evidence pack as a PDF: the same content as the printable page, in the reader's language. */
@Component
class EvidencePackPdf {

    private final PdfFonts fonts;
    private final MessageSource messages;
    private final Formats formats;
    private final Labels labels;
    private final PembinaanHead head;

    EvidencePackPdf(PdfFonts fonts, MessageSource messages, Formats formats, Labels labels, PembinaanHead head) {
        this.fonts = fonts;
        this.messages = messages;
        this.formats = formats;
        this.labels = labels;
        this.head = head;
    }

    byte[] render(String facility, InmateSummary inmate, List<Participation.Line> lines,
            List<Participation.Absence> breakdown, LocalDate today) {
        PdfFonts.Faces faces = fonts.faces();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.addTitle(text("evidence.heading") + " · " + inmate.fullName());
        document.addCreator("Binaan");
        document.open();
        document.add(new Paragraph(facility, faces.regular(10)));
        Paragraph heading = new Paragraph(text("evidence.heading"), faces.bold(16));
        heading.setSpacingAfter(8);
        document.add(heading);

        PdfPTable about = new PdfPTable(new float[] {1, 4});
        about.setWidthPercentage(60);
        about.setHorizontalAlignment(Element.ALIGN_LEFT);
        about.addCell(plain(text("evidence.name"), faces.bold(10)));
        about.addCell(plain(inmate.fullName(), faces.regular(10)));
        about.addCell(plain(text("evidence.registration"), faces.bold(10)));
        about.addCell(plain(inmate.registrationNumber(), faces.regular(10)));
        about.addCell(plain(text("evidence.printedOn"), faces.bold(10)));
        about.addCell(plain(formats.date(today), faces.regular(10)));
        about.setSpacingAfter(10);
        document.add(about);

        if (lines.isEmpty()) {
            document.add(new Paragraph(text("evidence.empty"), faces.regular(10)));
        } else {
            document.add(table(lines, faces));
        }
        Paragraph byReason = new Paragraph(text("evidence.breakdown"), faces.bold(11));
        byReason.setSpacingBefore(10);
        byReason.setSpacingAfter(4);
        document.add(byReason);
        if (breakdown.isEmpty()) {
            document.add(new Paragraph(text("evidence.breakdown.empty"), faces.regular(9)));
        } else {
            PdfPTable reasons = new PdfPTable(new float[] {4, 1.2f, 1.2f});
            reasons.setWidthPercentage(50);
            reasons.setHorizontalAlignment(Element.ALIGN_LEFT);
            for (String key : List.of("evidence.breakdown.what", "evidence.breakdown.sessions", "evidence.breakdown.jp")) {
                PdfPCell cell = new PdfPCell(new Phrase(text(key), faces.bold(9)));
                cell.setPadding(4);
                reasons.addCell(cell);
            }
            for (Participation.Absence b : breakdown) {
                reasons.addCell(cell(labels.of(b.status()) + (b.reason() == null ? "" : ": " + labels.of(b.reason())), faces));
                reasons.addCell(cell(formats.number(b.sessions()), faces));
                reasons.addCell(cell(formats.number(b.jp()), faces));
            }
            document.add(reasons);
        }
        Paragraph note = new Paragraph(text("evidence.note"), faces.regular(8));
        note.setSpacingBefore(10);
        document.add(note);
        document.add(signature(facility, today, faces));
        document.close();
        return out.toByteArray();
    }

    private PdfPTable table(List<Participation.Line> lines, PdfFonts.Faces faces) {
        PdfPTable table = new PdfPTable(new float[] {5, 3, 2, 2, 1.4f, 1.6f, 3});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String key : List.of("evidence.program", "evidence.period", "evidence.status", "evidence.attendance",
                "evidence.jpOfProgram", "evidence.result", "evidence.certificates")) {
            PdfPCell cell = new PdfPCell(new Phrase(text(key), faces.bold(9)));
            cell.setPadding(4);
            table.addCell(cell);
        }
        for (Participation.Line l : lines) {
            table.addCell(cell(l.programTitle() + "\n" + l.partner() + "\n" + labels.of(l.programKind()), faces));
            table.addCell(cell(formats.date(l.enrolledOn()) + " – " + formats.date(l.endedOn()), faces));
            table.addCell(cell(labels.of(l.status())
                    + (l.endReason() == null || l.completed() ? "" : " (" + labels.of(l.endReason()) + ")"), faces));
            table.addCell(cell(l.sessionsAttended() + "/" + l.sessionsHeld() + " · "
                    + formats.percentOrDash(l.attendancePercent()), faces));
            table.addCell(cell(text("certificate.jpValue", l.jpAttended(), l.jpHeld()), faces));
            table.addCell(cell(labels.of(l.outcome()), faces));
            table.addCell(cell(join(l.certificateNumber(), l.issuedNumber()), faces));
        }
        return table;
    }

    /** Place and date, the head of the pembinaan section, room to sign, name and NIP: on the right. */
    private PdfPTable signature(String facility, LocalDate today, PdfFonts.Faces faces) {
        PdfPTable block = new PdfPTable(1);
        block.setWidthPercentage(35);
        block.setHorizontalAlignment(Element.ALIGN_RIGHT);
        block.setSpacingBefore(14);
        block.addCell(plain(text("evidence.sign.place", facility, formats.date(today)), faces.regular(10)));
        block.addCell(plain(head.title().isEmpty() ? text("evidence.sign.title") : head.title(), faces.regular(10)));
        PdfPCell room = plain(" ", faces.regular(10));
        room.setFixedHeight(48);
        block.addCell(room);
        block.addCell(plain(head.name().isEmpty() ? "(............................................)" : head.name(),
                faces.bold(10)));
        block.addCell(plain(text("evidence.sign.nip", head.nip()), faces.regular(10)));
        return block;
    }

    private static String join(String partnerNumber, String issuedNumber) {
        if (partnerNumber == null) {
            return issuedNumber == null ? "" : issuedNumber;
        }
        return issuedNumber == null ? partnerNumber : partnerNumber + "\n" + issuedNumber;
    }

    private static PdfPCell cell(String value, PdfFonts.Faces faces) {
        PdfPCell cell = new PdfPCell(new Phrase(value, faces.regular(9)));
        cell.setPadding(4);
        return cell;
    }

    private static PdfPCell plain(String value, com.lowagie.text.Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(value, font));
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setPaddingBottom(3);
        return cell;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
