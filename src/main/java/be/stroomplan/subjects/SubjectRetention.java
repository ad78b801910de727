package be.stroomplan.subjects;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import be.stroomplan.partners.Organisation;
import be.stroomplan.partners.PartnerDirectory;
import be.stroomplan.protocols.CompartmentKind;
import be.stroomplan.protocols.DataCategory;
import be.stroomplan.retention.PurgeContext;
import be.stroomplan.retention.PurgeCount;
import be.stroomplan.retention.Purgeable;
import be.stroomplan.retention.RetentionSchedules;
import be.stroomplan.sharing.Compartment;
import be.stroomplan.sharing.Compartments;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The subject register's part of the retention purge. A subject record is kept for the period of
 * the data its organisation records itself ({@link DataCategory#of}) in a compartment of its kind
 * ({@link RetentionSchedules}: the protocols first, then the configured table), counted from the
 * day it was recorded (Brussels). Expired records outside held compartments go with what is
 * derived from them: identifiers, addresses, relations from or to them and the resolved-entity
 * links (the decisions that two records are the same); other modules drop their own derived data
 * on {@link SubjectsPurged}. Proof rows count per class and rule, never content.
 */
@Component
class SubjectRetention implements Purgeable {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final JdbcClient jdbc;
    private final Compartments compartments;
    private final PartnerDirectory partners;
    private final RetentionSchedules schedules;
    private final ApplicationEventPublisher events;

    SubjectRetention(JdbcClient jdbc, Compartments compartments, PartnerDirectory partners, RetentionSchedules schedules,
                     ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.compartments = compartments;
        this.partners = partners;
        this.schedules = schedules;
        this.events = events;
    }

    private record Group(UUID compartment, String owner, Instant oldest) {
    }

    @Override
    public List<PurgeCount> purge(PurgeContext context) {
        List<Group> groups = jdbc.sql("SELECT compartment_id, owner_org, min(created_at) AS oldest FROM subject GROUP BY 1, 2")
                .query((rs, n) -> new Group(rs.getObject(1, UUID.class), rs.getString(2), rs.getTimestamp(3).toInstant())).list();
        Map<String, List<UUID>> expiredByRule = new LinkedHashMap<>();
        for (Group group : groups) {
            if (context.held(group.compartment())) {
                continue;
            }
            CompartmentKind kind = compartments.find(group.compartment()).map(Compartment::kind).orElse(null);
            if (kind == null) {
                continue;
            }
            DataCategory category = partners.organisation(group.owner()).map(Organisation::kind).map(DataCategory::of)
                    .orElse(DataCategory.ADMINISTRATIVE);
            Period period = schedules.period(category, kind, group.owner(), context.today());
            Instant recordedBefore = context.today().minus(period).atStartOfDay(BRUSSELS).toInstant();
            if (!group.oldest().isBefore(recordedBefore)) {
                continue;
            }
            String rule = category + " data in a " + kind + " compartment: " + period + " after recording, before " + context.today();
            expiredByRule.computeIfAbsent(rule, r -> new ArrayList<>()).addAll(jdbc.sql("""
                    SELECT id FROM subject WHERE compartment_id = ? AND owner_org = ? AND created_at < ?""")
                    .params(group.compartment(), group.owner(), Timestamp.from(recordedBefore)).query(UUID.class).list());
        }
        List<PurgeCount> counts = new ArrayList<>();
        Set<UUID> purged = new HashSet<>();
        expiredByRule.forEach((rule, ids) -> {
            counts.addAll(delete(ids.toArray(UUID[]::new), rule));
            purged.addAll(ids);
        });
        if (!purged.isEmpty()) {
            events.publishEvent(new SubjectsPurged(purged, context.today()));
        }
        return counts;
    }

    /** Counts what goes with the records, then deletes them (the derived rows follow by cascade). */
    private List<PurgeCount> delete(UUID[] ids, String rule) {
        String derived = "derived from a subject record purged under: " + rule;
        List<PurgeCount> counts = new ArrayList<>();
        counts.add(new PurgeCount("SUBJECT_IDENTIFIER", count("SELECT count(*) FROM subject_identifier WHERE subject_id = ANY(:ids)", ids),
                derived));
        counts.add(new PurgeCount("SUBJECT_ADDRESS", count("SELECT count(*) FROM subject_address WHERE subject_id = ANY(:ids)", ids), derived));
        counts.add(new PurgeCount("SUBJECT_RELATION", count("""
                SELECT count(*) FROM subject_relation WHERE source_id = ANY(:ids) OR target_id = ANY(:ids)""", ids), derived));
        counts.add(new PurgeCount("SUBJECT_MATCH_DECISION", count("""
                SELECT count(*) FROM subject_match_decision WHERE subject_a = ANY(:ids) OR subject_b = ANY(:ids)""", ids), derived));
        counts.add(new PurgeCount("SUBJECT", jdbc.sql("DELETE FROM subject WHERE id = ANY(?)").param(ids).update(), rule));
        return counts;
    }

    private long count(String sql, UUID[] ids) {
        return jdbc.sql(sql).param("ids", ids).query(Long.class).single();
    }
}
