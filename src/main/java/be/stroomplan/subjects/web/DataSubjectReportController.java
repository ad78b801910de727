package be.stroomplan.subjects.web;

import java.util.Locale;

import be.stroomplan.subjects.report.DataSubjectReport;
import be.stroomplan.subjects.report.DataSubjectReportPdf;
import be.stroomplan.subjects.report.DataSubjectReports;
import be.stroomplan.subjects.report.InvalidReportRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The data-subject report for the DPO, as JSON and as PDF: what the platform holds about the
 * person with this national register number, who saw it, and where the law allows restricting
 * the access. Each run is audited (EXPORT of DATA_SUBJECT_REPORT).
 */
@RestController
@PreAuthorize("hasRole('DPO')")
class DataSubjectReportController {

    private final DataSubjectReports reports;
    private final DataSubjectReportPdf pdf;
    private final MessageSource messages;

    DataSubjectReportController(DataSubjectReports reports, DataSubjectReportPdf pdf, MessageSource messages) {
        this.reports = reports;
        this.pdf = pdf;
        this.messages = messages;
    }

    @GetMapping("/api/v1/dpo/data-subject-report")
    DataSubjectReport report(@RequestParam String nationalNumber) {
        return reports.forNationalNumber(nationalNumber);
    }

    @GetMapping(path = "/api/v1/dpo/data-subject-report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> reportPdf(@RequestParam String nationalNumber, Locale locale) {
        DataSubjectReport report = reports.forNationalNumber(nationalNumber);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("data-subject-report-" + report.generatedAt().toEpochMilli() + ".pdf").build().toString())
                .body(pdf.render(report, locale));
    }

    @ExceptionHandler(InvalidReportRequest.class)
    ResponseEntity<ProblemDetail> invalid(InvalidReportRequest invalid, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage(invalid.check(), locale));
        problem.setTitle("Invalid national register number");
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
