package be.stroomplan.deconfliction.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import be.stroomplan.deconfliction.CheckRequest;
import be.stroomplan.deconfliction.CheckResult;
import be.stroomplan.deconfliction.Deconfliction;
import be.stroomplan.deconfliction.OperationClash;
import be.stroomplan.deconfliction.PlannedOperation;
import be.stroomplan.deconfliction.TicketView;
import be.stroomplan.partners.UserProfile;

import org.springframework.stereotype.Service;

/** The module’s one implementation of {@link Deconfliction}. */
@Service
class DeconflictionService implements Deconfliction {

    private final Checking checking;
    private final TicketStore tickets;
    private final Operations operations;

    DeconflictionService(Checking checking, TicketStore tickets, Operations operations) {
        this.checking = checking;
        this.tickets = tickets;
        this.operations = operations;
    }

    @Override
    public CheckResult check(UserProfile requester, CheckRequest request) {
        return checking.check(requester, request);
    }

    @Override
    public Optional<TicketView> ticket(UserProfile requester, UUID ticket) {
        return requester == null || ticket == null ? Optional.empty() : tickets.view(ticket, requester.username());
    }

    @Override
    public List<OperationClash> registerOperation(UserProfile coordinator, PlannedOperation operation) {
        return operations.register(coordinator, operation, null);
    }

    @Override
    public void withdrawOperation(UUID reference) {
        operations.withdraw(reference);
    }

    @Override
    public List<OperationClash> clashes(UserProfile coordinator, UUID reference) {
        return operations.clashes(coordinator.username(), reference);
    }
}
