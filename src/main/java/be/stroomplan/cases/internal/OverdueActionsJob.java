package be.stroomplan.cases.internal;

import be.stroomplan.cases.CaseActions;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Nightly, on one node (ShedLock): the overdue notices of case actions. */
@Component
class OverdueActionsJob {

    private static final Logger log = LoggerFactory.getLogger(OverdueActionsJob.class);

    private final CaseActions work;

    OverdueActionsJob(CaseActions work) {
        this.work = work;
    }

    @Scheduled(cron = "${stroomplan.cases.overdue-cron:0 15 6 * * *}", zone = "Europe/Brussels")
    @SchedulerLock(name = "cases-overdue-actions", lockAtMostFor = "PT30M")
    void run() {
        log.info("Overdue case actions noticed: {}", work.noticeOverdue());
    }
}
