package be.stroomplan.retention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import be.stroomplan.audit.AuditAction;
import be.stroomplan.audit.AuditRecord;
import be.stroomplan.audit.AuditTrail;
import be.stroomplan.platform.Actor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The purge: asks every {@link Purgeable} to delete what expired before {@code day} outside the
 * held compartments, each in a transaction of its own together with its proof rows in the audit
 * trail (one DELETE row per class of data: the class, the count and the rule; no content). A
 * module whose purge fails rolls back alone; the others still run, and the failure is logged.
 */
@Service
public class RetentionPurge {

    private static final Logger log = LoggerFactory.getLogger(RetentionPurge.class);

    private final List<Purgeable> purgeables;
    private final LegalHolds holds;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    RetentionPurge(List<Purgeable> purgeables, LegalHolds holds, AuditTrail audit, PlatformTransactionManager transactions) {
        this.purgeables = List.copyOf(purgeables);
        this.holds = holds;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
    }

    public PurgeReport run(LocalDate day) {
        Set<UUID> held = holds.heldCompartments();
        PurgeContext context = new PurgeContext(day, held);
        List<PurgeCount> counts = new ArrayList<>();
        for (Purgeable purgeable : purgeables) {
            try {
                counts.addAll(transaction.execute(status -> {
                    List<PurgeCount> purged = purgeable.purge(context);
                    purged.forEach(count -> audit.record(AuditRecord.of(AuditAction.DELETE)
                            .objectType(count.dataClass())
                            .legalBasis(count.rule())
                            .details("retention purge for " + day + ": " + count.rows() + " rows")
                            .actor(Actor.system())
                            .build()));
                    return purged;
                }));
            } catch (RuntimeException e) {
                log.error("Retention purge of {} failed and was rolled back", purgeable.getClass().getSimpleName(), e);
            }
        }
        return new PurgeReport(day, held.size(), counts);
    }
}
