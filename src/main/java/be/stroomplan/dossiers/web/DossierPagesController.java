package be.stroomplan.dossiers.web;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import be.stroomplan.dossiers.Dossier;
import be.stroomplan.dossiers.DossierDetails;
import be.stroomplan.dossiers.DossierConflict;
import be.stroomplan.dossiers.DossierNotFound;
import be.stroomplan.dossiers.DossierRefused;
import be.stroomplan.dossiers.DossierStatus;
import be.stroomplan.dossiers.DossierSummaries;
import be.stroomplan.dossiers.DossierWork;
import be.stroomplan.dossiers.Dossiers;
import be.stroomplan.dossiers.DrugType;
import be.stroomplan.dossiers.InvalidDossierInput;
import be.stroomplan.dossiers.SeizureKind;
import be.stroomplan.dossiers.internal.DossierOpening;
import be.stroomplan.dossiers.internal.DossierStore;
import be.stroomplan.partners.UserProfile;
import be.stroomplan.sharing.ItemSort;
import be.stroomplan.subjects.IdentifierType;
import be.stroomplan.subjects.Relation;
import be.stroomplan.subjects.RelationType;
import be.stroomplan.subjects.Subject;
import be.stroomplan.subjects.SubjectCategory;
import be.stroomplan.subjects.SubjectRegister;
import be.stroomplan.subjects.SubjectType;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The dossier pages: the list (paged, sorted, filtered by status), the create form and the dossier page. */
@Controller
@RequestMapping("/dossiers")
@PreAuthorize("isAuthenticated()")
class DossierPagesController {

    static final int PAGE_SIZE = 20;
    static final int ITEM_PAGE_SIZE = 10;

    private final Dossiers dossiers;
    private final DossierWork work;
    private final SubjectRegister register;
    private final DossierUsers users;
    private final DossierSummaries summaries;

    DossierPagesController(Dossiers dossiers, DossierWork work, SubjectRegister register, DossierUsers users,
                           DossierSummaries summaries) {
        this.dossiers = dossiers;
        this.summaries = summaries;
        this.work = work;
        this.register = register;
        this.users = users;
    }

    @GetMapping
    String list(@RequestParam(required = false) String status, @RequestParam(defaultValue = "CREATED") String sort,
                @RequestParam(defaultValue = "desc") String dir, @RequestParam(defaultValue = "0") int page, Model model) {
        UserProfile user = users.current();
        DossierStatus wanted = safe(DossierStatus.class, status, null);
        DossierStore.Sort by = safe(DossierStore.Sort.class, sort, DossierStore.Sort.CREATED);
        boolean ascending = "asc".equalsIgnoreCase(dir);
        var result = dossiers.page(user, wanted, by, ascending, Math.max(0, page), PAGE_SIZE);
        model.addAttribute("result", result);
        model.addAttribute("status", wanted == null ? "" : wanted.name());
        model.addAttribute("statuses", DossierStatus.values());
        model.addAttribute("sort", by.name());
        model.addAttribute("dir", ascending ? "asc" : "desc");
        model.addAttribute("columns", List.of("NOTICE_NUMBER", "TITLE", "STATUS", "CREATED"));
        model.addAttribute("mayOpen", DossierOpening.mayOpen(user));
        return "dossiers/list";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("dossierForm", new DossierForm());
        return "dossiers/new";
    }

    @PostMapping("/new")
    String create(@ModelAttribute DossierForm dossierForm, BindingResult binding, RedirectAttributes redirect) {
        try {
            Dossier dossier = dossiers.open(users.current(), dossierForm.draft());
            redirect.addFlashAttribute("notice", "dossiers.detail.saved");
            return "redirect:/dossiers/" + dossier.id();
        } catch (InvalidDossierInput invalid) {
            invalid.problems().forEach(p -> binding.rejectValue(DossierForm.field(p.field()), p.messageKey(), p.arguments(),
                    p.messageKey()));
            return "dossiers/new";
        } catch (DossierConflict conflict) {
            binding.rejectValue("noticeNumber", conflict.code());
            return "dossiers/new";
        } catch (DossierRefused refused) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    @GetMapping("/{id}")
    String dossier(@PathVariable String id, @RequestParam(defaultValue = "0") int itemPage,
                   @RequestParam(defaultValue = "CREATED") String itemSort, @RequestParam(defaultValue = "desc") String itemDir,
                   Model model) {
        UserProfile user = users.current();
        DossierDetails details;
        try {
            details = dossiers.details(user, id);
        } catch (DossierNotFound missing) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        String dossierId = details.dossier().id().toString();
        ItemSort sort = safe(ItemSort.class, itemSort, ItemSort.CREATED);
        boolean ascending = "asc".equalsIgnoreCase(itemDir);
        model.addAttribute("d", details);
        model.addAttribute("dossier", details.dossier());
        model.addAttribute("items", work.items(user, dossierId, Math.max(0, itemPage), ITEM_PAGE_SIZE, sort, ascending));
        model.addAttribute("itemSort", sort.name());
        model.addAttribute("itemDir", ascending ? "asc" : "desc");
        model.addAttribute("itemColumns", List.of("TITLE", "CLASSIFICATION", "CREATED"));
        model.addAttribute("relations", relations(user, details));
        model.addAttribute("subjectNames", names(details));
        model.addAttribute("timeline", work.timeline(user, dossierId));
        model.addAttribute("next", details.dossier().status().next());
        model.addAttribute("categories", SubjectCategory.values());
        model.addAttribute("subjectTypes", SubjectType.values());
        model.addAttribute("identifierTypes", IdentifierType.values());
        model.addAttribute("relationTypes", RelationType.values());
        model.addAttribute("seizureKinds", SeizureKind.values());
        model.addAttribute("drugTypes", DrugType.values());
        return "dossiers/detail";
    }

    @GetMapping("/{id}/summary.pdf")
    org.springframework.http.ResponseEntity<byte[]> summary(@PathVariable String id, Locale locale) {
        try {
            return DossierApiController.pdf(summaries.summary(users.current(), id, locale), id);
        } catch (DossierNotFound missing) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private List<Relation> relations(UserProfile user, DossierDetails details) {
        Set<UUID> onDossier = new HashSet<>();
        details.subjects().forEach(s -> onDossier.add(s.subject()));
        Map<UUID, Subject> readable = register.readableSubjects(user, onDossier);
        Set<UUID> seen = new HashSet<>();
        return readable.values().stream().flatMap(s -> register.relations(user, s).stream())
                .filter(r -> onDossier.contains(r.source()) && onDossier.contains(r.target()) && seen.add(r.id()))
                .toList();
    }

    private static Map<UUID, String> names(DossierDetails details) {
        Map<UUID, String> names = new java.util.HashMap<>();
        details.subjects().forEach(s -> names.put(s.subject(), s.name()));
        return names;
    }

    static <E extends Enum<E>> E safe(Class<E> type, String value, E fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
