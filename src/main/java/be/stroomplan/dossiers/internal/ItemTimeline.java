package be.stroomplan.dossiers.internal;

import be.stroomplan.platform.CurrentActor;
import be.stroomplan.sharing.ItemAdded;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts the items added to a dossier’s compartment on its timeline, whichever path added them (the
 * dossier’s API or the compartment’s), in the transaction that added the item.
 */
@Component
class ItemTimeline {

    private final DossierRecordStore records;

    ItemTimeline(DossierRecordStore records) {
        this.records = records;
    }

    @EventListener
    void on(ItemAdded added) {
        if (records.isDossier(added.compartment())) {
            records.event(added.compartment(), added.at(), "ITEM_ADDED", CurrentActor.get().username(),
                    added.category() + " item " + added.item() + " of " + added.ownerOrganisation());
        }
    }
}
