package be.stroomplan.controls.internal;

import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import be.stroomplan.controls.ChecklistItem;
import be.stroomplan.controls.ControlTarget;
import be.stroomplan.controls.ControlView;
import be.stroomplan.controls.ParticipatingService;

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
 * The briefing of an action as PDF (OpenPDF): the classification marking at the top and bottom of
 * every page, time and place, the services with their staff, the targets with their deconfliction
 * status (never anything about a hit) and any condition of the magistrate, and the checklists.
 */
@Component
public class BriefingPdf {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Brussels"));
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEAD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final Font MARK = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);

    private final MessageSource messages;

    BriefingPdf(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] render(ControlView view, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 60, 60);
        String marking = text("controls.pdf.marking", locale);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PdfPageEventHelper() {
                @Override
                public void onEndPage(PdfWriter w, Document d) {
                    Phrase mark = new Phrase(marking + " — " + w.getPageNumber(), MARK);
                    ColumnText.showTextAligned(w.getDirectContent(), Element.ALIGN_CENTER, mark, (d.left() + d.right()) / 2,
                            d.top() + 24, 0);
                    ColumnText.showTextAligned(w.getDirectContent(), Element.ALIGN_CENTER, mark, (d.left() + d.right()) / 2,
                            d.bottom() - 30, 0);
                }
            });
            var action = view.action();
            String title = text("controls.pdf.title", locale, action.reference(), action.name());
            document.addTitle(title);
            document.open();
            document.add(new Paragraph(title, TITLE));
            document.add(new Paragraph(text("controls.pdf.when", locale, TIME.format(action.startsAt()), TIME.format(action.endsAt())), BODY));
            document.add(new Paragraph(text("controls.pdf.where", locale, action.area()), BODY));
            document.add(new Paragraph(text("controls.pdf.type", locale, text("controls.type." + action.type(), locale)), BODY));
            head(document, text("controls.pdf.services", locale));
            for (ParticipatingService s : view.services()) {
                document.add(new Paragraph("• " + s.organisation() + ": " + text("controls.pdf.staff", locale, s.staff()), BODY));
            }
            head(document, text("controls.pdf.targets", locale));
            for (ControlTarget t : view.targets()) {
                String line = "• " + text("controls.targetKind." + t.kind(), locale) + " — " + t.label()
                        + (t.address() == null || t.address().equals(t.label()) ? "" : " (" + t.address() + ")") + ": "
                        + text("controls.targetState." + t.state(), locale);
                if (!t.conditions().isEmpty()) {
                    line += " — " + text("controls.conditions", locale) + ": " + String.join("; ", t.conditions());
                }
                document.add(new Paragraph(line, BODY));
            }
            head(document, text("controls.pdf.checklists", locale));
            for (ParticipatingService s : view.services()) {
                document.add(new Paragraph(s.organisation(), BODY));
                for (ChecklistItem c : s.checklist()) {
                    document.add(new Paragraph("   [" + (c.done() ? "x" : " ") + "] " + c.label(), BODY));
                }
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The briefing could not be written as PDF", e);
        }
        return out.toByteArray();
    }

    private static void head(Document document, String text) throws DocumentException {
        Paragraph head = new Paragraph(text, HEAD);
        head.setSpacingBefore(12);
        document.add(head);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
