package be.stroomplan.impact.web;

import be.stroomplan.impact.ImpactExports;
import be.stroomplan.impact.ImpactIndicators;
import be.stroomplan.impact.ImpactQuery;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The dashboard's exports: the indicators as CSV and XLSX, over what the user may see. */
@Controller
@PreAuthorize(ImpactApiController.READERS)
class ImpactExportsController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final ImpactIndicators indicators;
    private final ImpactExports exports;
    private final ImpactUsers users;

    ImpactExportsController(ImpactIndicators indicators, ImpactExports exports, ImpactUsers users) {
        this.indicators = indicators;
        this.exports = exports;
        this.users = users;
    }

    @GetMapping({ "/impact/export.csv", "/api/v1/impact/export.csv" })
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                               @RequestParam(required = false) String partner) {
        ImpactQuery query = indicators.query(from, to, partner);
        return file(exports.csv(users.current(), query), CSV, "impact-" + query.from() + "-" + query.to() + ".csv");
    }

    @GetMapping({ "/impact/export.xlsx", "/api/v1/impact/export.xlsx" })
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                @RequestParam(required = false) String partner) {
        ImpactQuery query = indicators.query(from, to, partner);
        return file(exports.xlsx(users.current(), query), XLSX, "impact-" + query.from() + "-" + query.to() + ".xlsx");
    }

    @GetMapping({ "/impact/report.pdf", "/api/v1/impact/report.pdf" })
    ResponseEntity<byte[]> quarterly(@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer quarter,
                                     @RequestParam(required = false) String partner, java.util.Locale locale) {
        java.time.LocalDate today = indicators.today();
        ImpactQuery query = exports.quarter(year == null ? today.getYear() : year,
                quarter == null ? (today.getMonthValue() - 1) / 3 + 1 : quarter, partner);
        int q = (query.from().getMonthValue() - 1) / 3 + 1;
        return file(exports.quarterlyPdf(users.current(), query, locale), MediaType.APPLICATION_PDF,
                "stroomplan-impact-" + query.from().getYear() + "-Q" + q + ".pdf");
    }

    static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
