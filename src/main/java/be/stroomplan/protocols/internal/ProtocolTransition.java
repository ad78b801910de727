package be.stroomplan.protocols.internal;

import java.time.Instant;
import java.util.UUID;

import be.stroomplan.protocols.ProtocolStatus;

/** One move of one version: from (null at creation) to, by whom, when. */
public record ProtocolTransition(UUID versionId, int version, ProtocolStatus from, ProtocolStatus to, String actor,
                                 String actorOrganisation, Instant at) {
}
