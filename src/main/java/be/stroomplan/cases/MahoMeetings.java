package be.stroomplan.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import be.stroomplan.audit.AuditAction;
import be.stroomplan.audit.AuditRecord;
import be.stroomplan.audit.AuditTrail;
import be.stroomplan.cases.internal.CaseAccess;
import be.stroomplan.cases.internal.CaseWorkStore;
import be.stroomplan.cases.internal.MeetingPdf;
import be.stroomplan.cases.internal.MeetingStore;
import be.stroomplan.partners.PartnerDirectory;
import be.stroomplan.partners.Role;
import be.stroomplan.partners.UserProfile;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * MAHO meetings: the coordinator plans one with an agenda of the cases they coordinate, keeps the
 * minutes and the decision per case, and exports the agenda and the minutes as PDF (audited as
 * EXPORT). A meeting is the coordinators' record: anyone without the MAHO_COORDINATOR role, or a
 * coordinator who does not coordinate every case on its agenda, gets not found.
 */
@Service
public class MahoMeetings {

    private final MeetingStore meetings;
    private final CaseWorkStore work;
    private final CaseAccess access;
    private final PartnerDirectory partners;
    private final MeetingPdf pdf;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final Clock clock = Clock.systemUTC();

    MahoMeetings(MeetingStore meetings, CaseWorkStore work, CaseAccess access, PartnerDirectory partners, MeetingPdf pdf,
                 AuditTrail audit, PlatformTransactionManager transactions) {
        this.meetings = meetings;
        this.work = work;
        this.access = access;
        this.partners = partners;
        this.pdf = pdf;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
    }

    public Meeting plan(UserProfile user, Instant heldAt, String place, String chair, List<String> attendees, List<UUID> cases) {
        if (!user.hasRole(Role.MAHO_COORDINATOR)) {
            throw new CaseRefused("COORDINATOR_ONLY");
        }
        List<InvalidCaseInput.Problem> problems = new ArrayList<>();
        if (heldAt == null) {
            problems.add(new InvalidCaseInput.Problem("heldAt", "cases.error.required"));
        }
        if (place == null || place.isBlank()) {
            problems.add(new InvalidCaseInput.Problem("place", "cases.error.required"));
        }
        if (chair == null || partners.profile(chair.trim()).isEmpty()) {
            problems.add(new InvalidCaseInput.Problem("chair", "cases.error.unknownUser"));
        }
        List<String> orgs = attendees == null ? List.of() : attendees.stream().map(String::trim).distinct().toList();
        for (int i = 0; i < orgs.size(); i++) {
            if (partners.organisation(orgs.get(i)).isEmpty()) {
                problems.add(new InvalidCaseInput.Problem("attendees[" + i + "]", "cases.error.unknownOrganisation"));
            }
        }
        if (cases == null || cases.isEmpty()) {
            problems.add(new InvalidCaseInput.Problem("cases", "cases.error.atLeastOne"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCaseInput(problems);
        }
        List<Meeting.AgendaItem> agenda = new ArrayList<>();
        for (UUID caseId : new LinkedHashSet<>(cases)) {
            MahoCase kase = access.coordinator(user, caseId, "plan meeting").kase();
            agenda.add(new Meeting.AgendaItem(caseId, kase.reference(), kase.title(), agenda.size() + 1, null, null));
        }
        Meeting meeting = new Meeting(UUID.randomUUID(), heldAt, place.trim(), chair.trim(), orgs, user.username(), clock.instant(),
                agenda);
        tx.executeWithoutResult(s -> {
            meetings.insert(meeting);
            audit.record(AuditRecord.of(AuditAction.CREATE).object("MEETING", meeting.id()).recipients(orgs)
                    .details("MAHO meeting with " + agenda.size() + " cases").build());
        });
        return meetings.find(meeting.id()).orElseThrow();
    }

    public Meeting read(UserProfile user, UUID id) {
        Meeting meeting = meetings.find(id).orElseThrow(() -> new CaseNotFound("meeting"));
        if (!user.hasRole(Role.MAHO_COORDINATOR)) {
            throw new CaseNotFound("meeting");
        }
        for (Meeting.AgendaItem a : meeting.agenda()) {
            try {
                access.coordinator(user, a.caseId(), "read meeting");
            } catch (CaseRefused | CaseNotFound e) {
                throw new CaseNotFound("meeting");
            }
        }
        return meeting;
    }

    public List<Meeting> recent(UserProfile user) {
        if (!user.hasRole(Role.MAHO_COORDINATOR)) {
            return List.of();
        }
        List<Meeting> out = new ArrayList<>();
        for (UUID id : meetings.recent(50)) {
            try {
                out.add(read(user, id));
            } catch (CaseNotFound e) {
                // a meeting with a case this coordinator does not coordinate stays out of the list
            }
        }
        return out;
    }

    /** Keeps the minutes and the meeting's decision for one case on the agenda. */
    public Meeting minutes(UserProfile user, UUID id, UUID caseId, String minutes, String decision) {
        Meeting meeting = read(user, id);
        if (meeting.agenda().stream().noneMatch(a -> a.caseId().equals(caseId))) {
            throw new InvalidCaseInput("case", "cases.error.notOnAgenda");
        }
        if (minutes == null || minutes.isBlank()) {
            throw new InvalidCaseInput("minutes", "cases.error.required");
        }
        tx.executeWithoutResult(s -> {
            meetings.minutes(id, caseId, minutes.trim(), decision == null || decision.isBlank() ? null : decision.trim());
            audit.record(AuditRecord.of(AuditAction.UPDATE).object("MEETING", id).compartment(caseId).purpose(caseId.toString())
                    .legalBasis("MAHO case " + caseId).details("minutes kept").build());
        });
        return meetings.find(id).orElseThrow();
    }

    /** The agenda or the minutes as PDF; audited as EXPORT. */
    public byte[] export(UserProfile user, UUID id, boolean minutes, Locale locale) {
        Meeting meeting = read(user, id);
        List<List<Decision>> decisions = meeting.agenda().stream()
                .map(a -> work.decisions(a.caseId()).stream().filter(d -> id.equals(d.meeting()) || minutes).toList()).toList();
        byte[] bytes = pdf.render(meeting, minutes, decisions, locale);
        audit.record(AuditRecord.of(AuditAction.EXPORT).object("MEETING", id).recipients(meeting.attendees())
                .details((minutes ? "minutes" : "agenda") + " PDF, " + meeting.agenda().size() + " cases").build());
        return bytes;
    }

    public Optional<Meeting> find(UUID id) {
        return meetings.find(id);
    }

    /**
     * The meetings that have the case on their agenda, latest first: for the case page of someone who
     * has read the case (the caller checks that).
     */
    public List<Meeting> ofCase(UUID caseId) {
        return meetings.ofCase(caseId).stream().map(meetings::find).flatMap(java.util.Optional::stream).toList();
    }
}
