package be.stroomplan.audit.web;

import java.time.LocalDate;

import be.stroomplan.audit.web.DpoWorkspace.AccessReport;
import be.stroomplan.audit.web.DpoWorkspace.ActivityPage;
import be.stroomplan.audit.web.DpoWorkspace.ActivitySort;
import be.stroomplan.audit.web.DpoWorkspace.Period;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The DPO workspace over the API: who accessed an object or a compartment and why, and each
 * user's access volume with anomaly flags. Dates are whole days in Europe/Brussels, both ends
 * inclusive; by default the last seven days.
 */
@RestController
@RequestMapping("/api/v1/dpo")
@PreAuthorize("hasRole('DPO')")
class DpoApiController {

    static final int MAX_DAYS = 366;

    private final DpoWorkspace workspace;

    DpoApiController(DpoWorkspace workspace) {
        this.workspace = workspace;
    }

    @GetMapping("/accesses")
    AccessReport accesses(@RequestParam(required = false) String object, @RequestParam(required = false) String compartment,
                          @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
        String objectId = AuditFilters.blankToNull(object);
        String compartmentId = AuditFilters.blankToNull(compartment);
        if (objectId == null && compartmentId == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "give an object or a compartment");
        }
        return workspace.accesses(objectId, compartmentId, period(from, to));
    }

    @GetMapping("/activity")
    ActivityPage activity(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                          @RequestParam(required = false) String organisation,
                          @RequestParam(defaultValue = "false") boolean flagged,
                          @RequestParam(defaultValue = "ACCESSES") ActivitySort sort,
                          @RequestParam(defaultValue = "desc") String dir, @RequestParam(defaultValue = "0") int page) {
        return workspace.activity(period(from, to), AuditFilters.blankToNull(organisation), flagged, sort,
                "asc".equalsIgnoreCase(dir), page);
    }

    static Period period(LocalDate from, LocalDate to) {
        LocalDate until = to != null ? to : LocalDate.now(AuditFilters.BRUSSELS);
        LocalDate since = from != null ? from : until.minusDays(6);
        if (since.isAfter(until)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "from must not be after to");
        }
        if (since.plusDays(MAX_DAYS).isBefore(until)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "a period is at most " + MAX_DAYS + " days");
        }
        return new Period(since, until);
    }
}
