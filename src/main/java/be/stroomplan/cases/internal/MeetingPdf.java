package be.stroomplan.cases.internal;

import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import be.stroomplan.cases.Decision;
import be.stroomplan.cases.Meeting;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The agenda and the minutes of a MAHO meeting as PDF (OpenPDF), with the classification marking
 * at the top and bottom of every page (the consultation's secrecy, art. 458ter Sw.), the attendees
 * and, in the minutes, the decisions.
 */
@Component
public class MeetingPdf {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Brussels"));
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEAD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final Font MARK = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);

    private final MessageSource messages;

    MeetingPdf(MessageSource messages) {
        this.messages = messages;
    }

    /** The agenda, or with {@code minutes} the minutes and the decisions of every case on it. */
    public byte[] render(Meeting meeting, boolean minutes, List<List<Decision>> decisions, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 60, 60);
        String marking = text("cases.pdf.marking", locale);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PdfPageEventHelper() {
                @Override
                public void onEndPage(PdfWriter w, Document d) {
                    Phrase mark = new Phrase(marking + " — " + w.getPageNumber(), MARK);
                    ColumnText.showTextAligned(w.getDirectContent(), Element.ALIGN_CENTER, mark,
                            (d.left() + d.right()) / 2, d.top() + 24, 0);
                    ColumnText.showTextAligned(w.getDirectContent(), Element.ALIGN_CENTER, mark,
                            (d.left() + d.right()) / 2, d.bottom() - 30, 0);
                }
            });
            String title = text(minutes ? "cases.pdf.minutes" : "cases.pdf.agenda", locale);
            document.addTitle(title);
            document.open();
            document.add(new Paragraph(title, TITLE));
            document.add(new Paragraph(text("cases.pdf.meeting", locale, TIME.format(meeting.heldAt()), meeting.place(),
                    meeting.chair()), BODY));
            document.add(new Paragraph(text("cases.pdf.attendees", locale, String.join(", ", meeting.attendees())), BODY));
            for (int i = 0; i < meeting.agenda().size(); i++) {
                Meeting.AgendaItem a = meeting.agenda().get(i);
                Paragraph head = new Paragraph((i + 1) + ". " + a.reference() + " — " + a.title(), HEAD);
                head.setSpacingBefore(12);
                document.add(head);
                if (minutes) {
                    document.add(new Paragraph(text("cases.pdf.minutesOf", locale, a.minutes() == null ? "—" : a.minutes()), BODY));
                    document.add(new Paragraph(text("cases.pdf.decisionOf", locale, a.decision() == null ? "—" : a.decision()), BODY));
                    for (Decision d : decisions.get(i)) {
                        for (Decision.Line line : d.interventions()) {
                            document.add(new Paragraph("• " + line.track() + " — " + line.intervention() + " ("
                                    + line.intervention().legalBasis() + "), " + line.leadOrganisation()
                                    + (line.to() == null ? "" : ", " + line.from() + " – " + line.to()) + ": " + line.rationale(), BODY));
                        }
                    }
                }
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The meeting could not be written as PDF", e);
        }
        return out.toByteArray();
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
