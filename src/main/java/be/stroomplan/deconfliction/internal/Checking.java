package be.stroomplan.deconfliction.internal;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import be.stroomplan.audit.AuditAction;
import be.stroomplan.audit.AuditRecord;
import be.stroomplan.audit.AuditTrail;
import be.stroomplan.deconfliction.CheckItem;
import be.stroomplan.deconfliction.CheckRequest;
import be.stroomplan.deconfliction.CheckResult;
import be.stroomplan.deconfliction.CheckStatus;
import be.stroomplan.deconfliction.DeconflictionRefused;
import be.stroomplan.deconfliction.InvalidDeconflictionInput;
import be.stroomplan.deconfliction.PlannedAction;
import be.stroomplan.partners.Role;
import be.stroomplan.partners.UserProfile;
import be.stroomplan.platform.Actor;
import be.stroomplan.platform.CurrentActor;
import be.stroomplan.subjects.IdentifierCheck;
import be.stroomplan.subjects.IdentifierType;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A check, the same way for every answer: validate, hash every item with every key version in use,
 * one {@code = ANY} lookup of all hashes, then in one transaction the request row (always), the
 * tickets of the hits (a batch) and the audit row. Nothing in the answer depends on which dossier hit.
 */
@Component
class Checking {

    /** Who may check: the requesters of administrative actions and controls, and KALI investigators. */
    static final Set<Role> REQUESTERS = EnumSet.of(Role.COAC_COORDINATOR, Role.MAHO_COORDINATOR, Role.INSPECTOR,
            Role.CITY_OFFICER, Role.INVESTIGATOR);

    private final IndexStore index;
    private final DeconflictionIndex maintenance;
    private final DeconflictionKeys keys;
    private final TicketStore tickets;
    private final AuditTrail audit;
    private final DeconflictionSettings settings;
    private final TransactionTemplate transaction;
    private final Clock clock = Clock.systemUTC();

    Checking(IndexStore index, DeconflictionIndex maintenance, DeconflictionKeys keys, TicketStore tickets, AuditTrail audit,
             DeconflictionSettings settings, TransactionTemplate transaction) {
        this.index = index;
        this.maintenance = maintenance;
        this.keys = keys;
        this.tickets = tickets;
        this.audit = audit;
        this.settings = settings;
        this.transaction = transaction;
    }

    static boolean mayCheck(UserProfile user) {
        return user != null && user.enabled() && user.roles().stream().anyMatch(REQUESTERS::contains);
    }

    /** The validated request: the keys of each item. */
    record Validated(List<List<IndexKey>> keys, IndexKey address) {
    }

    Validated validate(CheckRequest request) {
        List<InvalidDeconflictionInput.Problem> problems = new ArrayList<>();
        if (request == null) {
            throw new InvalidDeconflictionInput("items", "deconfliction.error.required");
        }
        if (request.purpose() == null || request.purpose().isBlank()) {
            problems.add(new InvalidDeconflictionInput.Problem("purpose", "deconfliction.error.required"));
        } else if (request.purpose().length() > 500) {
            problems.add(new InvalidDeconflictionInput.Problem("purpose", "deconfliction.error.length", 500));
        }
        List<CheckItem> items = request.items();
        if (items == null || items.isEmpty()) {
            problems.add(new InvalidDeconflictionInput.Problem("items", "deconfliction.error.required"));
            throw new InvalidDeconflictionInput(problems);
        }
        if (items.size() > settings.maxItems()) {
            problems.add(new InvalidDeconflictionInput.Problem("items", "deconfliction.error.tooMany", settings.maxItems()));
            throw new InvalidDeconflictionInput(problems);
        }
        IndexKey address = action(request.action(), problems);
        List<List<IndexKey>> keyed = IndexKeys.of(items, "items", problems);
        if (!problems.isEmpty()) {
            throw new InvalidDeconflictionInput(problems);
        }
        return new Validated(keyed, address);
    }

    private static IndexKey action(PlannedAction action, List<InvalidDeconflictionInput.Problem> problems) {
        if (action == null) {
            return null;
        }
        if (action.description() != null && action.description().length() > 2000) {
            problems.add(new InvalidDeconflictionInput.Problem("action.description", "deconfliction.error.length", 2000));
        }
        if (action.reference() != null && action.reference().length() > 200) {
            problems.add(new InvalidDeconflictionInput.Problem("action.reference", "deconfliction.error.length", 200));
        }
        if ((action.from() == null) != (action.to() == null)) {
            problems.add(new InvalidDeconflictionInput.Problem(action.from() == null ? "action.from" : "action.to",
                    "deconfliction.error.window"));
        } else if (action.from() != null && !action.to().isAfter(action.from())) {
            problems.add(new InvalidDeconflictionInput.Problem("action.to", "deconfliction.error.window"));
        }
        if (action.address() == null || action.address().isBlank()) {
            return null;
        }
        IdentifierCheck check = IdentifierType.ADDRESS.check(action.address());
        if (check instanceof IdentifierCheck.Valid valid) {
            return new IndexKey(IdentifierType.ADDRESS.name(), valid.key());
        }
        IdentifierCheck.Invalid invalid = (IdentifierCheck.Invalid) check;
        problems.add(new InvalidDeconflictionInput.Problem("action.address", invalid.messageKey(), invalid.arguments()));
        return null;
    }

    CheckResult check(UserProfile requester, CheckRequest request) {
        if (!mayCheck(requester)) {
            throw new DeconflictionRefused("ROLE_NOT_ALLOWED");
        }
        Validated validated = validate(request);
        List<List<IndexKey>> keyed = validated.keys();
        List<Integer> versions = maintenance.lookupVersions();
        DeconflictionKeys.Hasher hasher = keys.hasher();
        Map<ByteBuffer, List<Integer>> itemsOfHash = new HashMap<>(keyed.size() * 2);
        List<byte[]> hashes = new ArrayList<>(keyed.size() * versions.size());
        for (int i = 0; i < keyed.size(); i++) {
            for (IndexKey key : keyed.get(i)) {
                for (int version : versions) {
                    byte[] hash = hasher.hash(version, key.kind(), key.value());
                    List<Integer> owners = itemsOfHash.computeIfAbsent(ByteBuffer.wrap(hash), h -> new ArrayList<>(1));
                    if (owners.isEmpty()) {
                        hashes.add(hash);
                    }
                    if (!owners.contains(i)) {
                        owners.add(i);
                    }
                }
            }
        }
        byte[] addressHash = validated.address() == null ? null
                : hasher.hash(keys.active(), validated.address().kind(), validated.address().value());
        PlannedAction action = request.action();
        Instant now = clock.instant();
        TicketStore.Request stored = new TicketStore.Request(UUID.randomUUID(), requester.username(),
                requester.organisation().code(), request.purpose().strip(), action == null ? null : blankToNull(action.description()),
                action == null ? null : action.from(), action == null ? null : action.to(), addressHash != null,
                action == null ? null : blankToNull(action.reference()), keyed.size(), now);
        Actor actor = new Actor(requester.username(), requester.organisation().code(), CurrentActor.clientAddress());
        return transaction.execute(status -> {
            Map<Integer, List<IndexStore.Row>> hitsByItem = new LinkedHashMap<>();
            for (IndexStore.Row row : index.lookup(hashes.toArray(new byte[0][]))) {
                for (int item : itemsOfHash.getOrDefault(ByteBuffer.wrap(row.hash()), List.of())) {
                    hitsByItem.computeIfAbsent(item, k -> new ArrayList<>()).add(row);
                }
            }
            List<TicketStore.NewTicket> opened = new ArrayList<>(hitsByItem.size());
            UUID[] ticketOf = new UUID[keyed.size()];
            for (Map.Entry<Integer, List<IndexStore.Row>> hit : hitsByItem.entrySet()) {
                UUID ticket = UUID.randomUUID();
                ticketOf[hit.getKey()] = ticket;
                opened.add(new TicketStore.NewTicket(ticket, hit.getKey(), kind(request.items().get(hit.getKey())), hit.getValue()));
            }
            tickets.insertRequest(stored, addressHash);
            tickets.insertTickets(stored, opened);
            audit.record(AuditRecord.of(AuditAction.DECONFLICT).object("DECONFLICTION_REQUEST", stored.id())
                    .purpose(stored.purpose()).actor(actor)
                    .details("checked " + keyed.size() + " identifiers, " + opened.size() + " on hold").build());
            List<CheckResult.ItemResult> results = new ArrayList<>(keyed.size());
            for (int i = 0; i < keyed.size(); i++) {
                results.add(ticketOf[i] == null ? new CheckResult.ItemResult(i, CheckStatus.CLEAR, null)
                        : new CheckResult.ItemResult(i, CheckStatus.ON_HOLD, ticketOf[i]));
            }
            return new CheckResult(results);
        });
    }

    private static String kind(CheckItem item) {
        return item.type().strip().toUpperCase(Locale.ROOT);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
