package be.stroomplan.audit.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the monthly partitions of the audit chain a year ahead of time: at start-up and on the
 * first of every month, on one node. Rows of a month without a partition land in the default
 * partition, so recording never depends on this job; it only keeps months apart.
 */
@Component
@ConditionalOnWebApplication
class AuditPartitionJob {

    static final int MONTHS_AHEAD = 12;
    private static final Logger log = LoggerFactory.getLogger(AuditPartitionJob.class);

    private final JdbcClient jdbc;

    AuditPartitionJob(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Scheduled(cron = "0 30 1 1 * *", zone = "UTC")
    @SchedulerLock(name = "audit-partitions", lockAtMostFor = "PT10M")
    public void ensurePartitions() {
        LocalDate month = LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1);
        for (int ahead = 0; ahead <= MONTHS_AHEAD; ahead++) {
            List<String> partition = jdbc.sql("SELECT audit_event_ensure_partition(?)").param(month.plusMonths(ahead))
                    .query((rs, row) -> rs.getString(1)).list();
            if (partition.get(0) == null) {
                log.warn("No audit partition for {}: its rows are in audit_event_default (see docs/OPERATIONS.md)",
                        month.plusMonths(ahead));
            }
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        ensurePartitions();
    }
}
