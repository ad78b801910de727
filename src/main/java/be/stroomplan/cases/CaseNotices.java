package be.stroomplan.cases;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import be.stroomplan.audit.AuditAction;
import be.stroomplan.audit.AuditRecord;
import be.stroomplan.audit.AuditTrail;
import be.stroomplan.cases.internal.CaseMailer;
import be.stroomplan.cases.internal.CaseNoteStore;
import be.stroomplan.cases.internal.CaseStore;
import be.stroomplan.cases.internal.CaseWorkStore;
import be.stroomplan.partners.PartnerDirectory;
import be.stroomplan.partners.UserProfile;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a case tells people: in-app notifications (and e-mail through the platform’s mailer) to the
 * users concerned, and notes on the case’s timeline. Other modules reach a case only through
 * {@link #note} and {@link #tell} (the KALI magistrate’s answer to a release request flows back
 * this way); they name the case by id and never read its content here.
 */
@Service
public class CaseNotices {

    private final CaseStore store;
    private final CaseWorkStore work;
    private final CaseNoteStore notes;
    private final CaseMailer mailer;
    private final PartnerDirectory partners;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final Clock clock = Clock.systemUTC();

    CaseNotices(CaseStore store, CaseWorkStore work, CaseNoteStore notes, CaseMailer mailer, PartnerDirectory partners,
                AuditTrail audit, PlatformTransactionManager transactions) {
        this.store = store;
        this.work = work;
        this.notes = notes;
        this.mailer = mailer;
        this.partners = partners;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
    }

    /** The user’s latest notifications, newest first. */
    public List<CaseNotification> notifications(UserProfile user) {
        return work.notifications(user.username(), 100);
    }

    public void markRead(UserProfile user) {
        tx.executeWithoutResult(s -> work.markRead(user.username(), clock.instant()));
    }

    /**
     * Puts a note on the case’s timeline (kind: a code such as RELEASE_APPROVED; text: at most 2,000
     * characters), by the given user. Audited. An unknown case is not found.
     */
    public CaseNote note(UUID caseId, String kind, String text, UserProfile by) {
        store.find(caseId).orElseThrow(() -> new CaseNotFound("case"));
        String shown = text.length() > 2000 ? text.substring(0, 1999) + "…" : text;
        CaseNote note = new CaseNote(UUID.randomUUID(), caseId, kind, shown, by.username(), by.organisation().code(),
                clock.instant());
        tx.executeWithoutResult(s -> {
            notes.insert(note);
            audit.record(AuditRecord.of(AuditAction.UPDATE).object("CASE", caseId).compartment(caseId).purpose(caseId.toString())
                    .legalBasis("MAHO case " + caseId).details("timeline note " + kind).build());
        });
        return note;
    }

    /** Tells one user about a case: an in-app notification and an e-mail. The text names no content. */
    public void tell(UUID caseId, String username, String kind, String text) {
        store.find(caseId).orElseThrow(() -> new CaseNotFound("case"));
        notify(caseId, partners.profile(username).filter(UserProfile::enabled).stream().toList(), kind, text, true);
    }

    /** In-app notifications to the users, and e-mail when asked. */
    void notify(UUID caseId, List<UserProfile> users, String kind, String text, boolean mail) {
        tx.executeWithoutResult(s -> users.forEach(u -> work.notify(new CaseNotification(UUID.randomUUID(), u.username(), caseId,
                kind, text, clock.instant(), null))));
        if (mail) {
            mailer.send(users, "[Stroomplan] " + text, text + "\n\nOpen the case in the Stroomplan platform to see more.");
        }
    }

    /** The reference of a case, for the texts of notices. */
    String reference(UUID caseId) {
        return store.find(caseId).map(MahoCase::reference).orElse(caseId.toString());
    }
}
