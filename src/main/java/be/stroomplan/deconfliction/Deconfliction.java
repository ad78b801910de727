package be.stroomplan.deconfliction;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import be.stroomplan.partners.UserProfile;

/**
 * The public API of blind deconfliction, for the API controllers and the controls and cases
 * modules.
 */
public interface Deconfliction {

    /**
     * Checks identifiers against the index of open KALI dossiers. Each hit opens a ticket for the
     * KALI magistrate; the answer carries only CLEAR or ON_HOLD with the ticket. Audited.
     */
    CheckResult check(UserProfile requester, CheckRequest request);

    /** A ticket as its requester sees it; empty for anyone else (and for an unknown id). */
    Optional<TicketView> ticket(UserProfile requester, UUID ticket);

    /**
     * Registers (or replaces, by reference) a planned operation and returns the clashes found with
     * other planned operations; both coordinators are alerted.
     */
    List<OperationClash> registerOperation(UserProfile coordinator, PlannedOperation operation);

    /** Withdraws a planned operation (cancelled, or executed and reported). */
    void withdrawOperation(UUID reference);

    /** The clashes of one of the user's operations, as that side sees them. */
    List<OperationClash> clashes(UserProfile coordinator, UUID reference);
}
