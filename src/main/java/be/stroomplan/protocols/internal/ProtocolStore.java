package be.stroomplan.protocols.internal;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import be.stroomplan.protocols.DataCategory;
import be.stroomplan.protocols.ProtocolStatus;
import be.stroomplan.protocols.internal.ProtocolContent.CategoryTerms;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The protocol tables: protocols with their versions, category terms and transitions. */
@Repository
public class ProtocolStore {

    private final JdbcClient jdbc;

    ProtocolStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next reference, e.g. {@code PROT-2026-0007}. */
    public String nextReference(int year) {
        long next = jdbc.sql("SELECT nextval('protocol_reference_seq')").query(Long.class).single();
        return "PROT-%d-%04d".formatted(year, next);
    }

    public Optional<Protocol> find(UUID id) {
        return load(id, "SELECT reference FROM protocol WHERE id = ?");
    }

    /** Loads the protocol and locks it until the end of the transaction: changes to one protocol are serialised. */
    public Optional<Protocol> lock(UUID id) {
        return load(id, "SELECT reference FROM protocol WHERE id = ? FOR UPDATE");
    }

    private Optional<Protocol> load(UUID id, String sql) {
        return jdbc.sql(sql).param(id).query(String.class).optional().map(reference -> {
            List<ProtocolVersion> versions = jdbc.sql("SELECT * FROM protocol_version WHERE protocol_id = ? ORDER BY version")
                    .param(id).query((rs, row) -> version(rs)).list();
            Map<UUID, Map<DataCategory, CategoryTerms>> terms = terms(versions.stream().map(ProtocolVersion::id).toList());
            List<ProtocolVersion> complete = versions.stream().map(v -> withTerms(v, terms.get(v.id()))).toList();
            return new Protocol(id, reference, complete);
        });
    }

    /** Inserts a new protocol, or saves the versions and transitions of a loaded one. */
    public void save(Protocol protocol, boolean created) {
        if (created) {
            ProtocolVersion first = protocol.versions().get(0);
            jdbc.sql("INSERT INTO protocol (id, reference, created_at, created_by) VALUES (?, ?, ?, ?)")
                    .params(protocol.id(), protocol.reference(), utc(first.createdAt()), first.createdBy()).update();
        }
        for (ProtocolVersion version : protocol.versions()) {
            save(protocol.id(), version);
        }
        for (ProtocolTransition transition : protocol.pendingTransitions()) {
            jdbc.sql("""
                    INSERT INTO protocol_transition (version_id, from_status, to_status, actor, actor_organisation, at)
                    VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(transition.versionId(), transition.from() == null ? null : transition.from().name(),
                            transition.to().name(), transition.actor(), transition.actorOrganisation(), utc(transition.at()))
                    .update();
        }
    }

    private void save(UUID protocolId, ProtocolVersion version) {
        ProtocolContent c = version.content();
        Instant now = Instant.now();
        // content changes only while a draft (the aggregate refuses others), so ended versions keep their text
        jdbc.sql("""
                INSERT INTO protocol_version (id, protocol_id, version, status, title, provider, recipients, purposes,
                    categories, legal_basis, legal_reference, valid_from, valid_to, provider_controller,
                    recipient_controller, provider_dpo, recipient_dpo, recipient_categories, communication_means,
                    frequency, proportionality, security_measures, rights_restrictions, rights_exercise,
                    provider_dpo_opinion_date, recipient_dpo_opinion_date, signatories, created_at, created_by, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET title = excluded.title,
                    provider = excluded.provider, recipients = excluded.recipients, purposes = excluded.purposes,
                    categories = excluded.categories, legal_basis = excluded.legal_basis,
                    legal_reference = excluded.legal_reference, valid_from = excluded.valid_from,
                    valid_to = excluded.valid_to, provider_controller = excluded.provider_controller,
                    recipient_controller = excluded.recipient_controller, provider_dpo = excluded.provider_dpo,
                    recipient_dpo = excluded.recipient_dpo, recipient_categories = excluded.recipient_categories,
                    communication_means = excluded.communication_means, frequency = excluded.frequency,
                    proportionality = excluded.proportionality, security_measures = excluded.security_measures,
                    rights_restrictions = excluded.rights_restrictions, rights_exercise = excluded.rights_exercise,
                    provider_dpo_opinion_date = excluded.provider_dpo_opinion_date,
                    recipient_dpo_opinion_date = excluded.recipient_dpo_opinion_date,
                    signatories = excluded.signatories, updated_at = excluded.updated_at
                WHERE protocol_version.status = 'DRAFT'""")
                .params(version.id(), protocolId, version.number(), version.status().name(), c.title(), c.provider(),
                        array(c.recipients()), array(c.purposes()),
                        array(c.categories().stream().map(Enum::name).toList()), c.legalBasis(), c.legalReference(),
                        c.validFrom(), c.validTo(), c.providerController(), c.recipientController(), c.providerDpo(),
                        c.recipientDpo(), c.recipientCategories(), c.communicationMeans(), c.frequency(),
                        c.proportionality(), c.securityMeasures(), c.rightsRestrictions(), c.rightsExercise(),
                        c.providerDpoOpinionDate(), c.recipientDpoOpinionDate(), array(c.signatories()),
                        utc(version.createdAt()), version.createdBy(), utc(now))
                .update();
        jdbc.sql("UPDATE protocol_version SET status = ?, updated_at = ? WHERE id = ? AND status <> ?")
                .params(version.status().name(), utc(now), version.id(), version.status().name()).update();
        if (version.status() == ProtocolStatus.DRAFT) {
            jdbc.sql("DELETE FROM protocol_category_terms WHERE version_id = ?").param(version.id()).update();
            c.categoryTerms().forEach((category, terms) -> jdbc.sql(
                            "INSERT INTO protocol_category_terms (version_id, category, format, retention) VALUES (?, ?, ?, ?)")
                    .params(version.id(), category.name(), terms.format(), terms.retention()).update());
        }
    }

    public List<ProtocolTransition> transitions(UUID protocolId) {
        return jdbc.sql("""
                SELECT t.*, v.version FROM protocol_transition t JOIN protocol_version v ON v.id = t.version_id
                WHERE v.protocol_id = ? ORDER BY t.id""")
                .param(protocolId)
                .query((rs, row) -> new ProtocolTransition(rs.getObject("version_id", UUID.class), rs.getInt("version"),
                        rs.getString("from_status") == null ? null : ProtocolStatus.valueOf(rs.getString("from_status")),
                        ProtocolStatus.valueOf(rs.getString("to_status")), rs.getString("actor"),
                        rs.getString("actor_organisation"), rs.getObject("at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** The protocols with a version in force whose validity ended before {@code today}. */
    public List<UUID> dueForExpiry(LocalDate today) {
        return jdbc.sql("SELECT protocol_id FROM protocol_version WHERE status IN ('ACTIVE', 'SUSPENDED') AND valid_to < ?")
                .param(today).query(UUID.class).list();
    }

    /** Protocols with this title and provider, for idempotent demo data. */
    public boolean exists(String title, String provider) {
        return jdbc.sql("SELECT count(*) FROM protocol_version WHERE title = ? AND provider = ?")
                .params(title, provider).query(Long.class).single() > 0;
    }

    private Map<UUID, Map<DataCategory, CategoryTerms>> terms(List<UUID> versionIds) {
        Map<UUID, Map<DataCategory, CategoryTerms>> terms = new LinkedHashMap<>();
        if (versionIds.isEmpty()) {
            return terms;
        }
        jdbc.sql("SELECT * FROM protocol_category_terms WHERE version_id = ANY(?::uuid[])")
                .param(array(versionIds.stream().map(UUID::toString).toList()))
                .query(rs -> {
                    terms.computeIfAbsent(rs.getObject("version_id", UUID.class), id -> new EnumMap<>(DataCategory.class))
                            .put(DataCategory.valueOf(rs.getString("category")),
                                    new CategoryTerms(rs.getString("format"), rs.getString("retention")));
                });
        return terms;
    }

    private static ProtocolVersion withTerms(ProtocolVersion v, Map<DataCategory, CategoryTerms> terms) {
        if (terms == null) {
            return v;
        }
        ProtocolContent c = v.content();
        ProtocolContent complete = new ProtocolContent(c.title(), c.provider(), c.recipients(), c.purposes(), c.categories(),
                c.legalBasis(), c.legalReference(), c.validFrom(), c.validTo(), c.providerController(),
                c.recipientController(), c.providerDpo(), c.recipientDpo(), terms, c.recipientCategories(),
                c.communicationMeans(), c.frequency(), c.proportionality(), c.securityMeasures(), c.rightsRestrictions(),
                c.rightsExercise(), c.providerDpoOpinionDate(), c.recipientDpoOpinionDate(), c.signatories());
        return new ProtocolVersion(v.id(), v.number(), v.status(), complete, v.createdAt(), v.createdBy());
    }

    static ProtocolVersion version(ResultSet rs) throws SQLException {
        ProtocolContent content = new ProtocolContent(rs.getString("title"), rs.getString("provider"),
                strings(rs.getArray("recipients")), strings(rs.getArray("purposes")),
                strings(rs.getArray("categories")).stream().map(DataCategory::valueOf).toList(),
                rs.getString("legal_basis"), rs.getString("legal_reference"), date(rs, "valid_from"), date(rs, "valid_to"),
                rs.getString("provider_controller"), rs.getString("recipient_controller"), rs.getString("provider_dpo"),
                rs.getString("recipient_dpo"), Map.of(), rs.getString("recipient_categories"),
                rs.getString("communication_means"), rs.getString("frequency"), rs.getString("proportionality"),
                rs.getString("security_measures"), rs.getString("rights_restrictions"), rs.getString("rights_exercise"),
                date(rs, "provider_dpo_opinion_date"), date(rs, "recipient_dpo_opinion_date"),
                strings(rs.getArray("signatories")));
        return new ProtocolVersion(rs.getObject("id", UUID.class), rs.getInt("version"),
                ProtocolStatus.valueOf(rs.getString("status")), content,
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("created_by"));
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : new ArrayList<>(Arrays.asList((String[]) array.getArray()));
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    static String[] array(List<String> values) {
        return values.toArray(String[]::new);
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
