package be.stroomplan.controls;

import java.util.List;
import java.util.UUID;

import be.stroomplan.deconfliction.CheckItem;
import be.stroomplan.deconfliction.CheckStatus;

/**
 * A target of an action: a subject of the register (premises, company, person or vehicle), what is
 * checked for it, and the deconfliction answer: {@code checkStatus} is null before submission, then
 * CLEAR or ON_HOLD with the tickets; never anything about the dossier that hit.
 */
public record ControlTarget(UUID id, UUID actionId, UUID subjectId, TargetKind kind, String label, String address,
                            List<CheckItem> identifiers, CheckStatus checkStatus, List<TargetTicket> tickets) {

    public ControlTarget {
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
        tickets = tickets == null ? List.of() : List.copyOf(tickets);
    }

    /** What the target's state is for the page and the API. */
    public enum State {
        NOT_CHECKED, CLEAR, ON_HOLD, CLEARED_BY_MAGISTRATE, BARRED
    }

    public State state() {
        if (checkStatus == null) {
            return State.NOT_CHECKED;
        }
        if (checkStatus == CheckStatus.CLEAR) {
            return State.CLEAR;
        }
        if (tickets.stream().anyMatch(t -> !t.pending() && !t.allowsVisit())) {
            return State.BARRED;
        }
        if (tickets.stream().anyMatch(TargetTicket::pending)) {
            return State.ON_HOLD;
        }
        return State.CLEARED_BY_MAGISTRATE;
    }

    /** Whether the target may be visited: checked CLEAR, or every ticket decided GO (with or without conditions). */
    public boolean visitable() {
        State state = state();
        return state == State.CLEAR || state == State.CLEARED_BY_MAGISTRATE;
    }

    /** The condition texts of the magistrate's decisions, if any. */
    public List<String> conditions() {
        return tickets.stream().map(TargetTicket::conditions).filter(c -> c != null && !c.isBlank()).toList();
    }
}
