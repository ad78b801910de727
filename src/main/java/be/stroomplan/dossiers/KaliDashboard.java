package be.stroomplan.dossiers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import be.stroomplan.dossiers.internal.DossierRecordStore;
import be.stroomplan.dossiers.internal.DossierStore;
import be.stroomplan.partners.UserProfile;
import be.stroomplan.sharing.InformationItems;
import be.stroomplan.sharing.ItemSort;
import be.stroomplan.sharing.ItemSummary;

import org.springframework.stereotype.Service;

/**
 * The KALI dashboard of one user: the dossiers the user leads, decides or works on that are still
 * active, the open task deadlines of the readable dossiers, the most recent items of the user’s
 * dossiers (through the policy decision point, one audited listing per dossier) and the seizure
 * totals over every readable dossier.
 */
@Service
public class KaliDashboard {

    static final int MINE = 20;
    static final int TASKS = 20;
    static final int RECENT = 10;
    static final int RECENT_DOSSIERS = 5;

    private final Dossiers dossiers;
    private final DossierStore store;
    private final DossierRecordStore records;
    private final InformationItems items;

    KaliDashboard(Dossiers dossiers, DossierStore store, DossierRecordStore records, InformationItems items) {
        this.dossiers = dossiers;
        this.store = store;
        this.records = records;
        this.items = items;
    }

    /** What the dashboard shows; {@code names} gives each dossier id its notice number and title. */
    public record View(List<Dossier> mine, List<DossierTask> deadlines, List<ItemSummary> recent, SeizureTotals totals,
                       Map<UUID, String> names, long readable) {
    }

    public View of(UserProfile user) {
        List<UUID> ids = dossiers.readableIds(user);
        List<Dossier> active = ids.isEmpty() ? List.of()
                : store.page(ids, null, DossierStore.Sort.CREATED, false, 500, 0).stream().filter(d -> d.status().active()).toList();
        List<Dossier> mine = active.stream().filter(d -> user.username().equals(d.leadInvestigator())
                || user.username().equals(d.magistrate()) || user.username().equals(d.createdBy())).limit(MINE).toList();
        if (mine.isEmpty()) {
            mine = active.stream().limit(MINE).toList();
        }
        Map<UUID, String> names = new HashMap<>();
        active.forEach(d -> names.put(d.id(), d.noticeNumber() + " " + d.title()));
        List<ItemSummary> recent = new ArrayList<>();
        for (Dossier d : mine.stream().limit(RECENT_DOSSIERS).toList()) {
            recent.addAll(items.page(user, d.id(), d.id().toString(), 0, RECENT, ItemSort.CREATED, false).items());
        }
        recent.sort(Comparator.comparing(ItemSummary::createdAt).reversed());
        List<UUID> activeIds = active.stream().map(Dossier::id).toList();
        return new View(mine, activeIds.isEmpty() ? List.of() : records.openTasks(activeIds, TASKS),
                recent.stream().limit(RECENT).toList(), records.totals(ids), names, ids.size());
    }
}
