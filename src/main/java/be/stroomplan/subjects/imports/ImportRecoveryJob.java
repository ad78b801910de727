package be.stroomplan.subjects.imports;

import java.time.Duration;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every minute, on one node: fails the imports whose worker has been silent for longer than
 * {@code stroomplan.imports.stale-after} (their node stopped), so that they show FAILED instead of
 * running forever and can be run again. A running import reports at least every 10 000 rows.
 */
@Component
@ConditionalOnWebApplication
class ImportRecoveryJob {

    private static final Logger log = LoggerFactory.getLogger(ImportRecoveryJob.class);

    private final SubjectImports imports;
    private final Duration staleAfter;

    ImportRecoveryJob(SubjectImports imports, @Value("${stroomplan.imports.stale-after:PT10M}") Duration staleAfter) {
        this.imports = imports;
        this.staleAfter = staleAfter;
    }

    @Scheduled(fixedDelay = 60_000, initialDelay = 30_000)
    @SchedulerLock(name = "subject-import-recovery", lockAtMostFor = "PT5M")
    public void recover() {
        int failed = imports.recover(Instant.now().minus(staleAfter));
        if (failed > 0) {
            log.warn("Failed {} interrupted imports; they can be run again", failed);
        }
    }
}
