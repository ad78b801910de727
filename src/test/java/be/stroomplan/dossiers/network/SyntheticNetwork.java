package be.stroomplan.dossiers.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import be.stroomplan.subjects.RelationType;
import be.stroomplan.subjects.SubjectType;
import be.stroomplan.subjects.synthetic.Difficulty;
import be.stroomplan.subjects.synthetic.SyntheticCompany;
import be.stroomplan.subjects.synthetic.SyntheticPopulation;

/**
 * A seeded, clan-structured network for the benchmarks, named from the subjects module's synthetic
 * population: 80 % persons, 16 % companies, 4 % addresses, in clans of about 40 subjects. Of the
 * relations 85 % link two members of one clan, 15 % any two subjects; the types follow the ends
 * (person - person FAMILY or ASSOCIATE, person - company DIRECTOR_OF or SHAREHOLDER_OF, company -
 * address REGISTERED_AT, person - address LIVES_AT). Subject 0 is a hub linked to 100 subjects of
 * other clans, so that its neighbourhood two links deep holds more than 500 subjects.
 */
record SyntheticNetwork(List<NetworkGraph.Node> nodes, List<Link> links) {

    record Link(UUID id, int source, int target, RelationType type, LocalDate from, LocalDate to, String grading) {
    }

    static final int CLAN = 40;
    private static final String[] GRADINGS = { "A1", "A2", "B2", "B3", "C3", "X4" };

    static SyntheticNetwork generate(int subjects, int relations, long seed) {
        Random random = new Random(seed);
        SyntheticPopulation population = new SyntheticPopulation(seed, Difficulty.EASY, 0);
        int persons = subjects * 80 / 100;
        int companies = subjects * 16 / 100;
        int addresses = subjects - persons - companies;
        List<NetworkGraph.Node> nodes = new ArrayList<>(subjects);
        population.persons(persons).forEach(p -> nodes.add(new NetworkGraph.Node(uuid(random).toString(), SubjectType.PERSON,
                p.givenName() + " " + p.familyName())));
        List<SyntheticCompany> generated = population.companies(companies).toList();
        generated.forEach(c -> nodes.add(new NetworkGraph.Node(uuid(random).toString(), SubjectType.COMPANY, c.name())));
        for (int i = 0; i < addresses; i++) {
            SyntheticCompany c = generated.get(i % generated.size());
            nodes.add(new NetworkGraph.Node(uuid(random).toString(), SubjectType.ADDRESS,
                    c.address() == null ? "Adres " + i : c.address().street() + " " + c.address().number() + ", " + c.address().postcode()
                            + " " + c.address().municipality() + (i >= generated.size() ? " " + i : "")));
        }
        // clans: a shuffled assignment of every subject to one of n / CLAN clans
        int clans = Math.max(1, subjects / CLAN);
        int[] clanOf = new int[subjects];
        List<List<Integer>> members = new ArrayList<>();
        for (int c = 0; c < clans; c++) {
            members.add(new ArrayList<>());
        }
        for (int i = 0; i < subjects; i++) {
            clanOf[i] = random.nextInt(clans);
            members.get(clanOf[i]).add(i);
        }
        List<Link> links = new ArrayList<>(relations);
        for (int i = 0; i < Math.min(100, subjects - 1) && links.size() < relations; i++) {
            links.add(link(random, nodes, 0, 1 + random.nextInt(subjects - 1)));
        }
        while (links.size() < relations) {
            int a = random.nextInt(subjects);
            int b;
            if (random.nextDouble() < 0.85) {
                List<Integer> clan = members.get(clanOf[a]);
                b = clan.get(random.nextInt(clan.size()));
            } else {
                b = random.nextInt(subjects);
            }
            if (a != b) {
                links.add(link(random, nodes, a, b));
            }
        }
        return new SyntheticNetwork(List.copyOf(nodes), List.copyOf(links));
    }

    NetworkGraph graph() {
        return new NetworkGraph(nodes, links.stream().map(l -> new NetworkGraph.Edge(l.id().toString(), nodes.get(l.source()).id(),
                nodes.get(l.target()).id(), l.type())).toList());
    }

    private static Link link(Random random, List<NetworkGraph.Node> nodes, int a, int b) {
        SubjectType ta = nodes.get(a).type();
        SubjectType tb = nodes.get(b).type();
        // put the person first, then the company, then the address
        if (rank(tb) < rank(ta)) {
            int swap = a;
            a = b;
            b = swap;
            SubjectType t = ta;
            ta = tb;
            tb = t;
        }
        RelationType type;
        if (tb == SubjectType.ADDRESS) {
            type = ta == SubjectType.COMPANY ? RelationType.REGISTERED_AT : ta == SubjectType.PERSON ? RelationType.LIVES_AT
                    : RelationType.UNKNOWN_LINK;
        } else if (tb == SubjectType.COMPANY) {
            type = ta == SubjectType.PERSON ? (random.nextBoolean() ? RelationType.DIRECTOR_OF : RelationType.SHAREHOLDER_OF)
                    : RelationType.SHAREHOLDER_OF;
        } else {
            type = random.nextInt(3) == 0 ? RelationType.FAMILY : RelationType.ASSOCIATE;
        }
        LocalDate from = random.nextInt(4) == 0 ? null : LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3650));
        LocalDate to = from == null || random.nextBoolean() ? null : from.plusDays(random.nextInt(1000));
        String grading = random.nextInt(5) == 0 ? null : GRADINGS[random.nextInt(GRADINGS.length)];
        return new Link(uuid(random), a, b, type, from, to, grading);
    }

    private static int rank(SubjectType type) {
        return switch (type) {
            case PERSON -> 0;
            case COMPANY -> 1;
            case ADDRESS -> 2;
            default -> 3;
        };
    }

    private static UUID uuid(Random random) {
        return new UUID((random.nextLong() & 0xffffffffffff0fffL) | 0x4000L, (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L);
    }
}
