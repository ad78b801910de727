package be.stroomplan.retention.internal;

import java.time.LocalDate;
import java.time.ZoneId;

import be.stroomplan.retention.PurgeReport;
import be.stroomplan.retention.RetentionPurge;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the purge every night (02:30 Brussels by default) on one node of the cluster (ShedLock). */
@Component
@ConditionalOnWebApplication
class RetentionPurgeJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionPurgeJob.class);
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final RetentionPurge purge;

    RetentionPurgeJob(RetentionPurge purge) {
        this.purge = purge;
    }

    @Scheduled(cron = "${stroomplan.retention.purge-cron:0 30 2 * * *}", zone = "Europe/Brussels")
    @SchedulerLock(name = "retention-purge", lockAtMostFor = "PT2H")
    public void purgeExpired() {
        PurgeReport report = purge.run(LocalDate.now(BRUSSELS));
        log.info("Retention purge for {}: {} (held compartments spared: {})", report.day(), report.counts(),
                report.heldCompartments());
    }
}
