package be.stroomplan.protocols.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import be.stroomplan.protocols.ProtocolStatus;

/** One version of a protocol: its number, its content and its stored status. Changed only by {@link Protocol}. */
public final class ProtocolVersion {

    private final UUID id;
    private final int number;
    private ProtocolStatus status;
    private ProtocolContent content;
    private final Instant createdAt;
    private final String createdBy;

    public ProtocolVersion(UUID id, int number, ProtocolStatus status, ProtocolContent content, Instant createdAt,
                           String createdBy) {
        this.id = id;
        this.number = number;
        this.status = status;
        this.content = content;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public UUID id() {
        return id;
    }

    public int number() {
        return number;
    }

    /** The status as stored; see {@link #effectiveStatus}. */
    public ProtocolStatus status() {
        return status;
    }

    /**
     * The status on a date: a version in force whose validity ended before {@code today} is
     * expired even before the expiry job has marked it so.
     */
    public ProtocolStatus effectiveStatus(LocalDate today) {
        return status.inForce() && content.validTo() != null && content.validTo().isBefore(today)
                ? ProtocolStatus.EXPIRED : status;
    }

    public ProtocolContent content() {
        return content;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    void status(ProtocolStatus status) {
        this.status = status;
    }

    void content(ProtocolContent content) {
        this.content = content;
    }
}
