package be.stroomplan.audit.web;

import java.time.Instant;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.stroomplan.audit.AuditAction;
import be.stroomplan.audit.internal.AuditQuery.AuditFilter;
import be.stroomplan.audit.internal.AuditQuery.AuditPage;

/**
 * The DPO's audit trail page: the sealed chain as a filtered, paged table, newest first, and the
 * chain verification. Reading the page and verifying are recorded in the trail, as through the
 * API. A filter that cannot be read is shown back with a message, never an error page.
 */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasRole('DPO')")
class AuditPageController {

    private static final String VIEW = "audit/trail";
    private static final String RESULT = "partials/audit/verification :: result";

    private final AuditConsultation consultation;

    AuditPageController(AuditConsultation consultation) {
        this.consultation = consultation;
    }

    @ModelAttribute("actions")
    List<AuditAction> actions() {
        return List.of(AuditAction.values());
    }

    @ModelAttribute("sizes")
    List<Integer> sizes() {
        return AuditSearch.SIZES;
    }

    @GetMapping
    String trail(@ModelAttribute("search") AuditSearch search, BindingResult binding, Model model) {
        search.normalise();
        AuditFilter filter;
        try {
            filter = AuditFilters.parse(search.getUser(), search.getObject(), search.getOrganisation(),
                    search.getAction(), search.getFrom(), search.getTo());
        } catch (InvalidAuditFilter invalid) {
            binding.rejectValue(invalid.field(), invalid.code(), invalid.getMessage());
            return VIEW;
        }
        AuditPage page = consultation.read(filter, search.pageNumber(), search.pageSize(), search.isAscending());
        model.addAttribute("result", page);
        return VIEW;
    }

    /**
     * Verifies the chain. From htmx, answers the result alone; otherwise redirects back to the
     * page (with the same filter), which shows the result once.
     */
    @PostMapping("/verify")
    String verify(@ModelAttribute("search") AuditSearch search,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            RedirectAttributes redirect) {
        search.normalise();
        VerificationView verification = VerificationView.of(consultation.verify(), Instant.now());
        if ("true".equals(htmx)) {
            model.addAttribute("verification", verification);
            return RESULT;
        }
        redirect.addFlashAttribute("verification", verification);
        return "redirect:" + search.link();
    }
}
