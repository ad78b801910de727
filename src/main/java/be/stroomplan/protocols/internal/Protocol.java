package be.stroomplan.protocols.internal;

import static be.stroomplan.protocols.ProtocolStatus.ACTIVE;
import static be.stroomplan.protocols.ProtocolStatus.DRAFT;
import static be.stroomplan.protocols.ProtocolStatus.EXPIRED;
import static be.stroomplan.protocols.ProtocolStatus.SUPERSEDED;
import static be.stroomplan.protocols.ProtocolStatus.SUSPENDED;
import static be.stroomplan.protocols.ProtocolStatus.TERMINATED;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import be.stroomplan.protocols.ProtocolStatus;

/**
 * The protocol aggregate: a reference and its versions, of which at most one is a draft and at
 * most one is in force (active or suspended). It owns every lifecycle move and refuses illegal
 * ones with {@link ProtocolStateException}:
 * <pre>
 * DRAFT ──activate──▶ ACTIVE ──suspend──▶ SUSPENDED ──reactivate──▶ ACTIVE
 *   │                   │  ╲                 │  ╲
 *   └─terminate─▶ TERMINATED ◀──terminate────┘   expire (validTo passed) ─▶ EXPIRED
 * amend (from ACTIVE, SUSPENDED or EXPIRED): a new DRAFT version, a copy of the current content;
 * activating it makes the version in force SUPERSEDED.
 * </pre>
 * Each move is recorded as a {@link ProtocolTransition} (who, when), collected until the store
 * saves them.
 */
public final class Protocol {

    private final UUID id;
    private final String reference;
    private final List<ProtocolVersion> versions;
    private final List<ProtocolTransition> pending = new ArrayList<>();

    public Protocol(UUID id, String reference, List<ProtocolVersion> versions) {
        this.id = id;
        this.reference = reference;
        this.versions = new ArrayList<>(versions);
        this.versions.sort(Comparator.comparingInt(ProtocolVersion::number));
        if (this.versions.isEmpty()) {
            throw new IllegalArgumentException("A protocol has at least one version");
        }
    }

    /** A new protocol: version 1, a draft. */
    public static Protocol draft(String reference, ProtocolContent content, Actor actor, Instant at) {
        ProtocolVersion first = new ProtocolVersion(UUID.randomUUID(), 1, DRAFT, content, at, actor.username());
        Protocol protocol = new Protocol(UUID.randomUUID(), reference, List.of(first));
        protocol.record(first, null, DRAFT, actor, at);
        return protocol;
    }

    /** Who acts: a user and the user's organisation, or the platform itself. */
    public record Actor(String username, String organisation) {
    }

    public UUID id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public List<ProtocolVersion> versions() {
        return List.copyOf(versions);
    }

    public Optional<ProtocolVersion> version(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst();
    }

    /**
     * The version that stands for the protocol: the newest one that left draft (in force or
     * ended), or version 1 while the protocol was never activated. A pending amendment is
     * {@link #draft()}.
     */
    public ProtocolVersion current() {
        for (int i = versions.size() - 1; i >= 0; i--) {
            if (versions.get(i).status() != DRAFT) {
                return versions.get(i);
            }
        }
        return latest();
    }

    public Optional<ProtocolVersion> draft() {
        return versions.stream().filter(v -> v.status() == DRAFT).findFirst();
    }

    public ProtocolVersion latest() {
        return versions.get(versions.size() - 1);
    }

    /** The moves made since loading, for the store to save and the service to publish. */
    public List<ProtocolTransition> pendingTransitions() {
        return List.copyOf(pending);
    }

    /** Replaces the content of the draft; only a draft can be edited. */
    public ProtocolVersion edit(ProtocolContent content) {
        ProtocolVersion draft = draft().orElseThrow(() -> new ProtocolStateException("protocol.error.notEditable",
                "Only a draft version can be edited; amend the protocol to change it."));
        draft.content(content);
        return draft;
    }

    /**
     * Activates the draft: it needs the fields a data flow is checked against and a validity that
     * has not ended. The version in force, if any, is superseded.
     */
    public ProtocolVersion activate(Actor actor, Instant at, LocalDate today) {
        ProtocolVersion draft = draft().orElseThrow(() -> illegal("activate", current().effectiveStatus(today)));
        List<String> missing = draft.content().missingForActivation();
        if (!missing.isEmpty()) {
            throw new ProtocolStateException("protocol.error.incomplete",
                    "The protocol cannot be activated: required fields are missing or invalid: " + String.join(", ", missing),
                    missing);
        }
        if (draft.content().validTo().isBefore(today)) {
            throw new ProtocolStateException("protocol.error.validityPassed",
                    "The protocol cannot be activated: its validity ended on " + draft.content().validTo() + ".",
                    List.of("validTo"));
        }
        inForce().ifPresent(previous -> move(previous, SUPERSEDED, actor, at));
        move(draft, ACTIVE, actor, at);
        return draft;
    }

    public ProtocolVersion suspend(Actor actor, Instant at, LocalDate today) {
        return moveInForce("suspend", ACTIVE, SUSPENDED, actor, at, today);
    }

    public ProtocolVersion reactivate(Actor actor, Instant at, LocalDate today) {
        return moveInForce("reactivate", SUSPENDED, ACTIVE, actor, at, today);
    }

    /**
     * Ends the protocol early: the version in force, and a pending draft with it (a draft alone is
     * withdrawn).
     */
    public ProtocolVersion terminate(Actor actor, Instant at, LocalDate today) {
        Optional<ProtocolVersion> inForce = inForce();
        if (inForce.isPresent() && inForce.get().effectiveStatus(today) == EXPIRED) {
            throw illegal("terminate", EXPIRED);
        }
        Optional<ProtocolVersion> draft = draft();
        if (inForce.isEmpty() && draft.isEmpty()) {
            throw illegal("terminate", current().status());
        }
        draft.ifPresent(version -> move(version, TERMINATED, actor, at));
        inForce.ifPresent(version -> move(version, TERMINATED, actor, at));
        return inForce.orElseGet(draft::orElseThrow);
    }

    /** Marks the version in force expired once its validity ended before {@code today}; no-op otherwise. */
    public Optional<ProtocolVersion> expire(Actor actor, Instant at, LocalDate today) {
        Optional<ProtocolVersion> due = inForce().filter(version -> version.effectiveStatus(today) == EXPIRED);
        due.ifPresent(version -> move(version, EXPIRED, actor, at));
        return due;
    }

    /** A new draft version with the current content, to change and activate in its place. */
    public ProtocolVersion amend(Actor actor, Instant at, LocalDate today) {
        if (draft().isPresent()) {
            throw new ProtocolStateException("protocol.error.draftExists",
                    "The protocol already has a draft version; edit or activate that one.");
        }
        ProtocolVersion current = current();
        ProtocolStatus status = current.effectiveStatus(today);
        if (status != ACTIVE && status != SUSPENDED && status != EXPIRED) {
            throw illegal("amend", status);
        }
        ProtocolVersion amendment = new ProtocolVersion(UUID.randomUUID(), latest().number() + 1, DRAFT,
                current.content(), at, actor.username());
        versions.add(amendment);
        record(amendment, null, DRAFT, actor, at);
        return amendment;
    }

    private ProtocolVersion moveInForce(String move, ProtocolStatus from, ProtocolStatus to, Actor actor, Instant at,
                                        LocalDate today) {
        ProtocolVersion version = inForce().orElse(current());
        ProtocolStatus status = version.effectiveStatus(today);
        if (status != from) {
            throw illegal(move, status);
        }
        move(version, to, actor, at);
        return version;
    }

    private Optional<ProtocolVersion> inForce() {
        return versions.stream().filter(v -> v.status().inForce()).findFirst();
    }

    private void move(ProtocolVersion version, ProtocolStatus to, Actor actor, Instant at) {
        ProtocolStatus from = version.status();
        version.status(to);
        record(version, from, to, actor, at);
    }

    private void record(ProtocolVersion version, ProtocolStatus from, ProtocolStatus to, Actor actor, Instant at) {
        pending.add(new ProtocolTransition(version.id(), version.number(), from, to, actor.username(), actor.organisation(), at));
    }

    private static ProtocolStateException illegal(String move, ProtocolStatus status) {
        return new ProtocolStateException("protocol.error.illegal." + move,
                "A protocol that is " + status + " cannot " + move + ".");
    }
}
