package be.stroomplan.cases.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import be.stroomplan.audit.AuditAction;
import be.stroomplan.audit.AuditRecord;
import be.stroomplan.audit.AuditTrail;
import be.stroomplan.cases.CaseStatus;
import be.stroomplan.cases.CaseTransition;
import be.stroomplan.cases.MahoCase;
import be.stroomplan.cases.MahoCases;
import be.stroomplan.cases.Urgency;
import be.stroomplan.partners.PartnerDirectory;
import be.stroomplan.partners.Role;
import be.stroomplan.partners.UserProfile;
import be.stroomplan.platform.Actor;
import be.stroomplan.sharing.Compartment;
import be.stroomplan.sharing.Compartments;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo content: the sharing module's demo compartment ‘Carwash Noord’ becomes a MAHO case in
 * consultation, with Parket, PZ Antwerpen (already a member there), the City, the social inspection
 * and the tax inspection as participants, the confidentiality acknowledgement required and already
 * given by the demo users of those organisations and the coordinator. Its id is the one the
 * sharing demo data derives from its name; a second run adds nothing.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
@ConditionalOnProperty(name = "stroomplan.demo-data.enabled", havingValue = "true")
class CaseDemoData implements ApplicationRunner {

    /** The id of the sharing demo compartment ‘Carwash Noord’, derived from its name as the sharing demo data does. */
    static final UUID CARWASH = UUID.nameUUIDFromBytes("stroomplan-demo:compartment:carwash-noord".getBytes(StandardCharsets.UTF_8));
    static final List<String> PARTICIPANTS = List.of("PARKET_ANTWERPEN", "PZ_ANTWERPEN", "STAD_ANTWERPEN",
            "RSZ_SOCIALE_INSPECTIE", "FOD_FINANCIEN_BBI");

    private static final Logger log = LoggerFactory.getLogger(CaseDemoData.class);

    private final CaseStore cases;
    private final Compartments compartments;
    private final PartnerDirectory partners;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    CaseDemoData(CaseStore cases, Compartments compartments, PartnerDirectory partners, AuditTrail audit,
                 TransactionTemplate transaction) {
        this.cases = cases;
        this.compartments = compartments;
        this.partners = partners;
        this.audit = audit;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        Compartment compartment = compartments.find(CARWASH).orElse(null);
        if (compartment == null || cases.find(CARWASH).isPresent()) {
            return;
        }
        transaction.executeWithoutResult(status -> load(compartment));
        log.info("Demo data: the compartment 'Carwash Noord' ({}) is now a MAHO case", CARWASH);
    }

    private void load(Compartment compartment) {
        Instant now = Instant.now();
        Actor coordinator = new Actor("maho.coord", "PARKET_ANTWERPEN", null);
        cases.insert(new MahoCase(CARWASH, compartment.reference(), compartment.title(),
                "Meldingen van nachtelijke drukte, zwartwerk en een omzet die niet past bij het aantal wasbeurten.",
                Urgency.HIGH, CaseStatus.IN_CONSULTATION, null, "PARKET_ANTWERPEN", "maho.coord", now, false,
                "NOT_CHECKED: deconfliction not available yet", 0));
        PARTICIPANTS.forEach(org -> cases.addParticipant(CARWASH, org, "maho.coord", now));
        CaseStatus from = null;
        for (CaseStatus to : List.of(CaseStatus.SUBMITTED, CaseStatus.SCREENING, CaseStatus.IN_CONSULTATION)) {
            cases.addTransition(CARWASH, new CaseTransition(UUID.randomUUID(), from, to, "demo data", null, "maho.coord",
                    "PARKET_ANTWERPEN", now));
            from = to;
        }
        compartments.requireAcknowledgement(CARWASH);
        for (String org : PARTICIPANTS) {
            for (UserProfile user : partners.usersOf(org)) {
                compartments.acknowledge(CARWASH, user, MahoCases.ACKNOWLEDGEMENT_TEXT, coordinator);
            }
        }
        partners.holdersOf(Role.MAHO_COORDINATOR)
                .forEach(u -> compartments.acknowledge(CARWASH, u, MahoCases.ACKNOWLEDGEMENT_TEXT, coordinator));
        audit.record(AuditRecord.of(AuditAction.CREATE).object("CASE", CARWASH).compartment(CARWASH)
                .legalBasis("MAHO case " + CARWASH).details("case from the demo compartment (demo data)").actor(coordinator).build());
    }
}
