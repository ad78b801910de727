package be.stroomplan.dossiers.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import be.stroomplan.dossiers.Dossier;
import be.stroomplan.dossiers.DossierDraft;
import be.stroomplan.dossiers.DossierOpened;
import be.stroomplan.dossiers.DossierRefused;
import be.stroomplan.dossiers.DossierStatus;
import be.stroomplan.dossiers.InvalidDossierInput;
import be.stroomplan.dossiers.InvalidDossierInput.Problem;
import be.stroomplan.dossiers.NoticeNumber;
import be.stroomplan.partners.PartnerDirectory;
import be.stroomplan.partners.Role;
import be.stroomplan.partners.UserProfile;
import be.stroomplan.platform.CurrentActor;
import be.stroomplan.protocols.CompartmentKind;
import be.stroomplan.protocols.CompartmentRole;
import be.stroomplan.protocols.DenyReason;
import be.stroomplan.sharing.Compartments;
import be.stroomplan.sharing.MemberType;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Opening a dossier. Who may: an INVESTIGATOR, ANALYST or KALI magistrate of the KALI team (403
 * otherwise). What is checked: the notice number and PV numbers (DESIGN.md §6), the title, the
 * magistrate (a KALI magistrate), the lead investigator (a KALI investigator), the named members
 * (KALI users). The compartment gets the creator, the lead investigator and the magistrate as
 * MANAGER and the KALI team as MEMBER, or, restricted, the named members only.
 */
@Component
public class DossierOpening {

    /** The team whose members work on dossiers. */
    public static final String KALI = "KALI";
    private static final Set<Role> CREATORS = Set.of(Role.INVESTIGATOR, Role.ANALYST, Role.KALI_MAGISTRATE);

    private final DossierStore store;
    private final DossierRecordStore records;
    private final DossierGate gate;
    private final Compartments compartments;
    private final PartnerDirectory partners;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    DossierOpening(DossierStore store, DossierRecordStore records, DossierGate gate, Compartments compartments,
                   PartnerDirectory partners, ApplicationEventPublisher events) {
        this.store = store;
        this.records = records;
        this.gate = gate;
        this.compartments = compartments;
        this.partners = partners;
        this.events = events;
    }

    /** What passed the checks. */
    public record Checked(NoticeNumber noticeNumber, String title, UserProfile magistrate, UserProfile lead, String judge,
                          List<NoticeNumber> reports, boolean embargo, List<UserProfile> members, boolean restricted) {
    }

    /** Whether the user holds one of the roles in team KALI. */
    public static boolean kali(UserProfile user, Set<Role> roles) {
        return user.memberships().stream().anyMatch(m -> KALI.equals(m.teamCode()) && roles.contains(m.role()));
    }

    public static boolean mayOpen(UserProfile user) {
        return kali(user, CREATORS);
    }

    public Checked check(UserProfile user, DossierDraft draft) {
        if (!mayOpen(user)) {
            gate.deny(null, "open refused: " + DenyReason.ROLE_NOT_ALLOWED);
            throw new DossierRefused(DenyReason.ROLE_NOT_ALLOWED);
        }
        List<Problem> problems = new ArrayList<>();
        String notice = NoticeNumber.normalise(draft.noticeNumber());
        String noticeProblem = NoticeNumber.problem(notice);
        if (noticeProblem != null) {
            problems.add(new Problem("noticeNumber", noticeProblem));
        }
        String title = Fields.text(problems, "title", draft.title(), 300, true);
        UserProfile magistrate = person(problems, "magistrate", draft.magistrate(), Set.of(Role.KALI_MAGISTRATE),
                "dossiers.error.magistrate");
        UserProfile lead = person(problems, "leadInvestigator", draft.leadInvestigator(), Set.of(Role.INVESTIGATOR),
                "dossiers.error.lead");
        String judge = Fields.text(problems, "judge", draft.judge(), 200, false);
        List<NoticeNumber> reports = new ArrayList<>();
        List<String> given = draft.officialReports() == null ? List.of() : draft.officialReports();
        for (int i = 0; i < given.size(); i++) {
            String number = NoticeNumber.normalise(given.get(i));
            String problem = NoticeNumber.problem(number);
            if (problem != null) {
                problems.add(new Problem("officialReports[" + i + "]", problem));
            } else if (reports.stream().noneMatch(r -> r.value().equals(number))) {
                reports.add(NoticeNumber.of(number));
            }
        }
        List<UserProfile> members = new ArrayList<>();
        List<String> named = draft.members() == null ? List.of() : draft.members();
        for (int i = 0; i < named.size(); i++) {
            UserProfile member = person(problems, "members[" + i + "]", named.get(i), CREATORS, "dossiers.error.member");
            if (member != null) {
                members.add(member);
            }
        }
        boolean restricted = Boolean.TRUE.equals(draft.restricted());
        if (restricted && members.isEmpty() && named.isEmpty()) {
            problems.add(new Problem("members", "dossiers.error.restrictedMembers"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidDossierInput(problems);
        }
        return new Checked(NoticeNumber.of(notice), title, magistrate, lead, judge, reports, Boolean.TRUE.equals(draft.embargo()),
                members, restricted);
    }

    private UserProfile person(List<Problem> problems, String field, String username, Set<Role> roles, String message) {
        if (username == null || username.isBlank()) {
            problems.add(new Problem(field, "dossiers.error.required"));
            return null;
        }
        UserProfile profile = partners.profile(username.strip()).filter(UserProfile::enabled).filter(p -> kali(p, roles))
                .orElse(null);
        if (profile == null) {
            problems.add(new Problem(field, message));
        }
        return profile;
    }

    /** Opens the compartment and the dossier in it; call within a transaction. */
    public Dossier open(UserProfile user, Checked c) {
        Instant now = clock.instant();
        String owner = c.lead().organisation().code();
        UUID id = compartments.open(CompartmentKind.DOSSIER, c.title(), owner, c.noticeNumber().value(), CurrentActor.get());
        Set<String> managers = new LinkedHashSet<>(List.of(c.lead().username(), c.magistrate().username()));
        managers.remove(user.username());
        managers.forEach(m -> compartments.addMember(id, MemberType.USER, m, CompartmentRole.MANAGER));
        for (UserProfile member : c.members()) {
            if (!member.username().equals(user.username()) && !managers.contains(member.username())) {
                compartments.addMember(id, MemberType.USER, member.username(), CompartmentRole.MEMBER);
            }
        }
        if (!c.restricted()) {
            compartments.addMember(id, MemberType.TEAM, KALI, CompartmentRole.MEMBER);
        }
        Dossier dossier = new Dossier(id, c.noticeNumber(), c.title(), DossierStatus.OPEN, c.magistrate().username(),
                c.lead().username(), c.judge(), null, c.restricted(), owner, user.username(), now, now, 1);
        store.insert(dossier);
        c.reports().forEach(r -> store.addReport(id, r.value(), user.username(), now));
        records.event(id, now, "OPENED", user.username(), c.noticeNumber().value() + " " + c.title()
                + (c.restricted() ? " (restricted)" : ""));
        if (c.embargo()) {
            compartments.embargo(id, true);
            records.event(id, now, "EMBARGO", user.username(), "placed");
        }
        events.publishEvent(new DossierOpened(id, c.noticeNumber().value(), owner, now));
        return dossier;
    }
}
