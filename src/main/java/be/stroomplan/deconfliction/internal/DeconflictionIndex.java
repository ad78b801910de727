package be.stroomplan.deconfliction.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArraySet;

import be.stroomplan.dossiers.Dossiers;
import be.stroomplan.subjects.Subject;
import be.stroomplan.subjects.SubjectRegister;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the index equal to the keys of the subjects of every OPEN or JUDICIAL_INVESTIGATION dossier:
 * a full rebuild (start-up, on demand), a re-index of one dossier (on its events), and the
 * re-hashing of a rotation. Writers are serialised by a database lock, so several nodes may run.
 */
@Component
public class DeconflictionIndex {

    private static final Logger log = LoggerFactory.getLogger(DeconflictionIndex.class);
    private static final int BATCH = 500;

    private final IndexStore store;
    private final DeconflictionKeys keys;
    private final Dossiers dossiers;
    private final SubjectRegister subjects;
    private final TransactionTemplate transaction;
    /** The key versions the index may hold rows of: the active one, and the old ones until a rotation is done. */
    private final Set<Integer> versions = new CopyOnWriteArraySet<>();

    DeconflictionIndex(IndexStore store, DeconflictionKeys keys, Dossiers dossiers, SubjectRegister subjects,
                       TransactionTemplate transaction) {
        this.store = store;
        this.keys = keys;
        this.dossiers = dossiers;
        this.subjects = subjects;
        this.transaction = transaction;
    }

    /** The versions a check hashes with, active first. */
    List<Integer> lookupVersions() {
        Set<Integer> result = new TreeSet<>(versions);
        result.add(keys.active());
        result.retainAll(keys.versions());
        List<Integer> ordered = new ArrayList<>();
        ordered.add(keys.active());
        result.stream().filter(v -> v != keys.active()).forEach(ordered::add);
        return ordered;
    }

    /** Rebuilds the whole index with the active key; returns the number of rows. */
    public long rebuild() {
        Map<UUID, List<UUID>> open = dossiers.openDossierSubjects();
        long rows = transaction.execute(status -> {
            store.lock();
            store.deleteAll();
            long written = 0;
            for (Map.Entry<UUID, List<UUID>> dossier : open.entrySet()) {
                written += write(dossier.getKey(), dossier.getValue());
            }
            return written;
        });
        versions.clear();
        versions.add(keys.active());
        log.info("Deconfliction index rebuilt: {} dossiers, {} keys", open.size(), rows);
        return rows;
    }

    /** Re-indexes one dossier: its rows are replaced, or removed when it is no longer open. */
    public void reindex(UUID dossier) {
        List<UUID> subjectIds = dossiers.openDossierSubjects(dossier);
        transaction.executeWithoutResult(status -> {
            store.lock();
            store.deleteDossier(dossier);
            write(dossier, subjectIds);
        });
    }

    /** Re-hashes every row of an old key version with the active key; returns the number of subjects re-hashed. */
    public int rotate() {
        int active = keys.active();
        versions.addAll(store.versions());
        int done = 0;
        while (true) {
            Integer batch = transaction.execute(status -> {
                store.lock();
                List<IndexStore.Entry> stale = store.stale(active, BATCH);
                if (stale.isEmpty()) {
                    return 0;
                }
                Map<UUID, Subject> byId = new java.util.HashMap<>();
                subjects.subjectsForIndex(stale.stream().map(IndexStore.Entry::subject).distinct().toList())
                        .forEach(s -> byId.put(s.id(), s));
                List<IndexStore.Row> rows = new ArrayList<>();
                DeconflictionKeys.Hasher hasher = keys.hasher();
                for (IndexStore.Entry entry : stale) {
                    Subject subject = byId.get(entry.subject());
                    if (subject != null) {
                        rows.addAll(rows(hasher, active, entry.dossier(), subject));
                    }
                }
                store.insert(rows);
                store.deleteStale(stale, active);
                return stale.size();
            });
            if (batch == null || batch == 0) {
                break;
            }
            done += batch;
        }
        versions.clear();
        versions.add(active);
        if (done > 0) {
            log.info("Deconfliction index re-hashed with key version {}: {} subjects", active, done);
        }
        return done;
    }

    /** Whether rows of an old key version may remain (a rotation is due or under way). */
    boolean rotationDue() {
        return versions.stream().anyMatch(v -> v != keys.active());
    }

    /**
     * Makes a new key version active at run time (operators’ tooling, tests): from now on new rows use
     * it and checks consult the old versions too, until {@link #rotate()} has re-hashed them.
     */
    public void activateKey(int version, byte[] secret) {
        versions.addAll(store.versions());
        keys.activate(version, secret);
    }

    /** Learns which key versions the index holds (at start-up, before the first check). */
    void loadVersions() {
        versions.addAll(store.versions());
    }

    long size() {
        return store.count();
    }

    private long write(UUID dossier, List<UUID> subjectIds) {
        long written = 0;
        DeconflictionKeys.Hasher hasher = keys.hasher();
        int active = keys.active();
        for (int from = 0; from < subjectIds.size(); from += BATCH) {
            List<UUID> chunk = subjectIds.subList(from, Math.min(subjectIds.size(), from + BATCH));
            List<IndexStore.Row> rows = new ArrayList<>();
            for (Subject subject : subjects.subjectsForIndex(chunk)) {
                rows.addAll(rows(hasher, active, dossier, subject));
            }
            store.insert(rows);
            written += rows.size();
        }
        return written;
    }

    private static List<IndexStore.Row> rows(DeconflictionKeys.Hasher hasher, int version, UUID dossier, Subject subject) {
        List<IndexStore.Row> rows = new ArrayList<>();
        for (IndexKey key : IndexKeys.of(subject)) {
            rows.add(new IndexStore.Row(hasher.hash(version, key.kind(), key.value()), version, dossier, subject.id(), key.kind()));
        }
        return rows;
    }
}
