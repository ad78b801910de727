package be.stroomplan.audit.internal;

import java.time.LocalDate;
import java.time.ZoneId;

import be.stroomplan.audit.AuditDigest;
import be.stroomplan.audit.AuditDigests;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Signs the digest of the day that just ended, shortly after midnight in Brussels, on one node
 * (ShedLock); and at start-up, for a day missed while no node ran. Not in the command-line modes,
 * which must not write.
 */
@Component
@ConditionalOnWebApplication
class AuditDigestJob {

    private static final Logger log = LoggerFactory.getLogger(AuditDigestJob.class);
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final AuditDigests digests;

    AuditDigestJob(AuditDigests digests) {
        this.digests = digests;
    }

    @Scheduled(cron = "${stroomplan.audit.digest.cron:0 5 0 * * *}", zone = "Europe/Brussels")
    @SchedulerLock(name = "audit-digest", lockAtMostFor = "PT15M")
    public void sealYesterday() {
        LocalDate yesterday = LocalDate.now(BRUSSELS).minusDays(1);
        digests.sealIfDue(yesterday).ifPresent(this::report);
    }

    @EventListener(ApplicationReadyEvent.class)
    void catchUp() {
        sealYesterday();
    }

    private void report(AuditDigest digest) {
        log.info("Signed audit digest {} for {}: sequences {}..{}, head {}", digest.id(), digest.day(),
                digest.firstSequence(), digest.lastSequence(), digest.headHash());
    }
}
