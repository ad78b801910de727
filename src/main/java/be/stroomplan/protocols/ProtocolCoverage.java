package be.stroomplan.protocols;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Does a protocol cover a data flow? The policy decision point asks this for every disclosure.
 * <p>
 * <b>Which versions count.</b> Per protocol of the flow's provider, the version that stands for
 * it: the newest version that left draft (so an amendment covers as soon as it is activated,
 * and its predecessor, now SUPERSEDED, never does), or the draft when the protocol was never
 * activated. That version covers the flow when it is ACTIVE, its validity includes the flow's date
 * (both ends inclusive), and it names the recipient, the category and the purpose. Statuses are
 * those of today: a flow dated in the past is not covered by a protocol terminated since.
 * <p>
 * <b>Cost.</b> One query, one index range scan on {@code (provider, protocol_id, version)} of the
 * versions that are not superseded, returning one row per protocol of that provider (a handful in
 * practice; tens at most); the checks run in memory. No join, no per-protocol query; well under a
 * millisecond in the database. Callers on hot paths may cache answers per (flow, day), but must
 * then drop them on the lifecycle events of this module.
 */
@Service
public class ProtocolCoverage {

    private final JdbcClient jdbc;

    ProtocolCoverage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ProtocolAssessment assess(DataFlow flow) {
        List<ProtocolVersionTerms> standing = jdbc.sql("""
                SELECT DISTINCT ON (v.protocol_id) v.protocol_id, v.id, v.version, v.status, v.title, v.legal_basis,
                    v.provider, v.valid_from, v.valid_to, v.recipients, v.categories, v.purposes,
                    (SELECT reference FROM protocol p WHERE p.id = v.protocol_id) AS reference
                FROM protocol_version v
                WHERE v.provider = ? AND v.status <> 'SUPERSEDED'
                ORDER BY v.protocol_id, (v.status = 'DRAFT'), v.version DESC""")
                .param(flow.provider())
                .query((rs, row) -> new ProtocolVersionTerms(rs.getString("protocol_id"), rs.getString("id"), rs.getInt("version"),
                        rs.getString("reference"), ProtocolStatus.valueOf(rs.getString("status")), rs.getString("title"),
                        rs.getString("legal_basis"), rs.getString("provider"),
                        rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
                        strings(rs.getArray("recipients")), strings(rs.getArray("categories")),
                        strings(rs.getArray("purposes"))))
                .list();
        return assess(standing, flow);
    }

    /**
     * The pure part of {@link #assess(DataFlow)}: checks the flow against the versions that stand
     * for the provider's protocols (one per protocol), without any I/O.
     */
    public static ProtocolAssessment assess(List<ProtocolVersionTerms> standing, DataFlow flow) {
        List<CoveringProtocol> covering = new ArrayList<>();
        List<ProtocolMiss> misses = new ArrayList<>();
        for (ProtocolVersionTerms terms : standing) {
            List<MissReason> reasons = terms.misses(flow);
            if (reasons.isEmpty()) {
                covering.add(new CoveringProtocol(terms.protocolId(), terms.version(), terms.versionId(),
                        terms.reference(), terms.title(), terms.legalBasis(), terms.validTo()));
            } else {
                misses.add(new ProtocolMiss(terms.protocolId(), terms.version(), terms.title(), reasons, terms.reference()));
            }
        }
        return new ProtocolAssessment(covering, misses);
    }

    /**
     * The retention period the register sets for data of this category from this provider: the
     * longest period found in the retention terms of the provider's active versions that name the
     * category (an ISO period such as "P5Y", or a number of years or months in Dutch, French or
     * English, e.g. "hoogstens 5 jaar"). Empty when no active version states one that can be read.
     */
    public Optional<Period> retention(String provider, DataCategory category, LocalDate today) {
        List<String> texts = jdbc.sql("""
                SELECT t.retention FROM protocol_version v JOIN protocol_category_terms t ON t.version_id = v.id
                WHERE v.provider = ? AND v.status = 'ACTIVE' AND v.valid_from <= ? AND v.valid_to >= ? AND t.category = ?
                    AND t.retention IS NOT NULL""")
                .params(provider, today, today, category.name())
                .query(String.class).list();
        return texts.stream().map(RetentionPeriods::parse).flatMap(Optional::stream)
                .max(Comparator.comparingLong(RetentionPeriods::months));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
