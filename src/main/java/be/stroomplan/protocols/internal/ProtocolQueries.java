package be.stroomplan.protocols.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import be.stroomplan.audit.AuditAction;
import be.stroomplan.audit.AuditRecord;
import be.stroomplan.audit.AuditTrail;
import be.stroomplan.protocols.ProtocolStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of the register: the paged list, one protocol (audited), the public list. A version in
 * force whose validity ended shows as EXPIRED at once (computed here), before the expiry job marks it.
 */
@Service
@Transactional(readOnly = true)
public class ProtocolQueries {

    /** A version's status as of {@code :today}. */
    static final String STATUS = "CASE WHEN v.status IN ('ACTIVE', 'SUSPENDED') AND v.valid_to < :today THEN 'EXPIRED' ELSE v.status END";

    /** Per protocol, the current version: the newest that left draft, else the draft. */
    private static final String CURRENT = """
            FROM protocol p JOIN LATERAL (SELECT * FROM protocol_version x WHERE x.protocol_id = p.id
                ORDER BY (x.status = 'DRAFT'), x.version DESC LIMIT 1) v ON true""";

    private final JdbcClient jdbc;
    private final ProtocolStore store;
    private final DocumentStore documents;
    private final PurposeStore purposeStore;
    private final AuditTrail audit;

    ProtocolQueries(JdbcClient jdbc, ProtocolStore store, DocumentStore documents, PurposeStore purposeStore, AuditTrail audit) {
        this.purposeStore = purposeStore;
        this.jdbc = jdbc;
        this.store = store;
        this.documents = documents;
        this.audit = audit;
    }

    /** The attachments of a version, without content. */
    public List<ProtocolDocument> documents(UUID versionId) {
        return documents.list(versionId);
    }

    /** One attachment with its content, if the reader may read the protocol; the read is audited. */
    public Optional<ProtocolDocument> document(UUID protocolId, int version, ProtocolDocument.Kind kind, ProtocolReader reader) {
        return store.find(protocolId).filter(reader::mayRead)
                .flatMap(protocol -> protocol.version(version)
                        .flatMap(v -> documents.get(v.id(), kind))
                        .map(document -> {
                            audit.record(AuditRecord.of(AuditAction.READ).object("PROTOCOL", protocolId)
                                    .legalBasis(protocol.reference())
                                    .details(kind + " of version " + version + " downloaded").build());
                            return document;
                        }));
    }

    /** Filters of the list; null means any. */
    public record Filter(ProtocolStatus status, String provider, String recipient) {
    }

    public record Page(List<ProtocolSummary> items, int page, int size, long totalElements, int totalPages) {
    }

    public Page page(ProtocolReader reader, Filter filter, int page, int size, ProtocolSort sort, boolean ascending,
                     LocalDate today) {
        List<String> where = new ArrayList<>();
        var params = new java.util.HashMap<String, Object>();
        params.put("today", today);
        if (!reader.readsAll()) {
            where.add("""
                    EXISTS (SELECT 1 FROM protocol_version r WHERE r.protocol_id = p.id
                        AND (r.provider = :organisation OR :organisation = ANY(r.recipients)))""");
            params.put("organisation", reader.organisation() == null ? "" : reader.organisation());
        }
        if (filter.status() != null) {
            where.add("(" + STATUS + ") = :status");
            params.put("status", filter.status().name());
        }
        if (filter.provider() != null) {
            where.add("v.provider = :provider");
            params.put("provider", filter.provider());
        }
        if (filter.recipient() != null) {
            where.add(":recipient = ANY(v.recipients)");
            params.put("recipient", filter.recipient());
        }
        String condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        long total = jdbc.sql("SELECT count(*) " + CURRENT + condition).params(params).query(Long.class).single();
        int pages = (int) Math.max(1, (total + size - 1) / size);
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<ProtocolSummary> items = jdbc.sql("SELECT p.reference, v.*, " + STATUS + " AS effective_status, "
                        + "EXISTS (SELECT 1 FROM protocol_version d WHERE d.protocol_id = p.id AND d.status = 'DRAFT' AND d.version > 1)"
                        + " AS pending " + CURRENT + condition + " ORDER BY " + sort.column() + (ascending ? " ASC" : " DESC")
                        + ", p.reference LIMIT :limit OFFSET :offset")
                .params(params).query((rs, row) -> summary(rs)).list();
        return new Page(items, page, size, total, pages);
    }

    /** One protocol, if the reader may know it exists; the read is audited. */
    public Optional<Protocol> protocol(UUID id, ProtocolReader reader) {
        Optional<Protocol> protocol = store.find(id).filter(reader::mayRead);
        protocol.ifPresent(p -> audit.record(AuditRecord.of(AuditAction.READ).object("PROTOCOL", id)
                .legalBasis(p.reference()).build()));
        return protocol;
    }

    /** One protocol without an audit record, for the page that follows a change (the change is on record). */
    public Optional<Protocol> protocolAfterChange(UUID id) {
        return store.find(id);
    }

    public List<Purpose> purposes() {
        return purposeStore.findAll();
    }

    public List<ProtocolTransition> transitions(UUID id) {
        return store.transitions(id);
    }

    /** The active protocol versions, for the public page: parties, purposes and legal basis only. */
    public List<ProtocolSummary> active(LocalDate today) {
        return jdbc.sql("SELECT p.reference, v.*, " + STATUS + " AS effective_status, false AS pending "
                        + "FROM protocol p JOIN protocol_version v ON v.protocol_id = p.id "
                        + "WHERE v.status = 'ACTIVE' AND v.valid_to >= :today ORDER BY v.provider, lower(v.title)")
                .param("today", today).query((rs, row) -> summary(rs)).list();
    }

    private static ProtocolSummary summary(ResultSet rs) throws SQLException {
        return new ProtocolSummary(rs.getObject("protocol_id", UUID.class).toString(), rs.getString("reference"),
                rs.getInt("version"), rs.getObject("id", UUID.class).toString(),
                ProtocolStatus.valueOf(rs.getString("effective_status")), rs.getString("title"), rs.getString("provider"),
                ProtocolStore.strings(rs.getArray("recipients")), ProtocolStore.strings(rs.getArray("purposes")),
                ProtocolStore.strings(rs.getArray("categories")), rs.getString("legal_basis"),
                rs.getString("legal_reference"), ProtocolStore.date(rs, "valid_from"), ProtocolStore.date(rs, "valid_to"),
                rs.getBoolean("pending"));
    }
}
