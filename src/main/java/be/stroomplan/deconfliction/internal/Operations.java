package be.stroomplan.deconfliction.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import be.stroomplan.audit.AuditAction;
import be.stroomplan.audit.AuditRecord;
import be.stroomplan.audit.AuditTrail;
import be.stroomplan.deconfliction.CheckItem;
import be.stroomplan.deconfliction.DeconflictionNotFound;
import be.stroomplan.deconfliction.DeconflictionRefused;
import be.stroomplan.deconfliction.OperationKind;
import be.stroomplan.dossiers.Dossiers;
import be.stroomplan.partners.Role;
import be.stroomplan.deconfliction.InvalidDeconflictionInput;
import be.stroomplan.deconfliction.OperationClash;
import be.stroomplan.deconfliction.PlannedOperation;
import be.stroomplan.partners.PartnerDirectory;
import be.stroomplan.partners.UserProfile;
import be.stroomplan.platform.Mailer;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Operational deconfliction: a planned operation keeps its window and the keyed hashes of its targets
 * (with every configured key version, so that an operation registered before a rotation still meets
 * one registered after it). A clash is another operation with an overlapping window and a common
 * target hash; each side gets a row with its own reference, the overlap and whom to call, and an e-mail.
 */
@Component
public class Operations {

    private final OperationStore store;
    private final DeconflictionKeys keys;
    private final PartnerDirectory partners;
    private final Mailer mailer;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Dossiers dossiers;
    private final Clock clock = Clock.systemUTC();

    Operations(OperationStore store, DeconflictionKeys keys, PartnerDirectory partners, Mailer mailer, AuditTrail audit,
               TransactionTemplate transaction, Dossiers dossiers) {
        this.dossiers = dossiers;
        this.store = store;
        this.keys = keys;
        this.partners = partners;
        this.mailer = mailer;
        this.audit = audit;
        this.transaction = transaction;
    }

    List<OperationClash> register(UserProfile user, PlannedOperation operation, UUID dossier) {
        List<InvalidDeconflictionInput.Problem> problems = new ArrayList<>();
        if (operation == null || operation.reference() == null) {
            throw new InvalidDeconflictionInput("reference", "deconfliction.error.required");
        }
        if (operation.kind() == null) {
            problems.add(new InvalidDeconflictionInput.Problem("kind", "deconfliction.error.required"));
        }
        if (operation.from() == null || operation.to() == null) {
            problems.add(new InvalidDeconflictionInput.Problem(operation.from() == null ? "from" : "to", "deconfliction.error.required"));
        } else if (!operation.to().isAfter(operation.from())) {
            problems.add(new InvalidDeconflictionInput.Problem("to", "deconfliction.error.window"));
        }
        if (operation.targets() == null || operation.targets().isEmpty()) {
            problems.add(new InvalidDeconflictionInput.Problem("targets", "deconfliction.error.required"));
        } else if (operation.targets().size() > 10_000) {
            problems.add(new InvalidDeconflictionInput.Problem("targets", "deconfliction.error.tooMany", 10_000));
        }
        List<List<IndexKey>> keyed = problems.isEmpty() ? IndexKeys.of(operation.targets(), "targets", problems) : List.of();
        if (!problems.isEmpty()) {
            throw new InvalidDeconflictionInput(problems);
        }
        String coordinator = operation.coordinator() == null || operation.coordinator().isBlank() ? user.username()
                : operation.coordinator().strip();
        DeconflictionKeys.Hasher hasher = keys.hasher();
        Set<OperationStore.Target> targets = new LinkedHashSet<>();
        Set<String> seen = new java.util.HashSet<>();
        for (List<IndexKey> item : keyed) {
            for (IndexKey key : item) {
                for (int version : keys.versions()) {
                    byte[] hash = hasher.hash(version, key.kind(), key.value());
                    if (seen.add(java.util.HexFormat.of().formatHex(hash))) {
                        targets.add(new OperationStore.Target(hash, version));
                    }
                }
            }
        }
        OperationStore.Operation stored = new OperationStore.Operation(operation.reference(), operation.kind(), coordinator,
                operation.from(), operation.to(), dossier);
        Instant now = clock.instant();
        transaction.executeWithoutResult(status -> {
            store.delete(stored.reference());
            store.insert(stored, new ArrayList<>(targets), now);
            List<OperationStore.Clash> mine = new ArrayList<>();
            for (OperationStore.Operation other : store.overlapping(stored)) {
                Instant from = max(stored.from(), other.from());
                Instant to = min(stored.to(), other.to());
                OperationStore.Clash clash = new OperationStore.Clash(UUID.randomUUID(), stored.reference(), coordinator,
                        other.reference(), other.kind(), other.coordinator(), from, to, now);
                store.insertClash(clash);
                store.insertClash(new OperationStore.Clash(UUID.randomUUID(), other.reference(), other.coordinator(),
                        stored.reference(), stored.kind(), coordinator, from, to, now));
                mine.add(clash);
            }
            audit.record(AuditRecord.of(AuditAction.DECONFLICT).object("PLANNED_OPERATION", stored.reference())
                    .compartment(dossier).details(stored.kind() + " registered: " + targets.size() + " target hashes, "
                            + mine.size() + " clashes").build());
            alertAfterCommit(mine);
        });
        return clashes(coordinator, stored.reference());
    }

    /**
     * Registers a police operation of a KALI investigator on a dossier the user may read (404
     * otherwise); returns its reference and the clashes found.
     */
    public Registered registerPolice(UserProfile user, UUID dossier, Instant from, Instant to, List<CheckItem> targets) {
        if (!user.hasRole(Role.INVESTIGATOR)) {
            throw new DeconflictionRefused("ROLE_NOT_ALLOWED");
        }
        if (dossier == null || !dossiers.readableIds(user).contains(dossier)) {
            throw new DeconflictionNotFound("dossier");
        }
        UUID reference = UUID.randomUUID();
        List<OperationClash> clashes = register(user, new PlannedOperation(reference, OperationKind.POLICE_OPERATION,
                user.username(), from, to, targets), dossier);
        return new Registered(reference, clashes);
    }

    /** A registered operation and its clashes. */
    public record Registered(UUID reference, List<OperationClash> clashes) {
    }

    /** Withdraws an operation of the user’s (404 for anyone else’s). */
    public void withdraw(UserProfile user, UUID reference) {
        owned(user, reference);
        withdraw(reference);
    }

    void withdraw(UUID reference) {
        transaction.executeWithoutResult(status -> store.delete(reference));
    }

    List<OperationClash> clashes(String coordinator, UUID reference) {
        return store.clashesOf(reference, coordinator).stream().map(this::view).toList();
    }

    public List<OperationClash> clashesFor(String coordinator, int limit, long offset) {
        return store.clashesFor(coordinator, limit, offset).stream().map(this::view).toList();
    }

    public long countFor(String coordinator) {
        return store.countFor(coordinator);
    }

    /** The operation, if this user coordinates it; 404 otherwise. */
    OperationStore.Operation owned(UserProfile user, UUID reference) {
        return store.find(reference).filter(o -> o.coordinator().equals(user.username()))
                .orElseThrow(() -> new DeconflictionNotFound("operation"));
    }

    private OperationClash view(OperationStore.Clash clash) {
        return new OperationClash(clash.id(), clash.reference(), clash.otherKind(), contact(clash.otherCoordinator()),
                clash.overlapFrom(), clash.overlapTo(), clash.detectedAt());
    }

    /** Whom to call: the other coordinator’s name, organisation and e-mail address. */
    private String contact(String username) {
        return partners.profile(username).map(p -> p.displayName() + " (" + p.organisation().nameNl()
                + (p.email() == null || p.email().isBlank() ? "" : ", " + p.email()) + ")").orElse(username);
    }

    private void alertAfterCommit(List<OperationStore.Clash> clashes) {
        if (clashes.isEmpty()) {
            return;
        }
        Runnable send = () -> {
            for (OperationStore.Clash clash : clashes) {
                mail(clash.coordinator(), clash.reference());
                mail(clash.otherCoordinator(), clash.otherReference());
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send.run();
                }
            });
        } else {
            send.run();
        }
    }

    private void mail(String username, UUID reference) {
        partners.profile(username).ifPresent(p -> mailer.send(List.of(p.email() == null ? "" : p.email()),
                "Stroomplan: operational clash for " + reference,
                "Another planned operation targets the same subject or address in an overlapping time window.\n"
                        + "Open the deconfliction page of the platform to see whom to call about your operation " + reference + "."));
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
