package be.stroomplan.sharing;

import static be.stroomplan.sharing.SharingTestData.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import be.stroomplan.audit.AuditTrail;
import be.stroomplan.partners.Classification;
import be.stroomplan.partners.Clearance;
import be.stroomplan.partners.Membership;
import be.stroomplan.partners.Organisation;
import be.stroomplan.partners.OrganisationKind;
import be.stroomplan.partners.Role;
import be.stroomplan.partners.UserProfile;
import be.stroomplan.platform.Actor;
import be.stroomplan.protocols.CompartmentKind;
import be.stroomplan.protocols.CompartmentRole;
import be.stroomplan.protocols.DataCategory;
import be.stroomplan.protocols.HandlingCode;
import be.stroomplan.protocols.PolicyDecisionPoint;
import be.stroomplan.support.ApplicationTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The listing's partial evaluation agrees with the decision on each item, on the real database:
 * for a random reader and one of four compartments holding a random mix of items (owned by three
 * organisations, every classification, three categories, every handling code) and disclosures
 * into it (from the compartment itself and from a source compartment outside it; under protocols
 * still active, suspended or terminated since; some revoked; some items reclassified afterwards), the items that
 * {@link InformationItems#page} returns are exactly the candidates for which
 * {@link InformationItems#read} is permitted. Also: paging in small pages under a random sort
 * returns the same set without duplicates, and the withheld listing is the rest of the
 * compartment's own items.
 * <p>
 * Readers are drawn with a random organisation (one of the three, or one that is no member),
 * content or non-content roles, a clearance of any level that may have expired, and sometimes a
 * membership of their own. The scene is built once with a fixed seed; each of the 200 cases
 * draws its reader from its own seed.
 */
@ApplicationTest
class SharingListingPropertyTests {

    static final int CASES = 200;
    static final long SEED = 20261128L;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
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

    /** Built once for every case of the class (the database is shared, so nothing depends on its state). */
    static Scene scene;

    record Scene(List<String> organisations, List<UUID> rooms, Map<UUID, List<UUID>> candidates, Map<UUID, Set<UUID>> own) {
    }

    static Stream<Integer> cases() {
        return IntStream.range(0, CASES).boxed();
    }

    @BeforeEach
    void buildSceneOnce() {
        if (scene == null) {
            scene = build(new Random(SEED));
        }
    }

    @ParameterizedTest(name = "case {0}")
    @MethodSource("cases")
    void theListingShowsExactlyWhatReadPermits(int n) {
        Random random = new Random(SEED * 31 + n);
        UUID room = scene.rooms.get(random.nextInt(scene.rooms.size()));
        UserProfile reader = reader(random, room, n);
        String about = "case " + n + ": " + reader.organisation().code() + " " + reader.roles() + " " + reader.clearance()
                + " in " + room;

        Set<UUID> listed = listed(reader, room, 0, 500, ItemSort.CREATED, false);
        Set<UUID> permitted = new LinkedHashSet<>();
        for (UUID item : scene.candidates.get(room)) {
            try {
                items.read(reader, item, null);
                permitted.add(item);
            } catch (SharingNotFound | SharingRefused refused) {
                // not readable
            }
        }
        assertThat(listed).as(about).containsExactlyInAnyOrderElementsOf(permitted);

        ItemSort sort = ItemSort.values()[random.nextInt(ItemSort.values().length)];
        boolean ascending = random.nextBoolean();
        List<UUID> paged = new ArrayList<>();
        for (int page = 0; page < 20; page++) {
            List<UUID> ids = new ArrayList<>(listed(reader, room, page, 5, sort, ascending));
            if (ids.isEmpty()) {
                break;
            }
            paged.addAll(ids);
        }
        assertThat(paged).as(about + ", paged by " + sort + (ascending ? " ascending" : " descending"))
                .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(permitted);

        try {
            Set<UUID> withheld = items.withheld(reader, room, null, 0, 500).items().stream().map(WithheldItem::id)
                    .collect(Collectors.toSet());
            Set<UUID> rest = new HashSet<>(scene.own.get(room));
            rest.removeAll(permitted);
            assertThat(withheld).as(about + ", withheld").containsExactlyInAnyOrderElementsOf(rest);
        } catch (SharingNotFound | SharingRefused refused) {
            assertThat(permitted).as(about + ", refused listing").isEmpty();
        }
    }

    private Set<UUID> listed(UserProfile reader, UUID room, int page, int size, ItemSort sort, boolean ascending) {
        try {
            return items.page(reader, room, null, page, size, sort, ascending).items().stream().map(ItemSummary::id)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        } catch (SharingNotFound | SharingRefused refused) {
            return Set.of();
        }
    }

    // ---------------------------------------------------------------- readers

    private UserProfile reader(Random random, UUID room, int n) {
        List<String> organisations = scene.organisations;
        String organisation = random.nextInt(10) == 0 ? "LST_NOBODY" : organisations.get(random.nextInt(organisations.size()));
        int r = random.nextInt(10);
        Set<Role> roles = r < 7 ? Set.of(Role.INVESTIGATOR) : r < 8 ? Set.of(Role.MAHO_PARTNER, Role.DPO)
                : r < 9 ? Set.of(Role.DPO) : Set.of(Role.PROJECT_LEAD, Role.FUNCTIONAL_ADMIN);
        Classification level = Classification.values()[random.nextInt(Classification.values().length)];
        LocalDate today = pdp.today();
        LocalDate until = switch (random.nextInt(4)) {
            case 0 -> null;
            case 1 -> today.minusDays(1);
            case 2 -> today;
            default -> today.plusDays(30);
        };
        String username = "lst-reader-" + n + "-" + UUID.randomUUID().toString().substring(0, 6);
        if (random.nextInt(4) == 0) {
            CompartmentRole role = CompartmentRole.values()[random.nextInt(CompartmentRole.values().length)];
            member(room, MemberType.USER, username, role);
        }
        return profile(username, organisation, roles, new Clearance(level, until));
    }

    static UserProfile profile(String username, String organisation, Set<Role> roles, Clearance clearance) {
        UUID id = UUID.randomUUID();
        return new UserProfile(id, username, username, username + "@example.org", true,
                new Organisation(UUID.randomUUID(), organisation, organisation, organisation, organisation, OrganisationKind.OTHER, true),
                roles.stream().map(role -> new Membership(UUID.randomUUID(), id, null, role)).toList(), clearance);
    }

    // ---------------------------------------------------------------- the scene

    private Scene build(Random random) {
        SharingTestData data = new SharingTestData(port, jdbc, trail);
        String live = data.purpose();
        String ending = data.purpose();
        List<String> organisations = List.of(data.organisation("LST"), data.organisation("LST"), data.organisation("LST"));
        List<String> endingProtocols = new ArrayList<>();
        for (String provider : organisations) {
            List<String> others = organisations.stream().filter(o -> !o.equals(provider)).toList();
            protocol(data, provider, others, live);
            endingProtocols.add(protocol(data, provider, others, ending));
        }
        Map<String, UserProfile> writers = organisations.stream().collect(Collectors.toMap(o -> o,
                o -> profile("lst-writer-" + o.toLowerCase(), o, Set.of(Role.INVESTIGATOR), new Clearance(Classification.ZEER_GEHEIM, null))));

        UUID source = open(CompartmentKind.CASE, organisations, writers, false);
        List<UUID> rooms = new ArrayList<>();
        Map<UUID, List<UUID>> candidates = new java.util.HashMap<>();
        Map<UUID, Set<UUID>> own = new java.util.HashMap<>();
        for (CompartmentKind kind : List.of(CompartmentKind.CASE, CompartmentKind.ACTION, CompartmentKind.DOSSIER,
                CompartmentKind.CASE)) {
            UUID room = open(kind, organisations, writers, true);
            rooms.add(room);
            List<UUID> in = new ArrayList<>();
            Set<UUID> home = new HashSet<>();
            for (int i = 0; i < 16; i++) {
                UUID item = add(random, writers.get(organisations.get(random.nextInt(3))), room);
                in.add(item);
                home.add(item);
            }
            for (int i = 0; i < 6; i++) {
                in.add(add(random, writers.get(organisations.get(random.nextInt(3))), source));
            }
            for (UUID item : in) {
                if (!home.contains(item) || random.nextBoolean()) {
                    disclose(random, writers, organisations, item, room, random.nextBoolean() ? live : ending);
                }
            }
            candidates.put(room, in);
            own.put(room, home);
        }
        // some items are reclassified after their disclosure: the listing must follow the item's classification
        for (UUID room : rooms) {
            for (UUID item : candidates.get(room)) {
                if (random.nextInt(4) == 0) {
                    jdbc.sql("UPDATE information_item SET classification = ? WHERE id = ?")
                            .params(Classification.values()[random.nextInt(Classification.values().length)].name(), item).update();
                }
            }
        }
        // the protocols of two providers end after their disclosures were made; the third's stays active
        assertThat(data.move(endingProtocols.get(0), "suspend").status()).isEqualTo(200);
        assertThat(data.move(endingProtocols.get(1), "terminate").status()).isEqualTo(200);
        return new Scene(organisations, rooms, candidates, own);
    }

    private String protocol(SharingTestData data, String provider, List<String> recipients, String purpose) {
        var created = data.http.post("/api/v1/protocols", "admin", PASSWORD, "application/json", """
                {"title": "Lijst %s", "provider": "%s", "recipients": ["%s"], "purposes": ["%s"], "categories": ["POLICE", "SOCIAL"],
                 "legalBasis": "Art. 20 wet van 30 juli 2018", "validFrom": "%s", "validTo": "%s"}"""
                .formatted(purpose, provider, String.join("\", \"", recipients), purpose, pdp.today().minusDays(1),
                        pdp.today().plusYears(1)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asString();
        assertThat(data.move(id, "activate").status()).isEqualTo(200);
        return id;
    }

    private UUID open(CompartmentKind kind, List<String> organisations, Map<String, UserProfile> writers, boolean withOrganisations) {
        UUID room = compartments.open(kind, "Lijst " + kind, organisations.get(0), "LST", new Actor("system", organisations.get(0), null));
        for (String organisation : organisations) {
            member(room, MemberType.USER, writers.get(organisation).username(), CompartmentRole.MEMBER);
            if (withOrganisations) {
                member(room, MemberType.ORGANISATION, organisation, CompartmentRole.READER);
            }
        }
        return room;
    }

    /** A membership straight into the table: the readers and writers here are not accounts of the directory. */
    private void member(UUID room, MemberType type, String id, CompartmentRole role) {
        jdbc.sql("INSERT INTO compartment_member (compartment_id, member_type, member_id, role, added_by, added_at)"
                        + " VALUES (?, ?, ?, ?, 'test', now())")
                .params(room, type.name(), id, role.name()).update();
    }

    private UUID add(Random random, UserProfile writer, UUID room) {
        DataCategory category = List.of(DataCategory.POLICE, DataCategory.SOCIAL, DataCategory.FISCAL).get(random.nextInt(3));
        Classification classification = Classification.values()[random.nextInt(Classification.values().length)];
        HandlingCode handling = HandlingCode.values()[random.nextInt(HandlingCode.values().length)];
        ItemContent content = new ItemContent(category, classification, Tlp.AMBER, SourceReliability.B, InformationAccuracy.TWO,
                handling, "Enkel na overleg", null, "Vaststelling " + UUID.randomUUID(), Map.of(), List.of());
        return items.add(writer, room, content, null).id();
    }

    /** Discloses as the owner's writer to another organisation; may be refused (a category no protocol covers). */
    private void disclose(Random random, Map<String, UserProfile> writers, List<String> organisations, UUID item, UUID room,
                          String purpose) {
        String owner = jdbc.sql("SELECT owner_org FROM information_item WHERE id = ?").param(item).query(String.class).single();
        List<String> others = organisations.stream().filter(o -> !o.equals(owner)).toList();
        String recipient = others.get(random.nextInt(others.size()));
        try {
            Disclosure disclosure = disclosures.disclose(writers.get(owner), item, recipient, room, purpose);
            if (random.nextInt(4) == 0) {
                disclosures.revoke(writers.get(owner), item, disclosure.id(), "Niet langer nodig");
            }
        } catch (SharingRefused refused) {
            // FISCAL: no protocol covers it, so the item stays with its owner
        }
    }
}
