package be.stroomplan.sharing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import be.stroomplan.audit.AuditTestConfiguration;
import be.stroomplan.audit.AuditTrail;
import be.stroomplan.partners.Classification;
import be.stroomplan.partners.Clearance;
import be.stroomplan.partners.Role;
import be.stroomplan.partners.UserProfile;
import be.stroomplan.platform.Actor;
import be.stroomplan.protocols.CompartmentKind;
import be.stroomplan.protocols.CompartmentRole;
import be.stroomplan.protocols.DataCategory;
import be.stroomplan.protocols.HandlingCode;
import be.stroomplan.protocols.PolicyAction;
import be.stroomplan.protocols.PolicyCompartment;
import be.stroomplan.protocols.PolicyDecision;
import be.stroomplan.protocols.PolicyDecisionPoint;
import be.stroomplan.protocols.PolicyRequest;
import be.stroomplan.protocols.PolicyRules;
import be.stroomplan.protocols.VisibilityPredicate;
import be.stroomplan.sharing.internal.CompartmentStore;
import be.stroomplan.sharing.internal.DisclosureStore;
import be.stroomplan.sharing.internal.PolicyAttributes;
import be.stroomplan.sharing.internal.PolicyAttributes.Gathered;
import be.stroomplan.support.ApplicationTest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Latency of the policy decision point and of a compartment's listing; a benchmark, not a test
 * (its name keeps it out of the normal build). Run it with {@code bench/policy.sh}.
 * <p>
 * <b>Decisions.</b> One item of organisation A in a MAHO case, disclosed to organisation B under
 * an active protocol. Timed one call at a time, single-threaded: a READ by a user of B (through
 * the disclosure) and a DISCLOSE by a user of A, each as the pure rules on the live register
 * ({@link PolicyRules#decide} on {@link PolicyDecisionPoint#terms()}: no audit), as
 * {@link PolicyDecisionPoint#decide} (the rules and the audit write, which outside a transaction
 * commits on its own), and for READ the whole enforced read ({@link InformationItems#read}:
 * gathering the attributes, the decision, the audit write and the item's row); each with the
 * coverage cache on and off. The baseline is the raw SELECT of the item's row by id.
 * <p>
 * <b>Listing.</b> {@value #DEFAULT_ITEMS} items in one MAHO case, inserted in batches, seen by a
 * user of B with clearance VERTROUWELIJK: own items, items of A disclosed to B under a live
 * protocol, under a suspended one, and revoked, items of A and C never disclosed, and items above
 * the clearance. Pages of 50 under four sort orders, the first page and a deep one, timed as the
 * one policy query ({@link ItemListing#page} with the partial evaluation done once), as the whole
 * service call ({@link InformationItems#page}: membership, the flows disclosed into the
 * compartment, their coverage, the query and the audit record), the partial evaluation alone
 * (membership, flows, coverage: what the service adds before the query), and as the baseline
 * {@link ItemListing#unfiltered}: the same page of the compartment without any policy.
 * <p>
 * Every side is measured in rounds, the sides interleaved in a rotating order, after a discarded
 * warm-up; figures are percentiles of all the timed calls.
 */
@ApplicationTest
class PolicyBenchmark {

    static final int DEFAULT_ITEMS = 10_000;
    static final int PAGE_SIZE = 50;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JdbcTemplate template;
    @Autowired
    AuditTrail trail;
    @Autowired
    InformationItems items;
    @Autowired
    Disclosures disclosures;
    @Autowired
    Compartments compartments;
    @Autowired
    PolicyDecisionPoint pdp;
    @Autowired
    PolicyAttributes attributes;
    @Autowired
    CompartmentStore compartmentStore;
    @Autowired
    DisclosureStore disclosureStore;
    @Autowired
    ItemListing listing;
    @Autowired
    Environment env;

    final int decisions = Integer.getInteger("bench.decisions", 1000);
    final int pages = Integer.getInteger("bench.pages", 100);
    final int itemCount = Integer.getInteger("bench.items", DEFAULT_ITEMS);
    final int rounds = Integer.getInteger("bench.rounds", 10);

    @AfterEach
    void cacheBackOn() {
        pdp.coverageCache(true);
    }

    // ---------------------------------------------------------------- decisions

    @Test
    void decisionLatency() {
        String loadBefore = loadAverage();
        SharingTestData data = new SharingTestData(port, jdbc, trail);
        String purpose = data.purpose();
        String a = data.organisation("BENCH_A");
        String b = data.organisation("BENCH_B");
        data.protocol(a, b, purpose, "POLICE");
        UUID room = compartments.open(CompartmentKind.CASE, "Bench beslissingen", a, "BENCH", new Actor("system", a, null));
        UserProfile writer = SharingListingPropertyTests.profile("bench-writer-" + a.toLowerCase(), a, Set.of(Role.INVESTIGATOR),
                new Clearance(Classification.GEHEIM, null));
        UserProfile reader = SharingListingPropertyTests.profile("bench-reader-" + b.toLowerCase(), b, Set.of(Role.INVESTIGATOR),
                new Clearance(Classification.GEHEIM, null));
        member(room, MemberType.USER, writer.username(), CompartmentRole.MEMBER);
        member(room, MemberType.USER, reader.username(), CompartmentRole.MEMBER);
        member(room, MemberType.ORGANISATION, b, CompartmentRole.READER);
        InformationItem item = items.add(writer, room, new ItemContent(DataCategory.POLICE, Classification.BEPERKT, Tlp.AMBER,
                SourceReliability.B, InformationAccuracy.TWO, HandlingCode.H0, null, null, "Vaststelling voor de meting",
                Map.of("plaats", "Antwerpen"), List.of("subject-1")), null);
        disclosures.disclose(writer, item.id(), b, room, purpose);
        Compartment home = compartments.find(room).orElseThrow();

        Gathered forRead = attributes.gather(reader, item, home, null, null, null, null);
        PolicyRequest read = new PolicyRequest(forRead.user(), PolicyAction.READ, forRead.resource(), null);
        Gathered forDisclose = attributes.gather(writer, item, home, null, null, b, room);
        PolicyRequest disclose = new PolicyRequest(forDisclose.user(), PolicyAction.DISCLOSE, forDisclose.resource(), purpose);
        check(PolicyRules.decide(read, pdp.terms(), pdp.today()), "read");
        check(PolicyRules.decide(disclose, pdp.terms(), pdp.today()), "disclose");

        Map<String, Side> sides = new LinkedHashMap<>();
        sides.put("raw SELECT of the item row by id", new Side(null, () -> jdbc.sql("SELECT * FROM information_item WHERE id = ?")
                .param(item.id()).query().singleRow()));
        for (boolean cached : List.of(true, false)) {
            String mode = cached ? "cached" : "uncached";
            sides.put("READ via disclosure, rules only, " + mode,
                    new Side(cached, () -> check(PolicyRules.decide(read, pdp.terms(), pdp.today()), "read")));
            sides.put("READ via disclosure, decide + audit write, " + mode, new Side(cached, () -> check(pdp.decide(read), "read")));
            sides.put("READ via disclosure, whole enforced read, " + mode,
                    new Side(cached, () -> items.read(reader, item.id(), null)));
            sides.put("DISCLOSE, rules only, " + mode,
                    new Side(cached, () -> check(PolicyRules.decide(disclose, pdp.terms(), pdp.today()), "disclose")));
            sides.put("DISCLOSE, decide + audit write, " + mode, new Side(cached, () -> check(pdp.decide(disclose), "disclose")));
        }
        Map<String, long[]> timings = measure(sides, decisions, Math.max(50, decisions / 10));
        trail.flush();

        StringBuilder report = new StringBuilder();
        report.append("policy decision latency (").append(settings()).append(", calls per side=").append(decisions)
                .append(", rounds=").append(rounds).append(")\n");
        report.append("load average (1/5/15 min) before: ").append(loadBefore).append(", after: ").append(loadAverage()).append('\n');
        table(report, timings, "raw SELECT of the item row by id", 1_000.0, "µs");
        write("policy-decisions.txt", report);
    }

    private static PolicyDecision check(PolicyDecision decision, String what) {
        if (!decision.permitted()) {
            throw new IllegalStateException(what + " refused: " + decision.reasons());
        }
        return decision;
    }

    // ---------------------------------------------------------------- listing

    @Test
    void listingLatency() throws SQLException {
        String loadBefore = loadAverage();
        SharingTestData data = new SharingTestData(port, jdbc, trail);
        String live = data.purpose();
        String ended = data.purpose();
        String a = data.organisation("BENCH_A");
        String b = data.organisation("BENCH_B");
        String c = data.organisation("BENCH_C");
        JsonNode liveProtocol = protocol(data, a, b, live);
        JsonNode endedProtocol = protocol(data, a, b, ended);
        UUID room = compartments.open(CompartmentKind.CASE, "Bench lijst", b, "BENCH", new Actor("system", b, null));
        for (String organisation : List.of(a, b, c)) {
            member(room, MemberType.ORGANISATION, organisation, CompartmentRole.MEMBER);
        }
        long began = System.nanoTime();
        Map<String, Integer> mix = fill(room, a, b, c, live, liveProtocol, ended, endedProtocol);
        double fillSeconds = (System.nanoTime() - began) / 1e9;
        assertOk(data.move(endedProtocol.path("id").asString(), "suspend"));
        analyze();

        UserProfile reader = SharingListingPropertyTests.profile("bench-lister-" + b.toLowerCase(), b, Set.of(Role.INVESTIGATOR),
                new Clearance(Classification.VERTROUWELIJK, null));
        Map<UUID, CompartmentRole> roles = compartmentStore.roles(reader, List.of(room));
        VisibilityPredicate visibility = pdp.visibility(attributes.user(reader, roles),
                new PolicyCompartment(room.toString(), CompartmentKind.CASE, roles.get(room)), disclosureStore.flows(room, b));
        long visible = listing.page(visibility, 0, PAGE_SIZE, ItemSort.CREATED, false).totalItems();
        long viaService = items.page(reader, room, null, 0, PAGE_SIZE, ItemSort.CREATED, false).totalItems();
        if (visible != viaService || visible != mix.get("visible")) {
            throw new IllegalStateException("visible items: query " + visible + ", service " + viaService + ", expected "
                    + mix.get("visible"));
        }
        int deep = (int) (visible / PAGE_SIZE) * 3 / 4;

        StringBuilder report = new StringBuilder();
        report.append("compartment listing latency (").append(settings()).append(", pages of ").append(PAGE_SIZE)
                .append(", calls per side=").append(pages).append(", rounds=").append(rounds).append(")\n");
        report.append("load average (1/5/15 min) before: ").append(loadBefore).append('\n');
        report.append(String.format(Locale.ROOT, "%d items inserted in %.1f s; mix %s; visible to the reader: %d (%d pages);"
                + " deep page: %d%n", itemCount, fillSeconds, mix, visible, (visible + PAGE_SIZE - 1) / PAGE_SIZE, deep));
        record Order(ItemSort sort, boolean ascending) {
            String label() {
                return sort + (ascending ? " asc" : " desc");
            }
        }
        for (Order order : List.of(new Order(ItemSort.CREATED, false), new Order(ItemSort.TITLE, true),
                new Order(ItemSort.CLASSIFICATION, false), new Order(ItemSort.CATEGORY, true))) {
            for (int page : List.of(0, deep)) {
                Map<String, Side> sides = new LinkedHashMap<>();
                sides.put("unfiltered (no policy)", new Side(true,
                        () -> listing.unfiltered(room, page, PAGE_SIZE, order.sort(), order.ascending())));
                sides.put("policy query", new Side(true,
                        () -> listing.page(visibility, page, PAGE_SIZE, order.sort(), order.ascending())));
                sides.put("partial evaluation only", new Side(true, () -> {
                    Map<UUID, CompartmentRole> r = compartmentStore.roles(reader, List.of(room));
                    pdp.visibility(attributes.user(reader, r), new PolicyCompartment(room.toString(), CompartmentKind.CASE,
                            r.get(room)), disclosureStore.flows(room, b));
                }));
                sides.put("InformationItems.page", new Side(true,
                        () -> items.page(reader, room, null, page, PAGE_SIZE, order.sort(), order.ascending())));
                Map<String, long[]> timings = measure(sides, pages, Math.max(10, pages / 10));
                report.append("\n").append(order.label()).append(", page ").append(page).append('\n');
                table(report, timings, "unfiltered (no policy)", 1_000_000.0, "ms");
            }
        }
        trail.flush();
        report.append("load average after: ").append(loadAverage()).append('\n');
        write("policy-listing.txt", report);

        StringBuilder plans = new StringBuilder();
        for (int page : List.of(0, deep)) {
            for (ItemSort sort : List.of(ItemSort.CREATED, ItemSort.TITLE)) {
                plans.append("\n== policy query, ").append(sort).append(", page ").append(page).append('\n');
                explain(plans, ItemListing.pageSql(visibility, sort, sort == ItemSort.TITLE),
                        ItemListing.pageParameters(visibility, page, PAGE_SIZE));
                plans.append("\n== unfiltered, ").append(sort).append(", page ").append(page).append('\n');
                explain(plans, ItemListing.unfilteredSql(sort, sort == ItemSort.TITLE),
                        ItemListing.unfilteredParameters(room, page, PAGE_SIZE));
            }
        }
        write("policy-explain.txt", plans);
    }

    private void explain(StringBuilder plans, String sql, Map<String, Object> parameters) {
        // twice: the first warms the cache, the second is the one reported
        jdbc.sql("EXPLAIN (ANALYZE, BUFFERS) " + sql).params(parameters).query(String.class).list();
        jdbc.sql("EXPLAIN (ANALYZE, BUFFERS) " + sql).params(parameters).query(String.class).list()
                .forEach(line -> plans.append(line).append('\n'));
    }

    /**
     * Inserts the items and disclosures in batches; returns how many of each kind, and how many
     * the reader (organisation B, clearance VERTROUWELIJK) may see.
     */
    private Map<String, Integer> fill(UUID room, String a, String b, String c, String live, JsonNode liveProtocol, String ended,
                                      JsonNode endedProtocol) {
        Random random = new Random(20261128L);
        String[] words = { "melding", "controle", "vaststelling", "verhoor", "huiszoeking", "adres", "voertuig", "rekening",
            "inschrijving", "bezoek", "camerabeelden", "getuige" };
        List<Object[]> itemRows = new ArrayList<>();
        List<Object[]> disclosureRows = new ArrayList<>();
        Map<String, Integer> mix = new LinkedHashMap<>();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        LocalDate retention = LocalDate.now().plusYears(5);
        int visible = 0;
        for (int i = 0; i < itemCount; i++) {
            UUID id = UUID.randomUUID();
            int draw = random.nextInt(100);
            String kind;
            String owner;
            Classification classification = random.nextBoolean() ? Classification.NONE
                    : random.nextBoolean() ? Classification.BEPERKT : Classification.VERTROUWELIJK;
            String purpose = null;
            JsonNode protocol = null;
            boolean revoked = false;
            if (draw < 20) {
                kind = "own";
                owner = b;
            } else if (draw < 25) {
                kind = "own, too high";
                owner = b;
                classification = Classification.GEHEIM;
            } else if (draw < 45) {
                kind = "disclosed, live";
                owner = a;
                purpose = live;
                protocol = liveProtocol;
            } else if (draw < 50) {
                kind = "disclosed, live, too high";
                owner = a;
                purpose = live;
                protocol = liveProtocol;
                classification = Classification.ZEER_GEHEIM;
            } else if (draw < 60) {
                kind = "disclosed, protocol suspended";
                owner = a;
                purpose = ended;
                protocol = endedProtocol;
            } else if (draw < 70) {
                kind = "disclosed, revoked";
                owner = a;
                purpose = live;
                protocol = liveProtocol;
                revoked = true;
            } else {
                kind = "other organisation";
                owner = random.nextBoolean() ? a : c;
            }
            mix.merge(kind, 1, Integer::sum);
            if (kind.equals("own") || kind.equals("disclosed, live")) {
                visible++;
            }
            DataCategory category = random.nextBoolean() ? DataCategory.POLICE : DataCategory.SOCIAL;
            Timestamp created = Timestamp.from(now.minusSeconds(60L * (itemCount - i)));
            Timestamp updated = Timestamp.from(now.minusSeconds(60L * (itemCount - i) - random.nextInt(3600)));
            String title = words[random.nextInt(words.length)] + " " + words[random.nextInt(words.length)] + " " + i;
            itemRows.add(new Object[] { id, room, owner, category.name(), classification.name(),
                "AMBER", "B", "2", "H0", title, title + ": " + "tekst van de vaststelling ".repeat(8), retention, "bench", created,
                "bench", updated });
            if (protocol != null) {
                disclosureRows.add(new Object[] { UUID.randomUUID(), id, a, b, room, category.name(), purpose,
                    UUID.fromString(protocol.path("id").asString()), 1, versionId(protocol), protocol.path("reference").asString(),
                    "bench", created, revoked ? updated : null, revoked ? "bench" : null, revoked ? "niet langer nodig" : null });
            }
        }
        mix.put("visible", visible);
        for (int from = 0; from < itemRows.size(); from += 1000) {
            template.batchUpdate("INSERT INTO information_item (id, compartment_id, owner_org, category, classification, tlp,"
                    + " source_reliability, information_accuracy, handling_code, title, text, retention_until, version, created_by,"
                    + " created_at, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)",
                    itemRows.subList(from, Math.min(itemRows.size(), from + 1000)));
        }
        for (int from = 0; from < disclosureRows.size(); from += 1000) {
            template.batchUpdate("INSERT INTO disclosure (id, item_id, provider_org, recipient_org, compartment_id, category,"
                    + " purpose, protocol_id, protocol_version, protocol_version_id, protocol_reference, disclosed_by, disclosed_at,"
                    + " revoked_at, revoked_by, revoke_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    disclosureRows.subList(from, Math.min(disclosureRows.size(), from + 1000)));
        }
        return mix;
    }

    private UUID versionId(JsonNode protocol) {
        return jdbc.sql("SELECT id FROM protocol_version WHERE protocol_id = ? AND version = 1")
                .param(UUID.fromString(protocol.path("id").asString())).query(UUID.class).single();
    }

    private JsonNode protocol(SharingTestData data, String provider, String recipient, String purpose) {
        var created = data.http.post("/api/v1/protocols", "admin", SharingTestData.PASSWORD, "application/json", """
                {"title": "Bench %s", "provider": "%s", "recipients": ["%s"], "purposes": ["%s"], "categories": ["POLICE", "SOCIAL"],
                 "legalBasis": "Art. 20 wet van 30 juli 2018", "validFrom": "%s", "validTo": "%s"}"""
                .formatted(purpose, provider, recipient, purpose, pdp.today().minusDays(1), pdp.today().plusYears(1)));
        assertOk(created);
        var activated = data.move(created.json().path("id").asString(), "activate");
        assertOk(activated);
        return activated.json();
    }

    private static void assertOk(be.stroomplan.support.Http.Response response) {
        if (response.status() / 100 != 2) {
            throw new IllegalStateException(response.status() + " " + response.body());
        }
    }

    /**
     * The state autovacuum reaches shortly after a bulk insert (as the schema owner): fresh statistics
     * for the planner and the visibility map set, so that index-only scans read no table rows.
     */
    private void analyze() throws SQLException {
        try (Connection owner = AuditTestConfiguration.ownerConnection(env); Statement statement = owner.createStatement()) {
            statement.execute("VACUUM ANALYZE information_item");
            statement.execute("VACUUM ANALYZE disclosure");
        }
    }

    private void member(UUID room, MemberType type, String id, CompartmentRole role) {
        jdbc.sql("INSERT INTO compartment_member (compartment_id, member_type, member_id, role, added_by, added_at)"
                        + " VALUES (?, ?, ?, ?, 'bench', now())")
                .params(room, type.name(), id, role.name()).update();
    }

    // ---------------------------------------------------------------- measuring

    /** One side of a comparison: the coverage cache setting it runs with ({@code null}: irrelevant) and the call. */
    record Side(Boolean cached, Runnable call) {
    }

    /**
     * Runs every side {@code warmUp} times (discarded), then {@code calls} times in
     * {@link #rounds} rounds, the order of the sides rotating every round; returns the time of
     * every call in nanoseconds, per side.
     */
    private Map<String, long[]> measure(Map<String, Side> sides, int calls, int warmUp) {
        List<String> names = new ArrayList<>(sides.keySet());
        for (String name : names) {
            run(sides.get(name), warmUp, null, 0);
        }
        Map<String, long[]> timings = new LinkedHashMap<>();
        names.forEach(name -> timings.put(name, new long[calls]));
        int perRound = Math.max(1, calls / rounds);
        int done = 0;
        for (int round = 0; done < calls; round++) {
            int n = Math.min(perRound, calls - done);
            for (int k = 0; k < names.size(); k++) {
                String name = names.get((round + k) % names.size());
                run(sides.get(name), n, timings.get(name), done);
            }
            done += n;
        }
        return timings;
    }

    private void run(Side side, int n, long[] into, int offset) {
        if (side.cached() != null) {
            pdp.coverageCache(side.cached());
        }
        for (int i = 0; i < n; i++) {
            long began = System.nanoTime();
            side.call().run();
            long took = System.nanoTime() - began;
            if (into != null) {
                into[offset + i] = took;
            }
        }
    }

    private static void table(StringBuilder report, Map<String, long[]> timings, String baseline, double unit, String unitName) {
        long[] base = sorted(timings.get(baseline));
        report.append(String.format(Locale.ROOT, "  %-52s %10s %10s %10s   %s%n", "side", "p50 " + unitName, "p95 " + unitName,
                "p99 " + unitName, "ratio to baseline p50 / p95"));
        for (Map.Entry<String, long[]> entry : timings.entrySet()) {
            long[] t = sorted(entry.getValue());
            report.append(String.format(Locale.ROOT, "  %-52s %10.2f %10.2f %10.2f   %.1f / %.1f%n", entry.getKey(),
                    percentile(t, 50) / unit, percentile(t, 95) / unit, percentile(t, 99) / unit,
                    (double) percentile(t, 50) / percentile(base, 50), (double) percentile(t, 95) / percentile(base, 95)));
        }
    }

    private static long[] sorted(long[] values) {
        long[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }

    /** Nearest-rank percentile of sorted values. */
    private static long percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private String settings() {
        return "fsync=" + jdbc.sql("SHOW fsync").query(String.class).single() + ", synchronous_commit="
                + jdbc.sql("SHOW synchronous_commit").query(String.class).single() + ", cores="
                + Runtime.getRuntime().availableProcessors();
    }

    private static void write(String name, StringBuilder report) {
        System.out.println(report);
        Path out = Path.of("target", "bench", name);
        try {
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
