package be.stroomplan.deconfliction.internal;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
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
 * A check, the same way for every answer, in stages: {@link #validate} (and normalise), {@link #hash}
 * every key with every key version in use, one {@code = ANY} lookup of all hashes, {@link #match} the
 * rows found to the items, then in one transaction {@link #write} the request row (always), the tickets
 * of the hits (a batch) and the audit row. Nothing in the answer depends on which dossier hit.
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

    /** The hashes of a request: every key of every item with every key version in use, and the item of each hash. */
    record Hashed(byte[][] hashes, int[] items, byte[] addressHash) {
    }

    /** The hits of a request: per item, the index rows it hit (null for no hit). */
    record Matched(List<IndexStore.Row>[] rowsOfItem, int hits) {
    }

    CheckResult check(UserProfile requester, CheckRequest request) {
        if (!mayCheck(requester)) {
            throw new DeconflictionRefused("ROLE_NOT_ALLOWED");
        }
        Validated validated = validate(request);
        Hashed hashed = hash(validated);
        return transaction.execute(status -> write(requester, request, validated, hashed,
                match(validated, hashed, index.lookup(hashed.hashes()))));
    }

    /** Hashes every key of every item with every key version a lookup needs (active first). */
    Hashed hash(Validated validated) {
        List<List<IndexKey>> keyed = validated.keys();
        List<Integer> versions = maintenance.lookupVersions();
        DeconflictionKeys.Hasher hasher = keys.hasher();
        int count = 0;
        for (List<IndexKey> itemKeys : keyed) {
            count += itemKeys.size();
        }
        count *= versions.size();
        byte[][] hashes = new byte[count][];
        int[] items = new int[count];
        int next = 0;
        for (int i = 0; i < keyed.size(); i++) {
            for (IndexKey key : keyed.get(i)) {
                for (int version : versions) {
                    hashes[next] = hasher.hash(version, key.kind(), key.value());
                    items[next++] = i;
                }
            }
        }
        byte[] addressHash = validated.address() == null ? null
                : hasher.hash(keys.active(), validated.address().kind(), validated.address().value());
        return new Hashed(hashes, items, addressHash);
    }

    /**
     * The rows each item hit. Every hash is looked up in the (small) map of the rows found, hit or
     * not, so the work does not depend on which item or dossier hit.
     */
    @SuppressWarnings("unchecked")
    Matched match(Validated validated, Hashed hashed, List<IndexStore.Row> rows) {
        Map<ByteBuffer, List<IndexStore.Row>> rowsOfHash = new HashMap<>(Math.max(16, rows.size() * 2));
        for (IndexStore.Row row : rows) {
            rowsOfHash.computeIfAbsent(ByteBuffer.wrap(row.hash()), h -> new ArrayList<>(1)).add(row);
        }
        List<IndexStore.Row>[] rowsOfItem = new List[validated.keys().size()];
        int hits = 0;
        byte[][] hashes = hashed.hashes();
        int[] items = hashed.items();
        for (int k = 0; k < hashes.length; k++) {
            List<IndexStore.Row> found = rowsOfHash.get(ByteBuffer.wrap(hashes[k]));
            if (found != null) {
                int item = items[k];
                if (rowsOfItem[item] == null) {
                    rowsOfItem[item] = new ArrayList<>(found.size());
                    hits++;
                }
                rowsOfItem[item].addAll(found);
            }
        }
        return new Matched(rowsOfItem, hits);
    }

    /** In the caller’s transaction: the request row (always), the tickets of the hits, the audit row; the answer. */
    CheckResult write(UserProfile requester, CheckRequest request, Validated validated, Hashed hashed, Matched matched) {
        int size = validated.keys().size();
        PlannedAction action = request.action();
        TicketStore.Request stored = new TicketStore.Request(UUID.randomUUID(), requester.username(),
                requester.organisation().code(), request.purpose().strip(), action == null ? null : blankToNull(action.description()),
                action == null ? null : action.from(), action == null ? null : action.to(), hashed.addressHash() != null,
                action == null ? null : blankToNull(action.reference()), size, clock.instant());
        List<TicketStore.NewTicket> opened = new ArrayList<>(matched.hits());
        CheckResult.ItemResult[] results = new CheckResult.ItemResult[size];
        for (int i = 0; i < size; i++) {
            List<IndexStore.Row> rows = matched.rowsOfItem()[i];
            if (rows == null) {
                results[i] = new CheckResult.ItemResult(i, CheckStatus.CLEAR, null);
            } else {
                UUID ticket = UUID.randomUUID();
                opened.add(new TicketStore.NewTicket(ticket, i, kind(request.items().get(i)), rows));
                results[i] = new CheckResult.ItemResult(i, CheckStatus.ON_HOLD, ticket);
            }
        }
        tickets.insertRequest(stored, hashed.addressHash());
        tickets.insertTickets(stored, opened);
        Actor actor = new Actor(requester.username(), requester.organisation().code(), CurrentActor.clientAddress());
        audit.record(AuditRecord.of(AuditAction.DECONFLICT).object("DECONFLICTION_REQUEST", stored.id())
                .purpose(stored.purpose()).actor(actor)
                .details("checked " + size + " identifiers, " + opened.size() + " on hold").build());
        return new CheckResult(Arrays.asList(results));
    }

    private static String kind(CheckItem item) {
        return item.type().strip().toUpperCase(Locale.ROOT);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
