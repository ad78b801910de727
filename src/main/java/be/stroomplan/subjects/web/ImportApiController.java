package be.stroomplan.subjects.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import be.stroomplan.subjects.imports.ImportJob;
import be.stroomplan.subjects.imports.SubjectImports;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bulk imports over the API (DESIGN.md §7): {@code POST /api/v1/imports?kind=&compartment=} with
 * the file as the body (CSV with a header row, a KBO zip, or FtM JSON lines) answers 202 with the
 * import's id; {@code GET /api/v1/imports/{id}} reports its status, progress and refused rows,
 * translated in the language of the request. Only the user who started an import sees it.
 */
@RestController
@RequestMapping("/api/v1/imports")
@PreAuthorize("isAuthenticated()")
class ImportApiController {

    private final SubjectImports imports;
    private final SubjectUsers users;
    private final MessageSource messages;

    ImportApiController(SubjectImports imports, SubjectUsers users, MessageSource messages) {
        this.imports = imports;
        this.users = users;
        this.messages = messages;
    }

    /** The JSON of an import. */
    record ImportView(String id, String kind, String compartment, String status, String phase, long total, long processed,
                      int percent, long rejectedCount, List<Map<String, Object>> rejected, long created, long updated,
                      long relations, String failure, Instant createdAt, Instant finishedAt) {
    }

    @PostMapping
    ResponseEntity<ImportView> start(@RequestParam(required = false) String kind,
                                     @RequestParam(required = false) String compartment,
                                     @RequestParam(required = false) String category,
                                     HttpServletRequest request) throws IOException {
        try (InputStream body = request.getInputStream()) {
            ImportJob job = imports.start(users.current(), kind, compartment, category, body);
            return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/v1/imports/" + job.id()))
                    .body(view(job, SubjectProblems.locale(request)));
        }
    }

    @GetMapping("/{id}")
    ImportView one(@PathVariable String id, HttpServletRequest request) {
        return view(imports.find(users.current(), id), SubjectProblems.locale(request));
    }

    @GetMapping
    Map<String, List<ImportView>> mine(HttpServletRequest request) {
        Locale locale = SubjectProblems.locale(request);
        return Map.of("items", imports.ofUser(users.current()).stream().map(job -> view(job, locale)).toList());
    }

    private ImportView view(ImportJob job, Locale locale) {
        List<Map<String, Object>> rejected = job.rejected().stream().map(row -> {
            Map<String, Object> out = new java.util.LinkedHashMap<>();
            if (row.file() != null) {
                out.put("file", row.file());
            }
            out.put("line", row.line());
            if (row.field() != null) {
                out.put("field", row.field());
            }
            out.put("code", row.messageKey());
            out.put("message", messages.getMessage(new DefaultMessageSourceResolvable(new String[] { row.messageKey() },
                    row.arguments().toArray(), row.messageKey()), locale));
            return out;
        }).toList();
        UUID id = job.id();
        return new ImportView(id.toString(), job.kind().name(), job.compartment().toString(), job.status().name(),
                job.phase().name(), job.total(), job.processed(), job.percent(), job.rejectedCount(), rejected, job.created(),
                job.updated(), job.relations(), job.failure(), job.createdAt(), job.finishedAt());
    }
}
