package be.stroomplan.sharing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import be.stroomplan.partners.Classification;
import be.stroomplan.protocols.DataCategory;
import be.stroomplan.protocols.HandlingCode;
import be.stroomplan.protocols.VisibilityPredicate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The hot path: one page of what a user may read in a compartment, as one SQL query whose
 * parameters are the policy decision point's partial evaluation ({@link VisibilityPredicate}):
 * the items of the compartment (every one in a KALI dossier, the organisation's own elsewhere),
 * united with the items disclosed into it to the organisation, not revoked, whose grant key is
 * among the grants; both only up to the clearance's rank. Sorted, limited, with the total in the
 * same query. Nothing is filtered in Java. Not audited here ({@link InformationItems#page} is).
 * <p>
 * The query reads the compartment in the order of the sort's index and stops after the page; the
 * policy's filter columns are in those indexes, and a disclosure carries its item's compartment,
 * owner and classification rank, so that deciding and counting read indexes only (migration
 * sharing 0515). A page therefore costs about its offset plus its size in index entries, and the
 * total two index range counts, however many items the compartment holds.
 * <p>
 * {@link #unfiltered} is the same page without any policy, the baseline of the benchmark.
 */
@Component
public class ItemListing {

    static final int EXCERPT = 200;

    private static final String COLUMNS = """
            i.id, i.compartment_id, i.owner_org, i.category, i.classification, i.tlp, i.source_reliability,
            i.information_accuracy, i.handling_code, i.title, left(i.text, %d) AS excerpt, i.version, i.retention_until,
            i.created_by, i.created_at, i.updated_at""".formatted(EXCERPT);

    private final JdbcClient jdbc;

    ItemListing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of the items the predicate makes visible. */
    public ItemPage page(VisibilityPredicate v, int page, int size, ItemSort sort, boolean ascending) {
        if (!v.seesAnything()) {
            return new ItemPage(List.of(), page, size, 1, 0);
        }
        List<Row> rows = jdbc.sql(pageSql(v, sort, ascending)).params(pageParameters(v, page, size))
                .query((rs, n) -> new Row(summary(rs, v), rs.getLong("total"))).list();
        long total = rows.isEmpty() ? (page == 0 ? 0 : count(v)) : rows.get(0).total();
        return new ItemPage(rows.stream().map(Row::summary).toList(), page, size, pages(total, size), total);
    }

    /** The query of {@link #page}; package-visible so that the benchmark can explain it. */
    static String pageSql(VisibilityPredicate v, ItemSort sort, boolean ascending) {
        String direction = ascending ? " ASC" : " DESC";
        String order = " ORDER BY " + sort.column() + direction + ", i.id" + direction;
        // the live disclosures into the compartment to the organisation under a granted flow, read once
        String shared = "shared AS MATERIALIZED (SELECT d.item_id, d.item_compartment_id, d.item_owner_org, d.item_rank"
                + " FROM disclosure d WHERE d.compartment_id = :compartment AND d.recipient_org = :organisation"
                + " AND d.revoked_at IS NULL AND d.grant_key = ANY(:grants))";
        // the compartment's own part, in the order of the sort's index: in a joint file every item up to the
        // clearance; elsewhere the organisation's items and those disclosed to it; it stops after the page,
        // so a page reads about offset + size index entries
        String home = v.jointFile() ? ""
                : " AND (i.owner_org = :organisation OR i.id IN (SELECT s.item_id FROM shared s WHERE s.item_compartment_id = :compartment))";
        String inside = "SELECT i.id, " + sort.column() + " AS k FROM information_item i WHERE i.compartment_id = :compartment"
                + " AND i.classification_rank <= :rank" + home + order + " LIMIT :reach";
        // the items of other compartments disclosed into this one
        String elsewhere = "SELECT i.id, " + sort.column() + " FROM shared s JOIN information_item i ON i.id = s.item_id"
                + " WHERE s.item_compartment_id <> :compartment AND s.item_rank <= :rank" + order + " LIMIT :reach";
        // the two parts never overlap, and neither do the two counts (an item has at most one live
        // disclosure per recipient and compartment)
        String counted = "(SELECT count(*) FROM information_item i WHERE i.compartment_id = :compartment"
                + (v.jointFile() ? "" : " AND i.owner_org = :organisation") + " AND i.classification_rank <= :rank)"
                + " + (SELECT count(*) FROM shared s WHERE s.item_rank <= :rank AND NOT (s.item_compartment_id = :compartment"
                + (v.jointFile() ? "" : " AND s.item_owner_org = :organisation") + "))";
        return "WITH " + shared + ", visible AS ((" + inside + ") UNION ALL (" + elsewhere + ")),"
                + " paged AS (SELECT v.id, v.k FROM visible v ORDER BY v.k" + direction + ", v.id" + direction
                + " LIMIT :limit OFFSET :offset)"
                + " SELECT " + COLUMNS + ", " + counted + " AS total FROM paged p JOIN information_item i ON i.id = p.id" + order;
    }

    static Map<String, Object> pageParameters(VisibilityPredicate v, int page, int size) {
        return Map.of("compartment", UUID.fromString(v.compartment()), "organisation", v.organisation(),
                "rank", v.clearanceRank(), "grants", v.grants().toArray(String[]::new), "limit", size,
                "offset", (long) page * size, "reach", (long) page * size + size);
    }

    /** The items of the compartment the predicate does not make visible: metadata only. */
    public WithheldPage withheld(VisibilityPredicate v, int page, int size) {
        if (!v.member()) {
            return new WithheldPage(List.of(), page, size, 1, 0);
        }
        String readable = v.contentRole()
                ? "(" + (v.jointFile() ? "true" : "i.owner_org = :organisation") + " AND i.classification_rank <= :rank)"
                        + " OR EXISTS (SELECT 1 FROM disclosure d WHERE d.item_id = i.id AND d.compartment_id = :compartment"
                        + " AND d.recipient_org = :organisation AND d.revoked_at IS NULL AND d.grant_key = ANY(:grants)"
                        + " AND i.classification_rank <= :rank)"
                : "false";
        List<Object[]> rows = jdbc.sql("SELECT i.id, i.owner_org, i.category, i.created_at, count(*) OVER () AS total"
                        + " FROM information_item i WHERE i.compartment_id = :compartment AND NOT (" + readable + ")"
                        + " ORDER BY i.created_at DESC, i.id DESC LIMIT :limit OFFSET :offset")
                .param("compartment", UUID.fromString(v.compartment())).param("organisation", v.organisation())
                .param("rank", v.clearanceRank()).param("grants", v.grants().toArray(String[]::new))
                .param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> new Object[] { new WithheldItem(rs.getObject("id", UUID.class), rs.getString("owner_org"),
                        DataCategory.valueOf(rs.getString("category")), rs.getTimestamp("created_at").toInstant()),
                        rs.getLong("total") })
                .list();
        long total = rows.isEmpty() ? 0 : (long) rows.get(0)[1];
        return new WithheldPage(rows.stream().map(r -> (WithheldItem) r[0]).toList(), page, size, pages(total, size), total);
    }

    /** The same page of the compartment's own items without any policy: the benchmark's baseline. */
    public ItemPage unfiltered(UUID compartment, int page, int size, ItemSort sort, boolean ascending) {
        List<Row> rows = jdbc.sql(unfilteredSql(sort, ascending)).params(unfilteredParameters(compartment, page, size))
                .query((rs, n) -> new Row(summary(rs, null), rs.getLong("total"))).list();
        long total = rows.isEmpty() ? 0 : rows.get(0).total();
        return new ItemPage(rows.stream().map(Row::summary).toList(), page, size, pages(total, size), total);
    }

    /** The query of {@link #unfiltered}; package-visible so that the benchmark can explain it. */
    static String unfilteredSql(ItemSort sort, boolean ascending) {
        String direction = ascending ? " ASC" : " DESC";
        String order = " ORDER BY " + sort.column() + direction + ", i.id" + direction;
        return "WITH paged AS (SELECT i.id FROM information_item i WHERE i.compartment_id = :compartment" + order
                + " LIMIT :limit OFFSET :offset)"
                + " SELECT " + COLUMNS + ", (SELECT count(*) FROM information_item c WHERE c.compartment_id = :compartment) AS total"
                + " FROM paged p JOIN information_item i ON i.id = p.id" + order;
    }

    static Map<String, Object> unfilteredParameters(UUID compartment, int page, int size) {
        return Map.of("compartment", compartment, "limit", size, "offset", (long) page * size);
    }

    private long count(VisibilityPredicate v) {
        return page(v, 0, 1, ItemSort.CREATED, false).totalItems();
    }

    private record Row(ItemSummary summary, long total) {
    }

    private static int pages(long total, int size) {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    private static ItemSummary summary(ResultSet rs, VisibilityPredicate v) throws SQLException {
        UUID compartment = rs.getObject("compartment_id", UUID.class);
        String owner = rs.getString("owner_org");
        boolean disclosed = v != null && (!compartment.toString().equals(v.compartment())
                || (!v.jointFile() && !owner.equals(v.organisation())));
        return new ItemSummary(rs.getObject("id", UUID.class), compartment, owner, DataCategory.valueOf(rs.getString("category")),
                Classification.valueOf(rs.getString("classification")), Tlp.valueOf(rs.getString("tlp")),
                SourceReliability.valueOf(rs.getString("source_reliability")),
                InformationAccuracy.parse(rs.getString("information_accuracy")).orElseThrow(),
                HandlingCode.valueOf(rs.getString("handling_code").trim()), rs.getString("title"), rs.getString("excerpt"),
                rs.getInt("version"), rs.getObject("retention_until", LocalDate.class), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(), disclosed);
    }
}
