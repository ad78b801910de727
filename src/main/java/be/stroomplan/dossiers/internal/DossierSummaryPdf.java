package be.stroomplan.dossiers.internal;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import be.stroomplan.dossiers.DossierDetails;
import be.stroomplan.dossiers.DossierSubject;
import be.stroomplan.dossiers.Seizure;
import be.stroomplan.dossiers.TimelineEvent;
import be.stroomplan.sharing.ItemSummary;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The dossier summary for the magistrate as a PDF: the classification marking (the highest of the
 * items in it, else ‘Beperkte Verspreiding’) in the header and the footer of every page, page
 * numbers, the moment it was generated in Europe/Brussels, then the file, the subjects, the items,
 * the seizures, arrests, tasks and the timeline.
 */
@Component
public class DossierSummaryPdf {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Europe/Brussels"));
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final Font HEAD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
    private static final Font MARK = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);

    private final MessageSource messages;

    DossierSummaryPdf(MessageSource messages) {
        this.messages = messages;
    }

    /** What goes into the summary besides the dossier. */
    public record Contents(DossierDetails details, List<ItemSummary> items, List<TimelineEvent> timeline, String marking,
                           Instant generatedAt, String generatedBy) {
    }

    public byte[] render(Contents c, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 54, 54);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new Marking(text("dossiers.pdf.marking", locale, c.marking()), locale));
            document.addTitle(text("dossiers.pdf.title", locale) + " " + c.details().dossier().noticeNumber());
            document.open();
            var d = c.details().dossier();
            document.add(new Paragraph(text("dossiers.pdf.title", locale) + ": " + d.title(), TITLE));
            document.add(new Paragraph(text("dossiers.pdf.generated", locale, TIME.format(c.generatedAt()), c.generatedBy()), BODY));
            if (c.details().legalHold() != null) {
                document.add(new Paragraph(text("dossiers.pdf.hold", locale), HEAD));
            }
            if (c.details().embargoed()) {
                document.add(new Paragraph(text("dossiers.detail.embargo", locale), HEAD));
            }
            section(document, text("dossiers.detail.header", locale));
            PdfPTable facts = table(2);
            fact(facts, text("dossiers.field.noticeNumber", locale), d.noticeNumber().value());
            fact(facts, text("dossiers.field.status", locale), text("dossiers.status." + d.status(), locale));
            fact(facts, text("dossiers.field.magistrate", locale), d.magistrate());
            fact(facts, text("dossiers.field.leadInvestigator", locale), d.leadInvestigator());
            fact(facts, text("dossiers.field.judge", locale), d.judge() == null ? "–" : d.judge());
            fact(facts, text("dossiers.field.officialReports", locale), String.join(", ", c.details().officialReports()));
            fact(facts, text("dossiers.field.created", locale), TIME.format(d.createdAt()));
            document.add(facts);
            subjects(document, c.details().subjects(), locale);
            items(document, c.items(), locale);
            seizures(document, c.details().seizures(), locale);
            timeline(document, c.timeline(), locale);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The summary could not be written as PDF", e);
        }
        return out.toByteArray();
    }

    private void subjects(Document document, List<DossierSubject> subjects, Locale locale) throws DocumentException {
        section(document, text("dossiers.detail.subjects", locale));
        PdfPTable table = header(locale, "dossiers.detail.subjectName", "dossiers.detail.subjectType", "dossiers.detail.subjectRole");
        for (DossierSubject s : subjects) {
            row(table, s.name() == null ? text("dossiers.detail.hidden", locale) : s.name(), s.type() == null ? "" : s.type(),
                    text("subjects.category." + s.category(), locale));
        }
        document.add(table);
    }

    private void items(Document document, List<ItemSummary> items, Locale locale) throws DocumentException {
        section(document, text("dossiers.detail.items", locale));
        PdfPTable table = header(locale, "dossiers.detail.itemTitle", "dossiers.detail.itemMarking", "dossiers.detail.itemGrading",
                "dossiers.detail.itemCreated");
        for (ItemSummary i : items) {
            row(table, i.title(), i.classification().name(), i.sourceReliability().name() + i.informationAccuracy().code()
                    + " " + i.handlingCode(), TIME.format(i.createdAt()));
        }
        document.add(table);
    }

    private void seizures(Document document, List<Seizure> seizures, Locale locale) throws DocumentException {
        section(document, text("dossiers.detail.seizures", locale));
        PdfPTable table = header(locale, "dossiers.seizure.seizedOn", "dossiers.seizure.kind", "dossiers.seizure.quantityKg",
                "dossiers.seizure.amountEur", "dossiers.seizure.description");
        for (Seizure s : seizures) {
            row(table, s.seizedOn().toString(), text("dossiers.seizure.kind." + s.kind(), locale)
                            + (s.drugType() == null ? "" : " " + text("dossiers.drug." + s.drugType(), locale)),
                    s.quantityKg() == null ? (s.count() == null ? "" : "× " + s.count()) : s.quantityKg().toPlainString(),
                    s.amountEur() == null ? "" : s.amountEur().toPlainString(), s.description() == null ? "" : s.description());
        }
        document.add(table);
    }

    private void timeline(Document document, List<TimelineEvent> events, Locale locale) throws DocumentException {
        section(document, text("dossiers.detail.timeline", locale));
        PdfPTable table = header(locale, "dossiers.event.at", "dossiers.event.kind", "dossiers.event.actor", "dossiers.event.details");
        for (TimelineEvent e : events) {
            row(table, TIME.format(e.at()), e.kind(), e.actor(), e.details() == null ? "" : e.details());
        }
        document.add(table);
    }

    private static void section(Document document, String title) throws DocumentException {
        Paragraph heading = new Paragraph(title, HEADING);
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(4);
        document.add(heading);
    }

    private static PdfPTable table(int columns) {
        PdfPTable table = new PdfPTable(columns);
        table.setWidthPercentage(100);
        table.setHeaderRows(columns == 2 ? 0 : 1);
        return table;
    }

    private PdfPTable header(Locale locale, String... keys) {
        PdfPTable table = table(keys.length);
        for (String key : keys) {
            table.addCell(new PdfPCell(new Phrase(text(key, locale), HEAD)));
        }
        return table;
    }

    private static void fact(PdfPTable table, String label, String value) {
        table.addCell(new PdfPCell(new Phrase(label, HEAD)));
        table.addCell(new PdfPCell(new Phrase(value, BODY)));
    }

    private static void row(PdfPTable table, String... values) {
        for (String value : values) {
            table.addCell(new PdfPCell(new Phrase(value, BODY)));
        }
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    /** The marking at the top and the bottom of every page, and the page number. */
    private final class Marking extends PdfPageEventHelper {

        private final String marking;
        private final Locale locale;

        Marking(String marking, Locale locale) {
            this.marking = marking;
            this.locale = locale;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            float centre = (document.left() + document.right()) / 2;
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER, new Phrase(marking, MARK), centre,
                    document.top() + 24, 0);
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER, new Phrase(marking, MARK), centre,
                    document.bottom() - 24, 0);
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_RIGHT,
                    new Phrase(text("dossiers.pdf.page", locale, writer.getPageNumber()), BODY), document.right(),
                    document.bottom() - 24, 0);
        }
    }

    /** The marking of a summary: the highest classification among the items, else ‘Beperkte Verspreiding’. */
    public static String marking(List<ItemSummary> items) {
        return items.stream().map(ItemSummary::classification).max(Enum::compareTo)
                .filter(c -> c != be.stroomplan.partners.Classification.NONE)
                .map(c -> c.name().replace('_', ' ')).orElse("Beperkte Verspreiding");
    }
}
