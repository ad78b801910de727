package be.stroomplan.protocols.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import be.stroomplan.audit.AuditAction;
import be.stroomplan.audit.AuditRecord;
import be.stroomplan.audit.AuditTrail;
import be.stroomplan.platform.Actor;
import be.stroomplan.platform.CurrentActor;
import be.stroomplan.protocols.ProtocolActivated;
import be.stroomplan.protocols.ProtocolExpired;
import be.stroomplan.protocols.ProtocolStatus;
import be.stroomplan.protocols.ProtocolSuspended;
import be.stroomplan.protocols.ProtocolTerminated;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The changes to the register: create and edit drafts, the lifecycle moves, amendments, DPO
 * opinion files, purposes. Each runs in one transaction that also writes its audit record and
 * publishes its events, and locks the protocol so that concurrent moves of one protocol queue up.
 */
@Service
@Transactional
public class ProtocolRegister {

    /** Validity dates are Belgian calendar days. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

    private final ProtocolStore store;
    private final DocumentStore documents;
    private final PurposeStore purposes;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private static final Protocol.Actor SYSTEM = new Protocol.Actor("system", null);

    private final Clock clock = Clock.system(ZONE);

    ProtocolRegister(ProtocolStore store, DocumentStore documents, PurposeStore purposes, AuditTrail audit,
                     ApplicationEventPublisher events) {
        this.store = store;
        this.documents = documents;
        this.purposes = purposes;
        this.audit = audit;
        this.events = events;
    }

    /** The moves a protocol can be asked to make. */
    public enum Move {
        ACTIVATE, SUSPEND, REACTIVATE, TERMINATE, AMEND
    }

    public Protocol create(ProtocolContent content) {
        return create(content, actor(), clock.instant());
    }

    /** Creates a protocol on behalf of someone at a given moment; the demo data uses it. */
    public Protocol create(ProtocolContent content, Protocol.Actor actor, Instant at) {
        Protocol protocol = Protocol.draft(store.nextReference(LocalDate.ofInstant(at, ZONE).getYear()), content, actor, at);
        store.save(protocol, true);
        record(AuditAction.CREATE, protocol, actor, "version 1 DRAFT");
        return protocol;
    }

    public Protocol edit(UUID id, ProtocolContent content) {
        Protocol protocol = locked(id);
        ProtocolVersion draft = protocol.edit(content);
        store.save(protocol, false);
        record(AuditAction.UPDATE, protocol, actor(), "version " + draft.number() + " edited");
        return protocol;
    }

    public Protocol move(UUID id, Move move) {
        return move(id, move, actor(), clock.instant(), LocalDate.now(clock));
    }

    /** A move at a given moment; the demo data uses it to set up protocols of the past. */
    public Protocol move(UUID id, Move move, Protocol.Actor actor, Instant at, LocalDate today) {
        Protocol protocol = locked(id);
        ProtocolVersion moved = switch (move) {
            case ACTIVATE -> protocol.activate(actor, at, today);
            case SUSPEND -> protocol.suspend(actor, at, today);
            case REACTIVATE -> protocol.reactivate(actor, at, today);
            case TERMINATE -> protocol.terminate(actor, at, today);
            case AMEND -> protocol.amend(actor, at, today);
        };
        store.save(protocol, false);
        if (move == Move.AMEND) {
            documents.copy(protocol.current().id(), moved.id());
        }
        publish(protocol);
        record(move == Move.AMEND ? AuditAction.CREATE : AuditAction.UPDATE, protocol, actor,
                move.name().toLowerCase() + ": version " + moved.number() + " " + moved.status());
        return protocol;
    }

    /**
     * Marks every version in force whose validity ended before today EXPIRED, with a transition by
     * the platform and a {@link ProtocolExpired} event. Readers never wait for this: they compute
     * the status on read. Safe on several nodes: the protocol row lock and the re-check make a
     * second run a no-op.
     */
    public int expireDue(LocalDate today) {
        int expired = 0;
        for (UUID id : store.dueForExpiry(today)) {
            Protocol protocol = locked(id);
            if (protocol.expire(SYSTEM, clock.instant(), today).isPresent()) {
                store.save(protocol, false);
                publish(protocol);
                record(AuditAction.UPDATE, protocol, SYSTEM, "expired: version " + protocol.current().number());
                expired++;
            }
        }
        return expired;
    }

    /** Attaches a DPO opinion to the draft version; the file has been checked by {@link PdfFiles}. */
    public ProtocolDocument attach(UUID id, ProtocolDocument.Kind kind, String filename, byte[] content) {
        Protocol protocol = locked(id);
        ProtocolVersion draft = protocol.draft().orElseThrow(() -> new ProtocolStateException("protocol.error.notEditable",
                "Only a draft version can be changed; amend the protocol to change it."));
        ProtocolDocument document = new ProtocolDocument(UUID.randomUUID(), draft.id(), kind, filename, PdfFiles.CONTENT_TYPE,
                content.length, sha256(content), clock.instant(), actor().username(), content);
        documents.put(document);
        record(AuditAction.UPDATE, protocol, actor(), kind + " attached to version " + draft.number() + " (sha256 " + document.sha256() + ")");
        return document;
    }

    public Purpose addPurpose(Purpose purpose) {
        if (purposes.find(purpose.code()).isPresent()) {
            throw new ProtocolStateException("protocol.error.duplicatePurpose", "A purpose with this code exists.");
        }
        purposes.create(purpose);
        audit.record(AuditRecord.of(AuditAction.CREATE).object("PURPOSE", purpose.code()).details(purpose.nameNl()).build());
        return purpose;
    }

    private Protocol locked(UUID id) {
        return store.lock(id).orElseThrow(() -> new ProtocolNotFoundException(id.toString()));
    }

    private void publish(Protocol protocol) {
        for (ProtocolTransition t : protocol.pendingTransitions()) {
            String protocolId = protocol.id().toString();
            if (t.to() == ProtocolStatus.ACTIVE) {
                events.publishEvent(new ProtocolActivated(protocolId, t.version(), t.at()));
            } else if (t.to() == ProtocolStatus.SUSPENDED) {
                events.publishEvent(new ProtocolSuspended(protocolId, t.version(), t.at()));
            } else if (t.to() == ProtocolStatus.TERMINATED && t.from() != ProtocolStatus.DRAFT) {
                events.publishEvent(new ProtocolTerminated(protocolId, t.version(), t.at()));
            } else if (t.to() == ProtocolStatus.EXPIRED) {
                events.publishEvent(new ProtocolExpired(protocolId, t.version(), t.at()));
            }
        }
    }

    private void record(AuditAction action, Protocol protocol, Protocol.Actor actor, String details) {
        audit.record(AuditRecord.of(action).object("PROTOCOL", protocol.id()).legalBasis(protocol.reference())
                .recipients(protocol.latest().content().recipients()).details(details)
                .actor(new Actor(actor.username(), actor.organisation(), CurrentActor.clientAddress())).build());
    }

    private static Protocol.Actor actor() {
        Actor actor = CurrentActor.get();
        return new Protocol.Actor(actor.username(), actor.organisationCode());
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Today in Belgium. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    List<ProtocolDocument> documents(UUID versionId) {
        return documents.list(versionId);
    }
}
