package be.stroomplan.impact.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import be.stroomplan.impact.FigureTable;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/** The figure table as CSV (UTF-8, header row) and as an XLSX workbook with one sheet. */
@Component
public class FigureExports {

    /** CSV with a header row {@code indicator,value}; the heading lines name the period and scope. */
    public byte[] csv(List<String> heading, List<FigureTable.Row> rows) {
        StringBuilder out = new StringBuilder();
        heading.forEach(h -> out.append("# ").append(h.replace('\n', ' ')).append("\r\n"));
        out.append("indicator,value\r\n");
        for (FigureTable.Row row : rows) {
            out.append(field(row.indicator())).append(',').append(field(row.value())).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String field(String value) {
        String safe = value.isEmpty() || "=+-@".indexOf(value.charAt(0)) < 0 || value.matches("-?[0-9.]+") ? value : "'" + value;
        return safe.contains(",") || safe.contains("\"") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    /** One sheet ‘Impact’: the heading lines, then indicator and value (numbers as numbers). */
    public byte[] xlsx(List<String> heading, List<FigureTable.Row> rows) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Impact");
            int r = 0;
            for (String h : heading) {
                sheet.createRow(r++).createCell(0).setCellValue(h);
            }
            Row header = sheet.createRow(r++);
            header.createCell(0).setCellValue("indicator");
            header.createCell(1).setCellValue("value");
            for (FigureTable.Row row : rows) {
                Row line = sheet.createRow(r++);
                line.createCell(0).setCellValue(row.indicator());
                if (row.value().matches("-?[0-9]+(\\.[0-9]+)?")) {
                    line.createCell(1).setCellValue(new BigDecimal(row.value()).doubleValue());
                } else {
                    line.createCell(1).setCellValue(row.value());
                }
            }
            sheet.setColumnWidth(0, 45 * 256);
            sheet.setColumnWidth(1, 18 * 256);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
