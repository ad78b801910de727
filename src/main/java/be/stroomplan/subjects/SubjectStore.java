package be.stroomplan.subjects;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The register's tables, in hand-written SQL. Arrays travel as PostgreSQL array literals. */
@Repository
class SubjectStore {

    private static final String COLUMNS = "s.id, s.compartment_id, s.type, s.name, s.birth_date, s.birth_place, s.nationality,"
            + " s.legal_form, s.nace_codes, s.ref, s.category, s.owner_org, s.on_record, s.created_by, s.created_at, s.version";

    private final JdbcClient jdbc;

    SubjectStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The read rule in SQL for a table alias with compartment_id, owner_org and on_record. */
    static String visible(String alias) {
        return ("(%1$s.compartment_id = ANY(CAST(:joint AS uuid[])) OR (%1$s.compartment_id = ANY(CAST(:shared AS uuid[]))"
                + " AND (%1$s.owner_org = :org OR %1$s.on_record)))").formatted(alias);
    }

    private static JdbcClient.StatementSpec reader(JdbcClient.StatementSpec spec, SubjectReader reader) {
        return spec.param("joint", reader.joint()).param("shared", reader.shared()).param("org", reader.organisation());
    }

    static String array(Collection<String> values) {
        StringBuilder out = new StringBuilder("{");
        for (String value : values) {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append('"').append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return out.append('}').toString();
    }

    // writing ---------------------------------------------------------------------------------

    void insert(Subject subject, NameKeys keys) {
        jdbc.sql("""
                INSERT INTO subject (id, compartment_id, type, name, name_normalised, name_canonical, name_variants, name_phonetic,
                    birth_date, birth_place, nationality, legal_form, nace_codes, ref, category, owner_org, on_record, created_by,
                    created_at, version)
                VALUES (:id, :compartment, :type, :name, :normalised, :canonical, CAST(:variants AS text[]), CAST(:phonetic AS text[]),
                    :birthDate, :birthPlace, :nationality, :legalForm, CAST(:nace AS text[]), :ref, :category, :org, :onRecord,
                    :createdBy, :createdAt, 1)""")
                .param("id", subject.id()).param("compartment", subject.compartment()).param("type", subject.type().name())
                .param("name", subject.name()).param("normalised", keys.normalised()).param("canonical", keys.canonical())
                .param("variants", array(keys.variants())).param("phonetic", array(keys.phonetic()))
                .param("birthDate", subject.birthDate()).param("birthPlace", subject.birthPlace())
                .param("nationality", subject.nationality()).param("legalForm", subject.legalForm())
                .param("nace", array(subject.naceCodes())).param("ref", subject.ref()).param("category", subject.category().name())
                .param("org", subject.ownerOrganisation()).param("onRecord", subject.onRecord())
                .param("createdBy", subject.createdBy()).param("createdAt", Timestamp.from(subject.createdAt())).update();
        for (SubjectIdentifier identifier : subject.identifiers()) {
            jdbc.sql("INSERT INTO subject_identifier (subject_id, type, value, display, match_key) VALUES (?, ?, ?, ?, ?)"
                            + " ON CONFLICT DO NOTHING")
                    .params(subject.id(), identifier.type().name(), identifier.value(), identifier.display(), identifier.key()).update();
        }
        int position = 0;
        for (PostalAddress address : subject.addresses()) {
            jdbc.sql("INSERT INTO subject_address (subject_id, position, street, number, box, postcode, municipality, match_key)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(subject.id(), position++, address.street(), address.number(), address.box(), address.postcode(),
                            address.municipality(), Identifiers.addressKey(address)).update();
        }
    }

    void insertRelation(Relation relation, boolean onRecord) {
        jdbc.sql("""
                INSERT INTO subject_relation (id, source_id, target_id, type, period_from, period_to, source_item, source_reliability,
                    information_accuracy, compartment_id, owner_org, on_record, created_by, created_at)
                VALUES (:id, :source, :target, :type, :from, :to, :item, :reliability, :accuracy, :compartment, :org, :onRecord,
                    :by, :at)""")
                .param("id", relation.id()).param("source", relation.source()).param("target", relation.target())
                .param("type", relation.type().name()).param("from", relation.from()).param("to", relation.to())
                .param("item", relation.sourceItem())
                .param("reliability", relation.grading() == null ? null : relation.grading().substring(0, 1))
                .param("accuracy", relation.grading() == null ? null : relation.grading().substring(1, 2))
                .param("compartment", relation.compartment()).param("org", relation.ownerOrganisation())
                .param("onRecord", onRecord).param("by", relation.createdBy()).param("at", Timestamp.from(relation.createdAt()))
                .update();
    }

    void insertDecision(UUID id, UUID subject, UUID other, SameEntity decision, double score, String by, String org, Instant at) {
        // PostgreSQL orders uuids byte by byte, like their hexadecimal text; UUID.compareTo does not
        UUID a = subject.toString().compareTo(other.toString()) < 0 ? subject : other;
        UUID b = a.equals(subject) ? other : subject;
        jdbc.sql("INSERT INTO subject_match_decision (id, subject_a, subject_b, decision, score, decided_by, decided_org, decided_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, a, b, decision.name(), score, by, org, Timestamp.from(at)).update();
    }

    // reading one -----------------------------------------------------------------------------

    Optional<Subject> find(UUID id) {
        Optional<Subject> bare = jdbc.sql("SELECT " + COLUMNS + " FROM subject s WHERE s.id = ?").param(id)
                .query((rs, n) -> subject(rs, List.of(), List.of())).optional();
        return bare.map(s -> new Subject(s.id(), s.compartment(), s.type(), s.name(), s.birthDate(), s.birthPlace(),
                s.nationality(), s.legalForm(), s.naceCodes(), s.ref(), s.category(), s.ownerOrganisation(), s.onRecord(),
                s.createdBy(), s.createdAt(), s.version(), identifiers(List.of(id)).getOrDefault(id, List.of()),
                addresses(List.of(id)).getOrDefault(id, List.of())));
    }

    /** The subject's row alone, without its identifiers and addresses. */
    Optional<Subject> findRow(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM subject s WHERE s.id = ?").param(id)
                .query((rs, n) -> subject(rs, List.of(), List.of())).optional();
    }

    Map<UUID, List<SubjectIdentifier>> identifiers(Collection<UUID> ids) {
        Map<UUID, List<SubjectIdentifier>> result = new HashMap<>();
        jdbc.sql("SELECT subject_id, type, value, display, match_key FROM subject_identifier"
                        + " WHERE subject_id = ANY(CAST(:ids AS uuid[])) ORDER BY type, value")
                .param("ids", array(ids.stream().map(UUID::toString).toList()))
                .query(rs -> {
                    result.computeIfAbsent(rs.getObject("subject_id", UUID.class), k -> new ArrayList<>())
                            .add(new SubjectIdentifier(IdentifierType.valueOf(rs.getString("type")), rs.getString("value"),
                                    rs.getString("display"), rs.getString("match_key")));
                });
        return result;
    }

    Map<UUID, List<PostalAddress>> addresses(Collection<UUID> ids) {
        Map<UUID, List<PostalAddress>> result = new HashMap<>();
        jdbc.sql("SELECT subject_id, street, number, box, postcode, municipality FROM subject_address"
                        + " WHERE subject_id = ANY(CAST(:ids AS uuid[])) ORDER BY subject_id, position")
                .param("ids", array(ids.stream().map(UUID::toString).toList()))
                .query(rs -> {
                    result.computeIfAbsent(rs.getObject("subject_id", UUID.class), k -> new ArrayList<>())
                            .add(new PostalAddress(rs.getString("street"), rs.getString("number"), rs.getString("box"),
                                    rs.getString("postcode"), rs.getString("municipality")));
                });
        return result;
    }

    // lists -----------------------------------------------------------------------------------

    /** At most this many tokens of a query are searched (the first ones). */
    static final int MAX_TOKENS = 6;
    /** At most this many spelling neighbours of one query token. */
    static final int NEIGHBOURS = 20;
    /** The least trigram similarity of a spelling neighbour that is more than one typing error away. */
    static final double NEIGHBOUR_SIMILARITY = 0.45;

    /**
     * Fuzzy name search over the subjects the reader may read, ranked, at most {@code cap} of them.
     * The candidates are the subjects that share an exact name key with the query (the canonical
     * name, a transliteration or skeleton variant, a phonetic key), and those that hold every token
     * of the query or a spelling neighbour of it ({@link #neighbours}); with three tokens or more, all
     * but one suffice (a middle name left out). Each kind of candidate is fetched up to
     * {@code cap + 1} through the GIN indexes, so a common name costs no more than a rare one;
     * the candidates are then scored as before (trigram similarities of the name forms, plus
     * bonuses for exact keys) and ranked. The total is exact up to {@code cap}; above it the page
     * says so.
     */
    SubjectPage searchNames(SubjectReader reader, NameKeys keys, String folded, int page, int size, int cap) {
        List<String> tokens = keys.tokens().stream().filter(t -> !t.isEmpty()).distinct().limit(MAX_TOKENS).toList();
        List<List<String>> groups = neighbours(tokens);
        String holds = "string_to_array(s.name_canonical, ' ') && CAST(:g%d AS text[])";
        StringBuilder hits = new StringBuilder("""
                (SELECT s.id FROM subject s WHERE %s
                   AND (s.name_variants && CAST(:variants AS text[]) OR s.name_phonetic && CAST(:phonetic AS text[])) LIMIT :stage)"""
                .formatted(visible("s")));
        if (!groups.isEmpty()) {
            hits.append("\nUNION\n(SELECT s.id FROM subject s WHERE %s AND %s LIMIT :stage)".formatted(visible("s"),
                    all(holds, groups.size(), -1)));
        }
        if (groups.size() >= 3) {
            List<String> allButOne = new ArrayList<>();
            for (int skip = 0; skip < groups.size(); skip++) {
                allButOne.add("(" + all(holds, groups.size(), skip) + ")");
            }
            hits.append("\nUNION\n(SELECT s.id FROM subject s WHERE %s AND (%s) LIMIT :stage)".formatted(visible("s"),
                    String.join(" OR ", allButOne)));
        }
        String sql = """
                WITH hit AS (%s),
                found AS (SELECT count(*) AS total FROM hit)
                SELECT found.total, ranked.* FROM found LEFT JOIN LATERAL (
                    SELECT * FROM (
                        SELECT %s,
                            GREATEST(similarity(s.name_canonical, :canonical), word_similarity(:canonical, s.name_canonical),
                                     similarity(subject_fold(s.name), :folded), similarity(s.name_normalised, :normalised))
                            + CASE WHEN s.name_canonical = :canonical THEN 0.6 ELSE 0 END
                            + CASE WHEN s.name_variants && CAST(:variants AS text[]) THEN 0.4 ELSE 0 END
                            + CASE WHEN s.name_phonetic && CAST(:phonetic AS text[]) THEN 0.2 ELSE 0 END AS score
                        FROM subject s JOIN hit ON hit.id = s.id
                    ) scored ORDER BY score DESC, name, id LIMIT :limit OFFSET :offset
                ) ranked ON true""".formatted(hits, COLUMNS);
        long offset = (long) page * size;
        JdbcClient.StatementSpec spec = reader(jdbc.sql(sql), reader).param("canonical", keys.canonical()).param("folded", folded)
                .param("normalised", keys.normalised()).param("variants", array(keys.variants()))
                .param("phonetic", array(keys.phonetic())).param("stage", cap + 1)
                .param("limit", Math.max(0, Math.min(size, cap - offset))).param("offset", offset);
        for (int i = 0; i < groups.size(); i++) {
            spec = spec.param("g" + i, array(groups.get(i)));
        }
        long[] total = { 0 };
        List<SubjectSummary> items = new ArrayList<>();
        spec.query(rs -> {
            total[0] = rs.getLong("total");
            if (rs.getObject("id") != null) {
                items.add(summary(rs));
            }
        });
        boolean capped = total[0] > cap;
        long reported = Math.min(total[0], cap);
        return new SubjectPage(items, page, size, (int) Math.max(1, (reported + size - 1) / size), reported, capped);
    }

    private static String all(String holds, int count, int skip) {
        List<String> conditions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (i != skip) {
                conditions.add(holds.formatted(i));
            }
        }
        return String.join(" AND ", conditions);
    }

    /**
     * Each token with its spelling neighbours in the register's vocabulary (subject_name_token):
     * the token itself always, then the tokens one typing error away (a letter wrong, missing,
     * added, two letters swapped: equal deletion keys), then tokens with a trigram similarity of at
     * least {@value #NEIGHBOUR_SIMILARITY}, then longer tokens it begins (a name typed in part),
     * at most {@value #NEIGHBOURS} of them.
     */
    List<List<String>> neighbours(List<String> tokens) {
        List<List<String>> groups = new ArrayList<>();
        for (String token : tokens) {
            groups.add(new ArrayList<>(List.of(token)));
        }
        if (tokens.isEmpty()) {
            return groups;
        }
        jdbc.sql("""
                SELECT q.i, n.token FROM unnest(CAST(:tokens AS text[])) WITH ORDINALITY AS q(t, i)
                CROSS JOIN LATERAL (
                    SELECT c.token FROM (
                        SELECT v.token, 1 AS rank FROM subject_name_token v
                        WHERE v.key IN (SELECT k.key FROM subject_name_token_keys(ARRAY[q.t]) k)
                        UNION ALL
                        SELECT v.token, 2 FROM subject_name_token v
                        WHERE v.key = v.token AND v.token % q.t AND similarity(v.token, q.t) >= :similar
                        UNION ALL
                        SELECT v.token, 3 FROM subject_name_token v
                        WHERE v.key = v.token AND length(q.t) >= 3
                          AND v.token LIKE replace(replace(replace(q.t, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'
                    ) c
                    WHERE c.token <> q.t
                    GROUP BY c.token ORDER BY min(c.rank), similarity(c.token, q.t) DESC, c.token LIMIT :neighbours
                ) n""")
                .param("tokens", array(tokens)).param("similar", NEIGHBOUR_SIMILARITY).param("neighbours", NEIGHBOURS)
                .query(rs -> {
                    groups.get(rs.getInt("i") - 1).add(rs.getString("token"));
                });
        return groups;
    }

    /** Exact identifier search: any of the (type, key) pairs. */
    SubjectPage searchIdentifiers(SubjectReader reader, List<IdentifierCheck.Valid> identifiers, int page, int size) {
        String sql = """
                SELECT %s, 1.0 AS score FROM subject s
                WHERE %s AND s.id IN (SELECT i.subject_id FROM subject_identifier i
                    JOIN unnest(CAST(:types AS text[]), CAST(:keys AS text[])) AS q(type, match_key)
                      ON i.type = q.type AND i.match_key = q.match_key)""".formatted(COLUMNS, visible("s"));
        return page(sql, "name, id", spec -> reader(spec, reader)
                .param("types", array(identifiers.stream().map(v -> v.type().name()).toList()))
                .param("keys", array(identifiers.stream().map(IdentifierCheck.Valid::key).toList())), page, size);
    }

    /** The subjects of one compartment that the reader may read, newest first. */
    SubjectPage compartment(SubjectReader reader, UUID compartment, int page, int size) {
        String sql = "SELECT %s, 0.0 AS score FROM subject s WHERE s.compartment_id = :compartment AND %s"
                .formatted(COLUMNS, visible("s"));
        return page(sql, "created_at DESC, id", spec -> reader(spec, reader).param("compartment", compartment), page, size);
    }

    private SubjectPage page(String sql, String order, java.util.function.UnaryOperator<JdbcClient.StatementSpec> params, int page,
                             int size) {
        long[] total = { 0 };
        List<SubjectSummary> items = params.apply(jdbc.sql("SELECT p.*, count(*) OVER () AS total FROM (" + sql
                        + ") p ORDER BY " + order + " LIMIT :limit OFFSET :offset"))
                .param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return summary(rs);
                }).list();
        if (items.isEmpty() && page > 0) {
            total[0] = params.apply(jdbc.sql("SELECT count(*) FROM (" + sql + ") p")).query(Long.class).single();
        }
        return new SubjectPage(items, page, size, (int) Math.max(1, (total[0] + size - 1) / size), total[0]);
    }

    // matching --------------------------------------------------------------------------------

    /**
     * The candidates of a record among the subjects the reader may read, by the database's
     * blocking: a shared identifier or address key, the canonical or a variant name key, a
     * phonetic key, or a similar canonical name with a birth year at most one apart.
     */
    List<UUID> candidates(SubjectReader reader, Subject subject, NameKeys keys) {
        List<String> types = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (SubjectIdentifier identifier : subject.identifiers()) {
            types.add(identifier.type().name());
            values.add(identifier.key());
        }
        List<String> addressKeys = subject.addresses().stream().map(Identifiers::addressKey).toList();
        return reader(jdbc.sql("""
                SELECT s.id FROM subject s
                WHERE s.id <> :id AND s.type = :type AND %s AND (
                    s.id IN (SELECT i.subject_id FROM subject_identifier i
                        JOIN unnest(CAST(:types AS text[]), CAST(:keys AS text[])) AS q(type, match_key)
                          ON i.type = q.type AND i.match_key = q.match_key)
                    OR s.id IN (SELECT a.subject_id FROM subject_address a WHERE a.match_key = ANY(CAST(:addresses AS text[])))
                    OR s.name_canonical = :canonical
                    OR s.name_variants && CAST(:variants AS text[])
                    OR s.name_phonetic && CAST(:phonetic AS text[])
                    OR (CAST(:year AS int) IS NOT NULL AND s.name_canonical %% :canonical
                        AND extract(year FROM s.birth_date)::int BETWEEN CAST(:year AS int) - 1 AND CAST(:year AS int) + 1))
                LIMIT 1000""".formatted(visible("s"))), reader)
                .param("id", subject.id()).param("type", subject.type().name()).param("types", array(types))
                .param("keys", array(values)).param("addresses", array(addressKeys)).param("canonical", keys.canonical())
                .param("variants", array(keys.variants())).param("phonetic", array(keys.phonetic()))
                .param("year", subject.birthDate() == null ? null : subject.birthDate().getYear())
                .query(UUID.class).list();
    }

    /** The ids of the subjects of one compartment, unfiltered. */
    List<UUID> idsIn(UUID compartment) {
        return jdbc.sql("SELECT id FROM subject WHERE compartment_id = ? ORDER BY created_at, id").param(compartment)
                .query(UUID.class).list();
    }

    /** The subjects with these ids, identifiers and addresses included. */
    List<Subject> subjects(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<SubjectIdentifier>> identifiers = identifiers(ids);
        Map<UUID, List<PostalAddress>> addresses = addresses(ids);
        return jdbc.sql("SELECT " + COLUMNS + " FROM subject s WHERE s.id = ANY(CAST(:ids AS uuid[]))")
                .param("ids", array(ids.stream().map(UUID::toString).toList()))
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return subject(rs, identifiers.getOrDefault(id, List.of()), addresses.getOrDefault(id, List.of()));
                }).list();
    }

    /**
     * The ids of the subjects in the compartments that are the given subject or share one of its
     * identifiers (the same type and normalised value).
     */
    List<UUID> sameIdentity(UUID subject, Collection<UUID> compartments) {
        if (compartments.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT DISTINCT s.id FROM subject s
                WHERE s.compartment_id = ANY(CAST(:compartments AS uuid[]))
                  AND (s.id = :subject OR EXISTS (
                      SELECT 1 FROM subject_identifier mine JOIN subject_identifier other
                        ON other.type = mine.type AND other.value = mine.value
                      WHERE mine.subject_id = :subject AND other.subject_id = s.id))""")
                .param("compartments", array(compartments.stream().map(UUID::toString).toList())).param("subject", subject)
                .query(UUID.class).list();
    }

    /** The latest decision on every pair with this subject, by the other subject's id. */
    Map<UUID, SameEntity> decisions(UUID subject) {
        Map<UUID, SameEntity> result = new HashMap<>();
        jdbc.sql("""
                SELECT DISTINCT ON (other) other, decision FROM (
                    SELECT subject_b AS other, decision, decided_at FROM subject_match_decision WHERE subject_a = :id
                    UNION ALL
                    SELECT subject_a AS other, decision, decided_at FROM subject_match_decision WHERE subject_b = :id) d
                ORDER BY other, decided_at DESC""")
                .param("id", subject)
                .query(rs -> {
                    result.put(rs.getObject("other", UUID.class), SameEntity.valueOf(rs.getString("decision")));
                });
        return result;
    }

    // relations and graph ---------------------------------------------------------------------

    private static final String RELATION_COLUMNS = "r.id, r.source_id, r.target_id, r.type, r.period_from, r.period_to, r.source_item,"
            + " r.source_reliability, r.information_accuracy, r.compartment_id, r.owner_org, r.created_by, r.created_at";

    /** The relations of a subject that the reader may read (the relation and the subject at its other end). */
    List<Relation> relations(SubjectReader reader, UUID subject) {
        return reader(jdbc.sql("""
                SELECT %s FROM subject_relation r
                JOIN subject a ON a.id = r.source_id JOIN subject b ON b.id = r.target_id
                WHERE (r.source_id = :id OR r.target_id = :id) AND %s AND %s AND %s
                ORDER BY r.created_at, r.id""".formatted(RELATION_COLUMNS, visible("r"), visible("a"), visible("b"))), reader)
                .param("id", subject).query((rs, n) -> relation(rs)).list();
    }

    /** A subject reached by a walk: where it was recorded, what it shows, and its least depth from the root. */
    record Reached(UUID id, UUID compartment, String ref, SubjectType type, String name, int depth) {
    }

    /**
     * The readable neighbourhood of a subject up to a depth, the root included: each subject with
     * its least depth, nearest first, at most {@code limit}, in one statement. A breadth-first walk:
     * each step follows the readable relations of the previous step's subjects to readable subjects
     * (the read rule of both is answered from the walk indexes' included columns and the subject
     * read index, without visiting the tables), and UNION keeps each (subject, depth) once, so the
     * work grows with the neighbourhood, not with the number of paths through it. Only the
     * subjects kept are read from the table.
     */
    List<Reached> neighbourhood(SubjectReader reader, UUID root, int depth, int limit) {
        return reader(jdbc.sql("""
                WITH RECURSIVE walk (node, depth) AS (
                    SELECT CAST(:root AS uuid), 0
                    UNION
                    SELECT n.node, w.depth + 1 FROM walk w CROSS JOIN LATERAL (
                        SELECT r.target_id AS node FROM subject_relation r JOIN subject b ON b.id = r.target_id
                        WHERE r.source_id = w.node AND %1$s AND %2$s
                        UNION ALL
                        SELECT r.source_id FROM subject_relation r JOIN subject b ON b.id = r.source_id
                        WHERE r.target_id = w.node AND %1$s AND %2$s
                    ) n
                    WHERE w.depth < :depth
                ), reached AS (
                    SELECT node, min(depth) AS depth FROM walk GROUP BY node ORDER BY min(depth), node LIMIT :limit
                )
                SELECT s.id, s.compartment_id, s.ref, s.type, s.name, reached.depth
                FROM reached JOIN subject s ON s.id = reached.node
                ORDER BY reached.depth, reached.node""".formatted(visible("r"), visible("b"))), reader)
                .param("root", root).param("depth", depth).param("limit", limit)
                .query((rs, n) -> new Reached(rs.getObject("id", UUID.class), rs.getObject("compartment_id", UUID.class),
                        rs.getString("ref"), SubjectType.valueOf(rs.getString("type")), rs.getString("name"), rs.getInt("depth")))
                .list();
    }

    /** The readable subjects of these compartments, oldest first. */
    List<SubjectNetwork.Node> networkNodes(SubjectReader reader, Collection<UUID> compartments) {
        return reader(jdbc.sql("""
                SELECT s.id, s.compartment_id, s.ref, s.type, s.name FROM subject s
                WHERE s.compartment_id = ANY(CAST(:compartments AS uuid[])) AND %s
                ORDER BY s.created_at, s.id""".formatted(visible("s"))), reader)
                .param("compartments", array(compartments.stream().map(UUID::toString).toList()))
                .query((rs, n) -> new SubjectNetwork.Node(rs.getObject("id", UUID.class), rs.getObject("compartment_id", UUID.class),
                        rs.getString("ref"), SubjectType.valueOf(rs.getString("type")), rs.getString("name"))).list();
    }

    /** The readable relations between readable subjects of these compartments. */
    List<Relation> networkRelations(SubjectReader reader, Collection<UUID> compartments) {
        return reader(jdbc.sql("""
                SELECT %s FROM subject_relation r
                JOIN subject a ON a.id = r.source_id JOIN subject b ON b.id = r.target_id
                WHERE a.compartment_id = ANY(CAST(:compartments AS uuid[])) AND b.compartment_id = ANY(CAST(:compartments AS uuid[]))
                  AND %s AND %s AND %s
                ORDER BY r.created_at, r.id""".formatted(RELATION_COLUMNS, visible("r"), visible("a"), visible("b"))), reader)
                .param("compartments", array(compartments.stream().map(UUID::toString).toList()))
                .query((rs, n) -> relation(rs)).list();
    }

    /** The readable relations among these subjects. */
    List<Relation> relationsAmong(SubjectReader reader, Collection<UUID> ids) {
        return reader(jdbc.sql("""
                SELECT %s FROM subject_relation r
                WHERE r.source_id = ANY(CAST(:ids AS uuid[])) AND r.target_id = ANY(CAST(:ids AS uuid[])) AND %s
                ORDER BY r.created_at, r.id""".formatted(RELATION_COLUMNS, visible("r"))), reader)
                .param("ids", array(ids.stream().map(UUID::toString).toList())).query((rs, n) -> relation(rs)).list();
    }

    /**
     * The shortest paths from one subject to another over readable relations and subjects, at most
     * {@code maxDepth} relations long, at most {@code limit} of them. A path never visits a subject
     * twice.
     */
    List<SubjectPath> shortestPaths(SubjectReader reader, UUID from, UUID to, int maxDepth, int limit) {
        return reader(jdbc.sql("""
                WITH RECURSIVE edge AS NOT MATERIALIZED (
                    SELECT r.id, r.source_id AS from_id, r.target_id AS to_id FROM subject_relation r
                    JOIN subject b ON b.id = r.target_id WHERE %1$s AND %2$s
                    UNION ALL
                    SELECT r.id, r.target_id, r.source_id FROM subject_relation r
                    JOIN subject b ON b.id = r.source_id WHERE %1$s AND %2$s
                ), walk (node, depth, nodes, edges) AS (
                    SELECT CAST(:from AS uuid), 0, ARRAY[CAST(:from AS uuid)], CAST(ARRAY[] AS uuid[])
                    UNION ALL
                    SELECT e.to_id, w.depth + 1, w.nodes || e.to_id, w.edges || e.id
                    FROM walk w JOIN edge e ON e.from_id = w.node
                    WHERE w.depth < :maxDepth AND w.node <> CAST(:to AS uuid) AND NOT e.to_id = ANY(w.nodes)
                ), arrived AS (
                    SELECT nodes, edges, depth, min(depth) OVER () AS shortest FROM walk WHERE node = CAST(:to AS uuid)
                )
                SELECT nodes, edges FROM arrived WHERE depth = shortest ORDER BY nodes LIMIT :limit"""
                .formatted(visible("r"), visible("b"))), reader)
                .param("from", from).param("to", to).param("maxDepth", maxDepth).param("limit", limit)
                .query((rs, n) -> new SubjectPath(uuids(rs.getArray("nodes")), uuids(rs.getArray("edges")))).list();
    }

    // mapping ---------------------------------------------------------------------------------

    private static List<UUID> uuids(Array array) throws SQLException {
        List<UUID> result = new ArrayList<>();
        for (Object value : (Object[]) array.getArray()) {
            result.add(value instanceof UUID uuid ? uuid : UUID.fromString(value.toString()));
        }
        return result;
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        for (Object value : (Object[]) array.getArray()) {
            result.add(value.toString());
        }
        return result;
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static Subject subject(ResultSet rs, List<SubjectIdentifier> identifiers, List<PostalAddress> addresses)
            throws SQLException {
        return new Subject(rs.getObject("id", UUID.class), rs.getObject("compartment_id", UUID.class),
                SubjectType.valueOf(rs.getString("type")), rs.getString("name"), date(rs, "birth_date"), rs.getString("birth_place"),
                rs.getString("nationality"), rs.getString("legal_form"), strings(rs.getArray("nace_codes")), rs.getString("ref"),
                SubjectCategory.valueOf(rs.getString("category")), rs.getString("owner_org"), rs.getBoolean("on_record"),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), rs.getInt("version"), identifiers, addresses);
    }

    private static SubjectSummary summary(ResultSet rs) throws SQLException {
        return new SubjectSummary(rs.getObject("id", UUID.class), rs.getString("ref"), SubjectType.valueOf(rs.getString("type")),
                rs.getString("name"), date(rs, "birth_date"), SubjectCategory.valueOf(rs.getString("category")),
                rs.getObject("compartment_id", UUID.class), Math.round(rs.getDouble("score") * 1000) / 1000.0);
    }

    private static Relation relation(ResultSet rs) throws SQLException {
        String reliability = rs.getString("source_reliability");
        String accuracy = rs.getString("information_accuracy");
        return new Relation(rs.getObject("id", UUID.class), rs.getObject("source_id", UUID.class),
                rs.getObject("target_id", UUID.class), RelationType.valueOf(rs.getString("type")), date(rs, "period_from"),
                date(rs, "period_to"), rs.getObject("source_item", UUID.class),
                reliability == null || accuracy == null ? null : reliability + accuracy, rs.getObject("compartment_id", UUID.class),
                rs.getString("owner_org"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
    }

    static Map<IdentifierType, Set<String>> identifierKeys(Subject subject) {
        Map<IdentifierType, Set<String>> keys = new EnumMap<>(IdentifierType.class);
        for (SubjectIdentifier identifier : subject.identifiers()) {
            if (identifier.type() != IdentifierType.ADDRESS) {
                keys.computeIfAbsent(identifier.type(), t -> new HashSet<>()).add(identifier.key());
            }
        }
        return keys;
    }
}
