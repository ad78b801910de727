package be.stroomplan.subjects.report;

import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;

import be.stroomplan.audit.AuditAccesses.ObjectAccess;
import be.stroomplan.sharing.ItemMention;
import be.stroomplan.subjects.report.DataSubjectReport.Restriction;
import be.stroomplan.subjects.report.DataSubjectReport.SubjectRecord;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The data-subject report as a PDF, headings in the reader's language, times in Europe/Brussels. */
@Component
public class DataSubjectReportPdf {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Europe/Brussels"));
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final Font HEAD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);

    private final MessageSource messages;

    DataSubjectReportPdf(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] render(DataSubjectReport report, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(text("report.title", locale));
            document.open();
            document.add(new Paragraph(text("report.title", locale), TITLE));
            document.add(new Paragraph(text("report.generated", locale, TIME.format(report.generatedAt()),
                    report.generatedBy(), report.nationalNumber()), BODY));
            section(document, text("report.restrictions", locale));
            restrictions(document, report.restrictions(), locale);
            section(document, text("report.records", locale));
            records(document, report.records(), locale);
            section(document, text("report.items", locale));
            items(document, report.items(), locale);
            section(document, text("report.accesses", locale));
            accesses(document, report.accesses(), locale);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The report could not be written as PDF", e);
        }
        return out.toByteArray();
    }

    private void restrictions(Document document, List<Restriction> restrictions, Locale locale) throws DocumentException {
        if (restrictions.isEmpty()) {
            document.add(new Paragraph(text("report.none", locale), BODY));
            return;
        }
        PdfPTable table = table(locale, "report.restriction.code", "report.restriction.article", "report.restriction.concerns");
        for (Restriction r : restrictions) {
            row(table, text("report.restriction." + r.code(), locale), r.article(), String.join(", ", r.concerns()));
        }
        document.add(table);
    }

    private void records(Document document, List<SubjectRecord> records, Locale locale) throws DocumentException {
        if (records.isEmpty()) {
            document.add(new Paragraph(text("report.none", locale), BODY));
            return;
        }
        PdfPTable table = table(locale, "report.column.name", "report.column.birthDate", "report.column.category",
                "report.column.compartment", "report.column.organisation", "report.column.identifiers",
                "report.column.relations", "report.column.created");
        for (SubjectRecord r : records) {
            row(table, r.name(), r.birthDate() == null ? "" : r.birthDate().toString(), r.category(),
                    r.compartmentKind() + " " + nullToEmpty(r.compartmentTitle()), r.ownerOrganisation(),
                    String.join("; ", r.identifiers()), Long.toString(r.relations()),
                    r.createdBy() + ", " + time(r.createdAt()));
        }
        document.add(table);
    }

    private void items(Document document, List<ItemMention> items, Locale locale) throws DocumentException {
        if (items.isEmpty()) {
            document.add(new Paragraph(text("report.none", locale), BODY));
            return;
        }
        PdfPTable table = table(locale, "report.column.item", "report.column.organisation", "report.column.category",
                "report.column.classification", "report.column.created", "report.column.retention", "report.column.disclosures");
        for (ItemMention m : items) {
            row(table, m.item().toString(), m.ownerOrganisation(), m.category().name(), m.classification().name(),
                    time(m.createdAt()), m.retentionUntil().toString(), Long.toString(m.disclosures()));
        }
        document.add(table);
    }

    private void accesses(Document document, List<ObjectAccess> accesses, Locale locale) throws DocumentException {
        if (accesses.isEmpty()) {
            document.add(new Paragraph(text("report.none", locale), BODY));
            return;
        }
        PdfPTable table = table(locale, "report.column.object", "report.column.user", "report.column.organisation",
                "report.column.action", "report.column.purpose", "report.column.legalBasis", "report.column.count",
                "report.column.period");
        for (ObjectAccess a : accesses) {
            row(table, a.objectType() + " " + a.objectId(), a.user(), nullToEmpty(a.organisation()),
                    a.action() + (a.outcome().equals("SUCCESS") ? "" : " (" + a.outcome() + ")")
                            + (a.recipients().isEmpty() ? "" : " → " + String.join(", ", a.recipients())),
                    nullToEmpty(a.purpose()), nullToEmpty(a.legalBasis()), Long.toString(a.count()),
                    time(a.first()) + " – " + time(a.last()));
        }
        document.add(table);
    }

    private PdfPTable table(Locale locale, String... headingKeys) {
        PdfPTable table = new PdfPTable(headingKeys.length);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String key : headingKeys) {
            table.addCell(new Phrase(text(key, locale), HEAD));
        }
        return table;
    }

    private static void row(PdfPTable table, String... cells) {
        for (String cell : cells) {
            table.addCell(new Phrase(cell, BODY));
        }
    }

    private static void section(Document document, String heading) throws DocumentException {
        Paragraph paragraph = new Paragraph(heading, HEADING);
        paragraph.setSpacingBefore(12);
        paragraph.setSpacingAfter(6);
        document.add(paragraph);
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private static String time(TemporalAccessor moment) {
        return TIME.format(moment);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
