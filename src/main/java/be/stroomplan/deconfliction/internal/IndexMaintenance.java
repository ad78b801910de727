package be.stroomplan.deconfliction.internal;

import be.stroomplan.dossiers.DossierOpened;
import be.stroomplan.dossiers.DossierStatusChanged;
import be.stroomplan.dossiers.DossierSubjectAdded;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the index current: the dossiers module’s events re-index one dossier; at start-up the index
 * learns its key versions, re-hashes what an old key made and is rebuilt; a job finishes a rotation
 * (one node at a time).
 */
@Component
class IndexMaintenance {

    private final DeconflictionIndex index;

    IndexMaintenance(DeconflictionIndex index) {
        this.index = index;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        index.loadVersions();
        index.rotate();
        index.rebuild();
    }

    @ApplicationModuleListener
    void on(DossierOpened event) {
        index.reindex(event.dossier());
    }

    @ApplicationModuleListener
    void on(DossierStatusChanged event) {
        index.reindex(event.dossier());
    }

    @ApplicationModuleListener
    void on(DossierSubjectAdded event) {
        index.reindex(event.dossier());
    }

    @Scheduled(fixedDelayString = "${stroomplan.deconfliction.rotation-delay:PT1M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "deconfliction-rotation", lockAtMostFor = "PT30M")
    void finishRotation() {
        if (index.rotationDue()) {
            index.rotate();
        }
    }
}
