package be.stroomplan.deconfliction.internal;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import be.stroomplan.deconfliction.DeconflictionDecision;
import be.stroomplan.deconfliction.TicketView;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Requests, tickets and hits: ids, hashes, users and decisions, never a clear identifier. */
@Repository
class TicketStore {

    /** A request as stored. */
    record Request(UUID id, String requester, String requesterOrganisation, String purpose, String description, Instant from,
                   Instant to, boolean address, String reference, int items, Instant requestedAt) {
    }

    /** A ticket about to be written, with its hits. */
    record NewTicket(UUID id, int index, String kind, List<IndexStore.Row> hits) {
    }

    /** A ticket as the magistrate’s page shows it, with one of its hits. */
    record Hit(UUID ticket, int index, String kind, UUID dossier, UUID subject, DeconflictionDecision decision, String conditions,
               LocalDate postponedUntil, String decidedBy, Instant decidedAt) {
    }

    private final JdbcTemplate jdbc;

    TicketStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insertRequest(Request request, byte[] addressHash) {
        jdbc.update("""
                INSERT INTO deconfliction_request (id, requester, requester_org, purpose, description, window_from, window_to,
                    address_hash, reference, item_count, requested_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", request.id(), request.requester(), request.requesterOrganisation(),
                request.purpose(), request.description(), timestamp(request.from()), timestamp(request.to()), addressHash,
                request.reference(), request.items(), timestamp(request.requestedAt()));
    }

    /** Writes the tickets and their hits in two batches (nothing when there are none). */
    void insertTickets(Request request, List<NewTicket> tickets) {
        if (tickets.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                INSERT INTO deconfliction_ticket (id, request_id, item_index, kind, requester, reference, requested_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", tickets, 1000, (PreparedStatement ps, NewTicket t) -> {
                    ps.setObject(1, t.id());
                    ps.setObject(2, request.id());
                    ps.setInt(3, t.index());
                    ps.setString(4, t.kind());
                    ps.setString(5, request.requester());
                    ps.setString(6, request.reference());
                    ps.setTimestamp(7, timestamp(request.requestedAt()));
                });
        List<Object[]> hits = tickets.stream().flatMap(t -> t.hits().stream()
                .map(h -> new Object[] { t.id(), h.dossier(), h.subject(), h.hash(), h.keyVersion() })).toList();
        jdbc.batchUpdate("INSERT INTO deconfliction_hit (ticket_id, dossier_id, subject_id, hash, key_version) VALUES (?, ?, ?, ?, ?)"
                + " ON CONFLICT DO NOTHING", hits, 1000, (PreparedStatement ps, Object[] h) -> {
                    ps.setObject(1, h[0]);
                    ps.setObject(2, h[1]);
                    ps.setObject(3, h[2]);
                    ps.setBytes(4, (byte[]) h[3]);
                    ps.setInt(5, (Integer) h[4]);
                });
    }

    Optional<TicketView> view(UUID ticket, String requester) {
        return jdbc.query("""
                SELECT id, decision, conditions, postponed_until, requested_at, decided_at FROM deconfliction_ticket
                 WHERE id = ? AND requester = ?""", (rs, n) -> new TicketView(rs.getObject(1, UUID.class),
                decision(rs.getString(2)), rs.getString(3), date(rs.getObject(4, java.sql.Date.class)),
                rs.getTimestamp(5).toInstant(), instant(rs.getTimestamp(6))), ticket, requester).stream().findFirst();
    }

    /** The requester’s tickets, newest first. */
    List<TicketView> views(String requester, int limit, long offset) {
        return jdbc.query("""
                SELECT id, decision, conditions, postponed_until, requested_at, decided_at FROM deconfliction_ticket
                 WHERE requester = ? ORDER BY requested_at DESC, id LIMIT ? OFFSET ?""", (rs, n) -> new TicketView(
                rs.getObject(1, UUID.class), decision(rs.getString(2)), rs.getString(3), date(rs.getObject(4, java.sql.Date.class)),
                rs.getTimestamp(5).toInstant(), instant(rs.getTimestamp(6))), requester, limit, offset);
    }

    long countViews(String requester) {
        Long count = jdbc.queryForObject("SELECT count(*) FROM deconfliction_ticket WHERE requester = ?", Long.class, requester);
        return count == null ? 0 : count;
    }

    Optional<Request> request(UUID id) {
        return jdbc.query("""
                SELECT id, requester, requester_org, purpose, description, window_from, window_to, address_hash IS NOT NULL,
                       reference, item_count, requested_at FROM deconfliction_request WHERE id = ?""",
                (rs, n) -> new Request(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7)), rs.getBoolean(8), rs.getString(9), rs.getInt(10),
                        rs.getTimestamp(11).toInstant()), id).stream().findFirst();
    }

    /** The hits of a request in these dossiers. */
    List<Hit> hits(UUID request, Collection<UUID> dossiers) {
        return jdbc.query("""
                SELECT t.id, t.item_index, t.kind, h.dossier_id, h.subject_id, t.decision, t.conditions, t.postponed_until,
                       t.decided_by, t.decided_at
                  FROM deconfliction_ticket t JOIN deconfliction_hit h ON h.ticket_id = t.id
                 WHERE t.request_id = ? AND h.dossier_id = ANY(CAST(? AS uuid[])) ORDER BY t.item_index, h.dossier_id""",
                (rs, n) -> new Hit(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3), rs.getObject(4, UUID.class),
                        rs.getObject(5, UUID.class), decision(rs.getString(6)), rs.getString(7),
                        date(rs.getObject(8, java.sql.Date.class)), rs.getString(9), instant(rs.getTimestamp(10))),
                request, uuids(dossiers));
    }

    /** The request of a ticket, if the ticket has a hit in one of these dossiers. */
    Optional<UUID> requestOf(UUID ticket, Collection<UUID> dossiers) {
        return jdbc.query("""
                SELECT t.request_id FROM deconfliction_ticket t
                 WHERE t.id = ? AND EXISTS (SELECT 1 FROM deconfliction_hit h WHERE h.ticket_id = t.id AND h.dossier_id = ANY(CAST(? AS uuid[])))""",
                (rs, n) -> rs.getObject(1, UUID.class), ticket, uuids(dossiers)).stream().findFirst();
    }

    /** Decides a pending ticket; false when it was decided already. */
    boolean decide(UUID ticket, DeconflictionDecision decision, String conditions, LocalDate until, String by, Instant at) {
        return jdbc.update("""
                UPDATE deconfliction_ticket SET decision = ?, conditions = ?, postponed_until = ?, decided_by = ?, decided_at = ?,
                       version = version + 1
                 WHERE id = ? AND decision IS NULL""", decision.name(), conditions, until == null ? null : java.sql.Date.valueOf(until),
                by, timestamp(at), ticket) == 1;
    }

    record Decided(String requester, String reference) {
    }

    Decided decided(UUID ticket) {
        return jdbc.queryForObject("SELECT requester, reference FROM deconfliction_ticket WHERE id = ?",
                (rs, n) -> new Decided(rs.getString(1), rs.getString(2)), ticket);
    }

    /** One line of the inbox: a request with hits in the magistrate’s dossiers. */
    record InboxLine(UUID request, String requester, String requesterOrganisation, String purpose, Instant requestedAt,
                     int tickets, int pending) {
    }

    List<InboxLine> inbox(Collection<UUID> dossiers, boolean oldestFirst, int limit, long offset) {
        String order = oldestFirst ? "ASC" : "DESC";
        return jdbc.query("""
                SELECT r.id, r.requester, r.requester_org, r.purpose, r.requested_at, count(DISTINCT t.id),
                       count(DISTINCT t.id) FILTER (WHERE t.decision IS NULL)
                  FROM deconfliction_request r
                  JOIN deconfliction_ticket t ON t.request_id = r.id
                  JOIN deconfliction_hit h ON h.ticket_id = t.id AND h.dossier_id = ANY(CAST(? AS uuid[]))
                 GROUP BY r.id
                 ORDER BY (count(*) FILTER (WHERE t.decision IS NULL) = 0), r.requested_at %s, r.id
                 LIMIT ? OFFSET ?""".formatted(order),
                (rs, n) -> new InboxLine(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getInt(6), rs.getInt(7)), uuids(dossiers), limit, offset);
    }

    long countInbox(Collection<UUID> dossiers) {
        Long count = jdbc.queryForObject("""
                SELECT count(DISTINCT t.request_id) FROM deconfliction_ticket t
                  JOIN deconfliction_hit h ON h.ticket_id = t.id AND h.dossier_id = ANY(CAST(? AS uuid[]))""", Long.class, uuids(dossiers));
        return count == null ? 0 : count;
    }

    long countPending(Collection<UUID> dossiers) {
        Long count = jdbc.queryForObject("""
                SELECT count(DISTINCT t.id) FROM deconfliction_ticket t
                  JOIN deconfliction_hit h ON h.ticket_id = t.id AND h.dossier_id = ANY(CAST(? AS uuid[])) WHERE t.decision IS NULL""",
                Long.class, uuids(dossiers));
        return count == null ? 0 : count;
    }

    /** Pending tickets requested before {@code before} and not reminded yet, with the dossiers of their hits. */
    List<UUID[]> waiting(Instant before) {
        return jdbc.query("""
                SELECT t.id, h.dossier_id FROM deconfliction_ticket t JOIN deconfliction_hit h ON h.ticket_id = t.id
                 WHERE t.decision IS NULL AND t.reminded_at IS NULL AND t.requested_at < ?""",
                (rs, n) -> new UUID[] { rs.getObject(1, UUID.class), rs.getObject(2, UUID.class) }, timestamp(before));
    }

    void reminded(Collection<UUID> tickets, Instant at) {
        jdbc.update("UPDATE deconfliction_ticket SET reminded_at = ? WHERE id = ANY(CAST(? AS uuid[]))", timestamp(at), uuids(tickets));
    }

    /** A PostgreSQL array literal of ids (UUIDs need no quoting). */
    static String uuids(Collection<UUID> ids) {
        StringBuilder out = new StringBuilder("{");
        for (UUID id : ids) {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append(id);
        }
        return out.append('}').toString();
    }

    static DeconflictionDecision decision(String code) {
        return code == null ? null : DeconflictionDecision.valueOf(code);
    }

    private static LocalDate date(java.sql.Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
