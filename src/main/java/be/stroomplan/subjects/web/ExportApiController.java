package be.stroomplan.subjects.web;

import be.stroomplan.subjects.imports.FtmExport;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code GET /api/v1/exports/ftm?compartment=&purpose=} (DESIGN.md §7): the compartment's subjects
 * and relations the user may read, as FollowTheMoney entities in JSON lines.
 */
@RestController
@PreAuthorize("isAuthenticated()")
class ExportApiController {

    static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

    private final FtmExport export;
    private final SubjectUsers users;

    ExportApiController(FtmExport export, SubjectUsers users) {
        this.export = export;
        this.users = users;
    }

    @GetMapping("/api/v1/exports/ftm")
    ResponseEntity<StreamingResponseBody> ftm(@RequestParam(required = false) String compartment,
                                              @RequestParam(required = false) String purpose) {
        if (compartment == null || compartment.isBlank()) {
            throw be.stroomplan.subjects.InvalidSubjectInput.of("compartment", "subjects.error.required");
        }
        FtmExport.Export result = export.export(users.current(), compartment, purpose);
        return ResponseEntity.ok().contentType(NDJSON)
                .header("Content-Disposition", "attachment; filename=\"subjects-" + compartment.trim() + ".ftm.json\"")
                .body(out -> export.write(result, out));
    }
}
