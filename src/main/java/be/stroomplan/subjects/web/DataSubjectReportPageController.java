package be.stroomplan.subjects.web;

import java.util.Locale;

import be.stroomplan.subjects.report.DataSubjectReport;
import be.stroomplan.subjects.report.DataSubjectReportPdf;
import be.stroomplan.subjects.report.DataSubjectReports;
import be.stroomplan.subjects.report.InvalidReportRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The DPO's page for a data-subject request: enter a national register number, see the report,
 * download it as PDF. The number travels in POST bodies only, never in a URL (no browser
 * history, no access log).
 */
@Controller
@RequestMapping("/dpo/data-subject")
@PreAuthorize("hasRole('DPO')")
class DataSubjectReportPageController {

    private static final String VIEW = "subjects/data-subject-report";

    private final DataSubjectReports reports;
    private final DataSubjectReportPdf pdf;
    private final MessageSource messages;

    DataSubjectReportPageController(DataSubjectReports reports, DataSubjectReportPdf pdf, MessageSource messages) {
        this.reports = reports;
        this.pdf = pdf;
        this.messages = messages;
    }

    @GetMapping
    String form() {
        return VIEW;
    }

    @PostMapping
    String report(@RequestParam(defaultValue = "") String nationalNumber, Locale locale, Model model) {
        model.addAttribute("nationalNumber", nationalNumber);
        try {
            model.addAttribute("report", reports.forNationalNumber(nationalNumber));
        } catch (InvalidReportRequest invalid) {
            model.addAttribute("numberError", messages.getMessage(invalid.check(), locale));
        }
        return VIEW;
    }

    @PostMapping(path = "/pdf")
    Object reportPdf(@RequestParam(defaultValue = "") String nationalNumber, Locale locale, Model model) {
        DataSubjectReport report;
        try {
            report = reports.forNationalNumber(nationalNumber);
        } catch (InvalidReportRequest invalid) {
            model.addAttribute("nationalNumber", nationalNumber);
            model.addAttribute("numberError", messages.getMessage(invalid.check(), locale));
            return VIEW;
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("data-subject-report-" + report.generatedAt().toEpochMilli() + ".pdf").build().toString())
                .body(pdf.render(report, locale));
    }
}
