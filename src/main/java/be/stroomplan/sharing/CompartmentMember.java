package be.stroomplan.sharing;

import java.time.Instant;

import be.stroomplan.protocols.CompartmentRole;

/** One membership of a compartment. */
public record CompartmentMember(MemberType type, String id, CompartmentRole role, String addedBy, Instant addedAt) {
}
