package be.stroomplan.controls.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import be.stroomplan.controls.ControlDraft;
import be.stroomplan.controls.ControlType;
import be.stroomplan.controls.InvalidControlInput;
import be.stroomplan.platform.InvalidInput.Problem;
import be.stroomplan.partners.PartnerDirectory;
import be.stroomplan.partners.UserProfile;
import be.stroomplan.protocols.CompartmentKind;
import be.stroomplan.sharing.Compartments;

import org.springframework.stereotype.Component;

/**
 * Checks a plan before anything is written: name, type, date and window (Europe/Brussels; an end
 * before the start runs past midnight), area, services with staff and checklists, and the linked
 * cases and dossiers (a compartment of that kind the user is a member of). Every problem at once.
 */
@Component
public class PlanInput {

    public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final PartnerDirectory partners;
    private final Compartments compartments;

    PlanInput(PartnerDirectory partners, Compartments compartments) {
        this.partners = partners;
        this.compartments = compartments;
    }

    /** A plan that passed the checks; targets are taken later, in the action's compartment. */
    public record Plan(String name, ControlType type, Instant startsAt, Instant endsAt, String area,
                       Map<String, ControlDraft.ServiceDraft> services, Map<UUID, CompartmentKind> links) {
    }

    public Plan check(UserProfile user, ControlDraft draft) {
        List<Problem> problems = new ArrayList<>();
        String name = text(draft.name(), "name", 300, problems);
        String area = text(draft.area(), "area", 300, problems);
        ControlType type = null;
        if (draft.type() == null || draft.type().isBlank()) {
            problems.add(new Problem("type", "controls.error.required"));
        } else {
            try {
                type = ControlType.valueOf(draft.type().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("type", "controls.error.oneOf", String.join(", ",
                        java.util.Arrays.stream(ControlType.values()).map(Enum::name).toList())));
            }
        }
        LocalDate date = parse(draft.date(), "date", problems, LocalDate::parse);
        LocalTime from = parse(draft.from(), "from", problems, LocalTime::parse);
        LocalTime to = parse(draft.to(), "to", problems, LocalTime::parse);
        Instant startsAt = null;
        Instant endsAt = null;
        if (date != null && from != null && to != null) {
            if (from.equals(to)) {
                problems.add(new Problem("to", "controls.error.emptyWindow"));
            }
            startsAt = date.atTime(from).atZone(BRUSSELS).toInstant();
            endsAt = (to.isAfter(from) ? date : date.plusDays(1)).atTime(to).atZone(BRUSSELS).toInstant();
        }
        Map<String, ControlDraft.ServiceDraft> services = new LinkedHashMap<>();
        if (draft.services().isEmpty()) {
            problems.add(new Problem("services", "controls.error.noServices"));
        }
        for (int i = 0; i < draft.services().size(); i++) {
            ControlDraft.ServiceDraft s = draft.services().get(i);
            String code = s == null || s.organisation() == null ? "" : s.organisation().trim();
            if (partners.organisation(code).isEmpty()) {
                problems.add(new Problem("services[" + i + "].organisation", "controls.error.unknownOrganisation"));
            } else if (services.containsKey(code)) {
                problems.add(new Problem("services[" + i + "].organisation", "controls.error.duplicateService"));
            }
            if (s == null || s.staff() == null || s.staff() < 0 || s.staff() > 10_000) {
                problems.add(new Problem("services[" + i + "].staff", "controls.error.staff"));
            }
            List<String> checklist = s == null || s.checklist() == null ? List.of() : s.checklist();
            for (int j = 0; j < checklist.size(); j++) {
                if (checklist.get(j) == null || checklist.get(j).isBlank() || checklist.get(j).length() > 300) {
                    problems.add(new Problem("services[" + i + "].checklist[" + j + "]", "controls.error.checklist"));
                }
            }
            services.putIfAbsent(code, new ControlDraft.ServiceDraft(code, s == null ? null : s.staff(),
                    checklist.stream().map(l -> l == null ? "" : l.trim()).toList()));
        }
        Map<UUID, CompartmentKind> links = new LinkedHashMap<>();
        link(user, draft.cases(), "cases", CompartmentKind.CASE, links, problems);
        link(user, draft.dossiers(), "dossiers", CompartmentKind.DOSSIER, links, problems);
        if (!problems.isEmpty()) {
            throw new InvalidControlInput(problems);
        }
        return new Plan(name, type, startsAt, endsAt, area, services, links);
    }

    private void link(UserProfile user, List<String> ids, String field, CompartmentKind kind, Map<UUID, CompartmentKind> links,
                      List<Problem> problems) {
        for (int i = 0; i < ids.size(); i++) {
            UUID id = null;
            try {
                id = UUID.fromString(ids.get(i).trim());
            } catch (RuntimeException e) {
                id = null;
            }
            UUID found = id;
            boolean readable = found != null && compartments.find(found).filter(c -> c.kind() == kind).isPresent()
                    && compartments.membership(found, user).isPresent();
            if (readable) {
                links.put(found, kind);
            } else {
                problems.add(new Problem(field + "[" + i + "]", kind == CompartmentKind.CASE ? "controls.error.unknownCase"
                        : "controls.error.unknownDossier"));
            }
        }
    }

    static String text(String value, String field, int max, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new Problem(field, "controls.error.required"));
            return null;
        }
        if (value.trim().length() > max) {
            problems.add(new Problem(field, "controls.error.tooLong", max));
        }
        return value.trim();
    }

    static <T> T parse(String value, String field, List<Problem> problems, java.util.function.Function<String, T> parser) {
        if (value == null || value.isBlank()) {
            problems.add(new Problem(field, "controls.error.required"));
            return null;
        }
        try {
            return parser.apply(value.trim());
        } catch (DateTimeParseException e) {
            problems.add(new Problem(field, "controls.error.format." + field));
            return null;
        }
    }
}
