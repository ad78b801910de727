package be.stroomplan.sharing.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import be.stroomplan.partners.PartnerDirectory;
import be.stroomplan.partners.UserProfile;
import be.stroomplan.platform.CurrentActor;
import be.stroomplan.protocols.CompartmentKind;
import be.stroomplan.protocols.CompartmentRole;
import be.stroomplan.protocols.HandlingCode;
import be.stroomplan.partners.Classification;
import be.stroomplan.protocols.DataCategory;
import be.stroomplan.sharing.Compartment;
import be.stroomplan.sharing.Compartments;
import be.stroomplan.sharing.InformationAccuracy;
import be.stroomplan.sharing.InformationItem;
import be.stroomplan.sharing.InformationItems;
import be.stroomplan.sharing.InvalidSharingInput;
import be.stroomplan.sharing.ItemContent;
import be.stroomplan.sharing.ItemSort;
import be.stroomplan.sharing.MemberType;
import be.stroomplan.sharing.SharingConflict;
import be.stroomplan.sharing.SharingNotFound;
import be.stroomplan.sharing.SharingRefused;
import be.stroomplan.sharing.SourceReliability;
import be.stroomplan.sharing.Tlp;
import be.stroomplan.sharing.web.SharingForms.CompartmentForm;
import be.stroomplan.sharing.web.SharingForms.ItemForm;
import be.stroomplan.sharing.web.SharingForms.MemberForm;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The compartment pages: my compartments (paged, sortable) with a form to open one, and one
 * compartment with its members, the items the user may read (with their markings), the items the
 * user may not read (metadata only, each with a link to why), and a form to add an item. Reading
 * from here passes the compartment as the purpose. A compartment the user is not a member of
 * answers 404.
 */
@Controller
@RequestMapping("/compartments")
@PreAuthorize(SharingPage.CONTENT)
class CompartmentPagesController extends SharingPage {

    private static final List<String> LIST_COLUMNS = List.of("KIND", "TITLE", "REFERENCE", "ROLE");

    private final Compartments compartments;
    private final InformationItems items;

    CompartmentPagesController(Compartments compartments, InformationItems items, PartnerDirectory partners, SharingUsers users) {
        super(partners, users);
        this.compartments = compartments;
        this.items = items;
    }

    record Row(Compartment compartment, CompartmentRole role) {
    }

    @GetMapping
    @PreAuthorize(CONTENT)
    String list(@RequestParam(required = false) String page, @RequestParam(defaultValue = "TITLE") String sort,
                @RequestParam(defaultValue = "asc") String dir, Model model) {
        if (!model.containsAttribute("compartmentForm")) {
            model.addAttribute("compartmentForm", new CompartmentForm());
        }
        return listPage(page, sort, dir, model);
    }

    @PostMapping
    @PreAuthorize(CONTENT)
    String open(@ModelAttribute CompartmentForm compartmentForm, BindingResult binding, Model model) {
        CompartmentKind kind = compartmentForm.check(binding);
        if (binding.hasErrors()) {
            model.addAttribute("formOpen", true);
            return listPage(null, "TITLE", "asc", model);
        }
        UserProfile user = users.current();
        UUID id = compartments.open(kind, compartmentForm.getTitle(), user.organisation().code(), compartmentForm.getReference(),
                CurrentActor.get());
        return "redirect:/compartments/" + id;
    }

    private String listPage(String page, String sort, String dir, Model model) {
        String column = LIST_COLUMNS.contains(sort.toUpperCase(Locale.ROOT)) ? sort.toUpperCase(Locale.ROOT) : "TITLE";
        boolean ascending = !"desc".equalsIgnoreCase(dir);
        Comparator<Row> order = switch (column) {
            case "KIND" -> Comparator.comparing(r -> r.compartment().kind().name());
            case "REFERENCE" -> Comparator.comparing(r -> r.compartment().reference() == null ? "" : r.compartment().reference(),
                    String.CASE_INSENSITIVE_ORDER);
            case "ROLE" -> Comparator.comparing(r -> r.role().ordinal());
            default -> Comparator.comparing(r -> r.compartment().title(), String.CASE_INSENSITIVE_ORDER);
        };
        order = ascending ? order : order.reversed();
        List<Row> all = compartments.compartmentsOf(users.current()).stream().map(e -> new Row(e.getKey(), e.getValue()))
                .sorted(order.thenComparing(r -> r.compartment().id())).toList();
        int totalPages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(page(page), totalPages - 1);
        model.addAttribute("rows", all.subList(current * PAGE_SIZE, Math.min(all.size(), (current + 1) * PAGE_SIZE)));
        model.addAttribute("page", current);
        model.addAttribute("totalPages", totalPages);
        model.addAttribute("sort", column);
        model.addAttribute("dir", ascending ? "asc" : "desc");
        model.addAttribute("columns", LIST_COLUMNS);
        model.addAttribute("kinds", CompartmentKind.values());
        return "sharing/compartments";
    }

    @GetMapping("/{id}")
    @PreAuthorize(CONTENT)
    String compartment(@PathVariable String id, @RequestParam(required = false) String page,
                       @RequestParam(required = false) String withheld, @RequestParam(defaultValue = "CREATED") String sort,
                       @RequestParam(defaultValue = "desc") String dir, Model model) {
        if (!model.containsAttribute("itemForm")) {
            model.addAttribute("itemForm", new ItemForm());
        }
        if (!model.containsAttribute("memberForm")) {
            model.addAttribute("memberForm", new MemberForm());
        }
        return compartmentPage(SharingUsers.id(id, "compartment"), page, withheld, sort, dir, model);
    }

    @PostMapping("/{id}/items")
    @PreAuthorize(CONTENT)
    String addItem(@PathVariable String id, @ModelAttribute ItemForm itemForm, BindingResult binding, Model model,
                   RedirectAttributes redirect) {
        UUID compartmentId = SharingUsers.id(id, "compartment");
        UserProfile user = users.current();
        CompartmentRole role = compartments.membership(compartmentId, user).orElseThrow(() -> new SharingNotFound("compartment"));
        ItemContent content = itemForm.check(binding);
        if (content == null) {
            model.addAttribute("memberForm", new MemberForm());
            model.addAttribute("itemFormOpen", true);
            return compartmentPage(compartmentId, null, null, "CREATED", "desc", model);
        }
        if (!role.writes()) {
            throw new SharingRefused(be.stroomplan.protocols.DenyReason.ROLE_NOT_ALLOWED);
        }
        try {
            InformationItem item = items.add(user, compartmentId, content, compartmentId.toString());
            redirect.addFlashAttribute("notice", "sharing.item.added");
            return "redirect:/items/" + item.id() + "?purpose=" + compartmentId;
        } catch (SharingRefused refused) {
            model.addAttribute("memberForm", new MemberForm());
            model.addAttribute("itemFormOpen", true);
            model.addAttribute("itemRefusal", refused.explanations());
            return compartmentPage(compartmentId, null, null, "CREATED", "desc", model);
        }
    }

    @PostMapping("/{id}/members")
    @PreAuthorize(CONTENT)
    String addMember(@PathVariable String id, @ModelAttribute MemberForm memberForm, BindingResult binding, Model model,
                     RedirectAttributes redirect) {
        UUID compartmentId = managed(id);
        MemberForm.Checked checked = memberForm.check(binding);
        if (checked != null) {
            try {
                compartments.addMember(compartmentId, checked.type(), checked.id(), checked.role());
                redirect.addFlashAttribute("notice", "sharing.member.added");
                return "redirect:/compartments/" + compartmentId + "#members";
            } catch (InvalidSharingInput invalid) {
                binding.rejectValue("id", "sharing.member.unknown");
            } catch (SharingConflict conflict) {
                binding.rejectValue("role", conflict.code());
            }
        }
        model.addAttribute("itemForm", new ItemForm());
        return compartmentPage(compartmentId, null, null, "CREATED", "desc", model);
    }

    @PostMapping("/{id}/members/remove")
    @PreAuthorize(CONTENT)
    String removeMember(@PathVariable String id, @RequestParam(required = false) String type,
                        @RequestParam(required = false) String member, RedirectAttributes redirect) {
        UUID compartmentId = managed(id);
        try {
            MemberType memberType = MemberType.valueOf(type == null ? "" : type.trim().toUpperCase(Locale.ROOT));
            compartments.removeMember(compartmentId, memberType, member);
            redirect.addFlashAttribute("notice", "sharing.member.removed");
        } catch (IllegalArgumentException | SharingNotFound e) {
            redirect.addFlashAttribute("problem", "sharing.member.unknown");
        } catch (SharingConflict conflict) {
            redirect.addFlashAttribute("problem", conflict.code());
        }
        return "redirect:/compartments/" + compartmentId + "#members";
    }

    private UUID managed(String id) {
        UUID compartmentId = SharingUsers.id(id, "compartment");
        CompartmentRole role = compartments.membership(compartmentId, users.current())
                .orElseThrow(() -> new SharingNotFound("compartment"));
        if (role != CompartmentRole.MANAGER) {
            throw new SharingRefused(be.stroomplan.protocols.DenyReason.ROLE_NOT_ALLOWED);
        }
        return compartmentId;
    }

    private String compartmentPage(UUID compartmentId, String page, String withheld, String sort, String dir, Model model) {
        UserProfile user = users.current();
        CompartmentRole role = compartments.membership(compartmentId, user).orElseThrow(() -> new SharingNotFound("compartment"));
        Compartment compartment = compartments.find(compartmentId).orElseThrow(() -> new SharingNotFound("compartment"));
        ItemSort itemSort;
        try {
            itemSort = ItemSort.valueOf(sort.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            itemSort = ItemSort.CREATED;
        }
        boolean ascending = "asc".equalsIgnoreCase(dir);
        String purpose = compartmentId.toString();
        var result = items.page(user, compartmentId, purpose, page(page), PAGE_SIZE, itemSort, ascending);
        if (result.page() > 0 && result.page() >= result.totalPages()) {
            result = items.page(user, compartmentId, purpose, result.totalPages() - 1, PAGE_SIZE, itemSort, ascending);
        }
        var hidden = items.withheld(user, compartmentId, purpose, page(withheld), PAGE_SIZE);
        model.addAttribute("compartment", compartment);
        model.addAttribute("role", role);
        model.addAttribute("members", compartments.members(compartmentId));
        model.addAttribute("result", result);
        model.addAttribute("hidden", hidden);
        model.addAttribute("sort", itemSort.name());
        model.addAttribute("dir", ascending ? "asc" : "desc");
        model.addAttribute("sorts", ItemSort.values());
        model.addAttribute("categories", DataCategory.values());
        model.addAttribute("classifications", Classification.values());
        model.addAttribute("tlps", Tlp.values());
        model.addAttribute("sources", SourceReliability.values());
        model.addAttribute("accuracies", InformationAccuracy.values());
        model.addAttribute("handlingCodes", HandlingCode.values());
        model.addAttribute("memberTypes", MemberType.values());
        model.addAttribute("roles", CompartmentRole.values());
        return "sharing/compartment";
    }
}
