package be.stroomplan.impact.internal;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

import be.stroomplan.impact.FigureTable;
import be.stroomplan.impact.Indicators;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The quarterly report for the steering group as PDF (OpenPDF): the classification marking at the
 * top and the bottom of every page, the key figures, charts drawn with JFreeChart as PNG (cases by
 * status, interventions by type, drugs seized) and the table by district. Aggregates only.
 */
@Component
public class QuarterlyReportPdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEAD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final Font MARK = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
    private static final Color BLUE = new Color(0x1d, 0x4e, 0xd8);

    private final MessageSource messages;

    QuarterlyReportPdf(MessageSource messages) {
        this.messages = messages;
    }

    /** The report of {@code title} (such as ‘2026 Q3’) over the figures. */
    public byte[] render(String title, Indicators figures, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 60, 60);
        String marking = text("impact.pdf.marking", locale);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PdfPageEventHelper() {
            @Override
            public void onEndPage(PdfWriter w, Document d) {
                Phrase mark = new Phrase(marking + " — " + w.getPageNumber(), MARK);
                float centre = (d.left() + d.right()) / 2;
                ColumnText.showTextAligned(w.getDirectContent(), Element.ALIGN_CENTER, mark, centre, d.top() + 24, 0);
                ColumnText.showTextAligned(w.getDirectContent(), Element.ALIGN_CENTER, mark, centre, d.bottom() - 30, 0);
            }
        });
        document.addTitle(text("impact.pdf.title", locale, title));
        document.open();
        document.add(new Paragraph(text("impact.pdf.title", locale, title), TITLE));
        document.add(new Paragraph(text("impact.period", locale, figures.from().toString(), figures.to().toString()), BODY));
        document.add(new Paragraph(text("ORGANISATION".equals(figures.scope()) ? "impact.scope.organisation" : "impact.scope.user",
                locale), BODY));
        document.add(chart(text("impact.chart.status", locale), figures.cases().byStatus()));
        document.add(chart(text("impact.chart.interventions", locale), figures.decisions().byIntervention()));
        document.add(chart(text("impact.chart.drugs", locale), figures.seizures().drugsKg()));
        document.add(new Paragraph(text("impact.keyFigures", locale), HEAD));
        PdfPTable table = new PdfPTable(new float[] { 3, 1 });
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        for (FigureTable.Row row : FigureTable.of(figures)) {
            table.addCell(new Phrase(row.indicator(), BODY));
            table.addCell(new Phrase(row.value(), BODY));
        }
        document.add(table);
        document.close();
        return out.toByteArray();
    }

    private static Image chart(String title, Map<String, ? extends Number> values) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        values.forEach((k, v) -> data.addValue(v, title, k));
        JFreeChart chart = ChartFactory.createBarChart(title, null, null, data, PlotOrientation.HORIZONTAL, false, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        ((BarRenderer) plot.getRenderer()).setSeriesPaint(0, BLUE);
        BufferedImage image = chart.createBufferedImage(900, Math.max(220, 60 + 28 * values.size()));
        try (ByteArrayOutputStream png = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", png);
            Image pdfImage = Image.getInstance(png.toByteArray());
            pdfImage.scaleToFit(500, 400);
            pdfImage.setSpacingBefore(8);
            return pdfImage;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
