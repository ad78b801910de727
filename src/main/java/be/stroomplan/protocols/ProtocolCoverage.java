package be.stroomplan.protocols;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
        List<Candidate> candidates = jdbc.sql("""
                SELECT DISTINCT ON (v.protocol_id) v.protocol_id, v.id, v.version, v.status, v.title, v.legal_basis,
                    v.valid_from, v.valid_to, v.recipients, v.categories, v.purposes,
                    (SELECT reference FROM protocol p WHERE p.id = v.protocol_id) AS reference
                FROM protocol_version v
                WHERE v.provider = ? AND v.status <> 'SUPERSEDED'
                ORDER BY v.protocol_id, (v.status = 'DRAFT'), v.version DESC""")
                .param(flow.provider())
                .query((rs, row) -> new Candidate(rs.getString("protocol_id"), rs.getString("id"), rs.getInt("version"),
                        ProtocolStatus.valueOf(rs.getString("status")), rs.getString("title"), rs.getString("legal_basis"),
                        rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
                        strings(rs.getArray("recipients")), strings(rs.getArray("categories")),
                        strings(rs.getArray("purposes")), rs.getString("reference")))
                .list();
        List<CoveringProtocol> covering = new ArrayList<>();
        List<ProtocolMiss> misses = new ArrayList<>();
        for (Candidate candidate : candidates) {
            List<MissReason> reasons = reasons(candidate, flow);
            if (reasons.isEmpty()) {
                covering.add(new CoveringProtocol(candidate.protocolId(), candidate.version(), candidate.versionId(),
                        candidate.reference(), candidate.title(), candidate.legalBasis(), candidate.validTo()));
            } else {
                misses.add(new ProtocolMiss(candidate.protocolId(), candidate.version(), candidate.title(), reasons));
            }
        }
        return new ProtocolAssessment(covering, misses);
    }

    static List<MissReason> reasons(Candidate c, DataFlow flow) {
        Set<MissReason> reasons = new LinkedHashSet<>();
        switch (c.status()) {
            case DRAFT -> reasons.add(MissReason.NOT_ACTIVE);
            case SUSPENDED -> reasons.add(MissReason.SUSPENDED);
            case TERMINATED -> reasons.add(MissReason.TERMINATED);
            case EXPIRED -> reasons.add(MissReason.EXPIRED);
            default -> {
            }
        }
        if (c.validTo().isBefore(flow.date())) {
            reasons.add(MissReason.EXPIRED);
        }
        if (c.validFrom().isAfter(flow.date())) {
            reasons.add(MissReason.NOT_YET_VALID);
        }
        if (!c.recipients().contains(flow.recipient())) {
            reasons.add(MissReason.RECIPIENT_NOT_COVERED);
        }
        if (!c.categories().contains(flow.category().name())) {
            reasons.add(MissReason.CATEGORY_NOT_COVERED);
        }
        if (!c.purposes().contains(flow.purpose())) {
            reasons.add(MissReason.PURPOSE_NOT_COVERED);
        }
        return List.copyOf(reasons);
    }

    record Candidate(String protocolId, String versionId, int version, ProtocolStatus status, String title,
                     String legalBasis, LocalDate validFrom, LocalDate validTo, List<String> recipients,
                     List<String> categories, List<String> purposes, String reference) {
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
