package be.stroomplan.audit.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import be.stroomplan.audit.web.DpoWorkspace.ActivitySort;
import be.stroomplan.audit.web.DpoWorkspace.Period;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The DPO workspace page: who accessed an object or a compartment and why, and every user's
 * access volume in a period with anomaly flags, sortable and paged, each user linking to their
 * lines in the audit trail. Bad input is shown back with a message.
 */
@Controller
@RequestMapping("/dpo")
@PreAuthorize("hasRole('DPO')")
class DpoPageController {

    private final DpoWorkspace workspace;

    DpoPageController(DpoWorkspace workspace) {
        this.workspace = workspace;
    }

    @GetMapping
    String workspace(@RequestParam(required = false) String object, @RequestParam(required = false) String compartment,
                     @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                     @RequestParam(required = false) String organisation,
                     @RequestParam(defaultValue = "false") boolean flagged,
                     @RequestParam(defaultValue = "ACCESSES") String sort, @RequestParam(defaultValue = "desc") String dir,
                     @RequestParam(defaultValue = "0") int page, Model model) {
        String objectId = AuditFilters.blankToNull(object);
        String compartmentId = AuditFilters.blankToNull(compartment);
        String organisationCode = AuditFilters.blankToNull(organisation);
        ActivitySort order = sort(sort);
        boolean ascending = "asc".equalsIgnoreCase(dir);
        model.addAttribute("object", objectId);
        model.addAttribute("compartment", compartmentId);
        model.addAttribute("organisation", organisationCode);
        model.addAttribute("flagged", flagged);
        model.addAttribute("sort", order.name());
        model.addAttribute("dir", ascending ? "asc" : "desc");
        model.addAttribute("sorts", List.of(ActivitySort.values()));
        Period period;
        try {
            period = DpoApiController.period(date(from), date(to));
        } catch (DateTimeParseException | ResponseStatusException invalid) {
            model.addAttribute("from", from);
            model.addAttribute("to", to);
            model.addAttribute("periodError", invalid instanceof DateTimeParseException ? "audit.error.date" : "dpo.error.period");
            return "audit/dpo";
        }
        model.addAttribute("from", period.from().toString());
        model.addAttribute("to", period.to().toString());
        if (objectId != null || compartmentId != null) {
            model.addAttribute("report", workspace.accesses(objectId, compartmentId, period));
        }
        model.addAttribute("activity", workspace.activity(period, organisationCode, flagged, order, ascending, page));
        model.addAttribute("links", new Links(objectId, compartmentId, period, organisationCode, flagged, order, ascending));
        return "audit/dpo";
    }

    private static LocalDate date(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value.trim());
    }

    private static ActivitySort sort(String value) {
        try {
            return ActivitySort.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return ActivitySort.ACCESSES;
        }
    }

    /** Links of the page that keep the current question: sorting, paging, drill-down to the trail. */
    record Links(String object, String compartment, Period period, String organisation, boolean flagged,
                 ActivitySort sort, boolean ascending) {

        public String sortBy(String column) {
            boolean same = sort.name().equals(column);
            return base().queryParam("sort", column).queryParam("dir", same && !ascending ? "asc" : "desc").build()
                    .encode().toUriString();
        }

        public String ariaSort(String column) {
            return sort.name().equals(column) ? (ascending ? "ascending" : "descending") : null;
        }

        public String page(int page) {
            return base().queryParam("sort", sort.name()).queryParam("dir", ascending ? "asc" : "desc")
                    .queryParam("page", page).build().encode().toUriString();
        }

        public String trail(String user) {
            return UriComponentsBuilder.fromPath("/audit").queryParam("user", user)
                    .queryParam("from", period.from()).queryParam("to", period.to()).build().encode().toUriString();
        }

        public String trailOf(String user, String objectId) {
            UriComponentsBuilder link = UriComponentsBuilder.fromPath("/audit").queryParam("user", user)
                    .queryParam("from", period.from()).queryParam("to", period.to());
            if (objectId != null) {
                link.queryParam("object", objectId);
            }
            return link.build().encode().toUriString();
        }

        private UriComponentsBuilder base() {
            UriComponentsBuilder link = UriComponentsBuilder.fromPath("/dpo").queryParam("from", period.from())
                    .queryParam("to", period.to());
            if (object != null) {
                link.queryParam("object", object);
            }
            if (compartment != null) {
                link.queryParam("compartment", compartment);
            }
            if (organisation != null) {
                link.queryParam("organisation", organisation);
            }
            if (flagged) {
                link.queryParam("flagged", true);
            }
            return link;
        }
    }
}
